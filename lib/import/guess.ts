// First guesses for the import form, all editable: the dateline (place, day,
// month, agency), a proposed year with its reason when the dateline has none,
// a title, the languages. Guesses only; the analyst confirms every one.
import { isoDay, parseDateline, type PresidencyPeriod } from '@/lib/dateline';
import type { OutletType } from '@/lib/generated/prisma/enums';
import { splitLines } from './normalize';

export interface ImportGuess {
  title: string;
  outlet: string;
  outletType: OutletType | '';
  url: string;
  /** yyyy-mm-dd, or '' when the text gives no date. */
  publishedOn: string;
  yearInferred: boolean;
  yearBasis: string;
  place: string;
  dateline: string;
  /** Comma-separated ISO 639-1 codes, e.g. "en, ru". */
  languages: string;
  /** The presidency's period the year was proposed against, for the form's notes. */
  period: PresidencyPeriod | null;
}

/** Agencies we know, as datelines write them, with their usual name and type. */
const KNOWN_AGENCIES: readonly { pattern: RegExp; name: string; type: OutletType }[] = [
  { pattern: /^(belta|белта)$/iu, name: 'BelTA', type: 'STATE_MEDIA' },
  { pattern: /^(tass|тасс)$/iu, name: 'TASS', type: 'STATE_MEDIA' },
  { pattern: /^(ria novosti|риа новости)$/iu, name: 'RIA Novosti', type: 'STATE_MEDIA' },
  { pattern: /^(sputnik|спутник)$/iu, name: 'Sputnik', type: 'STATE_MEDIA' },
  { pattern: /^armenpress$/iu, name: 'Armenpress', type: 'STATE_MEDIA' },
  { pattern: /^kazinform$/iu, name: 'Kazinform', type: 'STATE_MEDIA' },
  { pattern: /^kabar$/iu, name: 'Kabar', type: 'STATE_MEDIA' },
  { pattern: /^khovar$/iu, name: 'Khovar', type: 'STATE_MEDIA' },
];

export interface GuessOptions {
  /** The import cannot predate this day; it bounds the proposed year. */
  referenceDate: Date;
  /** The presidency's period: a year inside it is preferred when the text allows. */
  period?: PresidencyPeriod | null;
  /** From the HTML page, when the text came from one. */
  title?: string | null;
  url?: string | null;
}

export function guessMetadata(text: string, options: GuessOptions): ImportGuess {
  const dateline = parseDateline(text, {
    referenceDate: options.referenceDate,
    period: options.period ?? undefined,
  });
  const agency = dateline.agency
    ? KNOWN_AGENCIES.find((known) => known.pattern.test(dateline.agency ?? ''))
    : undefined;
  const hasDate = dateline.year !== null && dateline.month !== null && dateline.day !== null;
  return {
    title: options.title ?? guessTitle(text, dateline.line),
    outlet: agency?.name ?? dateline.agency ?? '',
    outletType: agency?.type ?? '',
    url: options.url ?? '',
    publishedOn: hasDate ? isoDay(dateline.year!, dateline.month!, dateline.day!) : '',
    yearInferred: dateline.yearInferred,
    yearBasis: dateline.yearReason ?? '',
    place: dateline.place ?? '',
    dateline: dateline.line ?? '',
    languages: guessLanguages(text).join(', '),
    period: options.period ?? null,
  };
}

/** A first line that reads like a headline: short, and not the dateline itself. */
function guessTitle(text: string, datelineLine: string | null): string {
  const first =
    splitLines(text)
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '';
  if (!first || first.length > 250) return '';
  if (datelineLine && first.startsWith(datelineLine)) return '';
  return first;
}

/** English and/or Russian by script: a language that has at least a tenth of the letters. */
export function guessLanguages(text: string): string[] {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const total = latin + cyrillic;
  if (total === 0) return [];
  const languages: string[] = [];
  if (latin / total >= 0.1) languages.push('en');
  if (cyrillic / total >= 0.1) languages.push('ru');
  return languages;
}
