import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnchorState, Status } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { currentStatus, previousStatus, standingChanges } from '@/lib/status-history';
import { statusDefinition } from '@/lib/status';
import {
  finaliseErrorKey,
  isFinalStatus,
  statusChangeSchema,
  statusDateBounds,
  todayInTracker,
  type DateBounds,
  type FinaliseInput,
  type StatusChangeInput,
} from '@/lib/validation/status-changes';
import { assertRole } from './authz';
import {
  statusChangeEntrySelect,
  statusChangeFactsSelect,
  statusHistoryOrder,
  toStatusChangeEntry,
  toStatusChangeFacts,
} from './status-change-fields';

// Status changes, corrections and the finalisation of a presidency. History is
// append-only (docs/decisions/0005): nothing here updates or deletes a
// StatusChange; a correction is a new row naming the row it replaces.

type Tx = Prisma.TransactionClient;

// --- Reads -------------------------------------------------------------------

export interface EvidenceStatementDto {
  id: string;
  quote: string;
  speaker: string;
  statedOn: string | null;
  anchorState: AnchorState;
  isArchived: boolean;
  /** Anchored and not archived: may be cited as evidence. */
  isCitable: boolean;
  source: { id: string; title: string; publishedOn: string };
  items: { id: string; title: string }[];
}

export interface CorrectionLinkDto {
  id: string;
  effectiveOn: string;
  createdAt: string;
  authorName: string | null;
}

export interface HistoryEntryDto {
  id: string;
  status: Status;
  from: Status;
  effectiveOn: string;
  createdAt: string;
  note: string;
  authorName: string | null;
  correctsId: string | null;
  /** Stands (no other entry corrects it): counts for the current status. */
  isStanding: boolean;
  corrects: CorrectionLinkDto | null;
  correctedBy: CorrectionLinkDto | null;
  evidence: EvidenceStatementDto[];
}

export interface StatusWorkspaceDto {
  item: {
    id: string;
    title: string;
    summary: string;
    isArchived: boolean;
    area: { id: string; title: string };
  };
  presidency: { id: string; periodStart: string; periodEnd: string; finalizedAt: string | null };
  status: Status;
  /** Newest first (effective date, then recording time). */
  history: HistoryEntryDto[];
  /** The item's own statements, citable ones first. */
  statements: EvidenceStatementDto[];
  bounds: DateBounds;
}

const evidenceSelect = {
  id: true,
  quote: true,
  speaker: true,
  statedOn: true,
  anchorState: true,
  archivedAt: true,
  source: { select: { id: true, title: true, publishedOn: true } },
  items: { select: { item: { select: { id: true, title: true } } } },
} satisfies Prisma.StatementSelect;

type EvidenceRow = Prisma.StatementGetPayload<{ select: typeof evidenceSelect }>;

function toEvidenceDto(row: EvidenceRow): EvidenceStatementDto {
  return {
    id: row.id,
    quote: row.quote,
    speaker: row.speaker,
    statedOn: row.statedOn && isoDay(row.statedOn),
    anchorState: row.anchorState,
    isArchived: row.archivedAt !== null,
    isCitable: row.anchorState === 'ANCHORED' && row.archivedAt === null,
    source: {
      id: row.source.id,
      title: row.source.title,
      publishedOn: isoDay(row.source.publishedOn),
    },
    items: row.items.map(({ item }) => item),
  };
}

