// A strict RFC 4180 parser for the tests: it reads what a careful consumer
// would and refuses anything the RFC does not allow (a bare CR or LF between
// records, a quote inside an unquoted field, text after a closing quote, an
// unterminated quoted field), so a sloppy encoder cannot pass by accident.

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Rows of fields. The last record may or may not end with CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  // True once anything of the current record has been read (even "" or a comma).
  let inRecord = false;

  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
    inRecord = false;
  };

  while (index < text.length) {
    const char = text[index]!;
    inRecord = true;
    if (char === '"' && field === '') {
      // Quoted field: runs to the next quote not followed by another quote.
      index += 1;
      let closed = false;
      while (index < text.length) {
        const inner = text[index]!;
        if (inner === '"') {
          index += 1;
          if (text[index] !== '"') {
            closed = true;
            break;
          }
        }
        field += inner;
        index += 1;
      }
      if (!closed) throw new CsvSyntaxError('Unterminated quoted field', index);
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\r') {
        throw new CsvSyntaxError(`Unexpected ${JSON.stringify(next)} after a closing quote`, index);
      }
      continue;
    }
    if (char === ',') {
      row.push(field);
      field = '';
      index += 1;
      continue;
    }
    if (char === '\r') {
      if (text[index + 1] !== '\n') throw new CsvSyntaxError('CR not followed by LF', index);
      endRow();
      index += 2;
      continue;
    }
    if (char === '\n') throw new CsvSyntaxError('Bare LF (records must end with CRLF)', index);
    if (char === '"') throw new CsvSyntaxError('Quote inside an unquoted field', index);
    field += char;
    index += 1;
  }
  if (inRecord) endRow();
  return rows;
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
