// Integration tests of the source workspace's data layer against a real
// PostgreSQL: import, quoting, correction with re-anchoring, orphans.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '@/lib/source-records';
import * as audit from '@/lib/audit';
import { sliceCodePoints, verifyAnchor } from '@/lib/evidence';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { createArea, createItem, createUser } from '@/lib/testing/factories';
import { importSourceSchema, type ImportSourceInput } from '@/lib/validation/sources';
import { ForbiddenError } from '@/lib/data/shared/authz';
import {
  getSourceWorkspace,
  listQuotableItems,
  listSourcesForAnalyst,
} from '@/lib/data/workspace/sources';
import { importSource } from '@/lib/data/workspace/source-import';
import { describeRevisionSummary } from '@/lib/revision-description';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { MISMATCH_MESSAGE } from '@/lib/data/shared/statement-anchor';
import {
  archiveStatement,
  createStatement,
  reattachStatement,
  updateStatement,
} from '@/lib/data/workspace/statements';
import { getOrphanedStatement, listOrphanedStatements } from '@/lib/data/workspace/orphans';

// db() reads the environment once; the tests need a database, not sessions.
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

vi.mock('@/lib/audit', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/audit')>();
  return { ...original, recordRevision: vi.fn(original.recordRevision) };
});

const token = () => randomBytes(5).toString('hex');
const prisma = testDb();

let analyst: SessionUser;
let itemIds: string[];

/** One area with three live items, owned by this test file. */
async function createItems(): Promise<string[]> {
  const area = await createArea();
  const items = [
    await createItem({ areaId: area.id }),
    await createItem({ areaId: area.id }),
    await createItem({ areaId: area.id }),
  ];
  return items.map((item) => item.id);
}

function importInput(
  text: string,
  overrides: Partial<Record<string, unknown>> = {},
): ImportSourceInput {
  return importSourceSchema.parse({
    title: `Test source ${token()}`,
    outlet: 'BelTA',
    outletType: 'STATE_MEDIA',
    url: 'https://eng.belta.by/test',
    publishedOn: '2023-03-14',
    yearInferred: 'on',
    yearBasis: 'Test reason',
    confirmYear: 'on',
    place: 'Minsk',
    dateline: 'MINSK, 14 March (BelTA) –',
    languages: 'en, ru',
    text,
    trim: [],
    ...overrides,
  });
}

async function importText(text: string): Promise<string> {
  const result = await importSource(analyst, importInput(text));
  if (!result.ok) throw new Error(result.message);
  return result.value.id;
}

/** Quotes `quote` (its first occurrence) from the newest text, like a selection in the reader. */
async function quote(sourceId: string, exact: string, itemId = itemIds[0]!) {
  const source = await prisma.source.findUniqueOrThrow({
    where: { id: sourceId },
    select: { latestVersion: true },
  });
  const result = await createStatement(analyst, {
    sourceId,
    sourceVersion: source.latestVersion,
    mode: 'text',
    quoteText: exact,
    occurrence: undefined,
    speaker: 'Aleksandr Lukashenko',
    statedOn: '2023-03-14',
    kind: 'COMMITMENT',
    itemIds: [itemId],
  });
  if (!result.ok) throw new Error(result.message);
  return result.value.id;
}

