// Where a new or re-attached quote sits in a stored text. Pure: the data layer
// calls it inside its transaction with the text it has just read, so the
// evidence is always checked against what is stored, never against what the
// browser showed.
import {
  countOccurrences,
  describeSpan,
  findQuote,
  verifyAnchor,
  type Anchor,
} from '@/lib/evidence';
import type { QuoteLocation } from '@/lib/validation/statements';

export const MISMATCH_MESSAGE =
  'The selected text no longer matches the stored source at that position. Reload the page and select the passage again.';

export type Located = { ok: true; anchor: Anchor } | { ok: false; message: string; field: string };

/** Line breaks and composition as stored texts have them, without outer spaces. */
export function normalizeQuote(value: string): string {
  return value.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

export function locateQuote(text: string, location: QuoteLocation): Located {
  if (location.mode === 'selection') {
    const { start, end, quote } = location;
    const verdict = verifyAnchor(text, {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
    });
    if (!verdict.ok)
      return { ok: false, field: 'quote', message: `${MISMATCH_MESSAGE} (${verdict.message})` };
    if (quote.trim().length === 0)
      return {
        ok: false,
        field: 'quote',
        message: 'The selection is only white space: select words.',
      };
    return { ok: true, anchor: describeSpan(text, start, end) };
  }

  const exact = normalizeQuote(location.quoteText);
  const count = countOccurrences(text, exact);
  if (count === 0) {
    return {
      ok: false,
      field: 'quoteText',
      message:
        'This passage is not in the text character for character. Copy it from the text, or select it there instead.',
    };
  }
  if (location.occurrence === undefined && count > 1) {
    return {
      ok: false,
      field: 'occurrence',
      message: `This passage appears ${count} times: say which one (1 to ${count}).`,
    };
  }
  const occurrence = location.occurrence ?? 1;
  const span = occurrence <= count ? findQuote(text, exact, occurrence) : null;
  if (!span) {
    return {
      ok: false,
      field: 'occurrence',
      message: `This passage appears ${count === 1 ? 'only once' : `only ${count} times`}: choose a number from 1 to ${count}.`,
    };
  }
  return { ok: true, anchor: describeSpan(text, span.start, span.end) };
}
