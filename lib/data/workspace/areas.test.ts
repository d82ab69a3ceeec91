import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { createArea, createPresidency, createUser } from '@/lib/testing/factories';
import type { SessionUser } from '@/lib/session';
import { moveArea, setAreaArchived, updateArea } from '@/lib/data/workspace/areas';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

let analyst: SessionUser;

beforeAll(async () => {
  analyst = await createUser();
});

afterAll(async () => {
  await testDb().$disconnect();
});

describe('areas', () => {
  it('are edited with a version check that returns the stored values', async () => {
    const area = await createArea({ title: 'Before' });
    expect(
      (
        await updateArea(analyst, {
          id: area.id,
          version: 1,
          title: 'After',
          summary: 'New summary',
        })
      ).ok,
    ).toBe(true);
    expect(
      await updateArea(analyst, { id: area.id, version: 1, title: 'Stale', summary: 'x' }),
    ).toMatchObject({
      ok: false,
      conflict: { currentVersion: 2, current: { title: 'After', summary: 'New summary' } },
    });
    const revision = await testDb().revision.findFirstOrThrow({
      where: { entityType: 'PriorityArea', entityId: area.id },
    });
    expect(revision).toMatchObject({
      action: 'update',
      before: { title: 'Before' },
      after: { title: 'After' },
    });
  });

  it('are reordered within their presidency', async () => {
    const { id: presidencyId } = await createPresidency();
    const a = await createArea({ presidencyId });
    const b = await createArea({ presidencyId });
    const c = await createArea({ presidencyId });
    expect((await moveArea(analyst, { id: a.id, version: 1, direction: 'down' })).ok).toBe(true);
    const order = await testDb().priorityArea.findMany({
      where: { presidencyId },
      orderBy: { position: 'asc' },
      select: { id: true },
    });
    expect(order.map((row) => row.id)).toEqual([b.id, a.id, c.id]);
    expect(await moveArea(analyst, { id: c.id, version: 1, direction: 'down' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already last/),
    });
  });

  it('are archived and published again', async () => {
    const area = await createArea();
    expect((await setAreaArchived(analyst, { id: area.id, version: 1, archived: true })).ok).toBe(
      true,
    );
    expect(
      await setAreaArchived(analyst, { id: area.id, version: 1, archived: false }),
    ).toMatchObject({ ok: false });
    expect((await setAreaArchived(analyst, { id: area.id, version: 2, archived: false })).ok).toBe(
      true,
    );
    expect(
      (await testDb().priorityArea.findUniqueOrThrow({ where: { id: area.id } })).archivedAt,
    ).toBeNull();
  });
});
