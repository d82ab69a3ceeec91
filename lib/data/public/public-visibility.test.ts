// Issue 9, finding 13: unpublished material on public surfaces.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { testDb } from '@/lib/testing/db';
import {
  createArea,
  createItem,
  createSource,
  createStatement,
  createUser,
} from '@/lib/testing/factories';
import { searchItems } from '@/lib/data/public/item-search';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { getSourceDetail } from '@/lib/data/public/sources';
import { readStatusHistories } from '@/lib/data/public/tracker';

vi.mock('@/lib/db', async (original) =>
  (await import('@/lib/testing/mocks')).runDatabase(original),
);
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

afterAll(async () => {
  await Promise.all([testDb().$disconnect(), db().$disconnect()]);
});

const QUOTE = 'The ministers agreed to hold a summit in Minsk.';

describe('public reads show nothing unpublished', () => {
  it('a source page does not name the items of an archived area', async () => {
    const archived = await createArea({ archived: true });
    const hidden = await createItem({ areaId: archived.id, title: 'Item of an archived area' });
    const shown = await createItem({ title: 'Item of a published area' });
    const source = await createSource();
    await createStatement({ sourceId: source.id, quote: QUOTE, itemIds: [hidden.id, shown.id] });
    const detail = await getSourceDetail(source.id);
    const titles = detail!.spans.flatMap((span) => span.items.map((item) => item.title));
    expect(titles).toEqual(['Item of a published area']);
  });

  it('an archived statement is not shown as evidence of a status change', async () => {
    const item = await createItem();
    const source = await createSource();
    const statement = await createStatement({
      sourceId: source.id,
      quote: QUOTE,
      itemIds: [item.id],
    });
    await testDb().statusChange.create({
      data: {
        itemId: item.id,
        status: 'IN_PROGRESS',
        effectiveOn: new Date('2000-06-01T00:00:00Z'),
        note: 'Work started.',
        evidence: { create: { statementId: statement.id } },
      },
    });
    expect((await readStatusHistories([item.id])).get(item.id)![0]!.evidence).toHaveLength(1);
    await testDb().statement.update({
      where: { id: statement.id },
      data: { archivedAt: new Date() },
    });
    expect((await readStatusHistories([item.id])).get(item.id)![0]!.evidence).toEqual([]);
  });

  it('search finds nothing through superseded text or an orphaned quote', async () => {
    const analyst = await createUser({ role: 'ANALYST' });
    const token = Math.random().toString(36).slice(2, 8);
    const kept = `The ministers agreed to hold a summit in Minsk on ${token}.`;
    const dropped = 'Belarus proposed a zqxorphanquote exercise in the autumn.';
    const v1 = `MINSK, 20 June. ${kept} ${dropped} The zqxsupersededword plan was discussed.`;
    const v2 = `MINSK, 20 June. ${kept} The plan was discussed at length.`;
    const item = await createItem({ title: `Summit item ${token}` });
    const orphanOnly = await createItem({ title: `Exercise item ${token}` });
    const source = await createSource({ text: v1 });
    await createStatement({ sourceId: source.id, quote: kept, itemIds: [item.id] });
    await createStatement({
      sourceId: source.id,
      quote: dropped,
      itemIds: [item.id, orphanOnly.id],
    });
    const revised = await reviseSourceText(analyst, {
      sourceId: source.id,
      fromVersion: 1,
      text: v2,
      note: 'The outlet shortened the story',
    });
    expect(revised).toMatchObject({ ok: true, value: { orphaned: 1 } });
    const search = (q: string) => searchItems({ q, status: [], page: 1, pageSize: 50 });

    for (const word of ['zqxsupersededword', 'zqxorphanquote']) {
      const found = await search(word);
      expect(
        found.items.map((row) => row.id),
        word,
      ).toEqual([]);
    }
    // Found by its title: the snippet is never the orphaned quote.
    const byTitle = await search(`Exercise item ${token}`);
    expect(byTitle.items.map((row) => row.id)).toEqual([orphanOnly.id]);
    expect(byTitle.items[0]!.snippet).toBeNull();
    const byToken = await search(token);
    const summit = byToken.items.find((row) => row.id === item.id);
    expect(summit?.snippet).toMatchObject({ kind: 'statement' });
    expect(JSON.stringify(summit?.snippet)).not.toContain('zqxorphanquote');
  });
});
