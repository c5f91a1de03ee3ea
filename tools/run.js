// Small helpers shared by the tools/ scripts (plain Node, no build needed).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command in the repository root, inheriting the terminal; exits on failure. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Builds the API and the web app; Nx replays unchanged builds from its cache. */
function build(projects = ['api', 'web']) {
  run(bin('nx'), ['run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], {
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
}

module.exports = { root, bin, run, build, apiEntry: (name) => join(root, 'dist/api/apps/api/src', `${name}.js`) };
