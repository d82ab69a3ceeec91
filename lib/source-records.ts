// How a source text and a quote of it become rows, for every writer: the
// import and revision of a text and the quoting of a statement (lib/data), the
// seed (seeds/load.ts) and the test factories (lib/testing/factories.ts). So a
// seeded or test row is stored exactly as the app stores one. Pure.
import { createHash } from 'node:crypto';
import { describeSpan, findQuote, type Anchor } from '@/lib/evidence';

/** The SHA-256 of a text (UTF-8, hex): its fingerprint, unique across all stored texts. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A SourceVersion row's columns for its text: the text with its fingerprint. */
export function sourceVersionData<T extends { text: string }>(row: T): T & { sha256: string } {
  return { ...row, sha256: sha256Hex(row.text) };
}

/** The anchor of the `occurrence`-th verbatim occurrence of `quote` in `text`, or null. */
export function anchorQuote(text: string, quote: string, occurrence = 1): Anchor | null {
  const found = findQuote(text, quote, occurrence);
  return found && describeSpan(text, found.start, found.end);
}

/** A Statement row's anchoring columns: its W3C quote and position selectors. */
export function anchorColumns(anchor: Anchor) {
  return {
    quote: anchor.quote.exact,
    prefix: anchor.quote.prefix,
    suffix: anchor.quote.suffix,
    start: anchor.position.start,
    end: anchor.position.end,
  };
}
