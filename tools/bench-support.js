// Shared by the benchmark scripts.
const { spawn } = require('node:child_process');
const { root } = require('./run');

/** Starts a server process and resolves once its readiness address answers. */
function startProcess(name, command, args, env, readyUrl) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(readyUrl)).ok) return resolve(child);
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) return reject(new Error(`${name} did not start`));
      setTimeout(poll, 200);
    };
    child.on('exit', (code) => code && reject(new Error(`${name} exited with ${code}`)));
    void poll();
  });
}

module.exports = { startProcess };
