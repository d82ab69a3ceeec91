import { createHash, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { recordRevision } from '@/lib/audit';
import { testDb } from '@/lib/testing/db';
import { createSource, createStatement, createUser } from '@/lib/testing/factories';
import { getSourceHistory } from '@/lib/data/workspace/history';

process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

describe('getSourceHistory', () => {
  afterAll(async () => {
    await testDb().$disconnect();
  });

  it("lists text versions with their changes, and the statements' revisions", async () => {
    const analyst = await createUser();
    const source = await createSource();
    const statement = await createStatement({
      sourceId: source.id,
      quote: 'hold a summit in Minsk',
    });
    const text = source.text.replace('hold a summit', 'hold the summit');
    await testDb().sourceVersion.create({
      data: {
        sourceId: source.id,
        number: 2,
        text,
        sha256: createHash('sha256').update(text).digest('hex'),
        note: 'Corrected',
        createdById: analyst.id,
      },
    });
    await recordRevision(testDb(), {
      entityType: 'Statement',
      entityId: statement.id,
      action: 'reanchor',
      actorId: analyst.id,
      before: {
        sourceId: source.id,
        quote: 'hold a summit in Minsk',
        start: 10,
        anchorState: 'ANCHORED',
      },
      after: {
        sourceId: source.id,
        quote: 'hold a summit in Minsk',
        start: 12,
        anchorState: 'ORPHANED',
      },
    });

    const history = await getSourceHistory(analyst, source.id);
    expect(history!.versions.map((version) => version.number)).toEqual([2, 1]);
    expect(history!.versions[0]).toMatchObject({
      note: 'Corrected',
      createdByName: analyst.name,
      change: { summary: '1 word added, 1 removed' },
    });
    expect(history!.versions[0]!.change!.parts).toContainEqual({ op: 'insert', text: 'the' });
    expect(history!.versions[1]!.change).toBeNull();
    expect(history!.entries).toHaveLength(1);
    expect(history!.entries[0]).toMatchObject({
      summary: 'Re-anchored the statement: “hold a summit in Minsk”',
    });
    expect(history!.entries[0]!.changes.map((change) => change.field)).toEqual([
      'anchorState',
      'start',
    ]);
    expect(await getSourceHistory(analyst, 'no-such-source')).toBeNull();
    await expect(getSourceHistory(null, source.id)).rejects.toThrow(/permission/);
  });
});
