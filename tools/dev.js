// `npm run dev`: the API recompiled and restarted on change, the web app through Vite with hot reload.
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const { bin, apiEntry, root, build } = require('./run');

build(['api']);
const children = [
  spawn(bin('tsc'), ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=dist/api', apiEntry('main')], {
    cwd: root,
    stdio: 'inherit',
    env: { SEED_DEMO: 'true', ...process.env },
  }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.mts'], { cwd: root, stdio: 'inherit' }),
];
if (!existsSync(apiEntry('main'))) console.error('The API did not build.');
console.log('\nWeb app with hot reload: http://localhost:4200 (API on http://localhost:3000)\n');
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
