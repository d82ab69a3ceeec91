import { describe, expect, it } from 'vitest';
import { describeSpan, sliceCodePoints, verifyAnchor } from '@/lib/evidence';
import { countPassage, segmentText, spanFromCodePoints, spanFromUtf16 } from './quote-selection';

const TEXT =
  'МИНСК, 14 марта (БЕЛТА) – 🇧🇾 Президент заявил: «Мы будем укреплять ОДКБ». Second sentence 😀 here.';

describe('segmentText', () => {
  it('joins back to the exact text, with overlapping and out-of-range spans', () => {
    const spans = [
      { id: 'a', start: 28, end: 60 },
      { id: 'b', start: 40, end: 75 },
      { id: 'c', start: 90, end: 10_000 },
      { id: 'empty', start: 5, end: 5 },
    ];
    const segments = segmentText(TEXT, spans);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    const overlap = segments.find(
      (segment) => segment.ids.includes('a') && segment.ids.includes('b'),
    );
    expect(overlap?.text).toBe(sliceCodePoints(TEXT, 40, 60));
    expect(
      segments
        .find((segment) => segment.startingIds.includes('b'))
        ?.text.startsWith(sliceCodePoints(TEXT, 40, 41)),
    ).toBe(true);
    expect(segments.some((segment) => segment.startingIds.includes('empty'))).toBe(false);
  });
});

describe('spanFromUtf16', () => {
  it('converts UTF-16 selection offsets in a Russian text with emoji to code points and trims white space', () => {
    const quote = 'Мы будем укреплять ОДКБ';
    const utf16Start = TEXT.indexOf(quote);
    // A drag that picked up the space and the opening guillemet's neighbour space.
    const span = spanFromUtf16(TEXT, utf16Start - 1, utf16Start + quote.length);
    expect(span?.quote).toBe(`«${quote}`);
    const exact = spanFromUtf16(TEXT, utf16Start, utf16Start + quote.length)!;
    expect(exact.quote).toBe(quote);
    // The flag before it is two code points but four UTF-16 units.
    expect(exact.start).toBe(utf16Start - 2);
    expect(sliceCodePoints(TEXT, exact.start, exact.end)).toBe(quote);
    expect(verifyAnchor(TEXT, describeSpan(TEXT, exact.start, exact.end))).toEqual({ ok: true });
  });

  it('returns null for white space only, accepts reversed offsets and never cuts a surrogate pair', () => {
    const space = TEXT.indexOf(' ');
    expect(spanFromUtf16(TEXT, space, space + 1)).toBeNull();
    const emoji = TEXT.indexOf('😀');
    const inside = spanFromUtf16(TEXT, emoji, emoji + 1)!;
    expect(inside.quote).toBe('😀');
    expect(inside.end - inside.start).toBe(1);
    expect(spanFromUtf16(TEXT, 10, 5)?.quote).toBe(TEXT.slice(5, 10).trim());
  });
});

describe('spanFromCodePoints and countPassage', () => {
  it('slices by code points and counts overlapping occurrences like the server', () => {
    expect(spanFromCodePoints(TEXT, 26, 28).quote).toBe('🇧🇾');
    expect(countPassage('aaaa', 'aa')).toBe(3);
    expect(countPassage(TEXT, '')).toBe(0);
  });
});
