import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { createItem, createMilestone as makeMilestone, createUser } from '@/lib/testing/factories';
import type { SessionUser } from '@/lib/session';
import { setItemArchived } from '@/lib/data/workspace/item-writes';
import { createMilestone, removeMilestone, updateMilestone } from '@/lib/data/workspace/milestones';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

let analyst: SessionUser;

beforeAll(async () => {
  analyst = await createUser();
});

afterAll(async () => {
  await testDb().$disconnect();
});

const input = {
  title: 'Sign the agreement',
  dueOn: '2023-06-10',
  precision: 'DAY' as const,
  metOn: null,
};

describe('milestones', () => {
  it('are added at the end, with the due date moved to the end of its period', async () => {
    const item = await createItem();
    await makeMilestone({ itemId: item.id });
    const result = await createMilestone(analyst, {
      ...input,
      itemId: item.id,
      precision: 'MONTH',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await testDb().milestone.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(row.dueOn.toISOString().slice(0, 10)).toBe('2023-06-30');
    expect(row.position).toBe(1);
    const revision = await testDb().revision.findFirstOrThrow({
      where: { entityType: 'Milestone', entityId: row.id },
    });
    expect(revision.after).toMatchObject({ itemId: item.id, dueOn: '2023-06-30', wasPublic: true });
  });

  it('are edited with a version check', async () => {
    const item = await createItem();
    const milestone = await makeMilestone({ itemId: item.id });
    expect(
      (
        await updateMilestone(analyst, {
          ...input,
          id: milestone.id,
          version: 1,
          metOn: '2023-06-01',
        })
      ).ok,
    ).toBe(true);
    expect(
      await updateMilestone(analyst, { ...input, id: milestone.id, version: 1, title: 'Stale' }),
    ).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        current: {
          title: 'Sign the agreement',
          dueOn: '2023-06-10',
          precision: 'DAY',
          metOn: '2023-06-01',
        },
      },
    });
  });

  it('that were public stay; those that never were can be removed', async () => {
    const item = await createItem();
    const publicOne = await createMilestone(analyst, { ...input, itemId: item.id });
    if (!publicOne.ok) throw new Error(publicOne.message);
    expect(await removeMilestone(analyst, { id: publicOne.value.id, version: 1 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/public/),
    });

    await setItemArchived(analyst, { id: item.id, version: 1, archived: true });
    // Still refused: it was public before the item was archived.
    expect((await removeMilestone(analyst, { id: publicOne.value.id, version: 1 })).ok).toBe(false);

    const draft = await createMilestone(analyst, {
      ...input,
      itemId: item.id,
      title: 'Added while archived',
    });
    if (!draft.ok) throw new Error(draft.message);
    expect(await removeMilestone(analyst, { id: draft.value.id, version: 1 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await testDb().milestone.findUnique({ where: { id: draft.value.id } })).toBeNull();
    const removal = await testDb().revision.findFirstOrThrow({
      where: { entityType: 'Milestone', entityId: draft.value.id, action: 'remove' },
    });
    expect(removal.before).toMatchObject({ title: 'Added while archived' });
  });

  it('added while archived become permanent once the item is published again', async () => {
    const item = await createItem({ archived: true });
    const draft = await createMilestone(analyst, { ...input, itemId: item.id });
    if (!draft.ok) throw new Error(draft.message);
    await setItemArchived(analyst, { id: item.id, version: 1, archived: false });
    await setItemArchived(analyst, { id: item.id, version: 2, archived: true });
    expect((await removeMilestone(analyst, { id: draft.value.id, version: 1 })).ok).toBe(false);
  });
});
