import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { createItem, createSource, createStatement, createUser } from '@/lib/testing/factories';
import type { SessionUser } from '@/lib/session';
import {
  archiveAnnotation,
  createAnnotation,
  listAnnotations,
  updateAnnotation,
} from '@/lib/data/workspace/annotations';

// The public reads are cached with Next's unstable_cache, which needs a Next
// request; here they read straight from the database.
vi.mock('next/cache', async () => (await import('@/lib/testing/mocks')).noNextCache());

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

let author: SessionUser;
let colleague: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  author = await createUser({ role: 'ANALYST' });
  colleague = await createUser({ role: 'ANALYST' });
  admin = await createUser({ role: 'ADMIN' });
});

afterAll(async () => {
  await testDb().$disconnect();
});

describe('annotations', () => {
  it('are created on an item, a statement or a source, and listed with their author', async () => {
    const item = await createItem();
    const source = await createSource();
    const statement = await createStatement({
      sourceId: source.id,
      quote: 'hold a summit in Minsk',
      itemIds: [item.id],
    });
    for (const target of [
      { itemId: item.id },
      { statementId: statement.id },
      { sourceId: source.id },
    ]) {
      const result = await createAnnotation(author, {
        target,
        body: `Note on ${Object.keys(target)[0]}`,
      });
      expect(result.ok).toBe(true);
      const notes = await listAnnotations(colleague, target);
      expect(notes).toEqual([
        expect.objectContaining({
          body: `Note on ${Object.keys(target)[0]}`,
          authorName: author.name,
          version: 1,
          isEdited: false,
          canEdit: false,
        }),
      ]);
      expect((await listAnnotations(author, target))[0]!.canEdit).toBe(true);
    }
  });

  it('refuse an unknown target and anonymous callers', async () => {
    expect(
      await createAnnotation(author, { target: { itemId: 'no-such-item' }, body: 'x' }),
    ).toMatchObject({ ok: false });
    await expect(listAnnotations(null, { itemId: 'x' })).rejects.toThrow(/permission/);
  });

  it('are edited by their author or an admin, with a version check', async () => {
    const item = await createItem();
    const created = await createAnnotation(author, {
      target: { itemId: item.id },
      body: 'First words',
    });
    if (!created.ok) throw new Error(created.message);
    const id = created.value.id;
    expect(await updateAnnotation(colleague, { id, version: 1, body: 'Not mine' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/author/),
    });
    expect((await updateAnnotation(author, { id, version: 1, body: 'Second words' })).ok).toBe(
      true,
    );
    expect(await updateAnnotation(admin, { id, version: 1, body: 'Stale' })).toMatchObject({
      ok: false,
      conflict: { currentVersion: 2, current: { body: 'Second words' } },
    });
    expect((await updateAnnotation(admin, { id, version: 2, body: 'Admin words' })).ok).toBe(true);
    expect((await listAnnotations(author, { itemId: item.id }))[0]).toMatchObject({
      body: 'Admin words',
      isEdited: true,
    });
  });

  it('are archived, never deleted', async () => {
    const item = await createItem();
    const created = await createAnnotation(author, {
      target: { itemId: item.id },
      body: 'To archive',
    });
    if (!created.ok) throw new Error(created.message);
    expect((await archiveAnnotation(author, { id: created.value.id, version: 1 })).ok).toBe(true);
    expect(await listAnnotations(author, { itemId: item.id })).toEqual([]);
    expect(await testDb().annotation.findUnique({ where: { id: created.value.id } })).toMatchObject(
      { archivedAt: expect.any(Date) },
    );
    const actions = await testDb().revision.findMany({
      where: { entityType: 'Annotation', entityId: created.value.id },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((revision) => revision.action)).toEqual(['create', 'archive']);
  });

  it('never appear in the public reads', async () => {
    const marker = `SECRET-NOTE-${randomBytes(6).toString('hex')}`;
    const item = await createItem();
    const source = await createSource();
    const statement = await createStatement({
      sourceId: source.id,
      quote: 'hold a summit in Minsk',
      itemIds: [item.id],
    });
    await createAnnotation(author, { target: { itemId: item.id }, body: `${marker} on the item` });
    await createAnnotation(author, {
      target: { statementId: statement.id },
      body: `${marker} on the statement`,
    });
    await createAnnotation(author, {
      target: { sourceId: source.id },
      body: `${marker} on the source`,
    });

    const { getPublishedItem } = await import('@/lib/data/public/tracker');
    const { listRecentChanges } = await import('@/lib/data/public/dashboard');
    const { getItemDetail } = await import('@/lib/data/public/item-detail');
    const { getItemRecord } = await import('@/lib/data/public/item-records');
    const { getSourceDetail, listSources } = await import('@/lib/data/public/sources');
    const { getOpenSource, getOpenStatement } = await import('@/lib/data/public/open-data');
    const outputs = {
      openStatement: await getOpenStatement(statement.id),
      openSource: await getOpenSource(source.id),
      published: await getPublishedItem(item.id),
      recent: await listRecentChanges(50),
      item: await getItemDetail(item.id),
      record: await getItemRecord(item.id),
      sources: await listSources(1),
      source: await getSourceDetail(source.id),
    };
    // The reads did see the records the notes are about…
    expect(outputs.item?.statements.map((candidate) => candidate.id)).toContain(statement.id);
    expect(outputs.source?.id).toBe(source.id);
    expect(outputs.openStatement).not.toBeNull();
    // …and nothing of the notes.
    for (const [name, output] of Object.entries(outputs)) {
      const json = JSON.stringify(output);
      expect(json, name).not.toContain(marker);
      expect(json, name).not.toMatch(/annotation/i);
    }
  });
});
