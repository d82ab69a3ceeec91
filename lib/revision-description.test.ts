import { describe, expect, it } from 'vitest';
import { describeRevision } from '@/lib/revision-description';

const context = {
  areaTitles: new Map([
    ['area-a', 'Crisis situations'],
    ['area-b', 'Analytics'],
  ]),
};

describe('describeRevision', () => {
  it('lists only the fields that changed, with a word diff for prose', () => {
    const entry = describeRevision(
      {
        id: 12n,
        at: new Date('2023-06-20T10:11:12Z'),
        entityType: 'Item',
        entityId: 'item-1',
        action: 'update',
        actorName: 'Ana',
        before: {
          id: 'item-1',
          title: 'Summit',
          summary: 'Hold the CSTO summit in Minsk in November 2023 with all member states present.',
          areaId: 'area-a',
          version: 1,
        },
        after: {
          id: 'item-1',
          title: 'Summit',
          summary:
            'Hold the CSTO summit in Minsk in late November 2023 with all member states present.',
          areaId: 'area-b',
          version: 2,
        },
      },
      context,
    );
    expect(entry).toMatchObject({
      id: '12',
      at: '2023-06-20T10:11:12.000Z',
      summary: 'Edited the item',
      actorName: 'Ana',
    });
    expect(entry.changes.map((change) => change.field)).toEqual(['summary', 'areaId']);
    expect(entry.changes[1]).toMatchObject({
      label: 'Area',
      before: 'Crisis situations',
      after: 'Analytics',
      parts: null,
    });
    expect(entry.changes[0]!.parts).toContainEqual({ op: 'insert', text: 'late ' });
  });

  it('lists what a creation set and what a removal took away', () => {
    const created = describeRevision(
      {
        id: '1',
        at: '2023-01-01T00:00:00.000Z',
        entityType: 'Milestone',
        entityId: 'm',
        action: 'create',
        actorName: null,
        before: null,
        after: {
          id: 'm',
          itemId: 'i',
          title: 'Sign',
          dueOn: '2023-06-30',
          precision: 'MONTH',
          metOn: null,
          wasPublic: true,
        },
      },
      context,
    );
    expect(created.summary).toBe('Created the milestone: “Sign”');
    expect(created.changes.map((change) => [change.label, change.after])).toEqual([
      ['Title', 'Sign'],
      ['Due', '2023-06-30'],
      ['Precision', 'Month'],
    ]);
    const removed = describeRevision(
      {
        id: '2',
        at: '2023-01-02T00:00:00.000Z',
        entityType: 'Milestone',
        entityId: 'm',
        action: 'remove',
        actorName: null,
        before: { title: 'Sign', dueOn: '2023-06-30' },
        after: null,
      },
      context,
    );
    expect(removed.summary).toBe('Removed the milestone: “Sign”');
    expect(removed.changes.every((change) => change.after === null)).toBe(true);
  });

  it('reads archiving and restores', () => {
    const archived = describeRevision(
      {
        id: '3',
        at: '2023-01-03T00:00:00.000Z',
        entityType: 'Item',
        entityId: 'i',
        action: 'archive',
        actorName: 'Bo',
        before: { archivedAt: null, title: 'T' },
        after: { archivedAt: '2023-01-03T00:00:00.000Z', title: 'T' },
      },
      context,
    );
    expect(archived.summary).toBe('Archived the item');
    expect(archived.changes).toEqual([
      expect.objectContaining({
        label: 'Visibility',
        before: 'Public',
        after: 'Archived (hidden from the public)',
      }),
    ]);
    const restored = describeRevision(
      {
        id: '4',
        at: '2023-01-04T00:00:00.000Z',
        entityType: 'Item',
        entityId: 'i',
        action: 'restore',
        actorName: 'Bo',
        before: { title: 'New' },
        after: { title: 'Old', restoredFrom: { revisionId: '3', side: 'before' } },
      },
      context,
    );
    expect(restored.restoredFrom).toEqual({ revisionId: '3', side: 'before', at: null });
    expect(restored.changes).toEqual([
      expect.objectContaining({ field: 'title', before: 'New', after: 'Old' }),
    ]);
  });

  it('falls back to readable labels for unknown entities, actions and fields', () => {
    const entry = describeRevision(
      {
        id: '5',
        at: '2023-01-05T00:00:00.000Z',
        entityType: 'Widget',
        entityId: 'x',
        action: 'polish-it',
        actorName: null,
        before: null,
        after: { someFlag: true },
      },
      context,
    );
    expect(entry.summary).toBe('Polish it (widget)');
    expect(entry.changes).toEqual([expect.objectContaining({ label: 'Some flag', after: 'true' })]);
  });

  it('speaks in names and words, not ids and JSON (issue 11)', () => {
    const names = new Map([
      ['st-1', '“We will hold the summit”'],
      ['item-1', 'Summit in Minsk'],
      ['sc-1', 'the entry “In progress” of 2023-06-20'],
    ]);
    const change = describeRevision(
      {
        id: '6',
        at: '2023-07-01T00:00:00.000Z',
        entityType: 'StatusChange',
        entityId: 'sc-2',
        action: 'correct',
        actorName: 'Ana',
        before: null,
        after: { status: 'STALLED', correctsId: 'sc-1', evidence: ['st-1', 'gone'] },
      },
      { ...context, names },
    );
    expect(change.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          label: 'Corrects',
          after: 'the entry “In progress” of 2023-06-20',
        }),
        expect.objectContaining({
          label: 'Evidence',
          after: '“We will hold the summit”; a record no longer stored',
        }),
      ]),
    );

    const disabled = describeRevision(
      {
        id: '7',
        at: '2023-07-01T00:00:00.000Z',
        entityType: 'User',
        entityId: 'u-1',
        action: 'disable',
        actorName: 'Admin',
        before: { name: 'Nadia', role: 'ANALYST', disabledAt: null },
        after: { name: 'Nadia', role: 'ANALYST', disabledAt: 'now' },
      },
      context,
    );
    expect(disabled.summary).toBe('Disabled the account: “Nadia”');
    expect(disabled.changes).toEqual([
      expect.objectContaining({ label: 'Account', before: 'Active', after: 'Disabled' }),
    ]);

    const note = describeRevision(
      {
        id: '8',
        at: '2023-07-01T00:00:00.000Z',
        entityType: 'Annotation',
        entityId: 'a-1',
        action: 'archive',
        actorName: 'Ana',
        before: { body: 'Check', archivedAt: null },
        after: { body: 'Check', archivedAt: '2023-07-01T00:00:00.000Z' },
      },
      context,
    );
    // An internal note is never public: archiving it changes no visibility.
    expect(note.changes).toEqual([
      expect.objectContaining({ label: 'State', before: 'Current', after: 'Archived' }),
    ]);

    const reanchored = describeRevision(
      {
        id: '9',
        at: '2023-07-01T00:00:00.000Z',
        entityType: 'Source',
        entityId: 's-1',
        action: 'revise-text',
        actorName: 'Ana',
        before: null,
        after: { reanchored: { position: 2, exact: 0, fuzzy: 1 } },
      },
      context,
    );
    expect(reanchored.changes[0]?.after).toBe('position: 2, exact: 0, fuzzy: 1');
  });
});
