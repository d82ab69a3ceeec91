// `npm test`: lint, typecheck, Vitest (unit + integration on a real Postgres)
// and Playwright (real Chromium against `next build` + `next start`).
// `npm test -- unit` or `-- e2e` runs one stage (plus its database).
//
// Databases: the server of DATABASE_URL when set, otherwise an embedded
// Postgres of its own (.data/test-pg, port 54330, so a running `npm start` is
// left alone). Migrations run once into a template database named after the
// migrations' hash; each run clones it (CREATE DATABASE … TEMPLATE) and drops
// its clones at the end.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { DATA_DIR, log, ROOT } from './lib/runtime';
import { isAlive, withLock } from './lib/lock';
import { freePort } from './lib/ports';
import { runTool } from './lib/tools';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const stages = (separator === -1 ? args : args.slice(0, separator)).filter(
  (arg) => !arg.startsWith('-'),
);
/** After `--`: passed to Playwright, e.g. `npm test -- e2e -- e2e/sign-in.spec.ts`. */
const passThrough = separator === -1 ? [] : args.slice(separator + 1);
const wants = (stage: string) => stages.length === 0 || stages.includes(stage);

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

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
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

async function cloneTemplate(serverUrl: string, template: string, label: string): Promise<string> {
  const name = `tracker_test_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return name;
}

async function dropDatabases(serverUrl: string, names: string[]) {
  await admin(serverUrl, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

interface SharedEmbedded {
  serverUrl: string;
  release(): Promise<void>;
}

// Test runs may overlap (two terminals, or helpers): they share one embedded
// server, and the last run to finish stops it. Users are tracked as PID files.
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

const VITEST_REPORT = path.join(DATA_DIR, 'reports', 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(DATA_DIR, 'reports', 'playwright.json');

/** Totals of this run's Vitest and Playwright reports (stages not run count 0). */
function countResults(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  if (wants('unit') && existsSync(VITEST_REPORT)) {
    const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (wants('e2e') && existsSync(PLAYWRIGHT_REPORT)) {
    const report = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  return { passed, failed };
}

async function main() {
  rmSync(path.join(DATA_DIR, 'reports'), { recursive: true, force: true });
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const started = Date.now();
  if (wants('lint')) {
    log('Lint (eslint)');
    await runTool('eslint', ['.', '--max-warnings=0']);
    log('Formatting (prettier --check; `npm run format` fixes it)');
    await runTool('prettier', ['--check', '.', '--log-level', 'warn']);
    log('Typecheck (tsc)');
    await runTool('tsc', ['--noEmit']);
  }
  if (!wants('unit') && !wants('e2e')) return;

  let embedded: SharedEmbedded | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await joinSharedEmbedded();
    serverUrl = embedded.serverUrl;
  }
  const created: string[] = [];
  try {
    const template = await ensureTemplate(serverUrl);
    const env = { ...process.env, TEST_DATABASE_SERVER_URL: withDatabase(serverUrl, 'postgres') };

    if (wants('unit')) {
      const database = await cloneTemplate(serverUrl, template, 'unit');
      created.push(database);
      log('Unit and integration tests (vitest)');
      await runTool(
        'vitest',
        ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`],
        {
          ...env,
          DATABASE_URL: withDatabase(serverUrl, database),
        },
      );
    }

    if (wants('e2e')) {
      const database = await cloneTemplate(serverUrl, template, 'e2e');
      created.push(database);
      const port = await freePort(Number(process.env.E2E_PORT ?? 3100));
      const e2eEnv = {
        ...env,
        E2E_PORT: String(port),
        // Its own build folder, so a test run never clobbers the build of `npm start`.
        NEXT_DIST_DIR: '.next-test',
        DATABASE_URL: withDatabase(serverUrl, database),
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        AUTH_TRUST_HOST: 'true',
        NODE_ENV: 'production' as const,
      };
      await runTool('prisma', ['db', 'seed'], e2eEnv);
      await withLock(path.join(DATA_DIR, 'e2e.lock'), async () => {
        log('Production build (next build)');
        await runTool('next', ['build'], e2eEnv);
        log('End-to-end tests (playwright, Chromium)');
        await runTool('playwright', ['test', ...passThrough], {
          ...e2eEnv,
          PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
        });
      });
    }
  } finally {
    await dropDatabases(serverUrl, created).catch(() => undefined);
    await embedded?.release();
  }
  log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
  const { passed, failed } = countResults();
  // The plain closing line CI reads.
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  // The closing line CI reads, also when a stage failed (what did run is counted).
  const { passed, failed } = countResults();
  process.stdout.write(`tests: ${passed} passed, ${Math.max(failed, 1)} failed\n`);
  process.exit(1);
});
