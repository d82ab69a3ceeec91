// Resolves what every command needs to reach the database: the server named by
// DATABASE_URL, or the embedded one under .data/ when it is unset. Also settles
// AUTH_SECRET, which the embedded setup generates once and keeps.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_EMBEDDED_PORT,
  ensureDatabaseExists,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from './embedded-postgres';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');
const DATABASE = 'tracker';

export function log(message: string) {
  process.stdout.write(`[tracker] ${message}\n`);
}

// Node >= 20.12 reads .env files itself; values already set win.
export function loadDotEnv() {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

export interface Database {
  url: string;
  embedded?: EmbeddedPostgres;
}

/** `logLine`: where the embedded server's messages go (standard output by default). */
export async function connectDatabase(logLine: (message: string) => void = log): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port, log: logLine });
  try {
    await ensureDatabaseExists(embedded.serverUrl, DATABASE);
  } catch (error) {
    if (embedded.startedHere) await embedded.stop();
    throw error;
  }
  return { url: embedded.urlFor(DATABASE), embedded };
}

/** Returns an error message when the secret cannot be settled. */
export function settleAuthSecret(database: Database): string | undefined {
  if (process.env.AUTH_SECRET) return undefined;
  if (!database.embedded) {
    return (
      'AUTH_SECRET is not set. With DATABASE_URL pointing at your own server, set AUTH_SECRET to a ' +
      'random string of 32+ characters (for example: openssl rand -base64 32), in the environment or in .env.'
    );
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, 'auth-secret');
  if (!existsSync(file))
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
  return undefined;
}
