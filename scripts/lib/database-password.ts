// Keeps the database password out of process arguments, which every local
// user can read (`ps`, /proc/<pid>/cmdline); a process' environment is
// readable by its owner (and root) only.
//
// The Prisma CLI starts its schema engine, our bridge
// scripts/prisma-schema-engine.mjs, with `--datasource '{"url":"…"}'` on the
// command line, the URL being the config's datasource.url, that is
// DATABASE_URL (prisma.config.ts). So the Prisma CLI gets DATABASE_URL
// without its password, and the password as PGPASSWORD, which node-postgres
// (in the bridge, and in `prisma db seed`'s seed script) uses whenever the URL
// names none. Issue 9, finding 17.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_ENGINE_BRIDGE = fileURLToPath(
  new URL('../prisma-schema-engine.mjs', import.meta.url),
);

/**
 * Splits the password off a PostgreSQL connection string: from its user info
 * and from a `password` query parameter. Anything that is not a URL is
 * returned as it is.
 */
export function splitDatabasePassword(databaseUrl: string): { url: string; password?: string } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return { url: databaseUrl };
  }
  const inQuery = url.searchParams.get('password');
  const inUserInfo = url.password ? decodeURIComponent(url.password) : undefined;
  if (inQuery === null && inUserInfo === undefined) return { url: databaseUrl };
  url.password = '';
  url.searchParams.delete('password');
  // The user info's password wins, as in node-postgres' own parsing.
  return { url: url.toString(), password: inUserInfo ?? inQuery ?? undefined };
}

/**
 * The environment to run the Prisma CLI with: DATABASE_URL without its
 * password, and the password as PGPASSWORD. Unchanged when DATABASE_URL names
 * no password, or when PRISMA_SCHEMA_ENGINE_BINARY names another engine than
 * our bridge (a native engine would not read PGPASSWORD).
 */
export function prismaCliEnv<Env extends Record<string, string | undefined>>(
  env: Env,
  cwd: string,
): Env {
  const engine = env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (engine && path.resolve(cwd, engine) !== SCHEMA_ENGINE_BRIDGE) return env;
  if (!env.DATABASE_URL) return env;
  const { url, password } = splitDatabasePassword(env.DATABASE_URL);
  if (password === undefined) return env;
  return { ...env, DATABASE_URL: url, PGPASSWORD: password };
}
