// A database of its own for a test that needs the whole database to itself
// (counting every row of a table, say): created on the test server, every
// migration applied, dropped by `dropFreshDatabases()`.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const serverUrl =
  process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];

export async function withPgClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of a new, migrated, empty database; `prepare` may fill it. */
export async function createFreshDatabase(
  label: string,
  prepare?: (client: pg.Client) => Promise<unknown>,
): Promise<string> {
  const name = `tracker_${label}_${randomBytes(3).toString('hex')}`;
  await withPgClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  created.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await withPgClient(url.toString(), async (client) => {
    const dir = path.resolve(__dirname, '../../prisma/migrations');
    for (const entry of readdirSync(dir).sort()) {
      if (!/^\d/.test(entry)) continue;
      await client.query(readFileSync(path.join(dir, entry, 'migration.sql'), 'utf8'));
    }
    await prepare?.(client);
  });
  return url.toString();
}

export async function dropFreshDatabases(): Promise<void> {
  await withPgClient(serverUrl, async (admin) => {
    for (const name of created.splice(0))
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