/** Everything the status page of one item shows, or null if there is no such item. */
export async function getStatusWorkspace(
  actor: SessionUser | null,
  itemId: string,
): Promise<StatusWorkspaceDto | null> {
  assertRole(actor, 'ANALYST');
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      title: true,
      summary: true,
      archivedAt: true,
      area: {
        select: {
          id: true,
          title: true,
          archivedAt: true,
          presidency: {
            select: { id: true, periodStart: true, periodEnd: true, finalizedAt: true },
          },
        },
      },
      statusChanges: {
        orderBy: statusHistoryOrder,
        select: {
          ...statusChangeEntrySelect,
          evidence: { select: { statement: { select: evidenceSelect } } },
        },
      },
      statements: {
        where: { statement: { archivedAt: null } },
        select: { statement: { select: evidenceSelect } },
      },
    },
  });
  if (!item) return null;

  const facts = item.statusChanges.map((change) => ({
    ...toStatusChangeEntry(change),
    evidence: change.evidence,
  }));
  const standing = new Set(standingChanges(facts).map((change) => change.id));
  const link = (change: (typeof facts)[number]): CorrectionLinkDto => ({
    id: change.id,
    effectiveOn: change.effectiveOn,
    createdAt: change.createdAt,
    authorName: change.authorName,
  });
  const byId = new Map(facts.map((change) => [change.id, change]));
  const correctorOf = new Map(
    facts.filter((change) => change.correctsId).map((change) => [change.correctsId!, change]),
  );

  const history: HistoryEntryDto[] = facts
    .map((change) => {
      const corrected = change.correctsId ? byId.get(change.correctsId) : undefined;
      const corrector = correctorOf.get(change.id);
      return {
        id: change.id,
        status: change.status,
        from: previousStatus(facts, change),
        effectiveOn: change.effectiveOn,
        createdAt: change.createdAt,
        note: change.note,
        authorName: change.authorName,
        correctsId: change.correctsId,
        isStanding: standing.has(change.id),
        corrects: corrected ? link(corrected) : null,
        correctedBy: corrector ? link(corrector) : null,
        evidence: change.evidence.map(({ statement }) => toEvidenceDto(statement)),
      };
    })
    .sort(
      (a, b) =>
        b.effectiveOn.localeCompare(a.effectiveOn) || b.createdAt.localeCompare(a.createdAt),
    );

  const statements = item.statements
    .map(({ statement }) => toEvidenceDto(statement))
    .sort(
      (a, b) =>
        Number(b.isCitable) - Number(a.isCitable) ||
        (a.statedOn ?? '').localeCompare(b.statedOn ?? ''),
    );

  const presidency = item.area.presidency;
  return {
    item: {
      id: item.id,
      title: item.title,
      summary: item.summary,
      isArchived: item.archivedAt !== null || item.area.archivedAt !== null,
      area: { id: item.area.id, title: item.area.title },
    },
    presidency: {
      id: presidency.id,
      periodStart: isoDay(presidency.periodStart),
      periodEnd: isoDay(presidency.periodEnd),
      finalizedAt: presidency.finalizedAt && isoInstant(presidency.finalizedAt),
    },
    status: currentStatus(facts),
    history,
    statements,
    bounds: statusDateBounds(isoDay(presidency.periodStart)),
  };
}

/** The dates a status change of this item may take effect on, or null if there is no such item. */
export async function getStatusDateBounds(
  actor: SessionUser | null,
  itemId: string,
): Promise<DateBounds | null> {
  assertRole(actor, 'ANALYST');
  // Read before the form is validated: an id Postgres cannot hold (a NUL) is no item.
  if (itemId.includes('\u0000')) return null;
  const item = await db().item.findUnique({
    where: { id: itemId },
    select: { area: { select: { presidency: { select: { periodStart: true } } } } },
  });
  return item && statusDateBounds(isoDay(item.area.presidency.periodStart));
}

export const EVIDENCE_SEARCH_LIMIT = 20;

