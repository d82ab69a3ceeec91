import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '@/e2e/csv-parse';
import { encodeCsv, encodeCsvCell, encodeCsvRow, UTF8_BOM } from './csv';

describe('encodeCsvCell', () => {
  it('leaves plain text, numbers and booleans as they are', () => {
    expect(encodeCsvCell('Kept')).toBe('Kept');
    expect(encodeCsvCell(42)).toBe('42');
    expect(encodeCsvCell(0)).toBe('0');
    expect(encodeCsvCell(true)).toBe('true');
    expect(encodeCsvCell(false)).toBe('false');
  });

  it('writes null and undefined as an empty field', () => {
    expect(encodeCsvCell(null)).toBe('');
    expect(encodeCsvCell(undefined)).toBe('');
    expect(encodeCsvCell('')).toBe('');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(encodeCsvCell('UN, SCO')).toBe('"UN, SCO"');
    expect(encodeCsvCell('a "certain position"')).toBe('"a ""certain position"""');
    expect(encodeCsvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(encodeCsvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(encodeCsvCell('"')).toBe('""""');
  });

  it('does not quote other punctuation or non-ASCII text', () => {
    expect(encodeCsvCell("Belarus' presidency; “unity” – 2023")).toBe(
      "Belarus' presidency; “unity” – 2023",
    );
    expect(encodeCsvCell('ОДКБ 🇧🇾')).toBe('ОДКБ 🇧🇾');
  });

  it.each(['=SUM(A1:A2)', '+1', '-1+2', '@cmd', '\tx', '\rx'])(
    'prefixes the formula trigger %j with a single quote',
    (value) => {
      expect(encodeCsvCell(value).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('guards before quoting, so the quote ends up inside the quoted field', () => {
    expect(encodeCsvCell('=HYPERLINK("http://x", "y")')).toBe(
      '"\'=HYPERLINK(""http://x"", ""y"")"',
    );
    expect(encodeCsvCell('\rtext')).toBe('"\'\rtext"');
  });

  it('does not guard numbers, only text', () => {
    expect(encodeCsvCell(-3)).toBe('-3');
    expect(encodeCsvCell('a=b')).toBe('a=b');
  });

  it('refuses NaN and infinities', () => {
    expect(() => encodeCsvCell(Number.NaN)).toThrow(RangeError);
    expect(() => encodeCsvCell(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('encodeCsv', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(
      encodeCsv(
        ['a', 'b'],
        [
          ['1', '2'],
          ['3', null],
        ],
      ),
    ).toBe('a,b\r\n1,2\r\n3,\r\n');
  });

  it('prepends the byte order mark only when asked', () => {
    expect(encodeCsv(['a'], [['x']], { bom: true })).toBe(`${UTF8_BOM}a\r\nx\r\n`);
    expect(encodeCsv(['a'], [['x']]).startsWith(UTF8_BOM)).toBe(false);
  });

  it('writes just the header for no rows', () => {
    expect(encodeCsv(['id', 'title'], [])).toBe('id,title\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => encodeCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields/);
  });

  it('round-trips awkward values through a strict RFC 4180 parser', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\r\nline', 'lone\nLF', ''],
      ['=1+1', '-', '@', '“curly” ‘quotes’', 'tab\tinside', 'trailing space '],
    ];
    const header = ['a', 'b', 'c', 'd', 'e', 'f'];
    const parsed = parseCsv(encodeCsv(header, rows));
    expect(parsed).toEqual([
      header,
      rows[0],
      ["'=1+1", "'-", "'@", '“curly” ‘quotes’', 'tab\tinside', 'trailing space '],
    ]);
  });

  it('encodeCsvRow joins cells with commas and no line end', () => {
    expect(encodeCsvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"');
  });
});

// The e2e tests trust this parser to catch a sloppy encoder, so it is tested too.
describe('parseCsv (e2e helper)', () => {
  it('reads quoted fields with embedded commas, quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n')).toEqual([['a', 'b,c', 'd "e"', 'f\r\ng']]);
  });

  it('accepts a last record without CRLF and keeps empty fields', () => {
    expect(parseCsv('a,,\r\n,""')).toEqual([
      ['a', '', ''],
      ['', ''],
    ]);
  });

  it.each([
    ['a\nb', /Bare LF/],
    ['a\rb', /CR not followed by LF/],
    ['a"b', /Quote inside an unquoted field/],
    ['"a"b', /after a closing quote/],
    ['"a', /Unterminated/],
  ])('refuses %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});
