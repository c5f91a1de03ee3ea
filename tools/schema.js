// `npm run schema`: writes apps/api/schema.gql from the resolvers, then the web app's typed documents.
// `--check`: fails when either committed file is stale.
const { spawnSync } = require('node:child_process');
const { build, apiEntry, run, bin, root } = require('./run');

build(['api']);
run(process.execPath, [apiEntry('emit-schema'), 'apps/api/schema.gql']);
run(bin('graphql-codegen'), ['--config', 'tools/codegen.ts', '--silent']);

if (process.argv.includes('--check')) {
  const paths = ['apps/api/schema.gql', 'libs/web/data-access/src/generated'];
  const diff = spawnSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' });
  if (diff.stdout.trim()) {
    console.error(`schema.gql or the generated client types are stale; run \`npm run schema\` and commit:\n${diff.stdout}`);
    spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...paths], { cwd: root, stdio: 'inherit' });
    process.exit(1);
  }
  console.log('schema.gql and the generated client types are up to date.');
}
