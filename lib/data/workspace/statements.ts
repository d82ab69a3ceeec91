import 'server-only';
import { anchorColumns } from '@/lib/source-records';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { StatementKind } from '@/lib/generated/prisma/enums';
import { ACTION_OR_OUTCOME_KINDS, statementKindLabel } from '@/lib/statement-kinds';
import { statusDefinition, type Status } from '@/lib/status';
import type { SessionUser } from '@/lib/session';
import type {
  ArchiveStatementInput,
  CreateStatementInput,
  ReattachStatementInput,
  UpdateStatementInput,
} from '@/lib/validation/statements';
import { assertRole, STALE_MESSAGE, type Outcome } from '@/lib/data/shared/authz';
import { locateQuote } from '@/lib/data/shared/statement-anchor';

// Statements: verbatim spans of a stored source text. Every write re-reads the
// stored text inside its transaction and checks the span there; the source
// row is share-locked, so a text revision cannot slip in between the check
// and the write (it would leave a new statement on an outdated version).

type Tx = Prisma.TransactionClient;

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** The newest text of a live source, with the source row share-locked for the transaction. */
async function lockLatestText(
  tx: Tx,
  sourceId: string,
  expectedVersion: number,
): Promise<Outcome<{ id: string; text: string }>> {
  const rows = await tx.$queryRaw<{ latestVersion: number }[]>`
    SELECT "latestVersion" FROM "Source" WHERE id = ${sourceId} AND "archivedAt" IS NULL FOR SHARE`;
  const source = rows[0];
  if (!source) return { ok: false, message: 'This source no longer exists.' };
  if (source.latestVersion !== expectedVersion) {
    return {
      ok: false,
      field: 'quote',
      message: `The text of this source was corrected (now version ${source.latestVersion}) after you opened it. Reload the page and select the passage again.`,
    };
  }
  const version = await tx.sourceVersion.findUniqueOrThrow({
    where: { sourceId_number: { sourceId, number: expectedVersion } },
    select: { id: true, text: true },
  });
  return { ok: true, value: version };
}

/**
 * Items a statement may cite: live items in live areas, plus those it already
 * cites (an item archived later stays cited until the analyst unticks it).
 */
async function checkItems(
  tx: Tx,
  itemIds: string[],
  alreadyCited: readonly string[] = [],
): Promise<Outcome<string[]>> {
  const unique = [...new Set(itemIds)];
  const candidates = unique.filter((id) => !alreadyCited.includes(id));
  const live = await tx.item.count({
    where: { id: { in: candidates }, archivedAt: null, area: { archivedAt: null } },
  });
  if (live !== candidates.length) {
    return {
      ok: false,
      field: 'itemIds',
      message: 'One of the chosen items was archived or removed. Reload the page and choose again.',
    };
  }
  return { ok: true, value: unique.sort() };
}

export async function createStatement(
  actor: SessionUser | null,
  input: CreateStatementInput,
): Promise<Outcome<{ id: string; items: { id: string; title: string }[] }>> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const version = await lockLatestText(tx, input.sourceId, input.sourceVersion);
    if (!version.ok) return version;
    const located = locateQuote(version.value.text, input);
    if (!located.ok) return located;
    const items = await checkItems(tx, input.itemIds);
    if (!items.ok) return items;
    const remark = await checkSameRemark(tx, input.sameRemarkAs, { sourceId: input.sourceId });
    if (remark) return { ok: false, field: 'sameRemarkAs', message: remark };

    const selectors = anchorColumns(located.anchor);
    const statement = await tx.statement.create({
      data: {
        sourceId: input.sourceId,
        sourceVersionId: version.value.id,
        ...selectors,
        anchorState: 'ANCHORED',
        speaker: input.speaker,
        relayedFrom: input.relayedFrom,
        sameRemarkAsId: input.sameRemarkAs,
        statedOn: day(input.statedOn),
        kind: input.kind,
        createdById: actor.id,
        items: { create: items.value.map((itemId) => ({ itemId })) },
      },
      select: { id: true },
    });
    await recordRevision(tx, {
      entityType: 'Statement',
      entityId: statement.id,
      action: 'create',
      actorId: actor.id,
      after: {
        sourceId: input.sourceId,
        sourceVersion: input.sourceVersion,
        ...selectors,
        speaker: input.speaker,
        relayedFrom: input.relayedFrom,
        sameRemarkAs: input.sameRemarkAs,
        statedOn: input.statedOn,
        kind: input.kind,
        itemIds: items.value,
        quotedBy: input.mode,
      },
    });
    // What the form offers next: record a status change with this quote.
    const titled = await tx.item.findMany({
      where: { id: { in: items.value } },
      select: { id: true, title: true },
      orderBy: { title: 'asc' },
    });
    return { ok: true, value: { id: statement.id, items: titled } };
  });
}

