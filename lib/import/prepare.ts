// Step one of an import: whatever was pasted or uploaded becomes the
// normalised text the analyst will preview, with the boilerplate lines and the
// metadata guesses. Pure: the server action feeds it and returns the result.
import { detectTrailingBoilerplate, type BoilerplateLine } from './boilerplate';
import type { PresidencyPeriod } from '@/lib/dateline';
import type { ImportFormat } from './decode';
import { guessMetadata, type ImportGuess } from './guess';
import { htmlToPlainText, readHtmlMetadata } from './html';
import { markdownToPlainText } from './markdown';
import { normalizeText } from './normalize';

export interface PreparedImport {
  /** Normalised; the boilerplate is still in it (trimming is the analyst's choice). */
  text: string;
  boilerplate: BoilerplateLine[];
  guess: ImportGuess;
}

export function toPlainText(raw: string, format: ImportFormat): string {
  if (format === 'html') return htmlToPlainText(raw);
  if (format === 'markdown') return markdownToPlainText(raw);
  return raw;
}

export function prepareImport(
  raw: string,
  format: ImportFormat,
  options: { referenceDate: Date; period?: PresidencyPeriod | null },
): PreparedImport {
  const text = normalizeText(toPlainText(raw, format));
  const page = format === 'html' ? readHtmlMetadata(raw) : { title: null, url: null };
  return {
    text,
    boilerplate: detectTrailingBoilerplate(text),
    guess: guessMetadata(text, {
      referenceDate: options.referenceDate,
      period: options.period,
      title: page.title,
      url: page.url,
    }),
  };
}
