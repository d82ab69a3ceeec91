import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferYear, parseDateline, parseMonthName, type DatelineGuess } from './dateline';

const SEEDS_DIR = new URL('../seeds/', import.meta.url);
const readArticle = (file: string) => readFileSync(new URL(`articles/${file}`, SEEDS_DIR), 'utf8');

interface SeedSource {
  file: string;
  dateline: string | null;
  published: string;
}
const SOURCES = (
  JSON.parse(readFileSync(new URL('sources.json', SEEDS_DIR), 'utf8')) as { sources: SeedSource[] }
).sources;

const NO_DATELINE: DatelineGuess = {
  line: null,
  place: null,
  day: null,
  month: null,
  year: null,
  yearInferred: false,
  yearReason: null,
  agency: null,
};

describe('parseDateline on the seed articles', () => {
  it('reads 000: no space after the comma, en dash', () => {
    expect(parseDateline(readArticle('000_50745069e9e53206.txt'))).toMatchObject({
      line: 'MINSK,20 June (BelTA) –',
      place: 'Minsk',
      day: 20,
      month: 6,
      agency: 'BelTA',
      year: 2023,
      yearInferred: true,
    });
  });

  it('reads 001: dateline below the headline, agency without parentheses', () => {
    expect(parseDateline(readArticle('001_fbd5bf45be75674d.txt'))).toMatchObject({
      line: 'YEREVAN, FEBRUARY 13, ARTSAKHPRESS.',
      place: 'Yerevan',
      day: 13,
      month: 2,
      agency: 'ARTSAKHPRESS',
      year: 2023,
      yearInferred: true,
    });
  });

  it('reads 004', () => {
    expect(parseDateline(readArticle('004_bb048e9e843e9c16.txt'))).toMatchObject({
      line: 'YEREVAN, 23 November (BelTA) –',
      place: 'Yerevan',
      day: 23,
      month: 11,
      agency: 'BelTA',
      year: 2022,
      yearInferred: true,
    });
  });

  it.each(['002_e5262c9ddaf296c2.txt', '003_4a0eafa0af06f748.txt'])(
    'finds no dateline in %s',
    (file) => {
      expect(parseDateline(readArticle(file))).toEqual(NO_DATELINE);
    },
  );

  it.each(SOURCES)('$file agrees with sources.json', (source) => {
    const guess = parseDateline(readArticle(source.file));
    if (source.dateline === null) {
      expect(guess.line).toBeNull();
      return;
    }
    // sources.json normalises spacing and drops the closing mark.
    const normalise = (line: string | null) =>
      (line ?? '').replace(/[\s.–-]+$/, '').replace(/,(?=\S)/, ', ');
    expect(normalise(guess.line)).toBe(source.dateline);
    expect(guess.year).toBe(Number(source.published.slice(0, 4)));
    expect(guess.yearReason).toBeTruthy();
  });
});