interface EditableFields {
  speaker: string;
  relayedFrom: string | null;
  sameRemarkAs: string | null;
  statedOn: string | null;
  kind: StatementKind;
  itemIds: string[];
}

async function readEditable(tx: Tx, statementId: string) {
  const row = await tx.statement.findUnique({
    where: { id: statementId },
    select: {
      id: true,
      version: true,
      speaker: true,
      relayedFrom: true,
      sameRemarkAsId: true,
      statedOn: true,
      kind: true,
      archivedAt: true,
      items: { select: { itemId: true } },
    },
  });
  if (!row) return null;
  const fields: EditableFields = {
    speaker: row.speaker,
    relayedFrom: row.relayedFrom,
    sameRemarkAs: row.sameRemarkAsId,
    statedOn: row.statedOn && isoDay(row.statedOn),
    kind: row.kind,
    itemIds: row.items.map((item) => item.itemId).sort(),
  };
  return { version: row.version, archivedAt: row.archivedAt, fields };
}

/** Someone saved first: what is stored now, read again, for the form to show. */
async function staleOutcome(tx: Tx, statementId: string): Promise<Outcome> {
  const current = await readEditable(tx, statementId);
  if (!current) return { ok: false, message: 'This statement no longer exists.' };
  if (current.archivedAt)
    return { ok: false, message: 'Someone archived this statement meanwhile.' };
  const { fields } = current;
  return {
    ok: false,
    message: STALE_MESSAGE,
    conflict: {
      currentVersion: current.version,
      current: {
        speaker: fields.speaker,
        relayedFrom: fields.relayedFrom ?? '',
        sameRemarkAs: fields.sameRemarkAs ?? '',
        statedOn: fields.statedOn ?? '',
        kind: fields.kind,
        itemIds: fields.itemIds.join(','),
      },
    },
  };
}

/**
 * Why `targetId` cannot be named as the same remark, or null: it must be a
 * statement of another source (a second copy of one report), not archived,
 * and not itself name this statement (one of the two is the first report).
 */
async function checkSameRemark(
  tx: Tx,
  targetId: string | null,
  self: { id?: string; sourceId?: string },
): Promise<string | null> {
  if (!targetId) return null;
  if (targetId === self.id) return 'A statement is not a second report of itself.';
  const target = await tx.statement.findUnique({
    where: { id: targetId },
    select: { sourceId: true, archivedAt: true, sameRemarkAsId: true },
  });
  if (!target || target.archivedAt)
    return 'No such quote: paste the link of a quote shown on a source page.';
  const sourceId =
    self.sourceId ??
    (self.id &&
      (await tx.statement.findUnique({ where: { id: self.id }, select: { sourceId: true } }))
        ?.sourceId);
  if (target.sourceId === sourceId)
    return 'That quote is from this same source: the same remark is one reported by another copy.';
  if (self.id && target.sameRemarkAsId === self.id)
    return 'That quote already names this one as the same remark.';
  return null;
}

/**
 * Why this statement cannot become a commitment or context, or null: a
 * standing rating or a milestone outcome rests on it as a report of action or
 * outcome, and would lose its ground unseen (lib/evidence-rules.ts). The row
 * is locked first, so no rating can start citing it meanwhile.
 */
