import 'server-only';
import { recordRevision } from '@/lib/audit';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/session';
import { assertRole } from '@/lib/data/shared/authz';
import type { Outcome } from '@/lib/data/shared/authz';
import { countCodePoints } from '@/lib/evidence/code-points';
import { guessKind, type KindGuess } from '@/lib/suggest/kind';
import { rankSentences } from '@/lib/suggest/rank';
import { splitSentences } from '@/lib/suggest/sentences';
import type { DismissSuggestionInput } from '@/lib/validation/suggestions';

// Suggested evidence for one source (issue 11): its sentences ranked for every
// item (lib/suggest/rank.ts), minus what is already quoted for that item and
// what an analyst dismissed for it. Computed when asked (on import, or by the
// "Suggest evidence" link), in one query bounded by the source and by
// DEFAULT_MAX_ITEMS items; nothing is stored but dismissals.

export interface SuggestionDto {
  start: number;
  end: number;
  text: string;
  score: number;
  matched: string[];
  proposedKind: KindGuess | null;
}

export interface SuggestionGroupDto {
  item: { id: string; title: string; areaTitle: string };
  suggestions: SuggestionDto[];
}

export interface SourceSuggestionsDto {
  sourceVersion: number;
  sentenceCount: number;
  groups: SuggestionGroupDto[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export async function suggestEvidence(
  actor: SessionUser | null,
  sourceId: string,
): Promise<SourceSuggestionsDto | null> {
  assertRole(actor, 'ANALYST');
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      languages: true,
      versions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: { id: true, number: true, text: true },
      },
    },
  });
  const version = source?.versions[0];
  if (!source || !version) return null;

  const sentences = splitSentences(version.text, source.languages[0] ?? 'en');
  const [ranked, quoted, dismissed] = await Promise.all([
    rankSentences(db(), sentences, { excludeSourceIds: [sourceId] }),
    db().statement.findMany({
      where: { sourceVersionId: version.id, archivedAt: null, anchorState: 'ANCHORED' },
      select: { start: true, end: true, items: { select: { itemId: true } } },
    }),
    db().suggestionDismissal.findMany({
      where: { sourceVersionId: version.id },
      select: { itemId: true, start: true, end: true },
    }),
  ]);
  const open = ranked.filter((suggestion) => {
    const sentence = sentences[suggestion.sentenceIndex]!;
    const isQuoted = quoted.some(
      (statement) =>
        overlaps(statement, sentence) &&
        statement.items.some((link) => link.itemId === suggestion.itemId),
    );
    const isDismissed = dismissed.some(
      (entry) =>
        entry.itemId === suggestion.itemId &&
        entry.start === sentence.start &&
        entry.end === sentence.end,
    );
    return !isQuoted && !isDismissed;
  });

  const items = await db().item.findMany({
    where: { id: { in: [...new Set(open.map((suggestion) => suggestion.itemId))] } },
    select: { id: true, title: true, area: { select: { title: true } } },
  });
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const groups = new Map<string, SuggestionGroupDto>();
  for (const suggestion of open) {
    const item = itemsById.get(suggestion.itemId);
    if (!item) continue;
    const sentence = sentences[suggestion.sentenceIndex]!;
    const group = groups.get(item.id) ?? {
      item: { id: item.id, title: item.title, areaTitle: item.area.title },
      suggestions: [],
    };
    group.suggestions.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score: Math.round(suggestion.score * 10) / 10,
      matched: suggestion.matched,
      proposedKind: guessKind(sentence.text),
    });
    groups.set(item.id, group);
  }
  return {
    sourceVersion: version.number,
    sentenceCount: sentences.length,
    // The items with the strongest suggestion first.
    groups: [...groups.values()].sort(
      (a, b) =>
        b.suggestions[0]!.score - a.suggestions[0]!.score ||
        a.item.title.localeCompare(b.item.title),
    ),
  };
}

/** "Not relevant": the sentence is not suggested for that item again (in this text version). */
export async function dismissSuggestion(
  actor: SessionUser | null,
  input: DismissSuggestionInput,
): Promise<Outcome<{ id: string }>> {
  assertRole(actor, 'ANALYST');
  return db().$transaction(async (tx) => {
    const version = await tx.sourceVersion.findUnique({
      where: { sourceId_number: { sourceId: input.sourceId, number: input.sourceVersion } },
      select: { id: true, text: true, source: { select: { latestVersion: true } } },
    });
    if (!version) return { ok: false, message: 'This source no longer exists.' };
    if (version.source.latestVersion !== input.sourceVersion) {
      return {
        ok: false,
        message: 'The text was corrected since these suggestions were made. Reload the page.',
      };
    }
    if (input.end > countCodePoints(version.text)) {
      return { ok: false, message: 'That passage is not in this text. Reload the page.' };
    }
    const item = await tx.item.findUnique({ where: { id: input.itemId }, select: { id: true } });
    if (!item) return { ok: false, message: 'That item no longer exists. Reload the page.' };
    const created = await tx.suggestionDismissal.upsert({
      where: {
        sourceVersionId_itemId_start_end: {
          sourceVersionId: version.id,
          itemId: input.itemId,
          start: input.start,
          end: input.end,
        },
      },
      create: {
        sourceVersionId: version.id,
        itemId: input.itemId,
        start: input.start,
        end: input.end,
        dismissedById: actor.id,
      },
      update: {},
      select: { id: true },
    });
    await recordRevision(tx, {
      entityType: 'SuggestionDismissal',
      entityId: created.id,
      action: 'create',
      actorId: actor.id,
      after: {
        sourceId: input.sourceId,
        sourceVersion: input.sourceVersion,
        itemId: input.itemId,
        start: input.start,
        end: input.end,
      },
    });
    return { ok: true, value: { id: created.id } };
  });
}
