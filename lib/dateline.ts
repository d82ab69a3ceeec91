// Reads the dateline ("MINSK, 20 June (BelTA) –") that wire-style articles open
// with. Wire datelines usually omit the year, so a year is only ever proposed,
// with its reason, for an analyst to confirm.

export interface DatelineGuess {
  /** The dateline exactly as written, e.g. "MINSK,20 June (BelTA) –". */
  line: string | null;
  /** Title case: "Minsk", "Yerevan", "Минск". */
  place: string | null;
  day: number | null;
  /** 1-12 */
  month: number | null;
  year: number | null;
  /** True when `year` was not in the dateline but proposed by inferYear. */
  yearInferred: boolean;
  /** Why the year was proposed; null when it was written or not proposed. */
  yearReason: string | null;
  /** As written: "BelTA", "ARTSAKHPRESS", "БЕЛТА". */
  agency: string | null;
}

export interface YearInference {
  year: number;
  basis:
    | 'date-in-text'
    | 'past-mention'
    | 'future-mention'
    | 'presidency-period'
    | 'reference-date';
  /** Human-readable, quoting the words the guess rests on. */
  reason: string;
}

export interface YearHints {
  day?: number | null;
  month?: number | null;
  /** Publication cannot be later than this (e.g. when the text was collected). */
  referenceDate?: Date;
  /**
   * The presidency's period (ISO days): where the tracker's articles come
   * from. A year that puts the date inside it is preferred whenever the text
   * does not rule it out (issue 11: "23 November" with no year was proposed
   * as the latest 23 November, 2026, for a 2023 presidency); a proposal
   * outside it says so.
   */
  period?: PresidencyPeriod;
}

export interface PresidencyPeriod {
  start: string;
  end: string;
}

const MONTHS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(jan(uary)?|янв(арь|аря)?)$/],
  [2, /^(feb(ruary)?|фев(р|раль|раля)?)$/],
  [3, /^(mar(ch)?|мар|марта?)$/],
  [4, /^(apr(il)?|апр(ель|еля)?)$/],
  [5, /^(may|май|мая)$/],
  [6, /^(june?|июн(ь|я)?)$/],
  [7, /^(july?|июл(ь|я)?)$/],
  [8, /^(aug(ust)?|авг(уст|уста)?)$/],
  [9, /^(sep(t|tember)?|сен(т|тябрь|тября)?)$/],
  [10, /^(oct(ober)?|окт(ябрь|ября)?)$/],
  [11, /^(nov(ember)?|ноя(б|брь|бря)?)$/],
  [12, /^(dec(ember)?|дек(абрь|абря)?)$/],
];

const ENGLISH_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month number for an English or Russian month name or abbreviation, any case. */
export function parseMonthName(word: string): number | null {
  const normalized = word.toLowerCase().replace(/\.$/, '');
  for (const [month, pattern] of MONTHS) if (pattern.test(normalized)) return month;
  return null;
}

// Up to four capitalised words ("YEREVAN", "Nur-Sultan", "NEW YORK", "МИНСК").
const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}`;
const MONTH_WORD = String.raw`\p{L}{3,9}\.?`;
const DAY = String.raw`\d{1,2}(?!\d)`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})\s*[,.]\s*` +
    String.raw`(?:(?<day1>${DAY})\s+(?<month1>${MONTH_WORD})|(?<month2>${MONTH_WORD})\s+(?<day2>${DAY}))` +
    String.raw`(?:\s*,?\s*(?<year>\d{4})(?!\d))?` +
    // Agency: in parentheses, or an all-caps word that closes the dateline, so the
    // first word of the story ("MINSK, 20 June. NATO says…") is not mistaken for one.
    String.raw`(?:\s*[,.]?\s*\((?<agency1>[^()\n]{1,40})\)` +
    String.raw`|\s*[,.]?\s*(?<agency2>[\p{Lu}\d][\p{Lu}\d&-]+)(?=\s*(?:[-–—]|\.(?:\s|$)|$)))?` +
    String.raw`\s*(?<end>[-–—]|\.(?=\s|$))?`,
  'u',
);

/** Datelines open the story: within the first few non-empty lines (after a headline). */
const DATELINE_SEARCH_LINES = 3;

