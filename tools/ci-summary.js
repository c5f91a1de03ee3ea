// Adds up the closing lines of Jest, Vitest and Playwright into one "N passed, N failed" line.
const { readFileSync } = require('node:fs');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  // eslint-disable-next-line no-control-regex
  const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  for (const raw of text.split('\n')) {
    // Nx prefixes streamed lines with the project name.
    const line = raw.replace(/^(?:api|web|web-e2e):\s/, '');
    let m;
    if ((m = /^Tests:\s+(.*)\s+total$/.exec(line.trim()))) {
      // Jest: "Tests:       1 failed, 13 passed, 14 total"
      passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
    } else if ((m = /^Tests\s+(.*)\(\d+\)$/.exec(line.trim()))) {
      // Vitest: "Tests  1 failed | 3 passed (4)"
      passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
    } else if ((m = /^(\d+) (passed|failed|flaky) \([\d.]+(ms|s|m|h)\)$/.exec(line.trim()))) {
      // Playwright: "  4 passed (11.2s)"
      if (m[2] === 'failed') failed += Number(m[1]);
      else passed += Number(m[1]);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
