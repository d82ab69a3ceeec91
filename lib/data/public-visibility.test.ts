// Issue 9, finding 13: unpublished material on public surfaces.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { testDb } from '@/lib/testing/db';
import { createArea, createItem, createSource, createStatement } from '@/lib/testing/factories';
import { getSourceDetail } from './sources';
import { readStatusHistories } from './tracker';

vi.mock('@/lib/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  let client: ReturnType<typeof actual.createPrismaClient> | undefined;
  return { ...actual, db: () => (client ??= actual.createPrismaClient(process.env.DATABASE_URL!)) };
});
vi.mock('next/cache', () => ({
  unstable_cache: <T>(read: T) => read,
  updateTag: () => undefined,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

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
});
