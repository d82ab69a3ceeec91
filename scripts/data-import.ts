// `npm run data:import -- backup.json`
// Loads a file written by `npm run data:export` into an empty, migrated
// database, in one transaction (lib/backup.ts, docs/decisions/0014-backup-format.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { importDatabase } from '@/lib/backup';

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error('usage: npm run data:import -- backup.json');
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: use `npm run data:import`, which provides it.');
  // Relative to where `npm run` was typed (npm runs scripts from the project root).
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const result = await importDatabase(client, text);
    const total = Object.values(result.rows).reduce((sum, count) => sum + count, 0);
    console.log(`Imported ${total} rows from ${file}.`);
    if (!result.passwordHashes)
      console.log(
        'The file has no password hashes: the imported accounts cannot sign in. Create an admin with `npm run user:create` (see README, Backup and restore).',
      );
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
