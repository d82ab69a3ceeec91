import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import {
  createItem,
  createMilestone as makeMilestone,
  createSource,
  createStatement,
  createUser,
} from '@/lib/testing/factories';
import { change, itemWithStatement } from '@/lib/testing/status-fixtures';
import { recordStatusChange } from '@/lib/data/workspace/status-changes';
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
  missedOn: null,
  outcomePrecision: 'DAY' as const,
  evidenceId: null,
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
    const { item, statement } = await itemWithStatement();
    const milestone = await makeMilestone({ itemId: item.id });
    expect(
      (
        await updateMilestone(analyst, {
          ...input,
          id: milestone.id,
          version: 1,
          metOn: '2023-06-01',
          evidenceId: statement.id,
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
          outcome: 'MET',
          outcomeOn: '2023-06-01',
          evidenceId: statement.id,
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

  it('are met or missed only on a report of action or outcome quoted for the item', async () => {
    const { item, source } = await itemWithStatement();
    const commitment = await createStatement({
      sourceId: source.id,
      quote: 'A test article',
      itemIds: [item.id],
      kind: 'COMMITMENT',
    });
    const elsewhere = await createSource();
    const unrelated = await createStatement({
      sourceId: elsewhere.id,
      quote: 'The ministers agreed to hold a summit in Minsk.',
      kind: 'PROGRESS_CLAIM',
    });
    const met = {
      ...input,
      itemId: item.id,
      metOn: '2023-06-30',
      outcomePrecision: 'MONTH' as const,
    };
    expect(await createMilestone(analyst, met)).toMatchObject({ ok: false, field: 'evidenceId' });
    expect(await createMilestone(analyst, { ...met, evidenceId: commitment.id })).toMatchObject({
      ok: false,
      field: 'evidenceId',
      message: expect.stringContaining('commitment or call to act cannot show'),
    });
    expect(await createMilestone(analyst, { ...met, evidenceId: unrelated.id })).toMatchObject({
      ok: false,
      field: 'evidenceId',
    });
    expect(await testDb().milestone.count({ where: { itemId: item.id } })).toBe(0);
  });

  it('never contradict their item: "Kept" needs every milestone met, and keeps it so', async () => {
    const { item, statement } = await itemWithStatement();
    const created = await createMilestone(analyst, { ...input, itemId: item.id });
    if (!created.ok) throw new Error(created.message);
    expect(
      await recordStatusChange(
        analyst,
        change(item.id, { status: 'KEPT', evidence: [statement.id] }),
      ),
    ).toMatchObject({
      ok: false,
      field: 'status',
      message: expect.stringContaining('not recorded as met'),
    });

    const metInJune = {
      ...input,
      id: created.value.id,
      version: 1,
      metOn: '2023-06-30',
      outcomePrecision: 'MONTH' as const,
      evidenceId: statement.id,
    };
    expect(await updateMilestone(analyst, metInJune)).toEqual({ ok: true, value: undefined });
    expect(
      await recordStatusChange(
        analyst,
        change(item.id, { status: 'KEPT', evidence: [statement.id] }),
      ),
    ).toMatchObject({ ok: true });
    // "Broken" while every milestone is met would contradict them.
    expect(
      await recordStatusChange(
        analyst,
        change(item.id, { status: 'BROKEN', evidence: [statement.id] }),
      ),
    ).toMatchObject({ ok: false, field: 'status' });
    // Un-meeting a milestone of a kept item is refused: correct the status first.
    expect(
      await updateMilestone(analyst, {
        ...metInJune,
        version: 2,
        metOn: null,
        missedOn: '2023-06-30',
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('rated “Kept”') });
  });
});
