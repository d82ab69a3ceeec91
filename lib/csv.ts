// RFC 4180 CSV for the open data downloads: CRLF line ends, fields quoted when
// they hold a comma, a double quote, CR or LF, and quotes doubled inside them.
//
// Spreadsheets run a text cell that starts with = + - @ (or a tab or CR) as a
// formula, so a quote from a source could execute in a reader's Excel (OWASP
// "CSV injection"). Such text cells get a leading single quote; numbers and
// booleans are written as they are. The API page documents this.

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Excel reads UTF-8 only with it; most CSV libraries skip it. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, guarded against formula injection and quoted when needed. */
export function encodeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to CSV`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsvRow(values: readonly CsvValue[]): string {
  return values.map(encodeCsvCell).join(',');
}

/**
 * A whole document: the header row, then one row per record, every line ended
 * by CRLF. `bom` prepends the UTF-8 byte order mark.
 */
export function encodeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  { bom = false }: { bom?: boolean } = {},
): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(
        `CSV row ${index + 1} has ${row.length} fields, the header ${header.length}`,
      );
    }
  }
  const lines = [header, ...rows].map((row) => `${encodeCsvRow(row)}\r\n`);
  return (bom ? UTF8_BOM : '') + lines.join('');
}