async function ratingResting(
  tx: Tx,
  statementId: string,
  from: StatementKind,
  to: StatementKind,
): Promise<string | null> {
  if (!ACTION_OR_OUTCOME_KINDS.includes(from) || ACTION_OR_OUTCOME_KINDS.includes(to)) return null;
  await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ${statementId} FOR UPDATE`;
  const [rating] = await tx.$queryRaw<{ title: string; status: string }[]>`
    SELECT i.title, c.status::text AS status
    FROM "StatusChangeEvidence" e
    JOIN "StatusChange" c ON c.id = e."statusChangeId"
    JOIN "Item" i ON i.id = c."itemId"
    WHERE e."statementId" = ${statementId}
      AND c.status NOT IN ('NOT_YET_RATED', 'CANNOT_BE_CHECKED')
      AND NOT EXISTS (SELECT 1 FROM "StatusChange" k WHERE k."correctsId" = c.id)
    LIMIT 1`;
  if (rating) {
    const label = statusDefinition(rating.status as Status).label;
    return `This statement is evidence of “${label}” for “${rating.title}”: as a ${statementKindLabel(to).toLowerCase()} it could no longer support that rating. Record a correction of that entry first, or keep its kind.`;
  }
  const [milestone] = await tx.$queryRaw<{ title: string }[]>`
    SELECT title FROM "Milestone"
    WHERE "evidenceId" = ${statementId} AND ("metOn" IS NOT NULL OR "missedOn" IS NOT NULL)
    LIMIT 1`;
  if (milestone) {
    return `This statement is the evidence that the milestone “${milestone.title}” was met or missed: change that milestone first, or keep its kind.`;
  }
  return null;
}

export async function updateStatement(
  actor: SessionUser | null,
  input: UpdateStatementInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await readEditable(tx, input.statementId);
    if (!before) return { ok: false, message: 'This statement no longer exists.' };
    if (before.archivedAt)
      return { ok: false, message: 'This statement was archived; it cannot be edited.' };
    const items = await checkItems(tx, input.itemIds, before.fields.itemIds);
    if (!items.ok) return items;
    const remark = await checkSameRemark(tx, input.sameRemarkAs, {
      id: input.statementId,
    });
    if (remark) return { ok: false, field: 'sameRemarkAs', message: remark };
    const rekinded = await ratingResting(tx, input.statementId, before.fields.kind, input.kind);
    if (rekinded) return { ok: false, field: 'kind', message: rekinded };
    const updated = await tx.statement.updateMany({
      where: { id: input.statementId, version: input.version, archivedAt: null },
      data: {
        speaker: input.speaker,
        relayedFrom: input.relayedFrom,
        sameRemarkAsId: input.sameRemarkAs,
        statedOn: day(input.statedOn),
        kind: input.kind,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return staleOutcome(tx, input.statementId);
    await tx.statementItem.deleteMany({
      where: { statementId: input.statementId, itemId: { notIn: items.value } },
    });
    await tx.statementItem.createMany({
      data: items.value.map((itemId) => ({ statementId: input.statementId, itemId })),
      skipDuplicates: true,
    });
    const after: EditableFields = {
      speaker: input.speaker,
      relayedFrom: input.relayedFrom,
      sameRemarkAs: input.sameRemarkAs,
      statedOn: input.statedOn,
      kind: input.kind,
      itemIds: items.value,
    };
    await recordRevision(tx, {
      entityType: 'Statement',
      entityId: input.statementId,
      action: 'update',
      actorId: actor.id,
      before: before.fields,
      after,
    });
    return { ok: true, value: undefined };
  });
}

export async function archiveStatement(
  actor: SessionUser | null,
  input: ArchiveStatementInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await readEditable(tx, input.statementId);
    if (!before) return { ok: false, message: 'This statement no longer exists.' };
    if (before.archivedAt) return { ok: false, message: 'This statement is already archived.' };
    const archivedAt = new Date();
    const updated = await tx.statement.updateMany({
      where: { id: input.statementId, version: input.version, archivedAt: null },
      data: { archivedAt, version: { increment: 1 } },
    });
    if (updated.count === 0) return staleOutcome(tx, input.statementId);
    await recordRevision(tx, {
      entityType: 'Statement',
      entityId: input.statementId,
      action: 'archive',
      actorId: actor.id,
      before: { ...before.fields, archivedAt: null },
      after: { archivedAt: isoInstant(archivedAt), reason: input.reason },
    });
    return { ok: true, value: undefined };
  });
}

/** Places an orphaned statement in the newest text of its source, verified like a new quote. */
export async function reattachStatement(
  actor: SessionUser | null,
  input: ReattachStatementInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const statement = await tx.statement.findUnique({
      where: { id: input.statementId },
      select: {
        sourceId: true,
        version: true,
        anchorState: true,
        archivedAt: true,
        quote: true,
        prefix: true,
        suffix: true,
        start: true,
        end: true,
        sourceVersion: { select: { number: true } },
      },
    });
    if (!statement || statement.sourceId !== input.sourceId)
      return { ok: false, message: 'This statement no longer exists.' };
    if (statement.archivedAt)
      return { ok: false, message: 'This statement was archived meanwhile.' };
    if (statement.anchorState !== 'ORPHANED')
      return { ok: false, message: 'This statement was placed again by someone else meanwhile.' };
    const version = await lockLatestText(tx, input.sourceId, input.sourceVersion);
    if (!version.ok) return version;
    const located = locateQuote(version.value.text, input);
    if (!located.ok) return located;

    const selectors = anchorColumns(located.anchor);
    const updated = await tx.statement.updateMany({
      where: {
        id: input.statementId,
        version: input.version,
        anchorState: 'ORPHANED',
        archivedAt: null,
      },
      data: {
        sourceVersionId: version.value.id,
        ...selectors,
        anchorState: 'ANCHORED',
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, message: STALE_MESSAGE };
    await recordRevision(tx, {
      entityType: 'Statement',
      entityId: input.statementId,
      action: 'reattach',
      actorId: actor.id,
      before: {
        anchorState: 'ORPHANED',
        sourceVersion: statement.sourceVersion.number,
        quote: statement.quote,
        prefix: statement.prefix,
        suffix: statement.suffix,
        start: statement.start,
        end: statement.end,
      },
      after: {
        anchorState: 'ANCHORED',
        sourceVersion: input.sourceVersion,
        ...selectors,
        method: `manual-${input.mode}`,
      },
    });
    return { ok: true, value: undefined };
  });
}
