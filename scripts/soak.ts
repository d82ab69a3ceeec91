// `npm run soak -- --minutes 10`: readers and signed-in analysts through the
// real endpoints of a production build (`node scripts/serve.mjs`, loopback),
// for a while, on a fresh database. Reports requests per kind, errors (a 5xx
// answer, a network error or a write that did not land), the server's memory
// after warm-up and at the end, and checks the stored data in SQL at the end:
// every statement anchored in its text, every current status derivable from
// its history, history appended to only. Exits non-zero when there were
// errors, memory grew by 10% or more, or a check failed.
//
// Options: --minutes N (10; 0.5 for a quick run), --readers N (4),
// --writers N (2; analysts, each its own Chromium page), --items N (0; adds a
// generated tracker, scripts/lib/dataset.ts), --warmup S (at least this
// long, and until every analyst has done a whole round, so that every page
// and action has been loaded before memory is first read; default 10% of the
// run, 15 to 60 s; then on until the live heap has settled: it grew by less
// than 3% over the last minute, or --settle-max S, 600 by default, have
// passed). The build goes to .data/soak/next, the database is
// `soak_tracker` (dropped and created again by every run, kept afterwards).
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Browser } from '@playwright/test';
import {
  buildApp,
  launchChromium,
  migrateAndSeed,
  recreateDatabase,
  residentMiB,
  startAppServer,
  type AppServer,
} from './lib/app-server';
import { checkConsistency, snapshotHistory, type CheckResult } from './lib/consistency';
import { freePort } from './lib/ports';
import { connectDatabase, DATA_DIR, loadDotEnv, log, ROOT } from './lib/runtime';
import { analystLoop, createAnalyst, type Analyst } from './lib/soak-analyst';
import { percentile, readerLoop, readTargets, Tally, type ReaderTargets } from './lib/soak-load';

/** Memory may not grow by this much between the end of warm-up and the end (percent). */
const GROWTH_LIMIT_PERCENT = 10;
const DATABASE_NAME = 'soak_tracker';
/** Ignored by git, ESLint, Prettier and tsc (.data/), unlike a .next-* folder at the top. */
const DIST_DIR = '.data/soak/next';

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    readers: { type: 'string', default: '4' },
    writers: { type: 'string', default: '2' },
    items: { type: 'string', default: '0' },
    warmup: { type: 'string' },
    'settle-max': { type: 'string', default: '600' },
  },
});

function numberOption(name: string, value: string | undefined, min: number): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < min)
    throw new Error(`--${name} must be a number of at least ${min} (got ${value})`);
  return number;
}

const MINUTES = numberOption('minutes', options.minutes, 0.1);
const READERS = Math.floor(numberOption('readers', options.readers, 1));
const WRITERS = Math.floor(numberOption('writers', options.writers, 1));
const ITEMS = Math.floor(numberOption('items', options.items, 0));
const SOAK_MS = Math.round(MINUTES * 60_000);
const WARMUP_MS =
  options.warmup === undefined
    ? Math.min(60_000, Math.max(15_000, SOAK_MS / 10))
    : numberOption('warmup', options.warmup, 0) * 1000;

/** The warm-up waits for the analysts' first round this long at most. */
const MAX_WARMUP_MS = Math.max(WARMUP_MS, 180_000);
/**
 * Then for the live heap to settle, this long at most: caches (Next's page
 * and data cache, our search cache, compiled code, connections) fill first
 * and are bounded; a leak goes on growing after that.
 */
const SETTLE_MAX_MS = numberOption('settle-max', options['settle-max'], 0) * 1000;
const SETTLED_PERCENT = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The median of three readings a second apart: one reading may land on a GC. */
async function sampleMemory(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let n = 0; n < 3; n += 1) {
    if (n > 0) await sleep(1_000);
    readings.push(residentMiB(pid));
  }
  return readings.sort((a, b) => a - b)[1]!;
}

