// Pure helpers of the quoting panel: cutting the text into highlighted
// segments whose concatenation is exactly the stored text, and turning a DOM
// selection (UTF-16 offsets into the text container's textContent) into a
// code-point span, as W3C TextPositionSelector counts.
import { indexCodePoints, type CodePointIndex } from '@/lib/evidence';

export interface HighlightSpan {
  id: string;
  /** Code points. */
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  /** Statements covering this segment. */
  ids: string[];
  /** Statements that begin here (the segment carries their #q- anchor). */
  startingIds: string[];
}

/** Cuts at every span boundary so overlapping quotes stay highlighted; joined, the segments are `text`. */
export function segmentText(
  text: string,
  spans: readonly HighlightSpan[],
  index: CodePointIndex = indexCodePoints(text),
): TextSegment[] {
  const length = index.codePointLength;
  const clamp = (value: number) => Math.max(0, Math.min(value, length));
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let at = 0; at < sorted.length - 1; at += 1) {
    const from = sorted[at]!;
    const to = sorted[at + 1]!;
    if (from === to) continue;
    segments.push({
      text: text.slice(index.toUtf16(from), index.toUtf16(to)),
      ids: spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.id),
      startingIds: spans
        .filter((span) => clamp(span.start) === from && span.end > span.start)
        .map((span) => span.id),
    });
  }
  return segments;
}

export interface QuoteSpan {
  /** Code points. */
  start: number;
  end: number;
  quote: string;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * A selection as UTF-16 offsets into `text`, without white space at its ends
 * (double clicks and drags pick up spaces and line breaks), as a code-point
 * span with its quote; null when nothing but white space was selected.
 */
export function spanFromUtf16(
  text: string,
  start: number,
  end: number,
  index: CodePointIndex = indexCodePoints(text),
): QuoteSpan | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isSpace(text[from])) from += 1;
  while (to > from && isSpace(text[to - 1])) to -= 1;
  if (from === to) return null;
  const startPoint = index.toCodePoint(from);
  let endPoint = index.toCodePoint(to);
  // Never cut a surrogate pair: an end inside one takes the whole character.
  if (index.toUtf16(endPoint) < to) endPoint += 1;
  return {
    start: startPoint,
    end: endPoint,
    quote: text.slice(index.toUtf16(startPoint), index.toUtf16(endPoint)),
  };
}

/** The span of a code-point range of `text`, e.g. a suggestion from the server. */
export function spanFromCodePoints(
  text: string,
  start: number,
  end: number,
  index: CodePointIndex = indexCodePoints(text),
): QuoteSpan {
  return { start, end, quote: text.slice(index.toUtf16(start), index.toUtf16(end)) };
}

/** How often `passage` occurs in `text` (overlapping ones included), as the server counts. */
export function countPassage(text: string, passage: string): number {
  if (passage.length === 0) return 0;
  let count = 0;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) count += 1;
  return count;
}

/**
 * UTF-16 offset of a DOM boundary point within `container`'s textContent:
 * the length of the text between the container's start and the point.
 * Highlight marks are elements, not text, so they do not shift offsets.
 */
export function textOffsetWithin(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument!.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}
