import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { splitDatabasePassword } from './scripts/lib/database-password';

// The CLI would otherwise download a native schema engine from
// binaries.prisma.sh, which our machines cannot reach: this script runs the
// same engine's WebAssembly build instead (see the script's header).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./scripts/prisma-schema-engine.mjs', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  // No fallback URL: `prisma generate` needs none, and the commands that do
  // need one then fail with Prisma's own "datasource.url is required" message
  // instead of talking to a made-up database.
  // Without its password, which goes to the schema engine as PGPASSWORD
  // (inherited): the CLI puts this URL on the engine's command line, readable
  // by every local user (issue 9, finding 17; the npm scripts do the same).
  datasource: { url: process.env.DATABASE_URL && withoutPassword(process.env.DATABASE_URL) },
});

function withoutPassword(databaseUrl: string): string {
  const { url, password } = splitDatabasePassword(databaseUrl);
  if (password !== undefined) process.env.PGPASSWORD ??= password;
  return url;
}
