import { describe, expect, it } from 'vitest';
import { decodeFile, formatOfFileName } from './decode';

// "Минск" in Windows-1251.
const MINSK_1251 = [0xcc, 0xe8, 0xed, 0xf1, 0xea];

describe('formatOfFileName', () => {
  it('knows .txt, .html, .htm and .md, in any case, and nothing else', () => {
    expect(formatOfFileName('article.TXT')).toBe('text');
    expect(formatOfFileName('page.htm')).toBe('html');
    expect(formatOfFileName('notes.markdown')).toBe('markdown');
    expect(formatOfFileName('scan.pdf')).toBeNull();
    expect(formatOfFileName('no-extension')).toBeNull();
  });
});

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFМинск, 14 марта');
    expect(decodeFile(bytes, 'text')).toEqual({ text: 'Минск, 14 марта', encoding: 'UTF-8' });
    expect(decodeFile(new TextEncoder().encode('Минск'), 'text')).toEqual({
      text: 'Минск',
      encoding: 'UTF-8',
    });
  });

  it('honours an HTML charset declaration', () => {
    const head = new TextEncoder().encode('<meta charset="windows-1251"><p>');
    const bytes = new Uint8Array([...head, ...MINSK_1251]);
    expect(decodeFile(bytes, 'html')).toEqual({
      text: '<meta charset="windows-1251"><p>Минск',
      encoding: 'windows-1251',
    });
  });

  it('falls back to Windows-1251 for bytes that are not UTF-8, and says so', () => {
    expect(decodeFile(new Uint8Array(MINSK_1251), 'text')).toEqual({
      text: 'Минск',
      encoding: 'windows-1251',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeFile(new Uint8Array([0xff, 0xfe, 0x1c, 0x04, 0x38, 0x04]), 'text')).toEqual({
      text: 'Ми',
      encoding: 'UTF-16LE',
    });
  });

  // Issue 9, finding 10: read as UTF-8 or Windows-1251, it was full of NULs.
  it('reads UTF-16 without a byte-order mark, little- and big-endian', () => {
    const text = 'Минск, 14 марта (БЕЛТА) – Lukashenko met the CSTO Secretary General.';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(decodeFile(le, 'text')).toEqual({ text, encoding: 'UTF-16LE' });
    const be = new Uint8Array(le.length);
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1]!;
      be[index + 1] = le[index]!;
    }
    expect(decodeFile(be, 'text')).toEqual({ text, encoding: 'UTF-16BE' });
    // UTF-8 stays UTF-8, even of an even length.
    expect(decodeFile(new TextEncoder().encode('Minsk, 2023!'), 'text').encoding).toBe('UTF-8');
  });
});
