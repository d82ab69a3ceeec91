// The one normal form of a stored source text. The import preview, the saved
// SourceVersion and its SHA-256 all come from normalizeText, on the client and
// again on the server, so what the analyst saw is byte for byte what is kept.

/** Horizontal white space that may end a line: spaces, tabs, no-break and typographic spaces. */
const TRAILING_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+$/gmu;

/**
 * Unicode NFC; CRLF and lone CR become LF; a byte-order mark is dropped;
 * trailing spaces are trimmed from every line; runs of blank lines shrink to
 * one; blank lines at the start and the end are removed. Leading spaces stay:
 * they can be part of the layout (indented quotations).
 * Idempotent: normalizeText(normalizeText(x)) === normalizeText(x).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(TRAILING_SPACE, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

/** The lines of a normalised text; line numbers elsewhere are indexes into this. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

/**
 * Removes the given lines (0-based indexes into splitLines(text)) and
 * normalises again, so the blank lines around a removed line collapse.
 */
export function removeLines(text: string, lineIndexes: Iterable<number>): string {
  const drop = new Set(lineIndexes);
  if (drop.size === 0) return normalizeText(text);
  return normalizeText(
    splitLines(text)
      .filter((_, index) => !drop.has(index))
      .join('\n'),
  );
}