/** Citable statements of other items whose quote, speaker or source title contain the query. */
export async function searchEvidenceStatements(
  actor: SessionUser | null,
  options: { query: string; excludeItemId?: string; limit?: number },
): Promise<EvidenceStatementDto[]> {
  assertRole(actor, 'ANALYST');
  const query = options.query.trim();
  if (query.length < 2) return [];
  const rows = await db().statement.findMany({
    where: {
      archivedAt: null,
      anchorState: 'ANCHORED',
      ...(options.excludeItemId ? { items: { none: { itemId: options.excludeItemId } } } : {}),
      OR: [
        { quote: { contains: query, mode: 'insensitive' } },
        { speaker: { contains: query, mode: 'insensitive' } },
        { source: { title: { contains: query, mode: 'insensitive' } } },
      ],
    },
    orderBy: [{ statedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: Math.min(options.limit ?? EVIDENCE_SEARCH_LIMIT, 50),
    select: evidenceSelect,
  });
  return rows.map(toEvidenceDto);
}

// --- Writes ------------------------------------------------------------------

export type RecordStatusChangeOutcome =
  | { ok: true; value: { id: string } }
  | { ok: false; message: string; field?: string; correctedBy?: CorrectionLinkDto };

/** Rows of Statement are locked FOR SHARE: nobody archives or orphans them until we commit. */
async function checkEvidence(tx: Tx, ids: readonly string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ANY(${[...ids]}::text[]) FOR SHARE`;
  const rows = await tx.statement.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, quote: true, anchorState: true, archivedAt: true },
  });
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    const short = row && (row.quote.length > 60 ? `${row.quote.slice(0, 57)}…` : row.quote);
    if (!row) return 'A chosen statement no longer exists. Reload the page and choose again.';
    if (row.archivedAt) return `The statement “${short}” was archived and can no longer be cited.`;
    if (row.anchorState !== 'ANCHORED') {
      return `The statement “${short}” lost its place in the source text (orphaned). Re-anchor it before citing it.`;
    }
  }
  return null;
}

/** What a status change's Revision records (with its evidence). */
const changeSnapshotSelect = {
  id: true,
  itemId: true,
  status: true,
  effectiveOn: true,
  note: true,
  correctsId: true,
} satisfies Prisma.StatusChangeSelect;

function describeChange(
  change: {
    id: string;
    itemId: string;
    status: Status;
    effectiveOn: Date | string;
    note: string;
    correctsId: string | null;
  },
  evidence: readonly string[],
) {
  return {
    id: change.id,
    itemId: change.itemId,
    status: change.status,
    effectiveOn:
      typeof change.effectiveOn === 'string' ? change.effectiveOn : isoDay(change.effectiveOn),
    note: change.note,
    correctsId: change.correctsId,
    evidence: [...evidence],
  };
}

const correctionLinkSelect = {
  id: true,
  effectiveOn: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.StatusChangeSelect;

function toCorrectionLink(
  row: Prisma.StatusChangeGetPayload<{ select: typeof correctionLinkSelect }>,
): CorrectionLinkDto {
  return {
    id: row.id,
    effectiveOn: isoDay(row.effectiveOn),
    createdAt: isoInstant(row.createdAt),
    authorName: row.author?.name ?? null,
  };
}

async function findCorrector(correctsId: string): Promise<CorrectionLinkDto | null> {
  const corrector = await db().statusChange.findUnique({
    where: { correctsId },
    select: correctionLinkSelect,
  });
  return corrector && toCorrectionLink(corrector);
}

function alreadyCorrected(corrector: CorrectionLinkDto): RecordStatusChangeOutcome {
  const by = corrector.authorName ?? 'the tracker editors';
  return {
    ok: false,
    message: `This entry was already corrected by ${by} on ${corrector.createdAt.slice(0, 10)}. Correct that correction instead, if it needs one.`,
    correctedBy: corrector,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Appends a status change (or, with correctsId, a correction of an entry of
 * the same item) with its evidence and a revision, in one transaction.
 */
export async function recordStatusChange(
  actor: SessionUser | null,
  input: StatusChangeInput,
): Promise<RecordStatusChangeOutcome> {
  assertRole(actor, 'ANALYST');
  const bounds = await getStatusDateBounds(actor, input.itemId);
  if (!bounds) return { ok: false, message: 'This item does not exist (any more).' };
  // The data layer decides: the same rules as the form, whoever calls.
  const parsed = statusChangeSchema(bounds).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: issue.message, field: issue.path.join('.') || undefined };
  }
  const data = parsed.data;

  try {
    return await db().$transaction(async (tx): Promise<RecordStatusChangeOutcome> => {
      const item = await tx.item.findUnique({
        where: { id: data.itemId },
        select: {
          id: true,
          archivedAt: true,
          area: { select: { archivedAt: true, presidencyId: true } },
        },
      });
      if (!item) return { ok: false, message: 'This item does not exist (any more).' };
      if (item.archivedAt || item.area.archivedAt) {
        return {
          ok: false,
          message: 'This item is archived: restore it before recording a status change.',
        };
      }
      // Serialises with finalisation, which locks the presidency FOR UPDATE.
      await tx.$queryRaw`SELECT id FROM "Presidency" WHERE id = ${item.area.presidencyId} FOR SHARE`;

      let corrected: Awaited<ReturnType<typeof findCorrected>> = null;
      if (data.correctsId) {
        corrected = await findCorrected(tx, data.correctsId);
        if (!corrected) return { ok: false, message: 'The entry to correct does not exist.' };
        if (corrected.itemId !== data.itemId) {
          return {
            ok: false,
            message:
              'That entry belongs to another item: open the status page of its own item to correct it.',
          };
        }
        if (corrected.correctedBy) return alreadyCorrected(toCorrectionLink(corrected.correctedBy));
      }

      const evidenceProblem = await checkEvidence(tx, data.evidence);
      if (evidenceProblem) return { ok: false, message: evidenceProblem, field: 'evidence' };

      const change = await tx.statusChange.create({
        data: {
          itemId: data.itemId,
          status: data.status,
          effectiveOn: new Date(`${data.effectiveOn}T00:00:00Z`),
          note: data.note,
          correctsId: data.correctsId,
          authorId: actor.id,
          evidence: { create: data.evidence.map((statementId) => ({ statementId })) },
        },
        select: changeSnapshotSelect,
      });
      await recordRevision(tx, {
        entityType: 'StatusChange',
        entityId: change.id,
        action: corrected ? 'correct' : 'record',
        actorId: actor.id,
        before: corrected
          ? describeChange(
              corrected,
              corrected.evidence.map((entry) => entry.statementId),
            )
          : undefined,
        after: describeChange(change, data.evidence),
      });
      return { ok: true, value: { id: change.id } };
    });
  } catch (error) {
    // Two corrections of one entry at once: correctsId is unique, one wins.
    if (data.correctsId && isUniqueViolation(error)) {
      const corrector = await findCorrector(data.correctsId);
      if (corrector) return alreadyCorrected(corrector);
    }
    throw error;
  }
}

function findCorrected(tx: Tx, id: string) {
  return tx.statusChange.findUnique({
    where: { id },
    select: {
      ...changeSnapshotSelect,
      evidence: { select: { statementId: true } },
      correctedBy: { select: correctionLinkSelect },
    },
  });
}

// --- Finalisation ------------------------------------------------------------

export interface FinalItemDto {
  id: string;
  title: string;
  status: Status;
  isFinal: boolean;
  /** Effective date of the standing entry that set the current status. */
  since: string | null;
  /** Citable statements of the item, for an optional citation. */
  statements: EvidenceStatementDto[];
}

export interface FinalisationRecordDto {
  at: string;
  actorName: string | null;
  changes: {
    itemId: string;
    itemTitle: string;
    from: Status;
    to: Status;
    statusChangeId: string;
  }[];
  kept: number;
}

export interface FinalisationDto {
  presidency: {
    id: string;
    organization: string;
    chairCountry: string;
    periodStart: string;
    periodEnd: string;
    finalizedAt: string | null;
  };
  /** Today is after the period's end: finalisation is possible. */
  isOpen: boolean;
  today: string;
  areas: { id: string; title: string; items: FinalItemDto[] }[];
  /** Every finalisation so far, newest first. */
  finalisations: FinalisationRecordDto[];
}

interface FinaliseRevisionAfter {
  finalizedAt: string;
  changes: FinalisationRecordDto['changes'];
  kept: number;
}

/** The presidency being tracked (the newest), or the given one. */
async function findPresidencyId(presidencyId?: string): Promise<string | null> {
  const presidency = presidencyId
    ? await db().presidency.findUnique({ where: { id: presidencyId }, select: { id: true } })
    : await db().presidency.findFirst({ orderBy: { periodStart: 'desc' }, select: { id: true } });
  return presidency?.id ?? null;
}

const statusFactsSelect = {
  orderBy: statusHistoryOrder,
  select: statusChangeFactsSelect,
} satisfies Prisma.Item$statusChangesArgs;

/** The finalisation page: every active item with its current status, and what earlier finalisations did. */
export async function getFinalisation(
  actor: SessionUser | null,
  presidencyId?: string,
): Promise<FinalisationDto | null> {
  assertRole(actor, 'ANALYST');
  const id = await findPresidencyId(presidencyId);
  if (!id) return null;
  const presidency = await db().presidency.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      organization: true,
      chairCountry: true,
      periodStart: true,
      periodEnd: true,
      finalizedAt: true,
      areas: {
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        select: {
          id: true,
          title: true,
          items: {
            where: { archivedAt: null },
            orderBy: { position: 'asc' },
            select: {
              id: true,
              title: true,
              statusChanges: statusFactsSelect,
              statements: {
                where: { statement: { archivedAt: null, anchorState: 'ANCHORED' } },
                select: { statement: { select: evidenceSelect } },
              },
            },
          },
        },
      },
    },
  });
  const revisions = await db().revision.findMany({
    where: { entityType: 'Presidency', entityId: id, action: 'finalise' },
    orderBy: { id: 'desc' },
    select: { at: true, after: true, actor: { select: { name: true } } },
  });
  const today = todayInTracker();
  const periodEnd = isoDay(presidency.periodEnd);
  return {
    presidency: {
      id: presidency.id,
      organization: presidency.organization,
      chairCountry: presidency.chairCountry,
      periodStart: isoDay(presidency.periodStart),
      periodEnd,
      finalizedAt: presidency.finalizedAt && isoInstant(presidency.finalizedAt),
    },
    isOpen: today > periodEnd,
    today,
    areas: presidency.areas.map((area) => ({
      id: area.id,
      title: area.title,
      items: area.items.map((item) => {
        const facts = item.statusChanges.map(toStatusChangeFacts);
        const status = currentStatus(facts);
        return {
          id: item.id,
          title: item.title,
          status,
          isFinal: isFinalStatus(status),
          since: standingChanges(facts).at(-1)?.effectiveOn ?? null,
          statements: item.statements.map(({ statement }) => toEvidenceDto(statement)),
        };
      }),
    })),
    finalisations: revisions.map((revision) => {
      const after = revision.after as unknown as FinaliseRevisionAfter | null;
      return {
        at: isoInstant(revision.at),
        actorName: revision.actor?.name ?? null,
        changes: after?.changes ?? [],
        kept: after?.kept ?? 0,
      };
    }),
  };
}

export type FinaliseOutcome =
  | { ok: true; value: { changed: number; kept: number; finalizedAt: string } }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const FINALISE_STALE_MESSAGE =
  'Someone finalised the presidency after you opened this page. Reload it to see what they decided, then finalise again if needed.';

/**
 * Gives every active item of the presidency a final status in one
 * transaction: a status change (effective on the period's last day) for each
 * item whose verdict differs from its current status, the presidency's
 * finalizedAt, and the revisions. Refuses as a whole if any item lacks a
 * valid final choice; nothing is written then.
 */
export async function finalisePresidency(
  actor: SessionUser | null,
  input: FinaliseInput,
): Promise<FinaliseOutcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(
    async (tx): Promise<FinaliseOutcome> => {
      // One finalisation at a time, and no status change recorded meanwhile.
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "Presidency" WHERE id = ${input.presidencyId} FOR UPDATE`;
      if (locked.length === 0) return { ok: false, message: 'This presidency does not exist.' };
      const presidency = await tx.presidency.findUniqueOrThrow({
        where: { id: input.presidencyId },
        select: { id: true, periodEnd: true, finalizedAt: true },
      });
      const periodEnd = isoDay(presidency.periodEnd);
      if (todayInTracker() <= periodEnd) {
        return {
          ok: false,
          message: `Finalisation opens after the presidency ends on ${periodEnd}.`,
        };
      }
      const storedFinalizedAt = presidency.finalizedAt ? isoInstant(presidency.finalizedAt) : '';
      if (storedFinalizedAt !== input.seenFinalizedAt)
        return { ok: false, message: FINALISE_STALE_MESSAGE };

      const items = await tx.item.findMany({
        where: { archivedAt: null, area: { archivedAt: null, presidencyId: presidency.id } },
        orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }],
        select: { id: true, title: true, statusChanges: statusFactsSelect },
      });

      const fieldErrors: Record<string, string[]> = {};
      const fail = (itemId: string, field: 'status' | 'note' | 'evidence', message: string) => {
        (fieldErrors[finaliseErrorKey(itemId, field)] ??= []).push(message);
      };
      const activeIds = new Set(items.map((item) => item.id));
      const strays = Object.keys(input.choices).filter((itemId) => !activeIds.has(itemId));

      const plan: {
        itemId: string;
        itemTitle: string;
        from: Status;
        to: Status;
        note: string;
        evidence: string[];
      }[] = [];
      let kept = 0;
      for (const item of items) {
        const choice = input.choices[item.id];
        const current = currentStatus(item.statusChanges.map(toStatusChangeFacts));
        if (!choice) {
          fail(
            item.id,
            'status',
            'Choose a final status. (This item was added after you opened the page.)',
          );
          continue;
        }
        if (choice.seen !== current) {
          fail(
            item.id,
            'status',
            `Its status changed to “${statusDefinition(current).label}” since you opened the page: check it again.`,
          );
          continue;
        }
        if (!isFinalStatus(choice.status)) {
          fail(item.id, 'status', 'Choose one of the final statuses.');
          continue;
        }
        if (choice.status === current) {
          kept += 1;
          continue;
        }
        if (choice.note.trim() === '') {
          fail(item.id, 'note', 'Write why this is the final verdict.');
          continue;
        }
        const evidenceProblem = await checkEvidence(tx, choice.evidence);
        if (evidenceProblem) {
          fail(item.id, 'evidence', evidenceProblem);
          continue;
        }
        plan.push({
          itemId: item.id,
          itemTitle: item.title,
          from: current,
          to: choice.status,
          note: choice.note.trim(),
          evidence: choice.evidence,
        });
      }

      const problems = Object.keys(fieldErrors).length;
      if (problems > 0 || strays.length > 0) {
        return {
          ok: false,
          message:
            strays.length > 0
              ? 'Some items in the form were archived or moved since you opened the page. Reload it and check again. Nothing was finalised.'
              : `${problems === 1 ? 'One item needs' : `${problems} items need`} attention (marked below). Nothing was finalised.`,
          fieldErrors,
        };
      }

      // From here on every write is in this transaction: a failure rolls all back.
      const effectiveOn = presidency.periodEnd;
      const changes: FinalisationRecordDto['changes'] = [];
      for (const entry of plan) {
        const change = await tx.statusChange.create({
          data: {
            itemId: entry.itemId,
            status: entry.to,
            effectiveOn,
            note: entry.note,
            authorId: actor.id,
            evidence: { create: entry.evidence.map((statementId) => ({ statementId })) },
          },
          select: changeSnapshotSelect,
        });
        await recordRevision(tx, {
          entityType: 'StatusChange',
          entityId: change.id,
          action: 'finalise',
          actorId: actor.id,
          after: describeChange(change, entry.evidence),
        });
        changes.push({
          itemId: entry.itemId,
          itemTitle: entry.itemTitle,
          from: entry.from,
          to: entry.to,
          statusChangeId: change.id,
        });
      }
      const finalizedAt = new Date();
      const updated = await tx.presidency.updateMany({
        where: { id: presidency.id, finalizedAt: presidency.finalizedAt },
        data: { finalizedAt },
      });
      if (updated.count !== 1)
        throw new Error('The presidency changed under a lock: refusing to finalise.');
      const after: FinaliseRevisionAfter = { finalizedAt: isoInstant(finalizedAt), changes, kept };
      await recordRevision(tx, {
        entityType: 'Presidency',
        entityId: presidency.id,
        action: 'finalise',
        actorId: actor.id,
        before: { finalizedAt: storedFinalizedAt || null },
        after,
      });
      return {
        ok: true,
        value: { changed: changes.length, kept, finalizedAt: isoInstant(finalizedAt) },
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
