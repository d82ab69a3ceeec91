import { describe, expect, it } from 'vitest';
import {
  codePointToUtf16,
  countCodePoints,
  hasSurrogatePairs,
  indexCodePoints,
  sliceCodePoints,
  utf16ToCodePoint,
} from './code-points';

// 👋🏽 is two code points (hand + skin tone), each a surrogate pair.
const EMOJI_TEXT = 'Hi 👋🏽! We promise 🎉 100 schools 🏫 — «Минск» “quoted”.';

describe('code-point offsets', () => {
  it('agrees with Array.from on every boundary of a text with surrogate pairs', () => {
    const points = Array.from(EMOJI_TEXT);
    expect(countCodePoints(EMOJI_TEXT)).toBe(points.length);
    let unit = 0;
    points.forEach((point, cp) => {
      expect(codePointToUtf16(EMOJI_TEXT, cp)).toBe(unit);
      expect(utf16ToCodePoint(EMOJI_TEXT, unit)).toBe(cp);
      unit += point.length;
    });
    expect(codePointToUtf16(EMOJI_TEXT, points.length)).toBe(EMOJI_TEXT.length);
    expect(utf16ToCodePoint(EMOJI_TEXT, EMOJI_TEXT.length)).toBe(points.length);
  });

  it('slices by code points', () => {
    const points = Array.from(EMOJI_TEXT);
    const start = points.indexOf('🎉');
    expect(sliceCodePoints(EMOJI_TEXT, start, start + 5)).toBe('🎉 100');
    expect(sliceCodePoints(EMOJI_TEXT, 3, 5)).toBe('👋🏽');
  });

  it('maps an offset inside a surrogate pair to the start of that code point', () => {
    const inside = EMOJI_TEXT.indexOf('👋') + 1;
    expect(utf16ToCodePoint(EMOJI_TEXT, inside)).toBe(3);
  });

  it('counts a lone surrogate as one code point, like the string iterator', () => {
    const text = 'a\uD83Db😀';
    expect(countCodePoints(text)).toBe(Array.from(text).length);
    expect(codePointToUtf16(text, 3)).toBe(3);
  });

  it('uses the identity mapping when there are no surrogate pairs', () => {
    const text = 'МИНСК, 20 июня – “quoted”';
    expect(hasSurrogatePairs(text)).toBe(false);
    expect(hasSurrogatePairs(EMOJI_TEXT)).toBe(true);
    const index = indexCodePoints(text);
    expect(index.codePointLength).toBe(text.length);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.toCodePoint(7)).toBe(7);
  });

  it('rejects offsets outside the text', () => {
    expect(() => codePointToUtf16(EMOJI_TEXT, countCodePoints(EMOJI_TEXT) + 1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('abc', -1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('abc', 1.5)).toThrow(RangeError);
    expect(() => sliceCodePoints('abc', 2, 1)).toThrow(RangeError);
  });

  it('converts a long text in linear time', () => {
    const text = '😀a'.repeat(200_000);
    const started = performance.now();
    const index = indexCodePoints(text);
    for (let cp = 0; cp < index.codePointLength; cp += 997) {
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
