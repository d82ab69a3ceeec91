// Items as analysts read them back: an earlier version restored, the edit form.
import { itemWithStatement } from '@/lib/testing/status-fixtures';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { createItem, createUser, itemRevisionsOf as revisionsOf } from '@/lib/testing/factories';
import type { SessionUser } from '@/lib/session';
import { restoreItemVersion, updateItem } from '@/lib/data/workspace/item-writes';
import { getItemForEdit } from '@/lib/data/workspace/items';
import { getItemHistory } from '@/lib/data/workspace/history';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

let analyst: SessionUser;
let other: SessionUser;

beforeAll(async () => {
  analyst = await createUser({ role: 'ANALYST' });
  other = await createUser({ role: 'ANALYST' });
});

afterAll(async () => {
  await testDb().$disconnect();
});

describe('restoreItemVersion', () => {
  it('restores an earlier title as a new revision, with a version check', async () => {
    const item = await createItem({ title: 'First', summary: 'First summary' });
    await updateItem(analyst, {
      id: item.id,
      version: 1,
      title: 'Second',
      summary: 'Second summary',
      areaId: item.areaId,
    });
    await updateItem(other, {
      id: item.id,
      version: 2,
      title: 'Third',
      summary: 'Second summary',
      areaId: item.areaId,
    });
    const [first] = await revisionsOf(item.id);

    const stale = await restoreItemVersion(analyst, {
      itemId: item.id,
      version: 2,
      revisionId: first!.id.toString(),
      side: 'before',
    });
    expect(stale.ok).toBe(false);

    const result = await restoreItemVersion(analyst, {
      itemId: item.id,
      version: 3,
      revisionId: first!.id.toString(),
      side: 'before',
    });
    expect(result.ok).toBe(true);
    expect(await testDb().item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: 'First',
      summary: 'First summary',
      version: 4,
    });

    const revisions = await revisionsOf(item.id);
    expect(revisions.map((revision) => revision.action)).toEqual(['update', 'update', 'restore']);
    expect(revisions[2]).toMatchObject({
      action: 'restore',
      actorId: analyst.id,
      before: { title: 'Third' },
      after: { title: 'First', restoredFrom: { revisionId: first!.id.toString(), side: 'before' } },
    });

    // The history shows the restore as a diff, and offers the older versions.
    const history = await getItemHistory(analyst, item.id);
    const restore = history!.entries[0]!;
    expect(restore.action).toBe('restore');
    expect(restore.changes.find((change) => change.field === 'title')).toMatchObject({
      before: 'Third',
      after: 'First',
    });
    expect(restore.restoredFrom).toMatchObject({
      revisionId: first!.id.toString(),
      side: 'before',
      at: expect.any(String),
    });
    expect(
      history!.entries.find((entry) => entry.id === revisions[1]!.id.toString())!.restore,
    ).toEqual({ after: true, before: false });
    // The oldest revision also offers the version before it, which is the current one now: nothing to restore.
    expect(history!.entries.find((entry) => entry.id === first!.id.toString())!.restore).toEqual({
      after: true,
      before: false,
    });
  });

  it('refuses a revision of another item', async () => {
    const a = await createItem();
    const b = await createItem();
    await updateItem(analyst, {
      id: a.id,
      version: 1,
      title: 'Changed',
      summary: a.summary,
      areaId: a.areaId,
    });
    const [revision] = await revisionsOf(a.id);
    const result = await restoreItemVersion(analyst, {
      itemId: b.id,
      version: 1,
      revisionId: revision!.id.toString(),
      side: 'before',
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/does not belong/) });
  });
});

describe('getItemForEdit', () => {
  it('flags overdue milestones and returns null for unknown items', async () => {
    const { item, statement } = await itemWithStatement();
    await testDb().milestone.createMany({
      data: [
        { itemId: item.id, title: 'Past, not met', dueOn: new Date('2020-01-31T00:00:00Z') },
        {
          itemId: item.id,
          title: 'Past, met',
          dueOn: new Date('2020-01-31T00:00:00Z'),
          metOn: new Date('2020-01-15T00:00:00Z'),
          evidenceId: statement.id,
          position: 1,
        },
        {
          itemId: item.id,
          title: 'Past, missed',
          dueOn: new Date('2020-01-31T00:00:00Z'),
          missedOn: new Date('2020-01-31T00:00:00Z'),
          evidenceId: statement.id,
          position: 2,
        },
        { itemId: item.id, title: 'Future', dueOn: new Date('2999-01-31T00:00:00Z'), position: 3 },
      ],
    });
    const dto = await getItemForEdit(analyst, item.id);
    expect(dto!.milestones.map((milestone) => [milestone.title, milestone.isOverdue])).toEqual([
      ['Past, not met', true],
      ['Past, met', false],
      ['Past, missed', false],
      ['Future', false],
    ]);
    expect(await getItemForEdit(analyst, 'no-such-item')).toBeNull();
  });
});
