import { describe, expect, it } from 'vitest';
import { countOccurrences, findQuote } from './occurrences';
import { describeSpan, describeUtf16Span } from './selectors';

describe('describeSpan', () => {
  const text = 'Belarus will host the summit in Minsk. Belarus will host the summit again.';

  it('takes up to contextLength code points of prefix and suffix', () => {
    const anchor = describeSpan(text, 8, 12, 5);
    expect(anchor).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'will', prefix: 'arus ', suffix: ' host' },
      position: { type: 'TextPositionSelector', start: 8, end: 12 },
    });
  });

  it('shortens the context at the edges of the text', () => {
    const anchor = describeSpan(text, 0, 7);
    expect(anchor.quote.prefix).toBe('');
    expect(anchor.quote.suffix).toBe(' will host the summit in Minsk. ');
    expect(describeSpan(text, 67, 74).quote.suffix).toBe('');
  });

  it('counts context in code points, not UTF-16 units', () => {
    const emoji = '🎉🎉🎉 Belarus 🏫🏫🏫';
    const anchor = describeSpan(emoji, 4, 11, 2);
    expect(anchor.quote).toMatchObject({ exact: 'Belarus', prefix: '🎉 ', suffix: ' 🏫' });
  });

  it('accepts UTF-16 offsets from a browser selection', () => {
    const emoji = '🎉 we promise 🏫 schools';
    const start = emoji.indexOf('promise');
    const anchor = describeUtf16Span(emoji, start, start + 'promise'.length);
    expect(anchor.position).toMatchObject({ start: 5, end: 12 });
    expect(anchor.quote.exact).toBe('promise');
  });

  it('rejects a span that is reversed or outside the text', () => {
    expect(() => describeSpan(text, 5, 4)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, 1, -1)).toThrow(RangeError);
  });
});

describe('findQuote and countOccurrences', () => {
  const text = '🎉 Belarus will host. 🏫 Belarus will host again.';

  it('finds the n-th occurrence in code points', () => {
    expect(findQuote(text, 'Belarus will host')).toEqual({ start: 2, end: 19 });
    expect(findQuote(text, 'Belarus will host', 2)).toEqual({ start: 23, end: 40 });
    expect(findQuote(text, 'Belarus will host', 3)).toBeNull();
    expect(findQuote(text, 'Moscow')).toBeNull();
    expect(findQuote(text, '')).toBeNull();
  });

  it('counts overlapping occurrences, each being a distinct anchor position', () => {
    expect(countOccurrences(text, 'Belarus will host')).toBe(2);
    expect(countOccurrences('aaaa', 'aa')).toBe(3);
    expect(countOccurrences('abc', '')).toBe(0);
  });

  it('rejects a non-positive occurrence', () => {
    expect(() => findQuote(text, 'Belarus', 0)).toThrow(RangeError);
  });
});