const EMPTY_GUESS: DatelineGuess = {
  line: null,
  place: null,
  day: null,
  month: null,
  year: null,
  yearInferred: false,
  yearReason: null,
  agency: null,
};

export function parseDateline(
  text: string,
  options: { referenceDate?: Date; period?: PresidencyPeriod } = {},
): DatelineGuess {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, DATELINE_SEARCH_LINES);

  for (const line of lines) {
    const found = matchDateline(line);
    if (!found) continue;
    if (found.year !== null) return { ...found, yearInferred: false, yearReason: null };
    const inferred = inferYear(text, {
      day: found.day,
      month: found.month,
      referenceDate: options.referenceDate,
      period: options.period,
    });
    return inferred
      ? { ...found, year: inferred.year, yearInferred: true, yearReason: inferred.reason }
      : found;
  }
  return { ...EMPTY_GUESS };
}

function matchDateline(line: string): DatelineGuess | null {
  const match = DATELINE.exec(line);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const agency = (groups.agency1 ?? groups.agency2)?.trim() || null;
  // "Minsk, June 20 is…" is a sentence, not a dateline: demand an agency or a closing mark.
  if (!agency && !groups.end) return null;
  const monthWord = groups.month1 ?? groups.month2 ?? '';
  const month = parseMonthName(monthWord);
  const day = Number(groups.day1 ?? groups.day2);
  const year = groups.year ? Number(groups.year) : null;
  if (month === null || !isValidDay(day, month, year)) return null;

  return {
    ...EMPTY_GUESS,
    line: match[0].trim(),
    place: toTitleCase(groups.place ?? ''),
    day,
    month,
    year,
    agency,
  };
}

function isValidDay(day: number, month: number, year: number | null): boolean {
  // Without a year, 29 February must stay possible.
  return day >= 1 && day <= daysIn(year ?? 2000, month);
}

function toTitleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_, separator: string, letter: string) => separator + letter.toUpperCase(),
    );
}

// ---------------------------------------------------------------------------
// Year inference

interface YearMention {
  year: number;
  month: number | null;
  day: number | null;
  index: number;
  future: boolean;
  excerpt: string;
}

/** "in 2024", "(2022)", "10 January 2023", "November 2023", "June 20, 2023". */
const YEAR_MENTION = new RegExp(
  String.raw`(?:(?<!\d)(?<day1>${DAY})\s+(?<month1>\p{L}{3,9})\.?,?\s+|(?<!\p{L})(?<month2>\p{L}{3,9})\.?\s+(?:(?<day2>${DAY}),?\s+)?)?` +
    String.raw`(?<![\d.,])(?<year>(?:19|20)\d\d)(?![\d.,]\d)`,
  'gu',
);

/**
 * Words that put what follows in the future or in a plan. A year in such a clause
 * bounds the publication from above ("will chair the CSTO in 2024" was written
 * before 2024) instead of from below.
 */
const FUTURE_CUE = new RegExp(
  [
    String.raw`\bwill\b`,
    String.raw`\bshall\b`,
    String.raw`\w'll\b`,
    String.raw`\b(?:is|are)\s+(?:supposed|scheduled|expected|due|set|going)\s+to\b`,
    String.raw`\b(?:is|are)\s+to\s+be\b`,
    // Not "plan to": "an action plan to implement…" is a noun, not an intention.
    String.raw`\bplans\s+to\b`,
    String.raw`\bplanning\s+to\b`,
    String.raw`\bplanned\b`,
    String.raw`\bscheduled\b`,
    String.raw`\bintends?\b`,
    String.raw`\bsuggest(?:s|ed)?\b`,
    String.raw`\bpropos(?:e|es|ed)\b`,
    String.raw`\b(?:upcoming|forthcoming|next)\b`,
    'будет',
    'будут',
    'планиру',
    'предлага',
    'предстоящ',
    'состоится',
  ].join('|'),
  'iu',
);

/** How far back in its sentence a cue may govern a year. */
const CUE_REACH = 200;

