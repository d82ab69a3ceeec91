// A strict RFC 4180 reading of our CSV exports for the tests, on the
// `csv-parse` package: it refuses a quote inside an unquoted field, text after
// a closing quote and an unterminated quoted field; on top of it, a bare CR or
// LF outside quotes is refused (records end with CRLF), so a sloppy encoder
// cannot pass by accident. lib/csv.test.ts tests it.
import { CsvError, parse } from 'csv-parse/sync';

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'CsvSyntaxError';
  }
}

const MESSAGES: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'Quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'Unexpected text after a closing quote',
  CSV_QUOTE_NOT_CLOSED: 'Unterminated quoted field',
};

/** Rows of fields. The last record may or may not end with CRLF. */
export function parseCsv(text: string): string[][] {
  let rows: { record: string[]; raw: string }[];
  try {
    rows = parse(text, {
      record_delimiter: '\r\n',
      bom: false,
      raw: true,
      relax_quotes: false,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (error instanceof CsvError && MESSAGES[error.code]) {
      throw new CsvSyntaxError(MESSAGES[error.code]!, Number(error.bytes ?? 0));
    }
    throw error;
  }
  let offset = 0;
  for (const { raw } of rows) {
    const outsideQuotes = raw.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n?$/, '');
    if (/\r(?!\n)/.test(outsideQuotes)) throw new CsvSyntaxError('CR not followed by LF', offset);
    if (/\n/.test(outsideQuotes)) {
      throw new CsvSyntaxError('Bare LF (records must end with CRLF)', offset);
    }
    offset += raw.length;
  }
  return rows.map((row) => row.record);
}

/**
 * Records as objects keyed by column name. The header must be exactly
 * `columns`, and every record must have its width.
 */
export function parseCsvRecords<Column extends string>(
  text: string,
  columns: readonly Column[],
): Record<Column, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CsvSyntaxError('No header row', 0);
  if (header.join(',') !== columns.join(',')) {
    throw new CsvSyntaxError(`Header is ${header.join(',')}, expected ${columns.join(',')}`, 0);
  }
  return rows.map((row, rowIndex) => {
    if (row.length !== columns.length) {
      throw new CsvSyntaxError(
        `Record ${rowIndex + 1} has ${row.length} fields, the header ${columns.length}`,
        0,
      );
    }
    return Object.fromEntries(columns.map((name, column) => [name, row[column]!])) as Record<
      Column,
      string
    >;
  });
}
