// Shared by the benchmark scripts.
const { spawn } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const { apiEntry, root } = require('./run');

/**
 * A fresh, migrated database named `name`: on the server in DATABASE_URL, else on an embedded
 * PostgreSQL under .data/bench-pg (stop it with `stop()`). Call after building the API.
 */
async function freshDatabase(name) {
  require(apiEntry('register-paths'));
  const { migrate, ensureDatabase } = require(apiEntry('migrate'));
  const { startEmbeddedPostgres } = require(join(root, 'dist/api/libs/api/core/src/database/embedded-postgres.js'));
  let embedded;
  let server = process.env.DATABASE_URL;
  if (!server) {
    const dir = join(root, '.data/bench-pg');
    rmSync(dir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres(dir, 54332, { durable: false });
    server = embedded.serverUrl;
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(dbUrl);
  await migrate(dbUrl);
  return { dbUrl, stop: async () => embedded?.stop() };
}

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

module.exports = { freshDatabase, startProcess };
