// Issue 12: the search table. Queries in both languages, on the seeded
// tracker, with the items each must find first (and, where it matters, the
// items it must find at all). Changing ranking or the synonym dictionary
// (lib/search/synonyms.ts) is checked here; the closing note of issue 12 gives
// the table before and after.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BULK_TIMEOUTS, createPrismaClient, type PrismaClient } from '@/lib/db';
import { createFreshDatabase, dropFreshDatabases } from '@/lib/testing/fresh-database';
import { parseItemFilters } from '@/lib/validation/item-filters';
import { seedTracker } from '@/seeds/load';

const current: { client?: PrismaClient } = {};
vi.mock('@/lib/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  return { ...actual, db: () => current.client! };
});
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

const { searchItems } = await import('@/lib/data/public/item-search');

async function search(q: string, collapse = true) {
  const parsed = parseItemFilters({ q, pageSize: '100' });
  if (!parsed.ok) throw new Error(`bad query ${q}`);
  return searchItems(parsed.filters, { collapse });
}

beforeAll(async () => {
  const url = await createFreshDatabase('search_table');
  current.client = createPrismaClient(url, BULK_TIMEOUTS);
  await seedTracker(current.client);
}, 120_000);

afterAll(async () => {
  await current.client?.$disconnect();
  await dropFreshDatabases();
});

/** Query, then the items it must list first (in any order among themselves). */
const TABLE: [string, string[]][] = [
  ['саммит', ['minsk-summit-2023']],
  ['summit', ['minsk-summit-2023']],
  [
    'Минск',
    ['eurasian-security-conference', 'analytical-institutes-heads-meeting', 'minsk-summit-2023'],
  ],
  [
    'Minsk',
    ['eurasian-security-conference', 'analytical-institutes-heads-meeting', 'minsk-summit-2023'],
  ],
  ['Китай', ['csto-china-strategic-dialogue']],
  ['china', ['csto-china-strategic-dialogue']],
  ['конференция', ['eurasian-security-conference']],
  ['учения', ['joint-exercises-belarus-2023']],
  ['миротворцы', ['peacekeepers-equipment']],
  ['peacekeepers', ['peacekeepers-equipment']],
  ['fake news', ['fake-news-disinformation']],
  ['дезинформация', ['fake-news-disinformation']],
  ['биологической безопасности', ['biological-security-council-session']],
  ['Kyrgyzstan Tajikistan', ['kyrgyzstan-tajikistan-border']],
  ['граница Таджикистана', ['kyrgyzstan-tajikistan-border']],
];

/** Spellings that must find the same items in the same order. */
const SAME: string[][] = [
  ['Лукашенко', 'Lukashenka', 'Lukashenko'],
  ['ОДКБ', 'CSTO'],
  ['Китай', 'China'],
];

describe('search table', () => {
  it.each(TABLE)('%s finds its items first', async (q, first) => {
    const result = await search(q);
    expect(
      result.items
        .slice(0, first.length)
        .map((item) => item.id)
        .sort(),
      q,
    ).toEqual([...first].sort());
    // Found in their own text (English or Russian), not through a shared article.
    for (const item of result.items.slice(0, first.length)) expect(item.matchedIn, q).toBe('item');
  });

  it.each(SAME)('%s and its other spellings find the same items', async (...spellings) => {
    const lists = await Promise.all(
      spellings.map(async (q) => (await search(q, false)).items.map((item) => item.id)),
    );
    expect(lists[0]!.length).toBeGreaterThan(0);
    for (const list of lists.slice(1)) expect(list).toEqual(lists[0]);
  });

  it('lists items in their own words first, then through their quotes, then through source texts', async () => {
    const tiers = { item: 0, statement: 1, source: 2 };
    for (const q of ['Минск', 'Kyrgyzstan Tajikistan', 'Армения']) {
      const order = (await search(q, false)).items.map((item) => tiers[item.matchedIn!]);
      expect(order, q).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size, q).toBeGreaterThan(1);
    }
  });

  it('collapses items found only in one shared article into one row that counts them', async () => {
    const full = await search('china', false);
    const collapsed = await search('china');
    expect(full.matched).toBe(full.total);
    expect(collapsed.matched).toBe(full.matched);
    // 32 items match, nearly all only through articles they are quoted from.
    expect(collapsed.items.length).toBeLessThan(6);
    const counted = collapsed.items.reduce(
      (sum, item) => sum + 1 + (item.alsoQuoting?.more ?? 0),
      0,
    );
    expect(counted).toBe(full.matched);
    for (const item of collapsed.items) {
      if (item.alsoQuoting) {
        expect(item.matchedIn).toBe('source');
        expect(item.snippet).toMatchObject({ kind: 'source', sourceId: item.alsoQuoting.sourceId });
      }
    }
    // One snippet per item, never the same passage for two rows of one article.
    expect(new Set(collapsed.items.map((item) => item.id)).size).toBe(collapsed.items.length);
  });
});
