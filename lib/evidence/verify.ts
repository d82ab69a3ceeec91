// The server refuses a statement unless its quote is exactly the stored text at
// its positions: evidence must be verbatim, never paraphrased or misplaced.
import { indexCodePoints } from './code-points';
import type { Anchor } from './selectors';

export type AnchorProblem = 'out-of-range' | 'empty' | 'quote-mismatch' | 'context-mismatch';

export type AnchorVerdict = { ok: true } | { ok: false; reason: AnchorProblem; message: string };

function reject(reason: AnchorProblem, message: string): AnchorVerdict {
  return { ok: false, reason, message };
}

export function verifyAnchor(text: string, anchor: Anchor): AnchorVerdict {
  const { start, end } = anchor.position;
  const { exact, prefix, suffix } = anchor.quote;
  const index = indexCodePoints(text);
  const length = index.codePointLength;

  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > length ||
    end < start
  ) {
    return reject(
      'out-of-range',
      `Positions ${start}..${end} are outside the text (0..${length}).`,
    );
  }
  if (start === end || exact.length === 0) {
    return reject('empty', 'The quote is empty: a statement needs a non-empty span of the source.');
  }

  const startUnit = index.toUtf16(start);
  const endUnit = index.toUtf16(end);
  const actual = text.slice(startUnit, endUnit);
  if (actual !== exact) {
    return reject(
      'quote-mismatch',
      `The text at ${start}..${end} is "${abbreviate(actual)}", not the quoted "${abbreviate(exact)}".`,
    );
  }

  // Context may be shorter than the default (e.g. near the text edges or from an
  // older client), so it only has to agree with the text, not have a set length.
  if (!endsAt(text, startUnit, prefix)) {
    return reject(
      'context-mismatch',
      `The prefix "${abbreviate(prefix)}" is not the text before the quote.`,
    );
  }
  if (!text.startsWith(suffix, endUnit)) {
    return reject(
      'context-mismatch',
      `The suffix "${abbreviate(suffix)}" is not the text after the quote.`,
    );
  }
  return { ok: true };
}

function endsAt(text: string, end: number, value: string): boolean {
  return end >= value.length && text.startsWith(value, end - value.length);
}

function abbreviate(value: string, max = 60): string {
  const points = Array.from(value);
  return points.length <= max ? value : `${points.slice(0, max - 1).join('')}…`;
}
