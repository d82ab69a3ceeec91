import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCodePoints, sliceCodePoints } from './code-points';
import { findQuote } from './occurrences';
import { describeSpan, type Anchor } from './selectors';
import { verifyAnchor } from './verify';

const ARTICLES_DIR = new URL('../../seeds/articles/', import.meta.url);
const ARTICLES = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, ARTICLES_DIR), 'utf8') }));

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickSpans(text: string, count: number, seed: number): Array<[number, number]> {
  const random = createRandom(seed);
  const length = countCodePoints(text);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * (length - 1));
    const end = Math.min(length, start + 1 + Math.floor(random() * 300));
    return [start, end];
  });
}

describe('describeSpan → verifyAnchor round trip on the seed articles', () => {
  it('has the five seed articles', () => {
    expect(ARTICLES).toHaveLength(5);
  });

  it.each(ARTICLES)('$name: 200 random spans verify and slice back', ({ text }) => {
    for (const [start, end] of pickSpans(text, 200, 20230620)) {
      const anchor = describeSpan(text, start, end);
      expect(verifyAnchor(text, anchor)).toEqual({ ok: true });
      expect(anchor.quote.exact).toBe(sliceCodePoints(text, start, end));
      expect(`${anchor.quote.prefix}${anchor.quote.exact}${anchor.quote.suffix}`).toBe(
        sliceCodePoints(text, Math.max(0, start - 32), Math.min(countCodePoints(text), end + 32)),
      );
    }
  });

  it('round-trips the whole text and a Russian sentence', () => {
    const text = ARTICLES.find((a) => a.name.startsWith('002'))?.text ?? '';
    const whole = describeSpan(text, 0, countCodePoints(text));
    expect(verifyAnchor(text, whole)).toEqual({ ok: true });
    const span = findQuote(
      text,
      'ОДКБ - не агрессивный и не наступательный военно-политический блок.',
    );
    expect(span).not.toBeNull();
    if (span)
      expect(verifyAnchor(text, describeSpan(text, span.start, span.end))).toEqual({ ok: true });
  });
});

describe('verifyAnchor refuses what is not verbatim', () => {
  const text = 'Hi 👋🏽! We promise 🎉 to build 100 schools 🏫 by 2025. We promise it.';
  const span = findQuote(text, 'to build 100 schools 🏫');
  if (!span) throw new Error('fixture quote missing');
  const valid = describeSpan(text, span.start, span.end, 8);

  const withQuote = (patch: Partial<Anchor['quote']>): Anchor => ({
    ...valid,
    quote: { ...valid.quote, ...patch },
  });
  const withPosition = (start: number, end: number): Anchor => ({
    ...valid,
    position: { type: 'TextPositionSelector', start, end },
  });

  it('accepts code-point positions in text with emoji', () => {
    const points = Array.from(text);
    const start = points.indexOf('t');
    expect(valid.position).toMatchObject({
      start,
      end: start + Array.from(valid.quote.exact).length,
    });
    expect(start).toBeLessThan(text.indexOf('to build'));
    expect(verifyAnchor(text, valid)).toEqual({ ok: true });
  });

  it('refuses UTF-16 positions passed off as code points', () => {
    const utf16Start = text.indexOf('to build');
    const result = verifyAnchor(
      text,
      withPosition(utf16Start, utf16Start + valid.quote.exact.length),
    );
    expect(result).toMatchObject({ ok: false, reason: 'quote-mismatch' });
  });

  it('reports each kind of problem', () => {
    const length = countCodePoints(text);
    expect(verifyAnchor(text, withPosition(-1, 5))).toMatchObject({ reason: 'out-of-range' });
    expect(verifyAnchor(text, withPosition(10, length + 1))).toMatchObject({
      reason: 'out-of-range',
    });
    expect(verifyAnchor(text, withPosition(10, 9))).toMatchObject({ reason: 'out-of-range' });
    expect(verifyAnchor(text, withPosition(1.5, 9))).toMatchObject({ reason: 'out-of-range' });
    expect(verifyAnchor(text, withPosition(10, 10))).toMatchObject({ reason: 'empty' });
    expect(verifyAnchor(text, withQuote({ exact: '' }))).toMatchObject({ reason: 'empty' });
    expect(verifyAnchor(text, withQuote({ exact: 'to build 200 schools 🏫' }))).toMatchObject({
      reason: 'quote-mismatch',
    });
    expect(verifyAnchor(text, withQuote({ prefix: 'promise ' }))).toMatchObject({
      reason: 'context-mismatch',
    });
    expect(verifyAnchor(text, withQuote({ suffix: ' by 2026' }))).toMatchObject({
      reason: 'context-mismatch',
    });
  });

  it('accepts shorter context that still agrees with the text', () => {
    expect(verifyAnchor(text, withQuote({ prefix: '🎉 ', suffix: '' }))).toEqual({ ok: true });
  });

  it('explains the mismatch in its message', () => {
    const result = verifyAnchor(text, withQuote({ exact: 'to build 200 schools 🏫' }));
    expect(result.ok ? '' : result.message).toContain('to build 100 schools 🏫');
  });
});
