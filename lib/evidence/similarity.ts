// Candidate scoring after Hypothesis's match-quote.ts, so that scores mean the
// same thing as in the reference implementation of W3C quote anchoring.
import approxSearch from 'approx-string-match';

/** Relative importance of each signal; position only breaks near-ties. */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const TOTAL_WEIGHT =
  SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;

/** A place in the text (UTF-16 offsets) plus the edit distance of its content to the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ExpectedContext {
  quote: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offset where the quote used to start. */
  hint: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
}

/**
 * 1 minus the edit distance of `expected` to its best match inside `actual`,
 * relative to the length of `expected`. Searching (not comparing) tolerates
 * context that shifted by a few characters.
 */
export function measureSimilarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Weighted score in 0..1; empty expected context carries no evidence either way. */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  expected: ExpectedContext,
): ScoredCandidate {
  const quoteScore = 1 - candidate.errors / expected.quote.length;
  const prefixScore = expected.prefix
    ? measureSimilarity(
        text.slice(Math.max(0, candidate.start - expected.prefix.length), candidate.start),
        expected.prefix,
      )
    : 1;
  const suffixScore = expected.suffix
    ? measureSimilarity(
        text.slice(candidate.end, candidate.end + expected.suffix.length),
        expected.suffix,
      )
    : 1;
  const positionScore =
    text.length === 0 ? 1 : 1 - Math.abs(candidate.start - expected.hint) / text.length;

  const raw =
    SCORE_WEIGHTS.quote * quoteScore +
    SCORE_WEIGHTS.prefix * prefixScore +
    SCORE_WEIGHTS.suffix * suffixScore +
    SCORE_WEIGHTS.position * Math.max(0, positionScore);
  return { ...candidate, score: raw / TOTAL_WEIGHT };
}

/** Highest score first; ties go to the candidate nearer the old position. */
export function pickBest(
  candidates: readonly ScoredCandidate[],
  hint: number,
): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      candidate.score > best.score ||
      (candidate.score === best.score &&
        Math.abs(candidate.start - hint) < Math.abs(best.start - hint))
    ) {
      best = candidate;
    }
  }
  return best;
}
