// The one normal form of a stored source text. The import preview, the saved
// SourceVersion and its SHA-256 all come from normalizeText, on the client and
// again on the server, so what the analyst saw is byte for byte what is kept.

/** Horizontal white space that may end a line: spaces, tabs, no-break and typographic spaces. */
function isTrailingSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Unicode NFC; CRLF and lone CR become LF; a byte-order mark is dropped;
 * trailing spaces are trimmed from every line; runs of blank lines shrink to
 * one; blank lines at the start and the end are removed. Leading spaces stay:
 * they can be part of the layout (indented quotations).
 * Idempotent: normalizeText(normalizeText(x)) === normalizeText(x).
 *
 * One pass over the lines, no regex that could rescan: `[ \t]+$` with the
 * m flag tries every space of a long run and is quadratic in it (issue 9).
 */
export function normalizeText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n');
  const kept: string[] = [];
  let blankPending = false;
  for (const line of lines) {
    let end = line.length;
    while (end > 0 && isTrailingSpace(line.charCodeAt(end - 1))) end -= 1;
    if (end === 0) {
      blankPending = kept.length > 0;
      continue;
    }
    if (blankPending) kept.push('');
    blankPending = false;
    kept.push(end === line.length ? line : line.slice(0, end));
  }
  return kept.join('\n');
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
