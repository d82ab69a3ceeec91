// What the end-to-end tests run against, started by Playwright's global setup
// (e2e/support/global-setup.ts) as a child process, because Playwright loads
// TypeScript as CommonJS and scripts/lib is ESM: a clone of the test database
// with the seed, a production build in .next-test, and `scripts/serve.mjs` on
// E2E_PORT (3100 by default).
//
// Prints one line `READY <json>` with the environment the tests need, then
// waits; on SIGTERM, SIGINT or the end of its standard input (the runner has
// gone) it stops the server and drops the database.
// E2E_REUSE_BUILD=1 skips `next build` when .next-test holds a build (for
// running one spec again and again; the build may then be older than the code).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp, startAppServer, type AppServer } from './lib/app-server';
import { acquireLock } from './lib/lock';
import { DATA_DIR, log, ROOT } from './lib/runtime';
import { createTestDatabase, type TestDatabase } from './lib/test-database';
import { runTool } from './lib/tools';

const DIST_DIR = '.next-test';

async function main() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  let database: TestDatabase | undefined;
  let releaseLock: (() => void) | undefined;
  let server: AppServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server?.stop();
      releaseLock?.();
      await database?.release();
    })());
  const shutdown = () => void stop().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.stdin.on('end', shutdown).on('error', shutdown).resume();

  try {
    database = await createTestDatabase('e2e');
    const env = {
      DATABASE_URL: database.url,
      TEST_DATABASE_SERVER_URL: database.serverUrl,
      // Its own build folder, so a test run never clobbers the build of `npm start`.
      NEXT_DIST_DIR: DIST_DIR,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      NODE_ENV: 'production' as const,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const fullEnv = { ...process.env, ...env };
    await runTool('prisma', ['db', 'seed'], fullEnv);
    releaseLock = await acquireLock(path.join(DATA_DIR, 'e2e.lock'));
    const reuse =
      process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'));
    if (reuse) log(`Reusing the build in ${DIST_DIR} (E2E_REUSE_BUILD=1)`);
    else {
      log('Production build (next build)');
      await buildApp(fullEnv);
    }
    server = await startAppServer(fullEnv, port, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`READY ${JSON.stringify(env)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await stop();
    process.exit(1);
  }
}

void main();
