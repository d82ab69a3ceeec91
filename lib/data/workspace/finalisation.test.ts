import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { testDb } from '@/lib/testing/db';
import { createArea, createPresidency, createUser } from '@/lib/testing/factories';
import { type FinaliseInput } from '@/lib/validation/status-changes';
import { change, changesOf, itemWithStatement, statusOf } from '@/lib/testing/status-fixtures';
import { finalisePresidency, getFinalisation } from '@/lib/data/workspace/finalisation';
import { recordStatusChange } from '@/lib/data/workspace/status-changes';

// The data layer reads through db(); in tests that is the run's database
// (without the app's other settings, which env() would insist on).
vi.mock('@/lib/db', async (original) =>
  (await import('@/lib/testing/mocks')).runDatabase(original),
);

afterAll(async () => {
  await Promise.all([testDb().$disconnect(), db().$disconnect()]);
});

describe('finalisePresidency', () => {
  async function presidencyWithItems() {
    const presidency = await createPresidency();
    const area = await createArea({ presidencyId: presidency.id });
    const a = await itemWithStatement(area.id);
    const b = await itemWithStatement(area.id);
    const c = await itemWithStatement(area.id);
    return { presidency, area, items: [a, b, c] };
  }

  it('gives every item a final status in one transaction and records the finalisation', async () => {
    const actor = await createUser();
    const { presidency, items } = await presidencyWithItems();
    const [a, b, c] = items as [
      Awaited<ReturnType<typeof itemWithStatement>>,
      Awaited<ReturnType<typeof itemWithStatement>>,
      Awaited<ReturnType<typeof itemWithStatement>>,
    ];
    // a is already final (kept as is); b is in progress; c was never rated.
    await recordStatusChange(
      actor,
      change(a.item.id, { status: 'KEPT', evidence: [a.statement.id] }),
    );
    await recordStatusChange(
      actor,
      change(b.item.id, { status: 'IN_PROGRESS', evidence: [b.statement.id] }),
    );

    const plan = await getFinalisation(actor, presidency.id);
    expect(plan?.isOpen).toBe(true);
    expect(plan?.areas[0]?.items.map((item) => [item.id, item.status, item.isFinal])).toEqual([
      [a.item.id, 'KEPT', true],
      [b.item.id, 'IN_PROGRESS', false],
      [c.item.id, 'NOT_YET_RATED', false],
    ]);

    const input: FinaliseInput = {
      presidencyId: presidency.id,
      seenFinalizedAt: '',
      choices: {
        [a.item.id]: { seen: 'KEPT', status: 'KEPT', note: '', evidence: [] },
        [b.item.id]: {
          seen: 'IN_PROGRESS',
          status: 'PARTLY_KEPT',
          note: 'Half the plan was adopted.',
          evidence: [b.statement.id],
        },
        [c.item.id]: {
          seen: 'NOT_YET_RATED',
          status: 'CANNOT_BE_CHECKED',
          note: 'No source says either way.',
          evidence: [],
        },
      },
    };
    const result = await finalisePresidency(actor, input);
    expect(result).toMatchObject({ ok: true, value: { changed: 2, kept: 1 } });
    expect(await statusOf(a.item.id)).toBe('KEPT');
    expect(await statusOf(b.item.id)).toBe('PARTLY_KEPT');
    expect(await statusOf(c.item.id)).toBe('CANNOT_BE_CHECKED');
    const finalRow = (await changesOf(b.item.id)).at(-1);
    expect(finalRow?.effectiveOn.toISOString().slice(0, 10)).toBe('2000-12-31');
    const stored = await testDb().presidency.findUniqueOrThrow({
      where: { id: presidency.id },
      select: { finalizedAt: true },
    });
    expect(stored.finalizedAt).not.toBeNull();

    // A second finalisation with the stale token is refused; with the fresh one, only changes are written.
    expect(await finalisePresidency(actor, input)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Someone finalised'),
    });
    const again = await finalisePresidency(actor, {
      presidencyId: presidency.id,
      seenFinalizedAt: stored.finalizedAt!.toISOString(),
      choices: {
        [a.item.id]: { seen: 'KEPT', status: 'KEPT', note: '', evidence: [] },
        [b.item.id]: {
          seen: 'PARTLY_KEPT',
          status: 'KEPT',
          note: 'The rest was adopted in December.',
          evidence: [b.statement.id],
        },
        [c.item.id]: {
          seen: 'CANNOT_BE_CHECKED',
          status: 'CANNOT_BE_CHECKED',
          note: '',
          evidence: [],
        },
      },
    });
    expect(again).toMatchObject({ ok: true, value: { changed: 1, kept: 2 } });
    const history = await getFinalisation(actor, presidency.id);
    expect(history?.finalisations.map((record) => record.changes.length)).toEqual([1, 2]);
  });

  it('is all or nothing: one invalid item and nothing is written', async () => {
    const actor = await createUser();
    const { presidency, items, area } = await presidencyWithItems();
    const [a, b, c] = items as [
      Awaited<ReturnType<typeof itemWithStatement>>,
      Awaited<ReturnType<typeof itemWithStatement>>,
      Awaited<ReturnType<typeof itemWithStatement>>,
    ];
    await testDb().statement.update({
      where: { id: c.statement.id },
      data: { anchorState: 'ORPHANED' },
    });
    const before = await testDb().statusChange.count({ where: { item: { areaId: area.id } } });

    const result = await finalisePresidency(actor, {
      presidencyId: presidency.id,
      seenFinalizedAt: '',
      choices: {
        [a.item.id]: {
          seen: 'NOT_YET_RATED',
          status: 'KEPT',
          note: 'Held.',
          evidence: [a.statement.id],
        },
        [b.item.id]: { seen: 'NOT_YET_RATED', status: 'BROKEN', note: 'Abandoned.', evidence: [] },
        [c.item.id]: {
          seen: 'NOT_YET_RATED',
          status: 'KEPT',
          note: 'Held.',
          evidence: [c.statement.id],
        },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { [`choices.${c.item.id}.evidence`]: [expect.stringContaining('orphaned')] },
    });
    expect(await testDb().statusChange.count({ where: { item: { areaId: area.id } } })).toBe(
      before,
    );
    expect(
      (await testDb().presidency.findUniqueOrThrow({ where: { id: presidency.id } })).finalizedAt,
    ).toBeNull();
  });

  it('refuses when an item lacks a final choice', async () => {
    const actor = await createUser();
    const { presidency, items, area } = await presidencyWithItems();
    const [a, b] = items as [
      Awaited<ReturnType<typeof itemWithStatement>>,
      Awaited<ReturnType<typeof itemWithStatement>>,
    ];
    const result = await finalisePresidency(actor, {
      presidencyId: presidency.id,
      seenFinalizedAt: '',
      choices: {
        [a.item.id]: { seen: 'NOT_YET_RATED', status: 'KEPT', note: 'Held.', evidence: [] },
        [b.item.id]: { seen: 'NOT_YET_RATED', status: 'BROKEN', note: 'Abandoned.', evidence: [] },
      },
    });
    expect(result.ok).toBe(false);
    expect(await testDb().statusChange.count({ where: { item: { areaId: area.id } } })).toBe(0);
  });

  it('refuses a verdict based on a status that changed meanwhile', async () => {
    const actor = await createUser();
    const presidency = await createPresidency();
    const area = await createArea({ presidencyId: presidency.id });
    const a = await itemWithStatement(area.id);
    await recordStatusChange(
      actor,
      change(a.item.id, { status: 'STALLED', evidence: [a.statement.id] }),
    );
    const result = await finalisePresidency(actor, {
      presidencyId: presidency.id,
      seenFinalizedAt: '',
      choices: {
        [a.item.id]: { seen: 'NOT_YET_RATED', status: 'BROKEN', note: 'Abandoned.', evidence: [] },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { [`choices.${a.item.id}.status`]: [expect.stringContaining('Stalled')] },
    });
  });
});
