import 'server-only';
import { sha256Hex } from '@/lib/source-records';
import type { RevisionSummary } from '@/lib/revision-description';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import { reanchor } from '@/lib/evidence';
import { normalizeText } from '@/lib/import/normalize';
import type { SessionUser } from '@/lib/session';
import type { ReviseSourceInput } from '@/lib/validation/sources';
import { assertRole } from '@/lib/data/shared/authz';
import {
  duplicateOutcome,
  isShaConflict,
  type SourceWriteOutcome,
} from '@/lib/data/shared/source-versions';

// Correcting a source text: texts never change, so the correction is version
// n+1, and every live anchored statement of version n is re-anchored to it
// (position, then exact quote, then fuzzy match above the minimum score).
// Those that cannot be placed with confidence stay on version n as ORPHANED:
// the public only shows anchored statements of the newest version, so nobody
// reads a wrong span, and analysts resolve them in /workspace/orphans.

export async function reviseSourceText(
  actor: SessionUser | null,
  input: ReviseSourceInput,
): Promise<SourceWriteOutcome<RevisionSummary>> {
  assertRole(actor, 'ANALYST');
  const text = normalizeText(input.text);
  if (text.length === 0) return { ok: false, field: 'text', message: 'The text cannot be empty.' };
  const sha256 = sha256Hex(text);

  try {
    return await db().$transaction(
      async (tx) => {
        // The row lock serialises revisions of one source, and waits for
        // statements being quoted from it (they share-lock the same row).
        const rows = await tx.$queryRaw<{ latestVersion: number }[]>`
          SELECT "latestVersion" FROM "Source" WHERE id = ${input.sourceId} AND "archivedAt" IS NULL FOR UPDATE`;
        const source = rows[0];
        if (!source) return { ok: false, message: 'This source no longer exists.' };
        if (source.latestVersion !== input.fromVersion) {
          return {
            ok: false,
            field: 'text',
            message: `Someone saved version ${source.latestVersion} of this text after you opened it. Reload the page and make your correction again.`,
          };
        }
        const old = await tx.sourceVersion.findUniqueOrThrow({
          where: { sourceId_number: { sourceId: input.sourceId, number: input.fromVersion } },
          select: { id: true, sha256: true },
        });
        if (old.sha256 === sha256)
          return {
            ok: false,
            field: 'text',
            message: 'The text is unchanged: there is nothing to save.',
          };
        const duplicate = await tx.sourceVersion.findUnique({
          where: { sha256 },
          select: { number: true, source: { select: { id: true, title: true } } },
        });
        if (duplicate)
          return duplicateOutcome({
            sourceId: duplicate.source.id,
            title: duplicate.source.title,
            versionNumber: duplicate.number,
          });

        const versionNumber = input.fromVersion + 1;
        const created = await tx.sourceVersion.create({
          data: {
            sourceId: input.sourceId,
            number: versionNumber,
            text,
            sha256,
            note: input.note,
            createdById: actor.id,
          },
          select: { id: true },
        });
        await tx.source.update({
          where: { id: input.sourceId },
          data: { latestVersion: versionNumber, version: { increment: 1 } },
        });

        // Locked so that an edit of one of them waits for the move.
        await tx.$queryRaw`
          SELECT id FROM "Statement"
          WHERE "sourceVersionId" = ${old.id} AND "anchorState" = 'ANCHORED' AND "archivedAt" IS NULL
          FOR UPDATE`;
        const statements = await tx.statement.findMany({
          where: { sourceVersionId: old.id, anchorState: 'ANCHORED', archivedAt: null },
          orderBy: { start: 'asc' },
          select: { id: true, quote: true, prefix: true, suffix: true, start: true, end: true },
        });

        const summary: RevisionSummary = {
          versionNumber,
          reanchored: { position: 0, exact: 0, fuzzy: 0 },
          orphaned: 0,
        };
        for (const { id, ...selectors } of statements) {
          const statement = { id, ...selectors };
          const before = { sourceVersion: input.fromVersion, ...selectors };
          const result = reanchor(text, {
            quote: {
              type: 'TextQuoteSelector',
              exact: statement.quote,
              prefix: statement.prefix,
              suffix: statement.suffix,
            },
            position: { type: 'TextPositionSelector', start: statement.start, end: statement.end },
          });
          if (result.state === 'anchored') {
            const after = {
              sourceVersion: versionNumber,
              quote: result.anchor.quote.exact,
              prefix: result.anchor.quote.prefix,
              suffix: result.anchor.quote.suffix,
              start: result.anchor.position.start,
              end: result.anchor.position.end,
            };
            await tx.statement.update({
              where: { id: statement.id },
              data: {
                sourceVersionId: created.id,
                quote: after.quote,
                prefix: after.prefix,
                suffix: after.suffix,
                start: after.start,
                end: after.end,
                version: { increment: 1 },
              },
            });
            await recordRevision(tx, {
              entityType: 'Statement',
              entityId: statement.id,
              action: 'reanchor',
              actorId: actor.id,
              before,
              after: { ...after, method: result.method, score: round(result.score) },
            });
            summary.reanchored[result.method] += 1;
          } else {
            await tx.statement.update({
              where: { id: statement.id },
              data: { anchorState: 'ORPHANED', version: { increment: 1 } },
            });
            await recordRevision(tx, {
              entityType: 'Statement',
              entityId: statement.id,
              action: 'orphan',
              actorId: actor.id,
              before: { ...before, anchorState: 'ANCHORED' },
              after: {
                anchorState: 'ORPHANED',
                sourceVersion: input.fromVersion,
                newVersion: versionNumber,
                bestScore: round(result.bestScore),
                best: result.best ?? null,
              },
            });
            summary.orphaned += 1;
          }
        }

        await recordRevision(tx, {
          entityType: 'Source',
          entityId: input.sourceId,
          action: 'revise-text',
          actorId: actor.id,
          before: { latestVersion: input.fromVersion, sha256: old.sha256 },
          after: {
            latestVersion: versionNumber,
            sha256,
            note: input.note,
            length: text.length,
            ...summary,
          },
        });
        return { ok: true as const, value: summary };
      },
      // Fuzzy re-anchoring of many statements in a long text can take a while.
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isShaConflict(error)) {
      const raced = await db().sourceVersion.findUnique({
        where: { sha256 },
        select: { number: true, source: { select: { id: true, title: true } } },
      });
      if (raced)
        return duplicateOutcome({
          sourceId: raced.source.id,
          title: raced.source.title,
          versionNumber: raced.number,
        });
    }
    throw error;
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
