// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors).
// Offsets are code points, as TextPositionSelector specifies.
import { indexCodePoints, type CodePointIndex } from './code-points';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors together: the quote survives edits, the position disambiguates. */
export interface Anchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Span {
  start: number;
  end: number;
}

export const DEFAULT_CONTEXT_LENGTH = 32;

/** Builds an anchor from an index that has already been computed for `text`. */
export function describeIndexedSpan(
  text: string,
  index: CodePointIndex,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): Anchor {
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`Context length ${contextLength} must be a non-negative integer`);
  }
  if (end < start) throw new RangeError(`Span end ${end} is before start ${start}`);
  const startUnit = index.toUtf16(start);
  const endUnit = index.toUtf16(end);
  const prefixUnit = index.toUtf16(Math.max(0, start - contextLength));
  const suffixUnit = index.toUtf16(Math.min(index.codePointLength, end + contextLength));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(startUnit, endUnit),
      prefix: text.slice(prefixUnit, startUnit),
      suffix: text.slice(endUnit, suffixUnit),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Anchor for the code-point span [start, end) of `text`. Throws RangeError on a bad span. */
export function describeSpan(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): Anchor {
  return describeIndexedSpan(text, indexCodePoints(text), start, end, contextLength);
}

/** Same as describeSpan but for UTF-16 offsets, e.g. straight from a DOM Selection/Range. */
export function describeUtf16Span(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): Anchor {
  const index = indexCodePoints(text);
  return describeIndexedSpan(
    text,
    index,
    index.toCodePoint(start),
    index.toCodePoint(end),
    contextLength,
  );
}
