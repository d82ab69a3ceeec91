import { describe, expect, it } from 'vitest';
import { normalizeText, removeLines, splitLines } from './normalize';

describe('normalizeText', () => {
  it('composes to NFC', () => {
    const decomposed = 'Cafe\u0301 и й'.normalize('NFD');
    expect(normalizeText(decomposed)).toBe('Café и й');
    expect(normalizeText(decomposed)).toBe(normalizeText(decomposed).normalize('NFC'));
  });

  it('turns CRLF and lone CR into LF and drops a byte-order mark', () => {
    expect(normalizeText('\uFEFFone\r\ntwo\rthree\n')).toBe('one\ntwo\nthree');
  });

  it('trims trailing spaces, tabs and no-break spaces but keeps indentation', () => {
    expect(normalizeText('first  \t\n    indented\u00A0\u2009\nlast ')).toBe(
      'first\n    indented\nlast',
    );
  });

  it('keeps at most one blank line in a row and none at the edges', () => {
    expect(normalizeText('\n\n  \nA\n\n\n\nB\n \t \n\nC\n\n\n')).toBe('A\n\nB\n\nC');
  });

  it('is idempotent', () => {
    const samples = [
      '  a \r\n\r\n\r\nb\u0301  ',
      '\n\nx',
      'MINSK, 14 March (BelTA) –\tText\n\n\nAdd a comment\n',
    ];
    for (const sample of samples)
      expect(normalizeText(normalizeText(sample))).toBe(normalizeText(sample));
  });
});

describe('removeLines', () => {
  it('removes lines by index and collapses the blank lines left behind', () => {
    const text = 'Title\n\nBody.\n\nShare\n\nAdd a comment';
    expect(splitLines(text)[4]).toBe('Share');
    expect(removeLines(text, [4, 6])).toBe('Title\n\nBody.');
    expect(removeLines(text, [4])).toBe('Title\n\nBody.\n\nAdd a comment');
    expect(removeLines(text, [])).toBe(text);
  });
});
