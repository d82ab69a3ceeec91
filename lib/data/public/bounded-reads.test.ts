// Issue 8: no public request reads data in proportion to the whole database.
// Cannot be fooled by a fast machine: it counts, per public page, the queries
// made and the rows the database returns, on a generated tracker of 50 items
// and one of 500 (scripts/lib/dataset.ts); both must be the same. Speed
// itself lives in `npm run bench`. The smaller tracker has 400 items, so that
// every list (50 sources a page) is full at both sizes; every generated item
// has a history and statements of the same shape.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '@/scripts/lib/dataset';
import { BULK_TIMEOUTS, createPrismaClient, type PrismaClient } from '@/lib/db';
import { createFreshDatabase, dropFreshDatabases } from '@/lib/testing/fresh-database';
import { parseItemFilters, type ItemFilters } from '@/lib/validation/item-filters';

const current: { client?: PrismaClient } = {};
vi.mock('@/lib/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  return { ...actual, db: () => current.client! };
});
// No cache between the calls: every read goes to the database and is counted.
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

/** A new database with every migration applied and a generated tracker of `items` items. */
function trackerOf(items: number): Promise<string> {
  return createFreshDatabase(`bounded_${items}`, (client) => generateDataset(client, items));
}

// Every query of the process goes through pg.Client#query: count it and its rows.
const counter = { queries: 0, rows: 0 };
const originalQuery = pg.Client.prototype.query;
function countQueries() {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const count = (value: pg.QueryResult | undefined) => {
      counter.queries += 1;
      counter.rows += Array.isArray(value?.rows) ? value.rows.length : 0;
    };
    // pg.Pool#query passes a callback; the driver adapter may use either form.
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, value: pg.QueryResult) => {
        if (!error) count(value);
        return (last as (...a: unknown[]) => unknown)(error, value);
      };
    }
    const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    if (
      typeof last !== 'function' &&
      result &&
      typeof (result as Promise<unknown>).then === 'function'
    )
      return (result as Promise<pg.QueryResult>).then((value) => {
        count(value);
        return value;
      });
    return result;
  } as typeof pg.Client.prototype.query;
}

function filters(input: Record<string, string>): ItemFilters {
  const parsed = parseItemFilters(input);
  if (!parsed.ok) throw new Error('bad filters');
  return parsed.filters;
}

/** What each public page reads, as the page reads it. */
async function publicPages() {
  const tracker = await import('@/lib/data/public/tracker');
  const dashboard = await import('@/lib/data/public/dashboard');
  const { searchItems } = await import('@/lib/data/public/item-search');
  const { getItemDetail } = await import('@/lib/data/public/item-detail');
  const { listSources, getSourceDetail, countSourcesByOutletType } =
    await import('@/lib/data/public/sources');
  const openData = await import('@/lib/data/public/open-data');
  const { getItemRecord } = await import('@/lib/data/public/item-records');
  return {
    '/': () =>
      Promise.all([
        tracker.getPresidency(),
        tracker.listAreaStatusCounts(),
        tracker.listAreaItemPreviews(6),
        dashboard.listRecentChanges(8, 0, undefined, true),
        dashboard.listOpenMilestones(8, '2023-06-01'),
      ]),
    '/items': () => Promise.all([tracker.listAreas(), searchItems(filters({}))]),
    '/items?status=KEPT&area=…': () =>
      searchItems(filters({ status: 'KEPT', area: 'gen-area-1', pageSize: '5' })),
    '/items?q=commitment': () => searchItems(filters({ q: 'commitment' })),
    '/items?q=безопасность': () => searchItems(filters({ q: 'безопасность' })),
    '/items/[id]': () =>
      Promise.all([tracker.getPublishedItem('gen-item-7'), getItemDetail('gen-item-7')]),
    '/sources': () => listSources(1),
    '/sources/[id]': () => getSourceDetail('gen-source-3'),
    '/methodology': () => countSourcesByOutletType(),
    '/feed.xml': () => openData.listOpenStatusChanges({ limit: 50 }),
    '/api/v1/areas': () => openData.listAreaTallies(),
    '/api/v1/items/[id]': () => getItemRecord('gen-item-7'),
    '/api/v1/statements': () => openData.listOpenStatements({}, { page: 1, pageSize: 50 }),
    '/api/v1/sources': () => openData.listOpenSources({ page: 1, pageSize: 50 }),
    '/api/v1/sources/[id]': () => openData.getOpenSource('gen-source-3'),
    '/api/v1/status-changes': () => openData.listOpenStatusChanges({ limit: 50, offset: 50 }),
  } satisfies Record<string, () => Promise<unknown>>;
}

async function measure(url: string): Promise<Record<string, string>> {
  current.client = createPrismaClient(url, BULK_TIMEOUTS);
  const figures: Record<string, string> = {};
  try {
    for (const [page, read] of Object.entries(await publicPages())) {
      await read(); // warm: connections opened, prepared
      // A new data version: nothing computed before is served from memory.
      await current.client
        .$executeRaw`UPDATE "DataVersion" SET "value" = "value" + 1 WHERE "id" = 1`;
      counter.queries = 0;
      counter.rows = 0;
      await read();
      figures[page] = `${counter.queries} queries, ${counter.rows} rows`;
    }
  } finally {
    await current.client.$disconnect();
  }
  return figures;
}

describe('public reads', () => {
  const urls: Record<number, string> = {};
  beforeAll(async () => {
    urls[400] = await trackerOf(400);
    urls[4000] = await trackerOf(4000);
    countQueries();
  }, 120_000);

  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await dropFreshDatabases();
  });

  it('make the same queries and get the same number of rows at 400 and at 4,000 items', async () => {
    const small = await measure(urls[400]!);
    const large = await measure(urls[4000]!);
    console.log(
      Object.entries(large)
        .map(([page, figure]) => `${page}: ${figure}`)
        .join('\n'),
    );
    // The counter does see the reads.
    expect(small['/items/[id]']).toMatch(/^[1-9]\d* queries, [1-9]\d* rows$/);
    expect(large).toEqual(small);
  }, 120_000);
});
