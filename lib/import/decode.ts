// Bytes of an uploaded file to a string. UTF-8 unless the file says otherwise
// (a byte-order mark, or an HTML charset declaration); bytes that are not
// valid UTF-8 are read as Windows-1251, the usual legacy encoding of Russian
// and Belarusian sites, and the preview says so.

export type ImportFormat = 'text' | 'html' | 'markdown';

export interface DecodedFile {
  text: string;
  encoding: string;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
};

export const ACCEPTED_EXTENSIONS = ['.txt', '.html', '.htm', '.md'] as const;

/** The format of a file by its name, or null when we do not import that kind. */
export function formatOfFileName(name: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension && EXTENSIONS[extension]) || null;
}

export function decodeFile(bytes: Uint8Array, format: ImportFormat): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return utf16;
  const declared = format === 'html' ? declaredCharset(bytes) : null;
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta\b[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * UTF-16 without a byte-order mark (Windows' "Unicode" text files often have
 * none): text with spaces, digits or Latin letters then has a zero byte in
 * every such character, all on odd positions (little-endian) or all on even
 * ones (big-endian); UTF-8 and Windows-1251 text has no zero byte at all.
 * Read as either, it was a string of NULs (issue 9, finding 10).
 */
function utf16WithoutMark(bytes: Uint8Array): DecodedFile | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 1)
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  const units = bytes.length / 2;
  // At least one character in 10 has a zero byte, all on one side.
  const label =
    oddZeros * 10 >= units && evenZeros === 0
      ? 'utf-16le'
      : evenZeros * 10 >= units && oddZeros === 0
        ? 'utf-16be'
        : null;
  if (!label) return null;
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return { text, encoding: label.toUpperCase() };
  } catch {
    return null;
  }
}