describe('parseDateline variants', () => {
  const cases: Array<[string, Partial<DatelineGuess>]> = [
    [
      'MOSCOW, 5 May (TASS) - The Kremlin said…',
      { line: 'MOSCOW, 5 May (TASS) -', place: 'Moscow', day: 5, month: 5, agency: 'TASS' },
    ],
    [
      'Minsk, June 20, 2023 (BelTA) — The president said…',
      {
        line: 'Minsk, June 20, 2023 (BelTA) —',
        place: 'Minsk',
        day: 20,
        month: 6,
        year: 2023,
        yearInferred: false,
        yearReason: null,
        agency: 'BelTA',
      },
    ],
    [
      'МИНСК, 20 июня (БЕЛТА) – Президент заявил…',
      { line: 'МИНСК, 20 июня (БЕЛТА) –', place: 'Минск', day: 20, month: 6, agency: 'БЕЛТА' },
    ],
    [
      'ASTANA. 3 March. KAZINFORM - The head of state…',
      {
        line: 'ASTANA. 3 March. KAZINFORM -',
        place: 'Astana',
        day: 3,
        month: 3,
        agency: 'KAZINFORM',
      },
    ],
    ['MINSK, 20 JUNE (BelTA) – Text.', { place: 'Minsk', day: 20, month: 6 }],
    ['MINSK, 20 june (BelTA) – Text.', { place: 'Minsk', day: 20, month: 6 }],
    ['MINSK, Jan. 15 (BelTA) – Text.', { line: 'MINSK, Jan. 15 (BelTA) –', day: 15, month: 1 }],
    [
      'WASHINGTON, Sept. 5 (Reuters) - Text.',
      { place: 'Washington', day: 5, month: 9, agency: 'Reuters' },
    ],
    ['МОСКВА, 7 СЕНТ. (ТАСС) – Текст.', { place: 'Москва', day: 7, month: 9, agency: 'ТАСС' }],
    ['NUR-SULTAN, 1 Dec (Kazinform) – Text.', { place: 'Nur-Sultan', day: 1, month: 12 }],
    ['NEW YORK, October 3 (AP) — Text.', { place: 'New York', day: 3, month: 10, agency: 'AP' }],
    [
      'Headline about Minsk\n\n    MINSK, 20 June (BelTA) – Indented body.',
      { place: 'Minsk', day: 20 },
    ],
    ['SOCHI, 29 February (TASS) – Text.', { day: 29, month: 2 }],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseDateline(text)).toMatchObject(expected);
  });

  it.each([
    ['an impossible date', 'MINSK, 31 June (BelTA) – Text.'],
    ['29 February in a non-leap year', 'MINSK, 29 February 2023 (BelTA) – Text.'],
    ['a sentence that starts with a place and date', 'Minsk, June 20 is the day the talks open.'],
    ['a month-like word that is no month', 'MINSK, 20 Junk (BelTA) – Text.'],
    ['a dateline below the first lines', 'One\nTwo\nThree\nMINSK, 20 June (BelTA) – Text.'],
    ['an empty text', ''],
  ])('rejects %s', (_, text) => {
    expect(parseDateline(text)).toEqual(NO_DATELINE);
  });

  it('proposes a year from the reference date when the text has none', () => {
    const guess = parseDateline('MOSCOW, 5 May (TASS) - No years here.', {
      referenceDate: new Date('2025-03-01T00:00:00Z'),
    });
    expect(guess).toMatchObject({ year: 2024, yearInferred: true });
    expect(guess.yearReason).toContain('2025-03-01');
  });

  it('leaves the year empty when nothing supports one', () => {
    expect(parseDateline('MOSCOW, 5 May (TASS) - No years here.')).toMatchObject({
      year: null,
      yearInferred: false,
      yearReason: null,
    });
  });
});

describe('parseMonthName', () => {
  it.each([
    ['Jan.', 1],
    ['FEBRUARY', 2],
    ['мар', 3],
    ['апреля', 4],
    ['May', 5],
    ['июнь', 6],
    ['jul', 7],
    ['Aug', 8],
    ['Sept.', 9],
    ['октября', 10],
    ['нояб', 11],
    ['ДЕКАБРЯ', 12],
  ])('%s → %i', (word, month) => {
    expect(parseMonthName(word)).toBe(month);
  });

  it('rejects other words', () => {
    expect(parseMonthName('Junk')).toBeNull();
    expect(parseMonthName('Minsk')).toBeNull();
  });
});

