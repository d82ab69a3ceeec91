import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

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
  datasource: { url: process.env.DATABASE_URL },
});