/** Best-supported year for an article whose dateline lacks one, or null. */
export function inferYear(text: string, hints: YearHints = {}): YearInference | null {
  const mentions = findYearMentions(text, hints.referenceDate);
  const referenceYear = hints.referenceDate?.getUTCFullYear();
  // The text cannot be newer than its reference date, whatever it mentions.
  const possible = (inference: YearInference | null) =>
    inference && (referenceYear === undefined || inference.year <= referenceYear)
      ? inference
      : null;
  const sameDate = possible(inferFromSameDate(mentions, hints));
  if (sameDate) return withPeriodNote(sameDate, hints);
  const fromText = possible(inferFromMentions(mentions, hints));
  const fromPeriod = inferFromPeriod(hints, fromText);
  if (fromPeriod) return fromPeriod;
  const fallback = fromText ?? inferFromReferenceDate(hints);
  return fallback && withPeriodNote(fallback, hints);
}

/**
 * The year that puts the dateline's day inside the presidency's period, when
 * there is one, it is not after the reference date and the text's own years
 * allow it (a past mention bounds from below, a future one from above).
 */
function inferFromPeriod(hints: YearHints, fromText: YearInference | null): YearInference | null {
  const { period, month } = hints;
  if (!period || !month) return null;
  const day = hints.day ?? 1;
  const reference = hints.referenceDate?.toISOString().slice(0, 10);
  const candidates: number[] = [];
  for (
    let year = Number(period.end.slice(0, 4));
    year >= Number(period.start.slice(0, 4));
    year--
  ) {
    const iso = isoDay(year, month, day);
    if (iso < period.start.slice(0, 10) || iso > period.end.slice(0, 10)) continue;
    if (reference && iso > reference) continue;
    if (fromText?.basis === 'past-mention' && year < fromText.year) continue;
    if (fromText?.basis === 'future-mention' && year > fromText.year) continue;
    candidates.push(year);
  }
  const year = candidates[0];
  if (year === undefined) return null;
  const date = hints.day ? `${day} ${monthName(month)}` : monthName(month);
  const agrees = fromText ? ` The text allows it: ${fromText.reason}` : '';
  return {
    year,
    basis: 'presidency-period',
    reason:
      `No year in the dateline; ${date} falls within the presidency's period ` +
      `(${describePeriod(period)}) in ${year}.${agrees}`,
  };
}

/** Says so when a proposed year puts the date outside the presidency's period. */
function withPeriodNote(inference: YearInference, hints: YearHints): YearInference {
  const note = periodNote(inference.year, hints.month ?? null, hints.day ?? null, hints.period);
  return note ? { ...inference, reason: `${inference.reason} ${note}` } : inference;
}

/**
 * "This date is outside the presidency's period (…)", or null when it is
 * inside it, or when there is no period to compare with.
 */
export function periodNote(
  year: number,
  month: number | null,
  day: number | null,
  period: PresidencyPeriod | undefined,
): string | null {
  if (!period) return null;
  const start = period.start.slice(0, 10);
  const end = period.end.slice(0, 10);
  const first = isoDay(year, month ?? 1, month ? (day ?? 1) : 1);
  const last = month ? isoDay(year, month, day ?? daysIn(year, month)) : isoDay(year, 12, 31);
  if (last >= start && first <= end) return null;
  const side = last < start ? 'before' : 'after';
  return (
    `This date is ${side} the presidency's period (${describePeriod(period)}): ` +
    'possible (background, preparation, follow-up), but check it.'
  );
}

/** "1 January – 31 December 2023". */
export function describePeriod(period: PresidencyPeriod): string {
  const [startYear, startMonth, startDay] = period.start.slice(0, 10).split('-').map(Number);
  const [endYear, endMonth, endDay] = period.end.slice(0, 10).split('-').map(Number);
  const start = `${startDay} ${monthName(startMonth!)}`;
  const end = `${endDay} ${monthName(endMonth!)} ${endYear}`;
  return startYear === endYear ? `${start} – ${end}` : `${start} ${startYear} – ${end}`;
}

