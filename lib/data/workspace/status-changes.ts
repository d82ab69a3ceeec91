import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { statusChangeSchema, type StatusChangeInput } from '@/lib/validation/status-changes';
import { assertRole } from '@/lib/data/shared/authz';
import {
  changeSnapshotSelect,
  checkEvidence,
  describeChange,
  milestoneContradiction,
} from '@/lib/data/shared/status-change-writes';
import { getStatusDateBounds, type CorrectionLinkDto } from '@/lib/data/workspace/status-workspace';

// Recording status changes and corrections. History is append-only
// (docs/decisions/0005): nothing here updates or deletes a StatusChange; a
// correction is a new row naming the row it replaces. Finalisation:
// finalisation.ts; the status page's read: status-workspace.ts.

type Tx = Prisma.TransactionClient;

export type RecordStatusChangeOutcome =
  | { ok: true; value: { id: string } }
  | { ok: false; message: string; field?: string; correctedBy?: CorrectionLinkDto };

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
        // A correction that changes nothing would be shown as a correction all the same.
        if (isSameEntry(corrected, data))
          return { ok: false, message: IDENTICAL_CORRECTION_MESSAGE };
      }

      const evidenceProblem = await checkEvidence(tx, data.evidence, {
        itemId: data.itemId,
        status: data.status,
      });
      if (evidenceProblem) return { ok: false, message: evidenceProblem, field: 'evidence' };
      const contradiction = await milestoneContradiction(tx, data.itemId, data.status);
      if (contradiction) return { ok: false, message: contradiction, field: 'status' };

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

export const IDENTICAL_CORRECTION_MESSAGE =
  'This correction is identical to the entry it corrects: change the status, the date, the note or the evidence, or leave the entry as it is.';

/** Whether a correction would record exactly what the corrected entry says. */
function isSameEntry(
  corrected: NonNullable<Awaited<ReturnType<typeof findCorrected>>>,
  data: { status: string; effectiveOn: string; note: string; evidence: readonly string[] },
): boolean {
  const evidence = (ids: readonly string[]) => [...new Set(ids)].sort().join(' ');
  return (
    corrected.status === data.status &&
    isoDay(corrected.effectiveOn) === data.effectiveOn &&
    corrected.note === data.note &&
    evidence(corrected.evidence.map((entry) => entry.statementId)) === evidence(data.evidence)
  );
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
