import 'server-only';
import { db } from '@/lib/db';
import type { Outcome } from '@/lib/data/shared/authz';

// Stored source texts are fingerprinted (SHA-256) and unique across all
// sources: what importing and revising a text share.

export interface DuplicateDto {
  sourceId: string;
  title: string;
  versionNumber: number;
}

export type SourceWriteOutcome<T> = Outcome<T> & { duplicateOf?: DuplicateDto };

/** The stored version with this fingerprint, if any (texts are unique across all sources). */
export async function findVersionBySha(sha256: string): Promise<DuplicateDto | null> {
  const version = await db().sourceVersion.findUnique({
    where: { sha256 },
    select: { number: true, source: { select: { id: true, title: true } } },
  });
  return (
    version && {
      sourceId: version.source.id,
      title: version.source.title,
      versionNumber: version.number,
    }
  );
}

export function duplicateOutcome(duplicate: DuplicateDto): {
  ok: false;
  message: string;
  field: string;
  duplicateOf: DuplicateDto;
} {
  return {
    ok: false,
    field: 'text',
    message: `This exact text is already stored: version ${duplicate.versionNumber} of “${duplicate.title}”.`,
    duplicateOf: duplicate,
  };
}

/** A unique-constraint violation on SourceVersion.sha256 (two saves raced). */
export function isShaConflict(error: unknown): boolean {
  const candidate = error as {
    code?: string;
    meta?: { target?: unknown; modelName?: string };
  } | null;
  return candidate?.code === 'P2002' && JSON.stringify(candidate.meta ?? {}).includes('sha256');
}
