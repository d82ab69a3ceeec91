import { hasSurrogatePairs, indexCodePoints } from './code-points';
import type { Span } from './selectors';

/**
 * UTF-16 start offsets of every occurrence of `needle`, overlapping ones included:
 * each distinct start is a distinct place a quote could be anchored.
 */
export function findUtf16Occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    starts.push(at);
  }
  return starts;
}

export function countOccurrences(text: string, exact: string): number {
  return findUtf16Occurrences(text, exact).length;
}

/** Code-point span of the `occurrence`-th (1-based) occurrence of `exact`, or null. */
export function findQuote(text: string, exact: string, occurrence = 1): Span | null {
  if (!Number.isInteger(occurrence) || occurrence < 1) {
    throw new RangeError(`Occurrence ${occurrence} must be a positive integer`);
  }
  const startUnit = findUtf16Occurrences(text, exact)[occurrence - 1];
  if (startUnit === undefined) return null;
  if (!hasSurrogatePairs(text)) return { start: startUnit, end: startUnit + exact.length };
  const index = indexCodePoints(text);
  return {
    start: index.toCodePoint(startUnit),
    end: index.toCodePoint(startUnit + exact.length),
  };
}
