// Items as analysts write them: created, edited, moved, archived.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import {
  createArea,
  createItem,
  createUser,
  itemRevisionsOf as revisionsOf,
} from '@/lib/testing/factories';
import type { SessionUser } from '@/lib/session';
import {
  createItem as createItemFor,
  moveItem,
  setItemArchived,
  updateItem,
} from '@/lib/data/workspace/item-writes';
import { listItemsForWorkspace } from '@/lib/data/workspace/items';

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

describe('createItem', () => {
  it('creates an item at the end of its area, with a revision', async () => {
    const area = await createArea();
    await createItem({ areaId: area.id, position: 4 });
    const title = `Hold a summit ${randomBytes(3).toString('hex')}`;
    const result = await createItemFor(analyst, {
      areaId: area.id,
      title,
      summary: 'In Minsk, in November.',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const item = await testDb().item.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(item).toMatchObject({
      areaId: area.id,
      title,
      position: 5,
      version: 1,
      archivedAt: null,
    });
    expect(item.id).toMatch(/^hold-a-summit-/);
    const revisions = await revisionsOf(item.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: 'create', actorId: analyst.id });
  });

  it('gives items with the same title created at once in different areas distinct ids', async () => {
    // Each creation locks its own area only, so nothing serialized them: all
    // found the title's id free and all but one failed on the primary key.
    const areas = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createArea()));
    const title = `Same title ${randomBytes(3).toString('hex')}`;
    const results = await Promise.all(
      areas.map((area) => createItemFor(analyst, { areaId: area.id, title, summary: '' })),
    );
    expect(results.map((result) => result.ok)).toEqual(areas.map(() => true));
    const ids = results.map((result) => (result.ok ? result.value.id : ''));
    expect(new Set(ids).size).toBe(areas.length);
  });

  it('refuses an unknown area', async () => {
    const result = await createItemFor(analyst, {
      areaId: 'no-such-area',
      title: 'x',
      summary: 'y',
    });
    expect(result).toMatchObject({ ok: false, field: 'areaId' });
  });

  it('refuses visitors without a role', async () => {
    await expect(createItemFor(null, { areaId: 'x', title: 'x', summary: 'y' })).rejects.toThrow(
      /permission/,
    );
  });
});

describe('updateItem', () => {
  it('saves with the current version and records before and after', async () => {
    const item = await createItem({ title: 'Old title' });
    const result = await updateItem(analyst, {
      id: item.id,
      version: 1,
      title: 'New title',
      summary: item.summary,
      areaId: item.areaId,
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const stored = await testDb().item.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ title: 'New title', version: 2 });
    const [revision] = await revisionsOf(item.id);
    expect(revision).toMatchObject({
      action: 'update',
      before: { title: 'Old title', version: 1 },
      after: { title: 'New title', version: 2 },
    });
  });

  it('saves the Russian translation with the item, and keeps it when a save does not give it', async () => {
    const item = await createItem({ title: 'Summit in Minsk' });
    expect(
      await updateItem(analyst, {
        id: item.id,
        version: 1,
        title: item.title,
        summary: item.summary,
        areaId: item.areaId,
        titleRu: 'Саммит в Минске',
        summaryRu: 'Сессия глав государств.',
      }),
    ).toEqual({ ok: true, value: undefined });
    // An older client (or a script) that sends no Russian fields loses nothing.
    await updateItem(analyst, {
      id: item.id,
      version: 2,
      title: 'Summit of heads of state in Minsk',
      summary: item.summary,
      areaId: item.areaId,
    });
    const stored = await testDb().item.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({
      title: 'Summit of heads of state in Minsk',
      titleRu: 'Саммит в Минске',
      summaryRu: 'Сессия глав государств.',
      version: 3,
    });
    const [first, latest] = (await revisionsOf(item.id))
      .filter((revision) => revision.action === 'update')
      .sort((a, b) => Number(a.id - b.id));
    expect(first).toMatchObject({ before: { titleRu: '' }, after: { titleRu: 'Саммит в Минске' } });
    expect(latest).toMatchObject({ before: { titleRu: 'Саммит в Минске' } });
    // Search finds it by its Russian title.
    const [hit] = await testDb().$queryRaw<{ found: boolean }[]>`
      SELECT "searchVector" @@ tracker_search_query('саммит') AS found FROM "Item" WHERE id = ${item.id}`;
    expect(hit?.found).toBe(true);
  });

  it('refuses a save over a newer version and returns what is stored', async () => {
    const item = await createItem({ title: 'Base' });
    await updateItem(other, {
      id: item.id,
      version: 1,
      title: 'Theirs',
      summary: 'Their summary',
      areaId: item.areaId,
    });
    const result = await updateItem(analyst, {
      id: item.id,
      version: 1,
      title: 'Mine',
      summary: item.summary,
      areaId: item.areaId,
    });
    expect(result).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        current: { title: 'Theirs', summary: 'Their summary', areaId: item.areaId },
      },
    });
    expect((await testDb().item.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(
      'Theirs',
    );
    // Saving again with the version from the conflict goes through.
    const retry = await updateItem(analyst, {
      id: item.id,
      version: 2,
      title: 'Mine',
      summary: 'Their summary',
      areaId: item.areaId,
    });
    expect(retry.ok).toBe(true);
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const item = await createItem({ title: 'Race' });
    for (let round = 0; round < 5; round++) {
      const { version } = await testDb().item.findUniqueOrThrow({
        where: { id: item.id },
        select: { version: true },
      });
      const results = await Promise.all([
        updateItem(analyst, {
          id: item.id,
          version,
          title: `A${round}`,
          summary: 'A',
          areaId: item.areaId,
        }),
        updateItem(other, {
          id: item.id,
          version,
          title: `B${round}`,
          summary: 'B',
          areaId: item.areaId,
        }),
      ]);
      const winners = results.filter((result) => result.ok);
      const losers = results.filter((result) => !result.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const stored = await testDb().item.findUniqueOrThrow({ where: { id: item.id } });
      expect(stored.version).toBe(version + 1);
      // The loser sees exactly what the winner stored.
      expect(losers[0]).toMatchObject({
        conflict: {
          currentVersion: version + 1,
          current: { title: stored.title, summary: stored.summary },
        },
      });
    }
    expect(await revisionsOf(item.id)).toHaveLength(5);
  });

  it('puts an item moved to another area at its end', async () => {
    const target = await createArea();
    await createItem({ areaId: target.id, position: 0 });
    await createItem({ areaId: target.id, position: 1 });
    const item = await createItem();
    const result = await updateItem(analyst, {
      id: item.id,
      version: 1,
      title: item.title,
      summary: item.summary,
      areaId: target.id,
    });
    expect(result.ok).toBe(true);
    expect(await testDb().item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      areaId: target.id,
      position: 2,
    });
  });
});

