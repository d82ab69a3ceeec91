import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCodePoints, sliceCodePoints } from './code-points';
import { findQuote } from './occurrences';
import { DEFAULT_MIN_SCORE, reanchor, type ReanchorResult } from './reanchor';
import { buildReanchorCases, describeReanchorCases, runReanchorCase } from './reanchor-cases';
import { describeSpan } from './selectors';
import { verifyAnchor } from './verify';

const ARTICLES_DIR = new URL('../../seeds/articles/', import.meta.url);
const ARTICLES = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, ARTICLES_DIR), 'utf8') }));

function expectAnchored(result: ReanchorResult) {
  if (result.state !== 'anchored')
    throw new Error(`expected anchored, got ${JSON.stringify(result)}`);
  return result;
}

describe('re-anchoring scenarios', () => {
  const reports = describeReanchorCases();

  it.each(reports)('$name → $expected', (report) => {
    expect(report.outcome).toBe(report.expected);
  });

  it('recomputes anchors that verify against the new text', () => {
    const cases = buildReanchorCases();
    reports.forEach((report, i) => {
      const newText = cases[i]?.newText ?? '';
      if (report.result.state === 'anchored') {
        expect(verifyAnchor(newText, report.result.anchor)).toEqual({ ok: true });
      } else {
        expect(report.score).toBeLessThan(DEFAULT_MIN_SCORE);
      }
    });
  });

  it('accepts below the threshold only a long verbatim quote that occurs once', () => {
    const below = reports.filter((r) => r.outcome !== 'orphaned' && r.score < DEFAULT_MIN_SCORE);
    expect(below.map((r) => r.name)).toEqual(['surrounding sentences rewritten']);
  });

  it('scores an untouched quote 1 and an edited one lower', () => {
    const byName = new Map(reports.map((r) => [r.name, r]));
    expect(byName.get('unchanged text')?.score).toBe(1);
    expect(byName.get('typo fixed (form → from)')?.score).toBeLessThan(1);
    const typo = expectAnchored(
      byName.get('typo fixed (form → from)')?.result ?? { state: 'orphaned', bestScore: 0 },
    );
    expect(typo.anchor.quote.exact).toBe('We will not be able to shield ourselves from this.');
    const word = expectAnchored(
      byName.get('word changed (this → our)')?.result ?? { state: 'orphaned', bestScore: 0 },
    );
    expect(word.anchor.quote.exact).toMatch(/so that our voice is heard\.$/);
  });

  it('picks the copy whose context agrees, not the decoy nearer the old position', () => {
    const twice = buildReanchorCases().find((c) => c.name === 'quote appears twice');
    if (!twice) throw new Error('case missing');
    const oldSpan = findQuote(twice.oldText, twice.quote);
    const decoy = findQuote(twice.newText, twice.quote, 1);
    const real = findQuote(twice.newText, twice.quote, 2);
    if (!oldSpan || !decoy || !real) throw new Error('fixture quotes missing');
    expect(Math.abs(decoy.start - oldSpan.start)).toBeLessThan(
      Math.abs(real.start - oldSpan.start),
    );
    const result = expectAnchored(runReanchorCase(twice).result);
    expect(result.anchor.position).toMatchObject(real);
  });

  it('does not attach a weak match even when asked for a low threshold only', () => {
    const rewritten = buildReanchorCases().find((c) => c.name === 'quote heavily rewritten');
    if (!rewritten) throw new Error('case missing');
    const strict = runReanchorCase(rewritten);
    expect(strict.result).toMatchObject({ state: 'orphaned' });
    if (strict.result.state === 'orphaned') {
      expect(strict.result.bestScore).toBeGreaterThan(0.6);
      expect(strict.result.best).toBeDefined();
    }
    expect(runReanchorCase(rewritten, { minScore: 0.7 }).outcome).toBe('fuzzy');
  });

  it('prints the method and score of each case', () => {
    console.log(
      reports
        .map((r) => `${r.name.padEnd(36)} ${r.outcome.padEnd(9)} ${r.score.toFixed(3)}`)
        .join('\n'),
    );
  });
});

describe('re-anchoring short, repeated quotes', () => {
  const text =
    'NATO is a threat, he said. Later: the CSTO is not NATO, he said. NATO, he said, again.';

  it('orphans a short quote whose context was rewritten everywhere', () => {
    const span = findQuote(text, 'he said', 2);
    if (!span) throw new Error('fixture missing');
    const anchor = describeSpan(text, span.start, span.end, 12);
    const rewritten =
      'The alliance, he said, is a threat. Another he said remark. Finally he said so.';
    expect(reanchor(rewritten, anchor)).toMatchObject({ state: 'orphaned' });
  });

  it('keeps a short quote by context when text is inserted before it', () => {
    const span = findQuote(text, 'he said', 2);
    if (!span) throw new Error('fixture missing');
    const anchor = describeSpan(text, span.start, span.end, 12);
    const result = expectAnchored(reanchor(`Update: he said more. ${text}`, anchor));
    expect(result.method).toBe('exact');
    expect(result.anchor.quote.prefix.endsWith('. Later: the CSTO is not NATO, ')).toBe(true);
  });
});

describe('re-anchoring in text with emoji', () => {
  const oldText = 'Intro 👋🏽. We promise 🎉 to build 100 new schools in Minsk 🏫 by 2025. Outro 🙂.';
  const span = findQuote(oldText, 'to build 100 new schools in Minsk 🏫');
  if (!span) throw new Error('fixture missing');
  const anchor = describeSpan(oldText, span.start, span.end);

  it('reports code-point positions after an emoji is inserted before the quote', () => {
    const newText = `🚀🚀 ${oldText}`;
    const result = expectAnchored(reanchor(newText, anchor));
    expect(result.method).toBe('exact');
    expect(result.anchor.position.start).toBe(span.start + 3);
    expect(sliceCodePoints(newText, result.anchor.position.start, result.anchor.position.end)).toBe(
      anchor.quote.exact,
    );
  });

  it('re-anchors a fuzzy match to whole code points', () => {
    const newText = `🚀 ${oldText.replace('100 new schools', '120 new schools')}`;
    const result = expectAnchored(reanchor(newText, anchor));
    expect(result.method).toBe('fuzzy');
    expect(result.anchor.quote.exact).toBe('to build 120 new schools in Minsk 🏫');
    expect(verifyAnchor(newText, result.anchor)).toEqual({ ok: true });
  });
});

describe('re-anchoring every seed article', () => {
  const INSERTED = 'Editor’s note: this article was republished with a new introduction.\n\n';

  it.each(ARTICLES)(
    '$name: sentences survive unchanged text, an inserted paragraph and deletion',
    ({ text }) => {
      const sentences = text.match(/[^.!?\n]{60,}[.!?]/g) ?? [];
      expect(sentences.length).toBeGreaterThan(3);
      for (const sentence of sentences.slice(0, 8)) {
        const span = findQuote(text, sentence);
        if (!span) throw new Error('sentence not found');
        const anchor = describeSpan(text, span.start, span.end);

        expect(expectAnchored(reanchor(text, anchor)).method).toBe('position');

        const shifted = expectAnchored(reanchor(`${INSERTED}${text}`, anchor));
        expect(shifted.method).toBe('exact');
        expect(shifted.anchor.position.start).toBe(span.start + countCodePoints(INSERTED));

        const deleted = text.split(sentence).join('');
        expect(reanchor(deleted, anchor)).toMatchObject({ state: 'orphaned' });
      }
    },
  );
});
