// The data version that public cache keys include (lib/data/shared/cache.ts): every
// committed write to public data bumps it, reads and rolled-back writes do not.
import { afterAll, describe, expect, it } from 'vitest';
import { createArea, createItem, createPresidency } from '@/lib/testing/factories';
import { testDb } from '@/lib/testing/db';

async function version(): Promise<bigint> {
  const rows = await testDb().$queryRaw<
    { value: bigint }[]
  >`SELECT "value" FROM "DataVersion" WHERE "id" = 1`;
  return rows[0]!.value;
}

describe('data version', () => {
  afterAll(async () => {
    await testDb().$disconnect();
  });

  it('is bumped by every committed write to public data, whoever writes', async () => {
    const presidency = await createPresidency();
    const area = await createArea({ presidencyId: presidency.id });
    const before = await version();
    await createItem({ areaId: area.id });
    const afterInsert = await version();
    expect(afterInsert).toBeGreaterThan(before);
    await testDb()
      .$executeRaw`UPDATE "Item" SET "summary" = "summary" || '.' WHERE "areaId" = ${area.id}`;
    expect(await version()).toBeGreaterThan(afterInsert);
  });

  it('is not bumped by reads, nor by a write that rolls back', async () => {
    const before = await version();
    await testDb().item.findMany({ take: 5 });
    expect(await version()).toBe(before);
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Item" SET "summary" = "summary" || '!'`;
        throw new Error('fail mid-way');
      }),
    ).rejects.toThrow('fail mid-way');
    expect(await version()).toBe(before);
  });

  // Found by the hostile-input suite (issue 9): statement-level triggers
  // bumped it for statements that changed no row, e.g. a version-guarded
  // update that lost; a refused request then changed a table.
  it('is not bumped by a write that changes no row, and once per transaction', async () => {
    const area = await createArea();
    const item = await createItem({ areaId: area.id });
    const before = await version();
    await testDb()
      .$executeRaw`UPDATE "Item" SET "title" = 'x' WHERE "id" = ${item.id} AND "version" = -1`;
    await testDb().$executeRaw`DELETE FROM "Item" WHERE "id" = 'no-such-item'`;
    expect(await version()).toBe(before);
    await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Item" SET "summary" = "summary" || '.' WHERE "id" = ${item.id}`;
      await tx.$executeRaw`UPDATE "PriorityArea" SET "summary" = "summary" || '.' WHERE "id" = ${area.id}`;
    });
    expect(await version()).toBe(before + 1n);
  });
});
