/**
 * The compiled app keeps the `@mouvement/*` imports of its sources; map them to the compiled
 * libraries next to it. Jest maps them itself, so this only acts on compiled JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { register } from 'tsconfig-paths';

if (__filename.endsWith('.js') && !process.env['JEST_WORKER_ID']) {
  const distRoot = resolve(__dirname, '../../..');
  let dir = distRoot;
  while (!existsSync(join(dir, 'tsconfig.base.json')) && dir !== resolve(dir, '..')) dir = resolve(dir, '..');
  const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const paths = Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.tsx?$/, ''))]),
  );
  register({ baseUrl: distRoot, paths, addMatchAll: false });
}
