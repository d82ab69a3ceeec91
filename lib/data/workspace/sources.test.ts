// Integration tests of correcting a source text against a real PostgreSQL:
// re-anchoring, orphans.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '@/lib/source-records';
import { verifyAnchor } from '@/lib/evidence';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { getSourceWorkspace, listSourcesForAnalyst } from '@/lib/data/workspace/sources';
import { describeRevisionSummary } from '@/lib/revision-description';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { reattachStatement } from '@/lib/data/workspace/statements';
import { getOrphanedStatement, listOrphanedStatements } from '@/lib/data/workspace/orphans';
import { importText, quote, setUpSourceFixtures, token } from '@/lib/testing/source-fixtures';

// db() reads the environment once; the tests need a database, not sessions.
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

vi.mock('@/lib/audit', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/audit')>();
  return { ...original, recordRevision: vi.fn(original.recordRevision) };
});

const prisma = testDb();

let analyst: SessionUser;

beforeAll(async () => {
  ({ analyst } = await setUpSourceFixtures());
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('reviseSourceText', () => {
  const paragraphs = (id: string) => ({
    a: `MINSK, 14 March (BelTA) – The President met the Secretary General of the CSTO in Minsk on Monday, article ${id}.`,
    b: 'Belarus will host joint exercises of the collective rapid reaction forces in the autumn.',
    c: 'The parties agreed to draft a common action plan for the economy by the end of the year.',
    e: 'The meeting lasted for more than two hours and touched upon many other topics of mutual interest.',
    d: 'Lukashenko also proposed an international conference on Eurasian security in Minsk.',
    f: 'The next meeting will take place in Moscow.',
  });

  it('re-anchors by position, exact and fuzzy match, orphans a deleted quote, and updates the latest version at once', async () => {
    const p = paragraphs(token());
    const v1 = [p.a, p.b, p.c, p.e, p.d, p.f].join('\n\n');
    const sourceId = await importText(v1);
    const ids = {
      unchanged: await quote(
        sourceId,
        'The President met the Secretary General of the CSTO in Minsk',
      ),
      shifted: await quote(sourceId, p.b),
      edited: await quote(sourceId, p.c),
      deleted: await quote(sourceId, p.d),
    };
    const inserted = 'Before the talks, the head of state laid flowers at the Eternal Flame.';
    const editedC = p.c.replace('by the end of the year', 'by the end of this year');
    const v2 = [p.a, inserted, p.b, editedC, p.e, p.f].join('\n\n');

    const result = await reviseSourceText(analyst, {
      sourceId,
      fromVersion: 1,
      text: v2,
      note: 'The outlet updated the story',
    });
    expect(result).toEqual({
      ok: true,
      value: { versionNumber: 2, reanchored: { position: 1, exact: 1, fuzzy: 1 }, orphaned: 1 },
    });
    if (!result.ok) return;
    expect(describeRevisionSummary(result.value)).toBe(
      '3 re-anchored (1 by position, 1 exact, 1 fuzzy), 1 orphaned',
    );

    const source = await prisma.source.findUniqueOrThrow({
      where: { id: sourceId },
      include: { versions: { orderBy: { number: 'asc' } } },
    });
    expect(source.latestVersion).toBe(2);
    expect(source.versions.map((version) => [version.number, version.note])).toEqual([
      [1, 'Imported'],
      [2, 'The outlet updated the story'],
    ]);
    expect(source.versions[1]!.sha256).toBe(sha256Hex(v2));

    const statements = await prisma.statement.findMany({
      where: { sourceId },
      include: { sourceVersion: { select: { number: true, text: true } } },
    });
    const byId = new Map(statements.map((statement) => [statement.id, statement]));
    for (const key of ['unchanged', 'shifted', 'edited'] as const) {
      const statement = byId.get(ids[key])!;
      expect(statement, key).toMatchObject({ anchorState: 'ANCHORED', version: 2 });
      expect(statement.sourceVersion.number, key).toBe(2);
      const anchor = {
        quote: {
          type: 'TextQuoteSelector' as const,
          exact: statement.quote,
          prefix: statement.prefix,
          suffix: statement.suffix,
        },
        position: {
          type: 'TextPositionSelector' as const,
          start: statement.start,
          end: statement.end,
        },
      };
      expect(verifyAnchor(v2, anchor), key).toEqual({ ok: true });
    }
    expect(byId.get(ids.edited)!.quote).toBe(editedC);
    expect(byId.get(ids.deleted)).toMatchObject({ anchorState: 'ORPHANED', quote: p.d });
    expect(byId.get(ids.deleted)!.sourceVersion.number).toBe(1);

    const moves = await prisma.revision.findMany({
      where: {
        entityType: 'Statement',
        action: { in: ['reanchor', 'orphan'] },
        entityId: { in: Object.values(ids) },
      },
    });
    expect(
      moves
        .map((move) => [
          move.entityId,
          move.action,
          (move.after as { method?: string }).method ?? null,
        ])
        .sort(),
    ).toEqual(
      [
        [ids.unchanged, 'reanchor', 'position'],
        [ids.shifted, 'reanchor', 'exact'],
        [ids.edited, 'reanchor', 'fuzzy'],
        [ids.deleted, 'orphan', null],
      ].sort(),
    );
    expect(moves.find((move) => move.entityId === ids.edited)?.before).toMatchObject({
      sourceVersion: 1,
      quote: p.c,
    });

    // The workspace lists the orphan; the reader highlights only anchored quotes of version 2.
    const orphans = await listOrphanedStatements(analyst);
    expect(orphans.find((orphan) => orphan.id === ids.deleted)).toMatchObject({
      versionNumber: 1,
      source: { id: sourceId, latestVersion: 2 },
    });
    const workspace = await getSourceWorkspace(analyst, sourceId);
    expect(
      workspace?.statements.filter(
        (statement) => statement.anchorState === 'ANCHORED' && statement.versionNumber === 2,
      ),
    ).toHaveLength(3);
    expect((await listSourcesForAnalyst(analyst)).find((row) => row.id === sourceId)).toMatchObject(
      { latestVersion: 2, statementCount: 4, orphanedCount: 1 },
    );
  });

  it('refuses an unchanged text, a text stored elsewhere and a correction of an outdated version', async () => {
    const p = paragraphs(token());
    const v1 = [p.a, p.b].join('\n\n');
    const sourceId = await importText(v1);
    const otherText = `Another source ${token()}.`;
    const otherId = await importText(otherText);

    expect(
      await reviseSourceText(analyst, { sourceId, fromVersion: 1, text: `${v1}  \r\n`, note: 'x' }),
    ).toMatchObject({ ok: false, field: 'text' });
    expect(
      await reviseSourceText(analyst, { sourceId, fromVersion: 1, text: otherText, note: 'x' }),
    ).toMatchObject({
      ok: false,
      field: 'text',
      duplicateOf: { sourceId: otherId, versionNumber: 1 },
    });
    expect(
      (
        await reviseSourceText(analyst, {
          sourceId,
          fromVersion: 1,
          text: `${v1}\n\nOne.`,
          note: 'x',
        })
      ).ok,
    ).toBe(true);
    expect(
      await reviseSourceText(analyst, {
        sourceId,
        fromVersion: 1,
        text: `${v1}\n\nTwo.`,
        note: 'x',
      }),
    ).toMatchObject({ ok: false, field: 'text' });
    expect(await prisma.sourceVersion.count({ where: { sourceId } })).toBe(2);
  });
});

describe('orphans', () => {
  it('suggests the closest passage and re-attaches an orphan after verifying the new selection', async () => {
    const id = token();
    const sentence = `The CSTO will hold a conference on Eurasian security in Minsk in ${id}.`;
    const sourceId = await importText(`Orphan test.\n\n${sentence}\n\nEnd.`);
    const statementId = await quote(sourceId, sentence);
    const rewritten = `A forum on security in Eurasia is planned in the Belarusian capital for ${id}.`;
    const revised = await reviseSourceText(analyst, {
      sourceId,
      fromVersion: 1,
      text: `Orphan test.\n\n${rewritten}\n\nEnd.`,
      note: 'Rewritten',
    });
    expect(revised).toMatchObject({ ok: true, value: { orphaned: 1 } });

    const orphan = await getOrphanedStatement(analyst, statementId);
    expect(orphan).toMatchObject({ quote: sentence, versionNumber: 1, latest: { number: 2 } });

    const wrong = await reattachStatement(analyst, {
      statementId,
      version: orphan!.version,
      sourceId,
      sourceVersion: 2,
      mode: 'selection',
      start: 14,
      end: 20,
      quote: 'nothing',
    });
    expect(wrong).toMatchObject({ ok: false, field: 'quote' });

    const start = `Orphan test.\n\n`.length;
    const result = await reattachStatement(analyst, {
      statementId,
      version: orphan!.version,
      sourceId,
      sourceVersion: 2,
      mode: 'selection',
      start,
      end: start + rewritten.length,
      quote: rewritten,
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const stored = await prisma.statement.findUniqueOrThrow({
      where: { id: statementId },
      include: { sourceVersion: { select: { number: true } } },
    });
    expect(stored).toMatchObject({ anchorState: 'ANCHORED', quote: rewritten, start });
    expect(stored.sourceVersion.number).toBe(2);
    expect(await getOrphanedStatement(analyst, statementId)).toBeNull();
    expect(
      await reattachStatement(analyst, {
        statementId,
        version: stored.version,
        sourceId,
        sourceVersion: 2,
        mode: 'text',
        quoteText: 'End.',
        occurrence: undefined,
      }),
    ).toMatchObject({ ok: false });
  });
});
