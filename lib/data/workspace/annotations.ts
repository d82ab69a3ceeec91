import 'server-only';
import type { AnnotationTarget } from '@/lib/data/shared/annotation-target';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { isoInstant } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/session';
import { assertRole, type Outcome } from '@/lib/data/shared/authz';
import { conflictFor, updateWithVersion, type VersionedModel } from '@/lib/data/shared/versioned';

// Internal notes of the analysts on an item, a statement or a source. Never
// public: no public read (lib/data/public/tracker.ts, items.ts, sources.ts, the open
// data API) selects them, and every function here needs the ANALYST role.
// Notes are edited by their author (or an admin) and archived, never deleted.

export interface AnnotationDto {
  id: string;
  body: string;
  version: number;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  isEdited: boolean;
  canEdit: boolean;
}

const annotationSelect = {
  id: true,
  body: true,
  itemId: true,
  statementId: true,
  sourceId: true,
  authorId: true,
  archivedAt: true,
  version: true,
} satisfies Prisma.AnnotationSelect;

type AnnotationSnapshot = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

const annotationModel: VersionedModel<
  AnnotationSnapshot,
  Prisma.AnnotationUpdateManyMutationInput
> = {
  entityType: 'Annotation',
  noun: 'note',
  find: (tx, id) => tx.annotation.findUnique({ where: { id }, select: annotationSelect }),
  update: async (tx, id, version, data) => {
    const updated = await tx.annotation.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return updated.count > 0;
  },
  fieldsOf: (note) => ({ body: note.body }),
};

/** Exactly one key, whatever the caller passed (the database checks it too). */
function whereTarget(
  target: AnnotationTarget,
): { itemId: string } | { statementId: string } | { sourceId: string } {
  if ('itemId' in target) return { itemId: target.itemId };
  if ('statementId' in target) return { statementId: target.statementId };
  return { sourceId: target.sourceId };
}

function canEdit(actor: SessionUser, authorId: string): boolean {
  return actor.role === 'ADMIN' || actor.id === authorId;
}

/** The notes on one target that are not archived, oldest first. */
export async function listAnnotations(
  actor: SessionUser | null,
  target: AnnotationTarget,
): Promise<AnnotationDto[]> {
  assertRole(actor, 'ANALYST');
  const rows = await db().annotation.findMany({
    where: { ...whereTarget(target), archivedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      body: true,
      version: true,
      authorId: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    version: row.version,
    authorName: row.author.name,
    createdAt: isoInstant(row.createdAt),
    updatedAt: isoInstant(row.updatedAt),
    isEdited: row.version > 1,
    canEdit: canEdit(actor, row.authorId),
  }));
}

async function targetExists(target: AnnotationTarget): Promise<boolean> {
  if ('itemId' in target) return (await db().item.count({ where: { id: target.itemId } })) > 0;
  if ('statementId' in target)
    return (await db().statement.count({ where: { id: target.statementId } })) > 0;
  return (await db().source.count({ where: { id: target.sourceId } })) > 0;
}

export async function createAnnotation(
  actor: SessionUser | null,
  input: { target: AnnotationTarget; body: string },
): Promise<Outcome<{ id: string }>> {
  assertRole(actor, 'ANALYST');
  if (!(await targetExists(input.target)))
    return { ok: false, message: 'The record this note is about no longer exists.' };
  return db().$transaction(async (tx) => {
    const row = await tx.annotation.create({
      data: { ...whereTarget(input.target), body: input.body, authorId: actor.id },
      select: annotationSelect,
    });
    await recordRevision(tx, {
      entityType: 'Annotation',
      entityId: row.id,
      action: 'create',
      actorId: actor.id,
      after: row,
    });
    return { ok: true, value: { id: row.id } };
  });
}

export async function updateAnnotation(
  actor: SessionUser | null,
  input: { id: string; version: number; body: string },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await annotationModel.find(tx, input.id);
    if (!before || before.archivedAt) return { ok: false, message: 'This note no longer exists.' };
    if (!canEdit(actor, before.authorId))
      return { ok: false, message: 'Only its author or an admin can edit this note.' };
    if (before.version === input.version && before.body === input.body)
      return { ok: true, value: undefined };
    const isSaved = await updateWithVersion(tx, annotationModel, {
      id: input.id,
      version: input.version,
      data: { body: input.body },
      before,
      action: 'update',
      actorId: actor.id,
    });
    if (!isSaved) return conflictFor(tx, annotationModel, input.id);
    return { ok: true, value: undefined };
  });
}

export async function archiveAnnotation(
  actor: SessionUser | null,
  input: { id: string; version: number },
): Promise<Outcome> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const before = await annotationModel.find(tx, input.id);
    if (!before || before.archivedAt)
      return { ok: false, message: 'This note is already archived.' };
    if (!canEdit(actor, before.authorId))
      return { ok: false, message: 'Only its author or an admin can archive this note.' };
    const isSaved = await updateWithVersion(tx, annotationModel, {
      id: input.id,
      version: input.version,
      data: { archivedAt: new Date() },
      before,
      action: 'archive',
      actorId: actor.id,
    });
    if (!isSaved)
      return {
        ok: false,
        message: 'Someone edited this note after you loaded the page. Reload and try again.',
      };
    return { ok: true, value: undefined };
  });
}
