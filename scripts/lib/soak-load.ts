// `npm run soak`'s readers and its tally: plain HTTP clients reading the
// public pages, search, the open-data API and the feed, as the public does.
import type pg from 'pg';

export interface KindTally {
  requests: number;
  /** 5xx answers, network errors and timeouts (and, for writes, failed steps). */
  errors: number;
  /** 4xx answers: not errors of the server, but nothing a reader here should get. */
  clientErrors: number;
  /** Milliseconds of every answered request, for percentiles. */
  times: number[];
}

/** What every loop counts, per kind ("reader: item page", "write: status change", …). */
export class Tally {
  readonly kinds = new Map<string, KindTally>();
  readonly firstErrors: string[] = [];
  readonly firstClientErrors: string[] = [];
  private readonly started = Date.now();

  private kind(kind: string): KindTally {
    let tally = this.kinds.get(kind);
    if (!tally) {
      tally = { requests: 0, errors: 0, clientErrors: 0, times: [] };
      this.kinds.set(kind, tally);
    }
    return tally;
  }

  private stamp(): string {
    const seconds = Math.round((Date.now() - this.started) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }

  /** An answered request (or a completed step, with status 200). */
  answered(kind: string, what: string, status: number, ms?: number) {
    const tally = this.kind(kind);
    tally.requests += 1;
    if (ms !== undefined) tally.times.push(ms);
    if (status >= 500) this.error(kind, `${what}: HTTP ${status}`, false);
    else if (status >= 400) {
      tally.clientErrors += 1;
      if (this.firstClientErrors.length < 10)
        this.firstClientErrors.push(`[${this.stamp()}] ${kind}: ${what}: HTTP ${status}`);
    }
  }

  /** A network error, a timeout, or a write that did not land. */
  error(kind: string, message: string, countRequest = true) {
    const tally = this.kind(kind);
    if (countRequest) tally.requests += 1;
    tally.errors += 1;
    if (this.firstErrors.length < 10)
      this.firstErrors.push(`[${this.stamp()}] ${kind}: ${message.split('\n')[0]}`);
  }

  get requests(): number {
    return [...this.kinds.values()].reduce((sum, kind) => sum + kind.requests, 0);
  }

  get errors(): number {
    return [...this.kinds.values()].reduce((sum, kind) => sum + kind.errors, 0);
  }
}

export function percentile(sorted: readonly number[], p: number): number | undefined {
  return sorted.length === 0 ? undefined : sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** Ids the readers pick from, refreshed from the database as writers add items and sources. */
export interface ReaderTargets {
  items: string[];
  sources: string[];
  areas: string[];
  statements: string[];
}

export async function readTargets(pool: pg.Pool): Promise<ReaderTargets> {
  const ids = async (sql: string) => (await pool.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    // Published ones only: the others are 404 for the public, rightly.
    items: await ids(
      `SELECT i.id FROM "Item" i JOIN "PriorityArea" a ON a.id = i."areaId" WHERE i."archivedAt" IS NULL AND a."archivedAt" IS NULL`,
    ),
    sources: await ids(`SELECT id FROM "Source" WHERE "archivedAt" IS NULL`),
    areas: await ids(`SELECT id FROM "PriorityArea" WHERE "archivedAt" IS NULL`),
    statements: await ids(
      `SELECT id FROM "Statement" WHERE "archivedAt" IS NULL AND "anchorState" = 'ANCHORED' ORDER BY random() LIMIT 200`,
    ),
  };
}

const SEARCHES = [
  'security',
  'безопасность',
  'exercises',
  'учения',
  'Minsk',
  'peacekeeping',
  'миротворческие силы',
  'summit declaration',
  'cyber',
  'rapid reaction',
  'soak',
  'zzqx-no-such-word',
];
const STATUS_CODES = ['IN_PROGRESS', 'STALLED', 'PARTLY_KEPT', 'KEPT', 'BROKEN', 'NOT_YET_RATED'];
const OUTLETS = ['OFFICIAL', 'STATE_MEDIA', 'INDEPENDENT', 'FOREIGN'];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const q = (value: string) => encodeURIComponent(value);

/** Weighted routes: pages a reader opens most (an item, a search) come up most. */
const ROUTES: { kind: string; weight: number; path: (targets: ReaderTargets) => string }[] = [
  { kind: 'dashboard /', weight: 2, path: () => '/' },
  {
    kind: 'items list /items',
    weight: 2,
    path: (t) =>
      pick([
        '/items',
        '/items?page=2',
        `/items?status=${pick(STATUS_CODES)}`,
        `/items?area=${q(pick(t.areas))}&status=${pick(STATUS_CODES)}&status=${pick(STATUS_CODES)}`,
        `/items?outlet=${pick(OUTLETS)}&from=2023-01-01&to=2023-12-31`,
      ]),
  },
  { kind: 'search /items?q=', weight: 3, path: () => `/items?q=${q(pick(SEARCHES))}` },
  { kind: 'item page /items/[id]', weight: 4, path: (t) => `/items/${q(pick(t.items))}` },
  { kind: 'sources list /sources', weight: 1, path: () => '/sources' },
  { kind: 'source page /sources/[id]', weight: 3, path: (t) => `/sources/${q(pick(t.sources))}` },
  {
    kind: 'JSON /api/v1/…',
    weight: 3,
    path: (t) =>
      pick([
        '/api/v1/items',
        `/api/v1/items?q=${q(pick(SEARCHES))}`,
        `/api/v1/items/${q(pick(t.items))}`,
        '/api/v1/areas',
        '/api/v1/sources',
        `/api/v1/sources/${q(pick(t.sources))}`,
        '/api/v1/statements',
        ...(t.statements.length > 0 ? [`/api/v1/statements/${q(pick(t.statements))}`] : []),
        '/api/v1/status-changes',
      ]),
  },
  {
    kind: 'CSV /api/v1/*.csv',
    weight: 1,
    path: () => pick(['/api/v1/items.csv', '/api/v1/status-changes.csv']),
  },
  { kind: 'feed /feed.xml', weight: 1, path: () => '/feed.xml' },
];
const TOTAL_WEIGHT = ROUTES.reduce((sum, route) => sum + route.weight, 0);

function pickRoute() {
  let ticket = Math.random() * TOTAL_WEIGHT;
  for (const route of ROUTES) {
    ticket -= route.weight;
    if (ticket < 0) return route;
  }
  return ROUTES[0]!;
}

/** One reader: one request at a time, no pause, until `running()` says stop. */
export async function readerLoop(
  base: string,
  targets: () => ReaderTargets,
  tally: Tally,
  running: () => boolean,
) {
  while (running()) {
    const route = pickRoute();
    const kind = `reader: ${route.kind}`;
    const path = route.path(targets());
    const started = performance.now();
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      tally.answered(kind, path, response.status, Math.round(performance.now() - started));
    } catch (error) {
      const cause = error instanceof Error ? (error.cause ?? error) : error;
      tally.error(kind, `${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }
}
