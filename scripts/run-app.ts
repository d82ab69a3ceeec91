// `npm start` and `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, seed of an empty database, build when the sources changed, then
// Next. Ctrl-C and SIGTERM stop Next, then the embedded Postgres.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  connectDatabase,
  loadDotEnv,
  log,
  ROOT,
  settleAuthSecret,
  type Database,
} from './lib/runtime';
import { runTool, toolPath } from './lib/tools';
import { insertAccount } from '@/lib/accounts';
import { BULK_TIMEOUTS, createPrismaClient } from '@/lib/db';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';

async function countRows(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(sql);
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

// A cheap fingerprint of everything that goes into the build, so that a second
// `npm start` skips `next build` when nothing changed.
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(ROOT, entry);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const child of readdirSync(full).sort()) {
        if (child === 'node_modules' || child === 'generated') continue;
        visit(path.join(entry, child));
      }
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const entry of [
    'app',
    'components',
    'lib',
    'public',
    'prisma/schema.prisma',
    'next.config.js',
    'package-lock.json',
    'postcss.config.mjs',
    'proxy.ts',
    'tsconfig.json',
  ]) {
    visit(entry);
  }
  return hash.digest('hex');
}

async function buildIfStale() {
  const stamp = path.join(ROOT, '.next', 'tracker-build-fingerprint');
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(stamp);
  if (built && readFileSync(stamp, 'utf8') === fingerprint) {
    log('Build is up to date');
    return;
  }
  log('Building the app (next build)…');
  await runTool('next', ['build']);
  writeFileSync(stamp, fingerprint);
}

// For local trials only, and only when asked: TRACKER_DEMO_ANALYST=1 creates
// (once) an analyst demo@example.org with a random password, printed here.
// Refused with NODE_ENV=production unless TRACKER_DEMO_ANALYST=force.
async function createDemoAnalystIfAsked(database: Database) {
  const wish = process.env.TRACKER_DEMO_ANALYST;
  if (!wish || wish === '0') return;
  if (process.env.NODE_ENV === 'production' && wish !== 'force') {
    log(
      'TRACKER_DEMO_ANALYST is ignored with NODE_ENV=production (set it to "force" if you really mean it).',
    );
    return;
  }
  const exists = await countRows(
    database.url,
    `SELECT count(*) AS n FROM "User" WHERE email = 'demo@example.org'`,
  );
  if (exists) {
    log('Demo analyst demo@example.org exists (its password was printed when it was created).');
    return;
  }
  const password = randomBytes(12).toString('base64url');
  const prisma = createPrismaClient(database.url, BULK_TIMEOUTS);
  try {
    await insertAccount(
      prisma,
      { email: 'demo@example.org', name: 'Demo Analyst', role: 'ANALYST', password },
      null,
    );
  } finally {
    await prisma.$disconnect();
  }
  log(`Demo analyst created for this trial: demo@example.org / ${password}`);
}

async function prepareDatabase(database: Database) {
  await runTool('prisma', ['migrate', 'deploy']);
  const seeded = await countRows(database.url, 'SELECT count(*) AS n FROM "Presidency"');
  if (seeded === 0) {
    log('Empty database: seeding the tracker from seeds/');
    await runTool('prisma', ['db', 'seed']);
  }
  await createDemoAnalystIfAsked(database);
  const users = await countRows(
    database.url,
    'SELECT count(*) AS n FROM "User" WHERE "disabledAt" IS NULL',
  );
  if (users === 0) {
    log('No analyst account yet. The public pages work without one; to sign in, create an admin:');
    log('  npm run user:create -- --email you@example.org --name "Your Name" --role admin');
  }
}

async function main() {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const database = await connectDatabase();
  process.env.DATABASE_URL = database.url;
  let next: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((resolve) => next?.once('exit', resolve));
    }
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  process.on('SIGHUP', () => void shutdown(129));

  try {
    const secretProblem = settleAuthSecret(database);
    if (secretProblem) {
      process.stderr.write(`${secretProblem}\n`);
      return shutdown(1);
    }
    await prepareDatabase(database);
    if (mode === 'start') await buildIfStale();
    const port = process.env.PORT ?? '3000';
    // Production goes through scripts/serve.mjs (the client's address from the
    // socket and TRUSTED_PROXY_HOPS); development through `next dev`.
    const command =
      mode === 'start'
        ? [path.join(ROOT, 'scripts', 'serve.mjs'), port]
        : [toolPath('next'), 'dev', '-p', port];
    next = spawn(process.execPath, command, {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    });
    next.once('exit', (code) => void shutdown(code ?? 0));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
