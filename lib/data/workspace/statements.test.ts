// Integration tests of quoting a source against a real PostgreSQL: statements
// created, edited and archived.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sliceCodePoints, verifyAnchor } from '@/lib/evidence';
import type { SessionUser } from '@/lib/session';
import { testDb } from '@/lib/testing/db';
import { createItem } from '@/lib/testing/factories';
import { getSourceWorkspace, listQuotableItems } from '@/lib/data/workspace/sources';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import { MISMATCH_MESSAGE } from '@/lib/data/shared/statement-anchor';
import {
  archiveStatement,
  createStatement,
  updateStatement,
} from '@/lib/data/workspace/statements';
import { importText, quote, setUpSourceFixtures, token } from '@/lib/testing/source-fixtures';

// db() reads the environment once; the tests need a database, not sessions.
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');

vi.mock('@/lib/audit', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/audit')>();
  return { ...original, recordRevision: vi.fn(original.recordRevision) };
});

const prisma = testDb();

let analyst: SessionUser;
let itemIds: string[];

beforeAll(async () => {
  ({ analyst, itemIds } = await setUpSourceFixtures());
});

afterAll(async () => {
  await prisma.$disconnect();
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
      relayedFrom: null,
      sameRemarkAs: null,
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
