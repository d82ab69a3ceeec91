// W3C selectors count Unicode code points, while JS strings and DOM selections
// count UTF-16 code units. Everything that crosses that boundary goes through here.

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** True when some code point needs two UTF-16 units, i.e. the two offset systems differ. */
export function hasSurrogatePairs(text: string): boolean {
  return SURROGATE_PAIR.test(text);
}

/** Whether a surrogate pair starts at `index` (lone surrogates count as one code point each). */
export function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Converts offsets in both directions for one text; build once, query many times. */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /**
   * UTF-16 offset → code-point offset. An offset that falls between the two
   * halves of a surrogate pair maps to the start of that code point.
   */
  toCodePoint(utf16Offset: number): number;
  /** Code-point offset → UTF-16 offset. */
  toUtf16(codePointOffset: number): number;
}

function assertOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${unit} offset ${offset} is outside 0..${max}`);
  }
}

function createIdentityIndex(length: number): CodePointIndex {
  const check = (offset: number, unit: string): number => {
    assertOffset(offset, length, unit);
    return offset;
  };
  return {
    codePointLength: length,
    toCodePoint: (offset) => check(offset, 'UTF-16'),
    toUtf16: (offset) => check(offset, 'Code-point'),
  };
}

/** O(n) time and memory; texts without surrogate pairs get an allocation-free identity index. */
export function indexCodePoints(text: string): CodePointIndex {
  if (!hasSurrogatePairs(text)) return createIdentityIndex(text.length);

  const unitToPoint = new Uint32Array(text.length + 1);
  const pointStarts: number[] = [];
  let point = 0;
  for (let unit = 0; unit < text.length; point += 1) {
    pointStarts.push(unit);
    const width = isSurrogatePairAt(text, unit) ? 2 : 1;
    for (let k = 0; k < width; k += 1) unitToPoint[unit + k] = point;
    unit += width;
  }
  unitToPoint[text.length] = point;
  pointStarts.push(text.length);

  return {
    codePointLength: point,
    toCodePoint(offset) {
      assertOffset(offset, text.length, 'UTF-16');
      return unitToPoint[offset] ?? point;
    },
    toUtf16(offset) {
      assertOffset(offset, point, 'Code-point');
      return pointStarts[offset] ?? text.length;
    },
  };
}

export function countCodePoints(text: string): number {
  return indexCodePoints(text).codePointLength;
}

/** Browser selections report UTF-16 offsets; selectors need code points. */
export function utf16ToCodePoint(text: string, offset: number): number {
  return indexCodePoints(text).toCodePoint(offset);
}

export function codePointToUtf16(text: string, codePoint: number): number {
  return indexCodePoints(text).toUtf16(codePoint);
}

/** Like String#slice but in code points; throws instead of clamping, since a bad offset is a bug. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const index = indexCodePoints(text);
  if (end < start) throw new RangeError(`Span end ${end} is before start ${start}`);
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}