describe('inferYear', () => {
  it('prefers the dateline date written out with a year elsewhere in the text', () => {
    const text =
      'He spoke in 2019 and 2021. The meeting on 20 June 2023 in Minsk will continue in 2024.';
    expect(inferYear(text, { day: 20, month: 6 })).toMatchObject({
      year: 2023,
      basis: 'date-in-text',
    });
  });

  it('takes the latest year the text treats as past (seed 001)', () => {
    const result = inferYear(readArticle('001_fbd5bf45be75674d.txt'), { day: 13, month: 2 });
    expect(result).toMatchObject({ year: 2023, basis: 'past-mention' });
    expect(result?.reason).toContain('assumed office on 10 January 2023');
  });

  it('puts the article the year before a plan for a whole future year (seeds 000, 004)', () => {
    expect(inferYear(readArticle('000_50745069e9e53206.txt'))).toMatchObject({
      year: 2023,
      basis: 'future-mention',
    });
    expect(inferYear(readArticle('004_bb048e9e843e9c16.txt'))).toMatchObject({ year: 2022 });
  });

  it('keeps the same year for a future month later than the article month (seed 002)', () => {
    const text = readArticle('002_e5262c9ddaf296c2.txt');
    expect(inferYear(text)).toMatchObject({ year: 2023, basis: 'future-mention' });
    expect(inferYear(text, { day: 20, month: 6 })?.reason).toContain('comes before November');
  });

  it('moves to the previous year when the future month is not after the article month', () => {
    const text = 'The summit will be held in March 2024 in Astana.';
    expect(inferYear(text, { day: 5, month: 12 })).toMatchObject({ year: 2023 });
    expect(inferYear(text, { day: 5, month: 1 })).toMatchObject({ year: 2024 });
  });

  it('recognises Russian future tense', () => {
    expect(inferYear('Саммит будет проведен в 2024 году в Минске.')).toMatchObject({
      year: 2023,
      basis: 'future-mention',
    });
  });

  it('flags a past mention that contradicts a future one', () => {
    const result = inferYear('The treaty was signed in 2023. Exercises will take place in 2022.');
    expect(result).toMatchObject({ year: 2023, basis: 'past-mention' });
    expect(result?.reason).toContain('check');
  });

  it('treats years after the reference date as future', () => {
    const result = inferYear('The programme for 2026 was adopted.', {
      referenceDate: new Date('2025-06-01T00:00:00Z'),
    });
    expect(result).toMatchObject({ year: 2025, basis: 'future-mention' });
  });

  it('never proposes a year after the reference date', () => {
    const result = inferYear('The 2030 programme was adopted.', {
      referenceDate: new Date('2025-06-01T00:00:00Z'),
    });
    expect(result).toMatchObject({ year: 2025, basis: 'reference-date' });
  });

  it('falls back to the reference date, never proposing a date after it', () => {
    const reference = new Date('2024-01-10T00:00:00Z');
    expect(inferYear('No years.', { day: 23, month: 11, referenceDate: reference })).toMatchObject({
      year: 2023,
      basis: 'reference-date',
    });
    expect(inferYear('No years.', { day: 5, month: 1, referenceDate: reference })).toMatchObject({
      year: 2024,
    });
    expect(inferYear('No years.', { referenceDate: reference })).toMatchObject({ year: 2024 });
  });

  it('returns null without any evidence (seed 003)', () => {
    expect(inferYear(readArticle('003_4a0eafa0af06f748.txt'))).toBeNull();
    expect(inferYear('No years here.')).toBeNull();
  });

  describe('with the presidency period (issue 11: the wrong year)', () => {
    const period = { start: '2023-01-01', end: '2023-12-31' };
    const today = new Date('2026-11-30T00:00:00Z');

    it('proposes the year inside the period, not the latest before today', () => {
      const guess = parseDateline('MINSK, 23 November (BelTA) – The heads of state met.', {
        referenceDate: today,
        period,
      });
      expect(guess).toMatchObject({ year: 2023, yearInferred: true });
      expect(guess.yearReason).toBe(
        "No year in the dateline; 23 November falls within the presidency's period " +
          '(1 January – 31 December 2023) in 2023.',
      );
    });

    it('keeps to the text when it rules the period out, and says the date is outside (seed 004)', () => {
      const result = inferYear(readArticle('004_bb048e9e843e9c16.txt'), {
        day: 23,
        month: 11,
        referenceDate: today,
        period,
      });
      expect(result).toMatchObject({ year: 2022, basis: 'future-mention' });
      expect(result?.reason).toContain("This date is before the presidency's period");
    });

    it('agrees with the text when both point inside the period (seed 001)', () => {
      const result = inferYear(readArticle('001_fbd5bf45be75674d.txt'), {
        day: 13,
        month: 2,
        referenceDate: today,
        period,
      });
      expect(result).toMatchObject({ year: 2023, basis: 'presidency-period' });
      expect(result?.reason).toContain('The text allows it');
      expect(result?.reason).toContain('assumed office on 10 January 2023');
    });

    it('leaves the period for a year the text states, and says so', () => {
      const result = inferYear('On 20 June 2025 the ministers met.', {
        day: 20,
        month: 6,
        referenceDate: today,
        period,
      });
      expect(result).toMatchObject({ year: 2025, basis: 'date-in-text' });
      expect(result?.reason).toContain("This date is after the presidency's period");
    });

    it('does not propose a period date after the reference date', () => {
      const result = inferYear('No years.', {
        day: 23,
        month: 11,
        referenceDate: new Date('2023-06-01T00:00:00Z'),
        period,
      });
      expect(result).toMatchObject({ year: 2022, basis: 'reference-date' });
      expect(result?.reason).toContain('before the presidency');
    });

    it('picks the year that fits a period across new year', () => {
      const across = { start: '2023-07-01', end: '2024-06-30' };
      expect(
        inferYear('No years.', { day: 5, month: 2, referenceDate: today, period: across }),
      ).toMatchObject({ year: 2024, basis: 'presidency-period' });
      expect(
        inferYear('No years.', { day: 5, month: 9, referenceDate: today, period: across }),
      ).toMatchObject({ year: 2023, basis: 'presidency-period' });
    });
  });

  it('ignores numbers that are not years', () => {
    expect(inferYear('Some 12000 troops and 1.2023 percent; 3,2024 units.')).toBeNull();
  });
});
