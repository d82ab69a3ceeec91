// `npm run bench`: speed, memory and page-weight figures of a production
// build on a freshly seeded database. It prints figures and compares them with
// the targets below; it never fails a test run (targets are not tests).
//
// Load comes from autocannon on loopback only, bounded in time.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  buildApp,
  launchChromium,
  migrateAndSeed,
  recreateDatabase,
  residentMiB,
  startAppServer,
  type AppServer,
} from './lib/app-server';
import { withLock } from './lib/lock';
import { hasNginx, NGINX_BINARY, startNginx } from './lib/nginx';
import { freePort } from './lib/ports';
import { connectDatabase, DATA_DIR, loadDotEnv, log, ROOT } from './lib/runtime';

// Service targets for a public tracker on a 2-core machine, measured with 10
// concurrent connections per route (a busy news day, not a DDoS): a reader
// should never wait half a second for any public page or API call.
const TARGETS = {
  /** Median latency of every route under that load, milliseconds. */
  p50Ms: 150,
  /** 99th percentile latency, milliseconds. */
  p99Ms: 500,
  /** Server memory after the load, MiB (resident set, all server processes). */
  rssMiB: 600,
  /** First-load JavaScript of a public page, KiB gzipped (the public-dashboard issue's budget). */
  firstLoadJsKiB: 100,
};

const SECONDS_PER_ROUTE = Number(process.env.BENCH_SECONDS ?? 8);

/** `--items N`: add a generated tracker of N items (scripts/lib/dataset.ts) to the seed. */
function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}
const GENERATED_ITEMS = Number(argument('--items') ?? 0);
/** Concurrent connections per route (issue 8 measures at 32). */
const CONNECTIONS = Number(argument('--connections') ?? 32);

/**
 * The ceiling of one Node process on this machine, measured in the same run:
 * a minimal http server that sends the dashboard's own HTML from memory.
 */