beforeAll(async () => {
  analyst = await createUser({ role: 'ANALYST' });
  itemIds = await createItems();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('importSource', () => {
  it('stores the source and version 1 of the finalised text with its SHA-256, and logs it', async () => {
    const body = `MINSK, 14 March (BelTA) – Test article ${token()} about the CSTO.  \r\n\r\n\r\nSecond paragraph.\n\nShare\nAdd a comment\n`;
    const input = importInput(body, { trim: ['4', '5'] });
    const result = await importSource(analyst, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const stored = await prisma.source.findUniqueOrThrow({
      where: { id: result.value.id },
      select: {
        title: true,
        latestVersion: true,
        yearInferred: true,
        yearBasis: true,
        languages: true,
        importedById: true,
        versions: true,
      },
    });
    const expected = body.split('\n')[0]!.replace(/\s+$/, '') + '\n\nSecond paragraph.';
    expect(stored).toMatchObject({
      title: input.title,
      latestVersion: 1,
      yearInferred: true,
      yearBasis: 'Test reason',
      languages: ['en', 'ru'],
      importedById: analyst.id,
    });
    expect(stored.versions).toHaveLength(1);
    expect(stored.versions[0]).toMatchObject({
      number: 1,
      text: expected,
      sha256: sha256Hex(expected),
      createdById: analyst.id,
    });
    expect(result.value.sha256).toBe(sha256Hex(expected));

    const revisions = await prisma.revision.findMany({
      where: { entityType: 'Source', entityId: result.value.id },
    });
    expect(revisions.map((revision) => revision.action)).toEqual(['import']);
  });

  it('refuses a duplicate text, even with other line endings and trailing spaces, and names the stored source', async () => {
    const text = `Duplicate test ${token()}.\n\nSame words.`;
    const first = await importText(text);
    const again = await importSource(analyst, importInput(`${text.replace(/\n/g, '\r\n')}   \n\n`));
    expect(again).toMatchObject({
      ok: false,
      field: 'text',
      duplicateOf: { sourceId: first, versionNumber: 1 },
    });
    expect(await prisma.sourceVersion.count({ where: { sha256: sha256Hex(text) } })).toBe(1);
  });

  it('lets only one of two simultaneous imports of the same text through', async () => {
    const text = `Race test ${token()}.`;
    const results = await Promise.all([
      importSource(analyst, importInput(text)),
      importSource(analyst, importInput(text)),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      field: 'text',
      duplicateOf: { versionNumber: 1 },
    });
  });

  it('leaves nothing behind when a step fails mid-way', async () => {
    const text = `Atomicity test ${token()}.`;
    const input = importInput(text);
    vi.mocked(audit.recordRevision).mockRejectedValueOnce(new Error('disk full'));
    await expect(importSource(analyst, input)).rejects.toThrow('disk full');
    expect(await prisma.source.count({ where: { title: input.title } })).toBe(0);
    expect(await prisma.sourceVersion.count({ where: { sha256: sha256Hex(text) } })).toBe(0);
  });

  it('refuses anonymous callers before touching the database', async () => {
    await expect(importSource(null, importInput('Anonymous.'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listSourcesForAnalyst(null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createStatement(null, {} as never)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviseSourceText(null, {} as never)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('createStatement', () => {
  const text = () =>
    `MINSK, 14 March (BelTA) – Краткий тест ${token()}.\n\nПрезидент заявил: «Мы будем укреплять ОДКБ». The CSTO will hold exercises 🇧🇾 in Belarus.\n\nThe CSTO will hold exercises.`;

  it('stores a selection with selectors recomputed from the stored text', async () => {
    const body = text();
    const sourceId = await importText(body);
    const exact = 'The CSTO will hold exercises 🇧🇾 in Belarus.';
    const utf16Start = body.indexOf(exact);
    const start = Array.from(body.slice(0, utf16Start)).length;
    const end = start + Array.from(exact).length;
    const result = await createStatement(analyst, {
      sourceId,
      sourceVersion: 1,
      mode: 'selection',
      start,
      end,
      quote: exact,
      speaker: 'Aleksandr Lukashenko',
      statedOn: null,
      kind: 'COMMITMENT',
      itemIds: [itemIds[0]!, itemIds[1]!],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await prisma.statement.findUniqueOrThrow({
      where: { id: result.value.id },
      include: { items: true, sourceVersion: { select: { number: true, text: true } } },
    });
    expect(stored).toMatchObject({
      quote: exact,
      start,
      end,
      anchorState: 'ANCHORED',
      createdById: analyst.id,
    });
    expect(stored.sourceVersion.number).toBe(1);
    expect(stored.items.map((item) => item.itemId).sort()).toEqual([itemIds[0], itemIds[1]].sort());
    const anchor = {
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: stored.quote,
        prefix: stored.prefix,
        suffix: stored.suffix,
      },
      position: { type: 'TextPositionSelector' as const, start: stored.start, end: stored.end },
    };
    expect(verifyAnchor(stored.sourceVersion.text, anchor)).toEqual({ ok: true });
    expect(
      await prisma.revision.count({
        where: { entityType: 'Statement', entityId: stored.id, action: 'create' },
      }),
    ).toBe(1);
  });

  it('refuses a quote that does not match the stored text at its position, and stores nothing', async () => {
    const body = text();
    const sourceId = await importText(body);
    const exact = 'Мы будем укреплять ОДКБ';
    const start = body.indexOf(exact);
    const before = await prisma.statement.count({ where: { sourceId } });
    const shifted = await createStatement(analyst, {
      sourceId,
      sourceVersion: 1,
      mode: 'selection',
      start: start + 1,
      end: start + 1 + exact.length,
      quote: exact,
      speaker: 'X',
      statedOn: null,
      kind: 'OTHER',
      itemIds: [itemIds[0]!],
    });
    expect(shifted).toMatchObject({ ok: false, field: 'quote' });
    expect(shifted.ok ? '' : shifted.message).toContain(MISMATCH_MESSAGE);
    const outOfRange = await createStatement(analyst, {
      sourceId,
      sourceVersion: 1,
      mode: 'selection',
      start: 10_000,
      end: 10_010,
      quote: 'whatever',
      speaker: 'X',
      statedOn: null,
      kind: 'OTHER',
      itemIds: [itemIds[0]!],
    });
    expect(outOfRange).toMatchObject({ ok: false, field: 'quote' });
    expect(await prisma.statement.count({ where: { sourceId } })).toBe(before);
  });

  it('resolves a pasted passage, asking which one when it occurs more than once', async () => {
    const body = text();
    const sourceId = await importText(body);
    const base = {
      sourceId,
      sourceVersion: 1,
      speaker: 'X',
      statedOn: null,
      kind: 'OTHER' as const,
      itemIds: [itemIds[0]!],
    };
    const ambiguous = await createStatement(analyst, {
      ...base,
      mode: 'text',
      quoteText: 'The CSTO will hold exercises',
      occurrence: undefined,
    });
    expect(ambiguous).toMatchObject({ ok: false, field: 'occurrence' });
    const missing = await createStatement(analyst, {
      ...base,
      mode: 'text',
      quoteText: 'The CSTO will not hold exercises',
      occurrence: undefined,
    });
    expect(missing).toMatchObject({ ok: false, field: 'quoteText' });
    const tooFar = await createStatement(analyst, {
      ...base,
      mode: 'text',
      quoteText: 'The CSTO will hold exercises',
      occurrence: 3,
    });
    expect(tooFar).toMatchObject({ ok: false, field: 'occurrence' });

    const second = await createStatement(analyst, {
      ...base,
      mode: 'text',
      quoteText: ' The CSTO will hold exercises\r\n',
      occurrence: 2,
    });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const stored = await prisma.statement.findUniqueOrThrow({ where: { id: second.value.id } });
    const lastStart = Array.from(body).length - Array.from('The CSTO will hold exercises.').length;
    expect(stored).toMatchObject({ start: lastStart, quote: 'The CSTO will hold exercises' });
    expect(sliceCodePoints(body, stored.start, stored.end)).toBe('The CSTO will hold exercises');
  });

  it('refuses a selection made in an outdated version, and archived items', async () => {
    const body = text();
    const sourceId = await importText(body);
    const revised = await reviseSourceText(analyst, {
      sourceId,
      fromVersion: 1,
      text: `${body}\n\nAdded.`,
      note: 'Test',
    });
    expect(revised.ok).toBe(true);
    const stale = await createStatement(analyst, {
      sourceId,
      sourceVersion: 1,
      mode: 'text',
      quoteText: 'Президент',
      occurrence: undefined,
      speaker: 'X',
      statedOn: null,
      kind: 'OTHER',
      itemIds: [itemIds[0]!],
    });
    expect(stale).toMatchObject({ ok: false, field: 'quote' });

    const archivedItem = await createItem({
      areaId: (await prisma.item.findUniqueOrThrow({ where: { id: itemIds[0]! } })).areaId,
      archived: true,
    });
    const withArchived = await createStatement(analyst, {
      sourceId,
      sourceVersion: 2,
      mode: 'text',
      quoteText: 'Президент',
      occurrence: undefined,
      speaker: 'X',
      statedOn: null,
      kind: 'OTHER',
      itemIds: [archivedItem.id],
    });
    expect(withArchived).toMatchObject({ ok: false, field: 'itemIds' });
    expect(
      (await listQuotableItems(analyst)).flatMap((area) => area.items.map((item) => item.id)),
    ).not.toContain(archivedItem.id);
  });
});

describe('updateStatement and archiveStatement', () => {
  it('saves with the right version, reports a conflict with the stored values otherwise, and archives with a reason', async () => {
    const sourceId = await importText(`Edit test ${token()}. The leaders met in Minsk.`);
    const id = await quote(sourceId, 'The leaders met in Minsk.');
    const fields = {
      speaker: 'Imangali Tasmagambetov',
      statedOn: '2023-03-15',
      kind: 'PROGRESS_CLAIM' as const,
      itemIds: [itemIds[1]!, itemIds[2]!],
    };
    expect(await updateStatement(analyst, { statementId: id, version: 1, ...fields })).toEqual({
      ok: true,
      value: undefined,
    });
    const stale = await updateStatement(analyst, {
      statementId: id,
      version: 1,
      ...fields,
      speaker: 'Someone else',
    });
    expect(stale).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        current: {
          speaker: 'Imangali Tasmagambetov',
          statedOn: '2023-03-15',
          kind: 'PROGRESS_CLAIM',
          itemIds: [itemIds[1], itemIds[2]].sort().join(','),
        },
      },
    });
    const stored = await prisma.statement.findUniqueOrThrow({
      where: { id },
      include: { items: true },
    });
    expect(stored).toMatchObject({
      speaker: 'Imangali Tasmagambetov',
      version: 2,
      kind: 'PROGRESS_CLAIM',
    });
    expect(stored.items.map((item) => item.itemId).sort()).toEqual([itemIds[1], itemIds[2]].sort());

    expect(
      await archiveStatement(analyst, { statementId: id, version: 1, reason: 'Duplicate' }),
    ).toMatchObject({ ok: false, conflict: { currentVersion: 2 } });
    expect(
      await archiveStatement(analyst, {
        statementId: id,
        version: 2,
        reason: 'Duplicate of another quote',
      }),
    ).toEqual({ ok: true, value: undefined });
    const archive = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'Statement', entityId: id, action: 'archive' },
    });
    expect(archive.after).toMatchObject({ reason: 'Duplicate of another quote' });
    expect((await getSourceWorkspace(analyst, sourceId))?.statements).toEqual([]);
  });
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
