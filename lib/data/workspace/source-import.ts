import 'server-only';
import { sha256Hex } from '@/lib/source-records';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { finalizeImportText } from '@/lib/import/final-text';
import type { SessionUser } from '@/lib/session';
import type { ImportSourceInput } from '@/lib/validation/sources';
import { assertRole } from '@/lib/data/shared/authz';
import {
  duplicateOutcome,
  findVersionBySha,
  isShaConflict,
  type DuplicateDto,
  type SourceWriteOutcome,
} from '@/lib/data/shared/source-versions';

// Importing a source: the text is finalised here (normalised, chosen
// boilerplate trimmed) whatever the client sent, fingerprinted, and stored
// with its metadata as version 1, all in one transaction.

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function importSource(
  actor: SessionUser | null,
  input: ImportSourceInput,
): Promise<SourceWriteOutcome<{ id: string; sha256: string }>> {
  assertRole(actor, 'ANALYST');
  const text = finalizeImportText(input.text, input.trim);
  if (text.length === 0)
    return {
      ok: false,
      field: 'text',
      message: 'The text is empty: go back and paste or upload it.',
    };
  const sha256 = sha256Hex(text);
  const duplicate = await findVersionBySha(sha256);
  if (duplicate) return duplicateOutcome(duplicate);

  const metadata = {
    title: input.title,
    outlet: input.outlet,
    outletType: input.outletType,
    provenance: input.provenance,
    originalOutlet: input.originalOutlet,
    url: input.url,
    dateline: input.dateline,
    publishedOn: day(input.publishedOn),
    yearInferred: input.yearInferred,
    yearBasis: input.yearInferred ? input.yearBasis : null,
    place: input.place,
    languages: input.languages,
    event: input.event,
  };
  try {
    return await db().$transaction(async (tx) => {
      const source = await tx.source.create({
        data: { ...metadata, latestVersion: 1, importedById: actor.id },
        select: { id: true },
      });
      await tx.sourceVersion.create({
        data: {
          sourceId: source.id,
          number: 1,
          text,
          sha256,
          createdById: actor.id,
          note: 'Imported',
        },
        select: { id: true },
      });
      await recordRevision(tx, {
        entityType: 'Source',
        entityId: source.id,
        action: 'import',
        actorId: actor.id,
        after: {
          ...metadata,
          publishedOn: input.publishedOn,
          version: 1,
          sha256,
          length: text.length,
          trimmedLines: input.trim.length,
        },
      });
      return { ok: true as const, value: { id: source.id, sha256 } };
    });
  } catch (error) {
    if (isShaConflict(error)) {
      const raced = await findVersionBySha(sha256);
      if (raced) return duplicateOutcome(raced);
    }
    throw error;
  }
}

/** Whether the text an import would store is stored already (shown in the preview, checked again on save). */
export async function findStoredText(
  actor: SessionUser | null,
  text: string,
): Promise<DuplicateDto | null> {
  assertRole(actor, 'ANALYST');
  return findVersionBySha(sha256Hex(text));
}
