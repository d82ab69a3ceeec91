import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay, isoInstant, todayInTracker } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Status } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/session';
import { currentStatus, standingChanges } from '@/lib/status-history';
import { statusDefinition } from '@/lib/status';
import {
  finaliseErrorKey,
  isFinalStatus,
  type FinaliseDraftInput,
  type FinaliseInput,
} from '@/lib/validation/status-changes';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import {
  statusChangeFactsSelect,
  statusHistoryOrder,
  toStatusChangeFacts,
} from '@/lib/data/shared/status-change-fields';
import {
  evidenceSelect,
  toEvidenceDto,
  type EvidenceStatementDto,
} from '@/lib/data/shared/evidence-fields';
import {
  changeSnapshotSelect,
  checkEvidence,
  milestoneContradiction,
  describeChange,
} from '@/lib/data/shared/status-change-writes';

// The finalisation of a presidency: every item gets its final status at once,
// as new status changes (docs/decisions/0005: nothing is updated in place).

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
        const evidenceProblem = await checkEvidence(tx, choice.evidence, {
          itemId: item.id,
          status: choice.status,
        });
        if (evidenceProblem) {
          fail(item.id, 'evidence', evidenceProblem);
          continue;
        }
        const contradiction = await milestoneContradiction(tx, item.id, choice.status);
        if (contradiction) {
          fail(item.id, 'status', contradiction);
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
      // The drafts of these verdicts are done with.
      await tx.finalisationDraft.deleteMany({ where: { presidencyId: presidency.id } });
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

/** This analyst's saved choices for the final verdicts (field name -> value), or null. */
export async function readFinalisationDraft(
  actor: SessionUser | null,
  presidencyId: string,
): Promise<{ choices: Record<string, string>; updatedAt: string } | null> {
  assertRole(actor, 'ANALYST');
  const draft = await db().finalisationDraft.findUnique({
    where: { presidencyId_authorId: { presidencyId, authorId: actor.id } },
    select: { choices: true, updatedAt: true },
  });
  if (!draft || !draft.choices || typeof draft.choices !== 'object') return null;
  const choices: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft.choices as Record<string, unknown>))
    if (typeof value === 'string') choices[key] = value;
  return { choices, updatedAt: isoInstant(draft.updatedAt) };
}

/** Saves (replaces) this analyst's draft: nothing public changes. */
export async function saveFinalisationDraft(
  actor: SessionUser | null,
  input: FinaliseDraftInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  const presidency = await db().presidency.findUnique({
    where: { id: input.presidencyId },
    select: { id: true },
  });
  if (!presidency) return { ok: false, message: 'This presidency does not exist.' };
  await db().finalisationDraft.upsert({
    where: { presidencyId_authorId: { presidencyId: presidency.id, authorId: actor.id } },
    create: { presidencyId: presidency.id, authorId: actor.id, choices: input.choices },
    update: { choices: input.choices },
  });
  return { ok: true, value: undefined };
}
