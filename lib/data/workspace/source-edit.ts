import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoDay, isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { sourceMetadataSelect } from '@/lib/data/shared/source-fields';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import {
  conflictFor,
  updateWithVersion,
  type Tx,
  type VersionedModel,
} from '@/lib/data/shared/versioned';
import type { ArchiveSourceInput, UpdateSourceInput } from '@/lib/validation/sources';

// A source after its import (issue 11: "sources are frozen after import"):
// its metadata corrected, with a revision and a version check like every
// edit, and the source archived (hidden from the public with its quotes) or
// published again. Its text is never edited here: a corrected text is a new
// version (source-revision.ts).

// What a revision of a source records: its details, visibility and version.
const snapshotSelect = {
  ...sourceMetadataSelect,
  archivedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

type Snapshot = Awaited<ReturnType<typeof findSnapshot>>;

async function findSnapshot(tx: Tx, id: string) {
  const row = await tx.source.findUnique({ where: { id }, select: snapshotSelect });
  return (
    row && {
      ...row,
      publishedOn: isoDay(row.publishedOn),
      importedAt: isoInstant(row.importedAt),
      archivedAt: row.archivedAt && isoInstant(row.archivedAt),
    }
  );
}

type MetadataData = Omit<UpdateSourceInput, 'sourceId' | 'version'>;

const sourceModel: VersionedModel<NonNullable<Snapshot>, MetadataData> = {
  entityType: 'Source',
  noun: 'source',
  find: findSnapshot,
  update: async (tx, id, version, data) =>
    (
      await tx.source.updateMany({
        where: { id, version },
        data: {
          ...data,
          publishedOn: new Date(`${data.publishedOn}T00:00:00Z`),
          version: { increment: 1 },
        },
      })
    ).count === 1,
  fieldsOf: (snapshot) => ({
    title: snapshot.title,
    outlet: snapshot.outlet,
    outletType: snapshot.outletType,
    provenance: snapshot.provenance,
    originalOutlet: snapshot.originalOutlet ?? '',
    url: snapshot.url ?? '',
    publishedOn: snapshot.publishedOn,
    yearBasis: snapshot.yearBasis ?? '',
    place: snapshot.place ?? '',
    dateline: snapshot.dateline ?? '',
    languages: snapshot.languages.join(', '),
    event: snapshot.event ?? '',
  }),
};

export async function updateSourceMetadata(
  actor: SessionUser | null,
  input: UpdateSourceInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  const { sourceId, version, ...data } = input;
  return db().$transaction(async (tx) => {
    const before = await findSnapshot(tx, sourceId);
    if (!before) return { ok: false, message: 'This source no longer exists.' };
    const saved = await updateWithVersion(tx, sourceModel, {
      id: sourceId,
      version,
      data,
      before,
      action: 'update',
      actorId: actor.id,
    });
    return saved ? { ok: true, value: undefined } : conflictFor(tx, sourceModel, sourceId);
  });
}

/** How many standing public ratings and milestone outcomes rest on this source's quotes. */
async function evidenceOfPublicStatus(tx: Tx, sourceId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT (
      (SELECT count(DISTINCT sc.id) FROM "StatusChangeEvidence" e
         JOIN "Statement" s ON s.id = e."statementId" AND s."sourceId" = ${sourceId}
         JOIN "StatusChange" sc ON sc.id = e."statusChangeId"
         JOIN "Item" i ON i.id = sc."itemId" AND i."archivedAt" IS NULL
         JOIN "PriorityArea" a ON a.id = i."areaId" AND a."archivedAt" IS NULL)
      +
      (SELECT count(*) FROM "Milestone" m
         JOIN "Statement" s ON s.id = m."evidenceId" AND s."sourceId" = ${sourceId}
         JOIN "Item" i ON i.id = m."itemId" AND i."archivedAt" IS NULL)
    )::int AS n`;
  return row?.n ?? 0;
}

/**
 * Archives a source and, in the same transaction, the quotes taken from it
 * (a mistaken import leaves nothing public), or publishes it again with the
 * quotes archived with it. Refused, with the reason, while a quote of it is
 * evidence of a public status or milestone: the rating would lose its ground.
 */
export async function setSourceArchived(
  actor: SessionUser | null,
  input: ArchiveSourceInput,
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await findSnapshot(tx, input.sourceId);
    if (!before) return { ok: false, message: 'This source no longer exists.' };
    if (input.archived === (before.archivedAt !== null)) {
      return {
        ok: false,
        message: input.archived ? 'This source is already archived.' : 'This source is public.',
      };
    }
    if (input.archived) {
      const resting = await evidenceOfPublicStatus(tx, input.sourceId);
      if (resting > 0) {
        return {
          ok: false,
          message: `This source cannot be archived: its quotes are evidence of ${resting} public status change${resting === 1 ? '' : 's'} or milestone outcome${resting === 1 ? '' : 's'}. Correct those entries first (with other evidence), then archive it.`,
        };
      }
    }
    const at = new Date();
    const previous = before.archivedAt ? new Date(before.archivedAt) : null;
    const updated = await tx.source.updateMany({
      where: { id: input.sourceId, version: input.version },
      data: { archivedAt: input.archived ? at : null, version: { increment: 1 } },
    });
    if (updated.count === 0) return conflictFor(tx, sourceModel, input.sourceId);
    // Its quotes go and come back with it: those archived at the same instant.
    const statements = await tx.statement.updateMany({
      where: input.archived
        ? { sourceId: input.sourceId, archivedAt: null }
        : { sourceId: input.sourceId, archivedAt: previous },
      data: { archivedAt: input.archived ? at : null, version: { increment: 1 } },
    });
    await recordRevision(tx, {
      entityType: 'Source',
      entityId: input.sourceId,
      action: input.archived ? 'archive' : 'unarchive',
      actorId: actor.id,
      before: { archivedAt: before.archivedAt },
      after: {
        archivedAt: input.archived ? isoInstant(at) : null,
        reason: input.reason,
        statements: statements.count,
      },
    });
    return { ok: true, value: undefined };
  });
}
