// `npm start`: builds what changed, then serves the API and the built web app on one port.
// A local start is not a production deployment: NODE_ENV defaults to development, so the JWT secret
// is generated into .data/ and cookies work over plain http://localhost.
const { spawn } = require('node:child_process');
const { build, apiEntry, root } = require('./run');

build();
const child = spawn(process.execPath, [apiEntry('main')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'development', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
