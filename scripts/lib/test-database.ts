// The databases of a test run, shared by `npm test`, Vitest's and Playwright's
// global setups (so `npx vitest run <file>` and `npx playwright test <spec>`
// work on their own).
//
// The server: DATABASE_URL's when set, otherwise an embedded Postgres of its
// own (.data/test, port 54330, so a running `npm start` is left alone).
// Migrations run once into a template database named after the migrations'
// hash; each run clones it (CREATE DATABASE … TEMPLATE) and drops its clone
// at the end.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { withPgClient } from '../../lib/testing/fresh-database';
import { startEmbeddedPostgres } from './embedded-postgres';
import { isAlive } from './lock';
import { DATA_DIR, log, ROOT } from './runtime';
import { runTool } from './tools';

function migrationsHash(): string {
  const hash = createHash('sha256');
  const dir = path.join(ROOT, 'prisma', 'migrations');
  for (const entry of readdirSync(dir).sort()) {
    const file = path.join(dir, entry, 'migration.sql');
    if (existsSync(file)) hash.update(entry).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** `work` on a connection to the server's maintenance database. */
function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(withDatabase(serverUrl, 'postgres'), work);
}

async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = `tracker_tpl_${migrationsHash()}`;
  const exists = await admin(serverUrl, async (client) => {
    // Templates of older migration sets are no longer needed.
    const stale = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'tracker\\_tpl\\_%' AND datname NOT LIKE $1 || '%'",
      [template],
    );
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${datname}`);
    return Boolean(
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount,
    );
  });
  if (!exists) {
    log(`Creating template database ${template}`);
    const building = `${template}_building_${randomBytes(3).toString('hex')}`;
    await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${building}`));
    await runTool('prisma', ['migrate', 'deploy'], {
      ...process.env,
      DATABASE_URL: withDatabase(serverUrl, building),
    });
    // Renamed only when complete, so an interrupted run never leaves a
    // half-migrated template; a concurrent run may have won the race.
    await admin(serverUrl, async (client) => {
      try {
        await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      } catch {
        await client.query(`DROP DATABASE IF EXISTS ${building}`);
      }
    });
  }
  return template;
}

interface SharedEmbedded {
  serverUrl: string;
  release(): Promise<void>;
}

// Test runs may overlap (two terminals, Vitest and Playwright, helpers): they
// share one embedded server, and the last run to finish stops it. Users are
// tracked as PID files.
async function joinSharedEmbedded(): Promise<SharedEmbedded> {
  const dataDir = path.join(DATA_DIR, 'test');
  const usersDir = path.join(dataDir, 'users');
  mkdirSync(usersDir, { recursive: true });
  const mine = path.join(usersDir, String(process.pid));
  writeFileSync(mine, '');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330),
    log,
  });
  return {
    serverUrl: server.serverUrl,
    async release() {
      rmSync(mine, { force: true });
      const alive = readdirSync(usersDir).filter((pid) => {
        if (isAlive(Number(pid))) return true;
        rmSync(path.join(usersDir, pid), { force: true });
        return false;
      });
      if (alive.length === 0) await server.stop();
    },
  };
}

export interface TestDatabase {
  /** The clone's URL: the tests' DATABASE_URL. */
  url: string;
  /** The server's maintenance database, for tests that create databases of their own. */
  serverUrl: string;
  /** Drops the clone and leaves the embedded server (stopped by its last user). */
  release(): Promise<void>;
}

/**
 * A fresh clone of the migrated template for a test run labelled `label`.
 * `serverUrl`: the server to use (by default the DATABASE_URL the run was
 * started with, else the embedded test server).
 */
export async function createTestDatabase(
  label: string,
  serverUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  const embedded = serverUrl ? undefined : await joinSharedEmbedded();
  const server = serverUrl ?? embedded!.serverUrl;
  try {
    const template = await ensureTemplate(server);
    const name = `tracker_test_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await admin(server, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
      url: withDatabase(server, name),
      serverUrl: withDatabase(server, 'postgres'),
      async release() {
        try {
          await admin(server, (client) =>
            client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
          ).catch(() => undefined);
        } finally {
          await embedded?.release();
        }
      },
    };
  } catch (error) {
    await embedded?.release();
    throw error;
  }
}