function startCeilingServer(html: string): Promise<{ url: string; close: () => void }> {
  return new Promise((resolve) => {
    const body = Buffer.from(html);
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

async function measureLoad(base: string, route: string) {
  // autocannon's summary has no 95th percentile: keep every response time.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${route}`, connections: CONNECTIONS, duration: SECONDS_PER_ROUTE },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const percentile = (p: number) =>
    times.length === 0 ? 0 : Math.round(times[Math.ceil((p / 100) * times.length) - 1]!);
  return {
    route,
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    errors: result.errors + result.non2xx,
  };
}

async function measureFirstLoadJs(base: string, routes: string[]) {
  const browser = await launchChromium();
  const figures: { route: string; files: number; kib: number }[] = [];
  for (const route of routes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${base}${route}`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const bodies = await Promise.all(scripts);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    figures.push({ route, files: bodies.length, kib: Math.round((gzipped / 1024) * 10) / 10 });
    await context.close();
  }
  await browser.close();
  return figures;
}

function verdict(ok: boolean) {
  return ok ? 'within target' : 'OVER TARGET';
}

async function main() {
  loadDotEnv();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const database = await connectDatabase();
  let server: AppServer | undefined;
  try {
    const url = await recreateDatabase(database.url, 'tracker_bench');
    const env = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      NODE_ENV: 'production' as const,
      NEXT_DIST_DIR: '.next-test',
    };
    const seedStarted = Date.now();
    await migrateAndSeed(env, GENERATED_ITEMS);
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    await withLock(path.join(DATA_DIR, 'e2e.lock'), async () => {
      const buildStarted = Date.now();
      await buildApp(env);
      const buildSeconds = (Date.now() - buildStarted) / 1000;

      const port = await freePort();
      const startStarted = Date.now();
      server = await startAppServer(env, port);
      const base = server.base;
      const startSeconds = (Date.now() - startStarted) / 1000;
      const idleMiB = residentMiB(server.pid);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // A generated item and source when there are some, in the middle of the data.
      const item = (
        await client.query<{ id: string }>(
          `SELECT id FROM "Item" ORDER BY (id = 'gen-item-${Math.floor(GENERATED_ITEMS / 2)}') DESC, position LIMIT 1`,
        )
      ).rows[0]?.id;
      const source = (
        await client.query<{ id: string }>(
          `SELECT id FROM "Source" ORDER BY (id = 'gen-source-${Math.floor(GENERATED_ITEMS / 10)}') DESC, "publishedOn" DESC LIMIT 1`,
        )
      ).rows[0]?.id;
      await client.end();

      const pages = [
        '/',
        '/items',
        `/items/${item}`,
        '/sources',
        `/sources/${source}`,
        '/methodology',
      ];
      const routes = [
        ...pages,
        '/items?q=security',
        '/items?q=безопасность',
        '/api/v1/items',
        '/feed.xml',
        '/api/v1/items.csv',
      ];
      for (const route of routes) await fetch(`${base}${route}`); // warm the caches

      const ceilingServer = await startCeilingServer(await (await fetch(`${base}/`)).text());
      log(`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS_PER_ROUTE} s per route`);
      const ceiling = await measureLoad(ceilingServer.url, '/');
      ceilingServer.close();
      const load = [];
      for (const route of routes) load.push(await measureLoad(base, route));
      // The same routes through the shipped nginx cache (deploy/nginx.conf), when nginx is installed.
      const viaNginx: Awaited<ReturnType<typeof measureLoad>>[] = [];
      if (hasNginx()) {
        const nginx = await startNginx({
          port: await freePort(),
          upstreams: [port],
          prefix: path.join(DATA_DIR, 'bench', 'nginx'),
        });
        try {
          for (const route of routes) await fetch(`${nginx.url}${route}`);
          for (const route of routes) viaNginx.push(await measureLoad(nginx.url, route));
        } finally {
          await nginx.stop();
        }
      } else {
        log(`No nginx at ${NGINX_BINARY}: the figures through nginx are left out.`);
      }
      const ratio = (rps: number) => `${((rps / ceiling.requestsPerSecond) * 100).toFixed(1)}%`;
      const loadedMiB = residentMiB(server.pid);
      const js = await measureFirstLoadJs(base, pages);

      const lines = [
        '',
        `Seed (migrate + seed): ${seedSeconds.toFixed(1)} s; next build: ${buildSeconds.toFixed(1)} s; next start until healthy: ${startSeconds.toFixed(1)} s`,
        '',
        `Data: seed${GENERATED_ITEMS ? ` + ${GENERATED_ITEMS} generated items` : ''}; ${CONNECTIONS} connections`,
        `Ceiling (minimal Node http server, the dashboard's HTML from memory): ${ceiling.requestsPerSecond} req/s, p99 ${ceiling.p99} ms`,
        '',
        'route                                   req/s  ceiling   p50 ms   p95 ms   p99 ms   errors',
        ...load.map(
          (row) =>
            `${row.route.padEnd(38)} ${String(row.requestsPerSecond).padStart(6)} ${ratio(row.requestsPerSecond).padStart(8)} ${String(row.p50).padStart(8)} ${String(row.p95).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)}`,
        ),
        ...(viaNginx.length > 0
          ? [
              '',
              'through nginx (deploy/nginx.conf)      req/s  ceiling   p50 ms   p95 ms   p99 ms   errors',
              ...viaNginx.map(
                (row) =>
                  `${row.route.padEnd(38)} ${String(row.requestsPerSecond).padStart(6)} ${ratio(row.requestsPerSecond).padStart(8)} ${String(row.p50).padStart(8)} ${String(row.p95).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(8)}`,
              ),
            ]
          : []),
        '',
        `Worst p50: ${Math.max(...load.map((row) => row.p50))} ms (target ${TARGETS.p50Ms}: ${verdict(load.every((row) => row.p50 <= TARGETS.p50Ms))})`,
        `Worst p99: ${Math.max(...load.map((row) => row.p99))} ms (target ${TARGETS.p99Ms}: ${verdict(load.every((row) => row.p99 <= TARGETS.p99Ms))})`,
        `Server memory (RSS, all processes): idle ${idleMiB} MiB, after load ${loadedMiB} MiB (target ${TARGETS.rssMiB}: ${verdict(loadedMiB <= TARGETS.rssMiB)})`,
        '',
        'First-load JS (gzipped, measured in Chromium)',
        ...js.map(
          (row) =>
            `${row.route.padEnd(38)} ${String(row.kib).padStart(7)} KiB in ${row.files} files (${verdict(row.kib <= TARGETS.firstLoadJsKiB)})`,
        ),
        '',
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      // Under the data folder: the repository's top level is fixed (README), and results are per machine.
      const resultsDir = path.join(DATA_DIR, 'bench', 'results');
      mkdirSync(resultsDir, { recursive: true });
      const file = path.join(
        resultsDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-items-${GENERATED_ITEMS}.json`,
      );
      writeFileSync(
        file,
        `${JSON.stringify({ items: GENERATED_ITEMS, connections: CONNECTIONS, seconds: SECONDS_PER_ROUTE, ceiling, load, viaNginx, idleMiB, loadedMiB, js }, null, 2)}\n`,
      );
      log(`Written ${path.relative(ROOT, file)}`);
    });
  } finally {
    await server?.stop();
    if (database.embedded?.startedHere) await database.embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