function monthName(month: number): string {
  return ENGLISH_MONTH_NAMES[month - 1] ?? String(month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** yyyy-mm-dd. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function findYearMentions(text: string, referenceDate: Date | undefined): YearMention[] {
  const referenceYear = referenceDate?.getUTCFullYear();
  const mentions: YearMention[] = [];
  for (const match of text.matchAll(YEAR_MENTION)) {
    const groups = match.groups ?? {};
    const year = Number(groups.year);
    const monthWord = groups.month1 ?? groups.month2;
    const month = monthWord ? parseMonthName(monthWord) : null;
    const dayText = month === null ? undefined : (groups.day1 ?? groups.day2);
    // A word before the year that is not a month ("in 2023", "Council 2022") was only context.
    const index = match.index + (month === null ? match[0].length - 4 : 0);
    const sentence = sentenceBefore(text, index);
    mentions.push({
      year,
      month,
      day: dayText ? Number(dayText) : null,
      index,
      future: FUTURE_CUE.test(sentence) || (referenceYear !== undefined && year > referenceYear),
      excerpt: excerptAround(text, index, index + (month === null ? 4 : match[0].length)),
    });
  }
  return mentions;
}

function sentenceBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - CUE_REACH), index);
  const boundary = Math.max(window.search(/[^.!?\n]*$/), 0);
  return window.slice(boundary);
}

function excerptAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 40), start).replace(/^\S*\s/, '');
  const after = text.slice(end, end + 20).replace(/\s\S*$/, '');
  return `…${before}${text.slice(start, end)}${after}…`.replace(/\s+/g, ' ');
}

function inferFromSameDate(mentions: YearMention[], hints: YearHints): YearInference | null {
  if (!hints.month || !hints.day) return null;
  const same = mentions.find((m) => m.month === hints.month && m.day === hints.day);
  if (!same) return null;
  return {
    year: same.year,
    basis: 'date-in-text',
    reason: `The text gives the dateline's date with a year: “${same.excerpt}”.`,
  };
}

function inferFromMentions(mentions: YearMention[], hints: YearHints): YearInference | null {
  const past = latestBy(mentions.filter((m) => !m.future));
  const futureBound = earliestBy(mentions.filter((m) => m.future));

  if (past) {
    const conflict =
      futureBound && futureBound.year < past.year
        ? ` Yet it speaks of ${futureBound.year} as still to come (“${futureBound.excerpt}”): check.`
        : '';
    return {
      year: past.year,
      basis: 'past-mention',
      reason:
        `The latest year the text treats as past or present is ${past.year} (“${past.excerpt}”), ` +
        `so the article is from ${past.year} or later; the nearest such year is proposed.${conflict}`,
    };
  }
  if (!futureBound) return null;

  const { year, month, excerpt } = futureBound;
  if (month !== null) {
    const named = monthName(month);
    const sameYear = !hints.month || hints.month < month;
    const why = hints.month
      ? sameYear
        ? `the dateline month comes before ${named}, so the same year is possible`
        : `the dateline month is not before ${named}, so it must be an earlier year`
      : 'the article month is unknown, so the same year is proposed';
    return {
      year: sameYear ? year : year - 1,
      basis: 'future-mention',
      reason: `The text speaks of ${named} ${year} as still to come (“${excerpt}”); ${why}.`,
    };
  }
  return {
    year: year - 1,
    basis: 'future-mention',
    reason:
      `The text speaks of ${year} as still to come (“${excerpt}”), so the article predates it; ` +
      `plans for a whole year are usually announced the year before, so ${year - 1} is proposed.`,
  };
}

function inferFromReferenceDate(hints: YearHints): YearInference | null {
  const reference = hints.referenceDate;
  if (!reference || Number.isNaN(reference.getTime())) return null;
  const referenceYear = reference.getUTCFullYear();
  const iso = reference.toISOString().slice(0, 10);
  if (!hints.month) {
    return {
      year: referenceYear,
      basis: 'reference-date',
      reason: `No year in the text; the year of the reference date ${iso} is proposed.`,
    };
  }
  const day = hints.day ?? 1;
  const thisYear = Date.UTC(referenceYear, hints.month - 1, day);
  const year = thisYear <= reference.getTime() ? referenceYear : referenceYear - 1;
  const date = `${day} ${ENGLISH_MONTH_NAMES[hints.month - 1] ?? ''}`.trim();
  return {
    year,
    basis: 'reference-date',
    reason: `No year in the text; the latest ${date} not after the reference date ${iso} is in ${year}.`,
  };
}

function latestBy(mentions: YearMention[]): YearMention | undefined {
  return mentions.reduce<YearMention | undefined>(
    (best, m) => (!best || m.year > best.year ? m : best),
    undefined,
  );
}

function earliestBy(mentions: YearMention[]): YearMention | undefined {
  return mentions.reduce<YearMention | undefined>(
    (best, m) => (!best || m.year < best.year ? m : best),
    undefined,
  );
}
