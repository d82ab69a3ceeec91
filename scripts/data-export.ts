// `npm run data:export [-- --out backup.json] [--with-password-hashes]`
// Writes everything in the database as one versioned JSON file (lib/backup.ts,
// docs/decisions/0014-backup-format.md), to --out or to standard output.
// Password hashes only with --with-password-hashes.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BACKUP_TABLES, exportDatabase } from '@/lib/backup';

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'with-password-hashes': { type: 'boolean', default: false },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: use `npm run data:export`, which provides it.');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  let text: string;
  try {
    text = await exportDatabase(client, { withPasswordHashes: values['with-password-hashes'] });
  } finally {
    await client.end();
  }
  const hashes = values['with-password-hashes'] ? 'with' : 'without';
  if (!values.out) {
    process.stdout.write(text);
    return;
  }
  // Relative to where `npm run` was typed (npm runs scripts from the project root).
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  // Complete or absent: written aside, then renamed. Readable by the owner only.
  const partial = `${target}.partial-${process.pid}`;
  try {
    writeFileSync(partial, text, { mode: 0o600 });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  console.log(
    `Exported ${BACKUP_TABLES.length} tables to ${target} (${hashes} password hashes, ${Buffer.byteLength(text)} bytes).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
