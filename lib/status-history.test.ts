import { describe, expect, it } from 'vitest';
import { currentStatus, timeline, type StatusChangeFacts } from '@/lib/status-history';

const change = (
  id: string,
  status: StatusChangeFacts['status'],
  effectiveOn: string,
  createdAt: string,
  correctsId: string | null = null,
): StatusChangeFacts => ({ id, status, effectiveOn, createdAt, correctsId });

describe('timeline', () => {
  const a = change('a', 'IN_PROGRESS', '2023-02-13', '2023-02-14T10:00:00Z');
  const b = change('b', 'STALLED', '2023-06-20', '2023-06-21T10:00:00Z');
  // b was wrong: corrected (recorded later, same effective day) to KEPT.
  const c = change('c', 'KEPT', '2023-06-20', '2023-07-01T10:00:00Z', 'b');

  it('lists newest first, by effective day and then recording time', () => {
    expect(timeline([a, c, b]).map((entry) => entry.change.id)).toEqual(['c', 'b', 'a']);
  });

  it('gives each entry the status it replaced, ignoring the entry a correction replaces', () => {
    const byId = new Map(timeline([a, b, c]).map((entry) => [entry.change.id, entry]));
    expect(byId.get('a')!.from).toBe('NOT_YET_RATED');
    expect(byId.get('b')!.from).toBe('IN_PROGRESS');
    expect(byId.get('c')!.from).toBe('IN_PROGRESS');
  });

  it('marks corrected entries as no longer standing and links both ways', () => {
    const byId = new Map(timeline([a, b, c]).map((entry) => [entry.change.id, entry]));
    expect(byId.get('b')!.isStanding).toBe(false);
    expect(byId.get('b')!.correctedBy?.id).toBe('c');
    expect(byId.get('c')!.corrects?.id).toBe('b');
    expect(byId.get('a')!.isStanding).toBe(true);
    expect(byId.get('a')!.corrects).toBeNull();
    expect(currentStatus([a, b, c])).toBe('KEPT');
  });

  it('is empty for an item never rated', () => {
    expect(timeline([])).toEqual([]);
  });
});