const HEAP_REPORT = '[memory after gc] ';

/** The server's answers to SIGUSR2: its live heap after a full collection. */
class HeapReports {
  private waiting: ((heapMiB: number) => void)[] = [];

  /** Consumes a report line of the server's error output; false for any other line. */
  take(line: string): boolean {
    if (!line.startsWith(HEAP_REPORT)) return false;
    const { heapUsed } = JSON.parse(line.slice(HEAP_REPORT.length)) as { heapUsed: number };
    const mib = Math.round((heapUsed / 1024 / 1024) * 10) / 10;
    for (const resolve of this.waiting.splice(0)) resolve(mib);
    return true;
  }

  /** Asks the server (pid) for a full collection; NaN when it does not answer within 10 s. */
  async sample(pid: number): Promise<number> {
    const answer = new Promise<number>((resolve) => this.waiting.push(resolve));
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {
      return Number.NaN;
    }
    return Promise.race([answer, sleep(10_000).then(() => Number.NaN)]);
  }
}

/** Resolves when `promise` does or after `ms`, whichever is first. */
function withDeadline(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

interface Report {
  tally: Tally;
  warmupMs: number;
  startMiB: number;
  endMiB: number;
  minMiB: number;
  peakMiB: number;
  /** Live heap after a full collection (MiB): after warm-up, at the end, and every 30 s. */
  heapStartMiB: number;
  heapEndMiB: number;
  heapSamples: { at: number; mib: number }[];
  checks: CheckResult[];
  data: Record<string, number>;
  serverStderr: { count: number; first: string[] };
  serverExited: boolean;
}

function kindOrder(kind: string): number {
  return kind.startsWith('reader:') ? 0 : kind.startsWith('write:') ? 1 : 2;
}

function formatReport(report: Report): { lines: string[]; failures: string[] } {
  const { tally } = report;
  const failures: string[] = [];
  const growth = ((report.endMiB - report.startMiB) / report.startMiB) * 100;
  const heapGrowth = ((report.heapEndMiB - report.heapStartMiB) / report.heapStartMiB) * 100;
  if (tally.errors > 0) failures.push(`${tally.errors} errors`);
  if (!(heapGrowth < GROWTH_LIMIT_PERCENT))
    failures.push(
      `the live heap grew by ${heapGrowth.toFixed(1)}% (limit ${GROWTH_LIMIT_PERCENT}%)`,
    );
  const failedChecks = report.checks.filter((check) => check.failures.length > 0);
  for (const check of failedChecks) failures.push(`consistency: ${check.name}`);
  if (report.serverExited) failures.push('the server exited during the run');

  const kinds = [...tally.kinds.entries()].sort(
    ([a], [b]) => kindOrder(a) - kindOrder(b) || a.localeCompare(b),
  );
  const width = Math.max(40, ...kinds.map(([kind]) => kind.length)) + 2;
  const cell = (value: number | string | undefined, size = 8) =>
    String(value ?? '-').padStart(size);
  const row = (
    kind: string,
    t: { requests: number; errors: number; clientErrors: number },
    times: number[],
  ) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${kind.padEnd(width)}${cell(t.requests, 9)}${cell(t.errors)}${cell(t.clientErrors, 6)}${cell(percentile(sorted, 50))}${cell(percentile(sorted, 99))}`;
  };
  const section = (prefix: string) =>
    kinds.filter(([kind]) => kind.startsWith(prefix)).map(([kind, t]) => row(kind, t, t.times));
  const sum = (prefix: string) => {
    const all = kinds.filter(([kind]) => kind.startsWith(prefix)).map(([, t]) => t);
    return {
      requests: all.reduce((s, t) => s + t.requests, 0),
      errors: all.reduce((s, t) => s + t.errors, 0),
      clientErrors: all.reduce((s, t) => s + t.clientErrors, 0),
    };
  };
  const header = `${'kind'.padEnd(width)}${cell('requests', 9)}${cell('errors')}${cell('4xx', 6)}${cell('p50 ms')}${cell('p99 ms')}`;
  const rule = '-'.repeat(header.length);
  const lines = [
    '',
    `Soak: ${MINUTES} min after ${Math.round(report.warmupMs / 1000)} s of warm-up (until every analyst had done a whole round and the live heap had settled, or ${clock(SETTLE_MAX_MS)} of it); ${READERS} readers, ${WRITERS} analysts (Chromium, the workspace forms); data: seed${ITEMS ? ` + ${ITEMS} generated items` : ''}; node scripts/serve.mjs (production build), loopback`,
    '',
    header,
    rule,
    ...section('reader:'),
    row('all readers', sum('reader:'), []),
    rule,
    ...section('write:'),
    row('all writes (steps through the forms)', sum('write:'), []),
    rule,
    ...section('browser:'),
    row('all analysts’ HTTP requests', sum('browser:'), []),
    rule,
    row(
      'total',
      { requests: tally.requests, errors: tally.errors, clientErrors: sum('').clientErrors },
      [],
    ),
    '',
    `Errors (5xx, network errors, writes that did not land): ${tally.errors}${tally.errors ? '' : ' (expected 0)'}`,
    ...tally.firstErrors.slice(0, 5).map((line) => `  ${line}`),
    ...(tally.firstClientErrors.length
      ? [
          '4xx answers (not counted as errors), first:',
          ...tally.firstClientErrors.slice(0, 5).map((line) => `  ${line}`),
        ]
      : []),
    `Server memory, live heap after a full collection: ${report.heapStartMiB} MiB after warm-up, ${report.heapEndMiB} MiB at the end: ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)}% (limit < ${GROWTH_LIMIT_PERCENT}%: ${heapGrowth < GROWTH_LIMIT_PERCENT ? 'ok' : 'FAILED'})`,
    `  every 30 s: ${report.heapSamples.map((sample) => `${clock(sample.at)} ${sample.mib}`).join(', ')}`,
    `Server memory, resident (RSS, process tree; V8 returns memory lazily, so not the measure of a leak): ${report.startMiB} MiB after warm-up, ${report.endMiB} MiB at the end (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%); lowest ${report.minMiB}, peak ${report.peakMiB} MiB`,
    'Consistency (SQL, at the end):',
    ...report.checks.flatMap((check) => [
      `  ${check.name.padEnd(30)} ${String(check.checked).padStart(7)} checked, ${check.failures.length} failing: ${check.failures.length ? 'FAILED' : 'ok'}`,
      ...check.failures.slice(0, 5).map((line) => `    ${line}`),
    ]),
    `Data at the end: ${Object.entries(report.data)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ')}`,
    `Server error output: ${report.serverStderr.count} lines${report.serverStderr.count ? ', first:' : ''}`,
    ...report.serverStderr.first.map((line) => `  ${line.slice(0, 200)}`),
    '',
    failures.length === 0 ? 'SOAK PASSED' : `SOAK FAILED: ${failures.join('; ')}`,
    '',
  ];
  return { lines, failures };
}

