// The synonym dictionary in Postgres is the list in lib/search/synonyms.ts:
// after editing the list, `npm run search:synonyms` writes the migration that
// puts it there, and this test fails until it has.
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { crossScriptPairs, searchSynonymRows } from './synonyms';

afterAll(async () => {
  await testDb().$disconnect();
});

describe('search synonyms', () => {
  it('are in Postgres exactly as listed (run `npm run search:synonyms` after editing the list)', async () => {
    const rows = await testDb().$queryRaw<{ term: string; group: number }[]>`
      SELECT DISTINCT "term", "synonymGroup" AS "group" FROM "SearchSynonym" ORDER BY "group", "term"`;
    const listed = searchSynonymRows().sort(
      (a, b) => a.group - b.group || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
    );
    expect(rows).toEqual(listed);
  });

  it('give no stem to two groups (a word would stand for two names)', async () => {
    const shared = await testDb().$queryRaw<{ lexeme: string }[]>`
      SELECT "lexeme" FROM "SearchSynonym" GROUP BY "lexeme" HAVING count(DISTINCT "synonymGroup") > 1`;
    expect(shared).toEqual([]);
  });

  it('put every spelling of a name in for any one of them', async () => {
    const [row] = await testDb().$queryRaw<{ a: boolean; b: boolean; c: boolean }[]>`
      SELECT tracker_search_vector('Александр Лукашенко') @@ tracker_search_query('Lukashenka') AS a,
        tracker_search_vector('President Lukashenko') @@ tracker_search_query('Лукашенко') AS b,
        tracker_search_vector('саммит ОДКБ') @@ tracker_search_query('CSTO summit') AS c`;
    expect(row).toEqual({ a: true, b: true, c: true });
  });

  it('give suggested evidence its English-Russian pairs', () => {
    expect(crossScriptPairs()).toContainEqual(['Lukashenka', 'Лукашенко']);
    expect(
      crossScriptPairs().every(
        ([en, ru]) => !/\p{Script=Cyrillic}/u.test(en) && /\p{Script=Cyrillic}/u.test(ru),
      ),
    ).toBe(true);
  });
});
