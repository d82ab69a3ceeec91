// Re-attaches an anchor to a new version of its source text, in the order
// Hypothesis uses: old position, then exact quote, then approximate quote.
import { countCodePoints, indexCodePoints, type CodePointIndex } from './code-points';
import { findFuzzyCandidates } from './fuzzy-candidates';
import { findUtf16Occurrences } from './occurrences';
import { DEFAULT_CONTEXT_LENGTH, describeIndexedSpan, type Anchor, type Span } from './selectors';
import {
  pickBest,
  scoreCandidate,
  type Candidate,
  type ExpectedContext,
  type ScoredCandidate,
} from './similarity';

/**
 * With weights quote 50 / prefix 20 / suffix 20 / position 2 (of 92), a score of 0.8
 * means:
 *  - with both contexts intact, at least ~63% of the quote must survive
 *    ((0.8 * 92 - 42) / 50), so a rewritten sentence in the old place is refused;
 *  - a verbatim quote needs its context to agree at least ~54% on average, which
 *    unrelated text around a short, repeated phrase does not reach (~30-45%);
 *  - an edited quote whose context is gone can never pass.
 * 0.75 (Hypothesis has no threshold at all) lets a quote with only ~54% surviving
 * through when its context is intact: too weak for evidence. Refusing costs an
 * analyst one re-selection; a wrong attachment silently corrupts the record.
 */
export const DEFAULT_MIN_SCORE = 0.8;

/**
 * A verbatim quote of this many code points that occurs exactly once is evidence
 * on its own, even when the sentences around it were rewritten; shorter ones
 * ("we will", "NATO") recur by chance and must also agree on context.
 */
export const DEFAULT_MIN_UNIQUE_EXACT_LENGTH = 24;

export interface ReanchorOptions {
  /** Accept a match only at or above this score (0..1). */
  minScore?: number;
  /** Context length of the recomputed anchor, in code points. */
  contextLength?: number;
  minUniqueExactLength?: number;
}

export type ReanchorMethod = 'position' | 'exact' | 'fuzzy';

export type ReanchorResult =
  | { state: 'anchored'; method: ReanchorMethod; anchor: Anchor; score: number }
  | { state: 'orphaned'; bestScore: number; best?: Span };

export function reanchor(
  newText: string,
  anchor: Anchor,
  options: ReanchorOptions = {},
): ReanchorResult {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  const minUniqueExactLength = options.minUniqueExactLength ?? DEFAULT_MIN_UNIQUE_EXACT_LENGTH;
  const { exact, prefix, suffix } = anchor.quote;
  if (exact.length === 0) return { state: 'orphaned', bestScore: 0 };

  const index = indexCodePoints(newText);
  const oldSpan = locateOldSpan(index, anchor);
  const expected: ExpectedContext = { quote: exact, prefix, suffix, hint: oldSpan.start };
  const anchorAt = (method: ReanchorMethod, match: ScoredCandidate): ReanchorResult => ({
    state: 'anchored',
    method,
    score: match.score,
    anchor: describeIndexedSpan(
      newText,
      index,
      index.toCodePoint(match.start),
      index.toCodePoint(match.end),
      contextLength,
    ),
  });

  // 1. Position: the old span still holds the quote in its old surroundings.
  const atOldPosition = newText.slice(oldSpan.start, oldSpan.end) === exact;
  if (atOldPosition && hasExactContext(newText, oldSpan, prefix, suffix)) {
    return anchorAt('position', scoreCandidate(newText, { ...oldSpan, errors: 0 }, expected));
  }

  // 2. Exact: the quote is still verbatim somewhere; context and proximity choose.
  const exactMatches = findUtf16Occurrences(newText, exact).map((start) =>
    scoreCandidate(newText, { start, end: start + exact.length, errors: 0 }, expected),
  );
  const bestExact = pickBest(exactMatches, oldSpan.start);
  if (bestExact) {
    const isUniqueAndLong =
      exactMatches.length === 1 && countCodePoints(exact) >= minUniqueExactLength;
    if (bestExact.score >= minScore || isUniqueAndLong) {
      const keptInPlace = atOldPosition && bestExact.start === oldSpan.start;
      return anchorAt(keptInPlace ? 'position' : 'exact', bestExact);
    }
  }

  // 3. Fuzzy: the quote was edited; accept only a strong match.
  const fuzzyMatches = findFuzzyCandidates(newText, exact, oldSpan.start).map((candidate) =>
    scoreCandidate(newText, candidate, expected),
  );
  const best = pickBest([...exactMatches, ...fuzzyMatches], oldSpan.start);
  if (best && best.score >= minScore) return anchorAt(best.errors === 0 ? 'exact' : 'fuzzy', best);

  return best
    ? {
        state: 'orphaned',
        bestScore: best.score,
        best: { start: index.toCodePoint(best.start), end: index.toCodePoint(best.end) },
      }
    : { state: 'orphaned', bestScore: 0 };
}

/** Old code-point positions as UTF-16 offsets in the new text, clamped to it. */
function locateOldSpan(index: CodePointIndex, anchor: Anchor): Candidate {
  const clamp = (value: number) =>
    Number.isInteger(value) ? Math.min(Math.max(value, 0), index.codePointLength) : 0;
  const start = clamp(anchor.position.start);
  const end = Math.max(start, clamp(anchor.position.end));
  return { start: index.toUtf16(start), end: index.toUtf16(end), errors: 0 };
}

function hasExactContext(text: string, span: Candidate, prefix: string, suffix: string): boolean {
  return (
    span.start >= prefix.length &&
    text.startsWith(prefix, span.start - prefix.length) &&
    text.startsWith(suffix, span.end)
  );
}
