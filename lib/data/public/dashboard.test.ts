// Issue 10: the dashboard's latest changes list what changed; a reaffirmation
// with new evidence is on the item page and in the open data, not there.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { testDb } from '@/lib/testing/db';
import { createUser } from '@/lib/testing/factories';
import { change, itemWithStatement } from '@/lib/testing/status-fixtures';
import { recordStatusChange } from '@/lib/data/workspace/status-changes';
import { listRecentChanges } from '@/lib/data/public/dashboard';

vi.mock('@/lib/db', async (original) =>
  (await import('@/lib/testing/mocks')).runDatabase(original),
);
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

afterAll(async () => {
  await Promise.all([testDb().$disconnect(), db().$disconnect()]);
});

describe('listRecentChanges', () => {
  it('leaves reaffirmations out of the changes, keeps corrections, and counts what it lists', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    const record = async (
      status: 'STALLED' | 'IN_PROGRESS',
      effectiveOn: string,
      correctsId?: string,
    ) => {
      const outcome = await recordStatusChange(
        actor,
        change(item.id, {
          status,
          effectiveOn,
          evidence: [statement.id],
          correctsId,
          note: `${status} on ${effectiveOn}${correctsId ? ', corrected' : ''}`,
        }),
      );
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.value.id;
    };
    const stalled = await record('STALLED', '2000-03-01');
    const reaffirmed = await record('STALLED', '2000-04-01');
    const moved = await record('IN_PROGRESS', '2000-05-01');
    // A correction that keeps the status it found is still listed: it corrects the record.
    const correction = await record('IN_PROGRESS', '2000-05-01', moved);

    const all = await listRecentChanges(10, 0, item.id);
    expect(all.changes.map((entry) => entry.id)).toEqual([correction, moved, reaffirmed, stalled]);
    expect(all.total).toBe(4);

    const changesOnly = await listRecentChanges(10, 0, item.id, true);
    expect(changesOnly.changes.map((entry) => [entry.id, entry.from, entry.status])).toEqual([
      [correction, 'STALLED', 'IN_PROGRESS'],
      [moved, 'STALLED', 'IN_PROGRESS'],
      [stalled, 'NOT_YET_RATED', 'STALLED'],
    ]);
    expect(changesOnly.total).toBe(3);
    const second = await listRecentChanges(2, 2, item.id, true);
    expect(second.changes.map((entry) => entry.id)).toEqual([stalled]);
    expect(second.total).toBe(3);
  });

  it('agrees with the timeline on a correction of a correction (lib/status-history.ts)', async () => {
    const actor = await createUser();
    const { item, statement } = await itemWithStatement();
    const record = async (status: 'STALLED' | 'IN_PROGRESS', note: string, correctsId?: string) => {
      const outcome = await recordStatusChange(
        actor,
        change(item.id, {
          status,
          effectiveOn: '2000-03-01',
          evidence: [statement.id],
          correctsId,
          note,
        }),
      );
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.value.id;
    };
    // a: Stalled; b corrects a to In progress; c corrects b back to Stalled.
    const a = await record('STALLED', 'first');
    const b = await record('IN_PROGRESS', 'second', a);
    const c = await record('STALLED', 'third', b);
    const all = await listRecentChanges(10, 0, item.id);
    const changesOnly = await listRecentChanges(10, 0, item.id, true);
    // Every entry here changes or corrects something; each is listed, with the timeline's "from".
    expect(changesOnly.changes.map((entry) => [entry.id, entry.from])).toEqual(
      all.changes.map((entry) => [entry.id, entry.from]),
    );
    expect(changesOnly.changes.map((entry) => entry.id)).toEqual([c, b, a]);
  });
});