describe('moveItem', () => {
  it('swaps an item with its neighbour and renumbers the area', async () => {
    const area = await createArea();
    const a = await createItem({ areaId: area.id, position: 10 });
    const b = await createItem({ areaId: area.id, position: 20 });
    const c = await createItem({ areaId: area.id, position: 30 });
    const result = await moveItem(analyst, { id: c.id, version: 1, direction: 'up' });
    expect(result.ok).toBe(true);
    const order = await testDb().item.findMany({
      where: { areaId: area.id },
      orderBy: { position: 'asc' },
      select: { id: true, position: true },
    });
    expect(order).toEqual([
      { id: a.id, position: 0 },
      { id: c.id, position: 1 },
      { id: b.id, position: 2 },
    ]);
    expect(await revisionsOf(c.id)).toEqual([expect.objectContaining({ action: 'move' })]);
  });

  it('refuses moving the first item up, and a stale version', async () => {
    const area = await createArea();
    const a = await createItem({ areaId: area.id });
    const b = await createItem({ areaId: area.id });
    expect(await moveItem(analyst, { id: a.id, version: 1, direction: 'up' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already first/),
    });
    expect(await moveItem(analyst, { id: b.id, version: 7, direction: 'up' })).toMatchObject({
      ok: false,
    });
    expect((await testDb().item.findUniqueOrThrow({ where: { id: b.id } })).position).toBe(1);
  });

  it('keeps positions unique under concurrent moves', async () => {
    const area = await createArea();
    const items = [];
    for (let index = 0; index < 4; index++) items.push(await createItem({ areaId: area.id }));
    await Promise.all([
      moveItem(analyst, { id: items[1]!.id, version: 1, direction: 'up' }),
      moveItem(other, { id: items[3]!.id, version: 1, direction: 'up' }),
      moveItem(other, { id: items[2]!.id, version: 1, direction: 'down' }),
    ]);
    const positions = (
      await testDb().item.findMany({ where: { areaId: area.id }, select: { position: true } })
    ).map((row) => row.position);
    expect(positions.sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('setItemArchived', () => {
  it('archives and publishes again, never deleting', async () => {
    const item = await createItem();
    expect((await setItemArchived(analyst, { id: item.id, version: 1, archived: true })).ok).toBe(
      true,
    );
    expect(
      (await testDb().item.findUniqueOrThrow({ where: { id: item.id } })).archivedAt,
    ).not.toBeNull();
    const areas = await listItemsForWorkspace(analyst);
    const row = areas.flatMap((area) => area.items).find((candidate) => candidate.id === item.id);
    expect(row).toMatchObject({ isArchived: true });
    expect(
      await setItemArchived(analyst, { id: item.id, version: 1, archived: false }),
    ).toMatchObject({ ok: false });
    expect((await setItemArchived(analyst, { id: item.id, version: 2, archived: false })).ok).toBe(
      true,
    );
    expect((await revisionsOf(item.id)).map((revision) => revision.action)).toEqual([
      'archive',
      'unarchive',
    ]);
  });
});
