import approxSearch from 'approx-string-match';
import { isSurrogatePairAt } from './code-points';
import type { Candidate } from './similarity';

/** Same cap as Hypothesis: search cost grows with maxErrors / 32, and half the quote is plenty. */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/**
 * Approximate matches of `quote` in the whole text, plus those in a window around
 * the old position. approx-string-match only reports the lowest-error matches, so a
 * verbatim copy elsewhere (a decoy) would otherwise hide a lightly edited quote that
 * still sits in its old place with its old context.
 */
export function findFuzzyCandidates(text: string, quote: string, hint: number): Candidate[] {
  const maxErrors = maxErrorsFor(quote);
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    const snapped = snapToCodePoints(text, candidate);
    found.set(`${snapped.start}:${snapped.end}`, snapped);
  };

  approxSearch(text, quote, maxErrors).forEach(add);

  const windowStart = Math.max(0, hint - quote.length);
  const windowEnd = Math.min(text.length, hint + 2 * quote.length);
  if (windowStart > 0 || windowEnd < text.length) {
    const window = text.slice(windowStart, windowEnd);
    for (const match of approxSearch(window, quote, maxErrors)) {
      add({ ...match, start: match.start + windowStart, end: match.end + windowStart });
    }
  }
  return [...found.values()];
}

/** A fuzzy match may cut an emoji in half; widen it so the quote stays valid Unicode. */
function snapToCodePoints(text: string, candidate: Candidate): Candidate {
  const start =
    candidate.start > 0 && isSurrogatePairAt(text, candidate.start - 1)
      ? candidate.start - 1
      : candidate.start;
  const end =
    candidate.end > 0 && isSurrogatePairAt(text, candidate.end - 1)
      ? candidate.end + 1
      : candidate.end;
  return { ...candidate, start, end };
}