async function countData(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM "Item") AS items,
            (SELECT count(*) FROM "Source") AS sources,
            (SELECT count(*) FROM "SourceVersion") AS "source versions",
            (SELECT count(*) FROM "Statement") AS statements,
            (SELECT count(*) FROM "Statement" WHERE "anchorState" = 'ORPHANED') AS "of them orphaned",
            (SELECT count(*) FROM "StatusChange") AS "status changes",
            (SELECT count(*) FROM "StatusChange" WHERE "correctsId" IS NOT NULL) AS "of them corrections"`,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([name, n]) => [name, Number(n)]));
}

async function main() {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const database = await connectDatabase();
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let pool: pg.Pool | undefined;
  const timers: NodeJS.Timeout[] = [];
  try {
    const url = await recreateDatabase(database.url, DATABASE_NAME);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      NODE_ENV: 'production' as const,
      NEXT_DIST_DIR: DIST_DIR,
    };
    log(`Database ${DATABASE_NAME}: migrations and seed`);
    await migrateAndSeed(env, ITEMS);
    log(`Production build (next build into ${DIST_DIR})`);
    await buildApp(env);

    const serverStderr = { count: 0, first: [] as string[] };
    // SOAK_SERVER_NODE_OPTIONS: Node options for the server alone (e.g. a
    // smaller heap, to tell a leak from a lazy garbage collector).
    // --expose-gc: SIGUSR2 makes the server collect all garbage and report
    // its live heap (scripts/serve.mjs), the measure of a leak.
    const serverEnv = {
      ...env,
      NODE_OPTIONS: `--expose-gc ${process.env.SOAK_SERVER_NODE_OPTIONS ?? ''}`.trim(),
    };
    const heapReports = new HeapReports();
    server = await startAppServer(serverEnv, await freePort(), (line) => {
      if (heapReports.take(line)) return;
      serverStderr.count += 1;
      if (serverStderr.first.length < 5) serverStderr.first.push(line);
    });
    const { base, pid } = server;
    log(`Serving on ${base} (pid ${pid}); creating ${WRITERS} analysts (npm run user:create)`);
    const analysts: Analyst[] = [];
    for (let n = 1; n <= WRITERS; n += 1) analysts.push(await createAnalyst(env, `analyst${n}`));

    pool = new pg.Pool({ connectionString: url, max: 3 });
    const readPool = pool;
    let targets: ReaderTargets = await readTargets(pool);
    const before = await snapshotHistory(pool);
    browser = await launchChromium();
    const chromium = browser;

    const tally = new Tally();
    const started = Date.now();
    // Set when the warm-up is over.
    let endAt = Number.POSITIVE_INFINITY;
    const running = () => Date.now() < endAt;
    const roundsDone = new Set<number>();
    const samples: { at: number; mib: number }[] = [];
    const heapSamples: { at: number; mib: number }[] = [];
    timers.push(
      setInterval(() => {
        const at = Date.now() - started;
        void heapReports.sample(pid).then((mib) => heapSamples.push({ at, mib }));
      }, 30_000),
      setInterval(() => {
        readTargets(readPool)
          .then((fresh) => (targets = fresh))
          .catch(() => undefined);
      }, 10_000),
      setInterval(() => samples.push({ at: Date.now() - started, mib: residentMiB(pid) }), 5_000),
      setInterval(
        () => {
          const writes = [...tally.kinds.entries()]
            .filter(([kind]) => kind.startsWith('write:'))
            .reduce((sum, [, t]) => sum + t.requests - t.errors, 0);
          log(
            `soak ${clock(Date.now() - started)}${Number.isFinite(endAt) ? ` / ${clock(endAt - started)}` : ' (warm-up)'}: ${tally.requests} requests, ${tally.errors} errors, ${writes} writes, server ${residentMiB(pid)} MiB`,
          );
        },
        MINUTES >= 2 ? 60_000 : 15_000,
      ),
    );

    log(
      `Load: ${READERS} readers and ${WRITERS} analysts; warm-up of ${clock(WARMUP_MS)} or more (until every analyst has done a whole round), then ${clock(SOAK_MS)}`,
    );
    const loops = [
      ...Array.from({ length: READERS }, () =>
        readerLoop(base, () => targets, tally, running).catch((error: unknown) =>
          tally.error('reader: loop', String(error)),
        ),
      ),
      ...analysts.map((analyst, index) =>
        analystLoop({
          base,
          browser: chromium,
          analyst,
          label: `analyst${index + 1}`,
          tally,
          running,
          pool: readPool,
          failureDir: path.join(DATA_DIR, 'soak', 'failures'),
          onRound: () => roundsDone.add(index),
        }).catch((error: unknown) => tally.error('write: loop', String(error))),
      ),
    ];

    // Warm-up: WARMUP_MS, and until every analyst has done a whole round, so
    // that every page and action has been loaded once before memory is read.
    await sleep(started + WARMUP_MS - Date.now());
    while (roundsDone.size < WRITERS && Date.now() - started < MAX_WARMUP_MS) await sleep(1_000);
    const settleFrom = Date.now();
    const settled = () => {
      const recent = heapSamples.filter((sample) => sample.at >= Date.now() - started - 65_000);
      if (recent.length < 3 || recent.some((sample) => !Number.isFinite(sample.mib))) return false;
      const first = recent[0]!.mib;
      return ((recent.at(-1)!.mib - first) / first) * 100 < SETTLED_PERCENT;
    };
    while (!settled() && Date.now() - settleFrom < SETTLE_MAX_MS) await sleep(5_000);
    const heapSettled = settled();
    if (!heapSettled)
      log(`The live heap had not settled after ${clock(SETTLE_MAX_MS)}: measuring from here`);
    const startMiB = await sampleMemory(pid);
    const heapStartMiB = await heapReports.sample(pid);
    endAt = Date.now() + SOAK_MS;
    const warmupMs = Date.now() - started;
    log(
      `Warm-up done after ${clock(warmupMs)}: server ${startMiB} MiB resident, live heap ${heapStartMiB} MiB`,
    );
    await sleep(endAt - 2_000 - Date.now());
    const endMiB = await sampleMemory(pid);
    const heapEndMiB = await heapReports.sample(pid);
    log('Stopping the load (analysts finish the step they are in)');
    if (!(await withDeadline(Promise.all(loops), 120_000)))
      log('Some loops did not stop within 2 minutes: going on without them');
    for (const timer of timers) clearInterval(timer);
    await browser.close();
    browser = undefined;

    const serverExited = server.child.exitCode !== null || server.child.signalCode !== null;
    log('Consistency check (SQL)');
    const checks = await checkConsistency(pool, before);
    const data = await countData(pool);
    const all = [startMiB, endMiB, ...samples.map((sample) => sample.mib)];
    const report: Report = {
      tally,
      warmupMs,
      startMiB,
      endMiB,
      heapStartMiB,
      heapEndMiB,
      heapSamples,
      minMiB: Math.min(...all),
      peakMiB: Math.max(...all),
      checks,
      data,
      serverStderr,
      serverExited,
    };
    const { lines, failures } = formatReport(report);
    process.stdout.write(`${lines.join('\n')}\n`);

    const resultsDir = path.join(DATA_DIR, 'soak', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(
      resultsDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-minutes-${MINUTES}.json`,
    );
    const kinds = Object.fromEntries(
      [...tally.kinds.entries()].map(([kind, t]) => {
        const sorted = [...t.times].sort((a, b) => a - b);
        return [
          kind,
          {
            requests: t.requests,
            errors: t.errors,
            clientErrors: t.clientErrors,
            p50: percentile(sorted, 50) ?? null,
            p99: percentile(sorted, 99) ?? null,
          },
        ];
      }),
    );
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          minutes: MINUTES,
          warmupSeconds: Math.round(warmupMs / 1000),
          readers: READERS,
          writers: WRITERS,
          items: ITEMS,
          kinds,
          errors: tally.firstErrors,
          memory: { startMiB, endMiB, samples, heapStartMiB, heapEndMiB, heapSamples },
          checks: checks.map((check) => ({
            name: check.name,
            checked: check.checked,
            failures: check.failures.slice(0, 100),
          })),
          data,
          failures,
        },
        null,
        2,
      )}\n`,
    );
    log(`Written ${path.relative(ROOT, file)}`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    for (const timer of timers) clearInterval(timer);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await pool?.end().catch(() => undefined);
    if (database.embedded?.startedHere) await database.embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
