// Dates cross the cache and the API as ISO strings; @db.Date columns are
// midnight UTC, so formatting is done in UTC to never shift a day.
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoInstant(date: Date): string {
  return date.toISOString();
}

/**
 * The one "today" of the tracker, as an ISO day: the presidency's calendar,
 * Minsk time (UTC+3), wherever the server runs. Everything that compares a
 * day with today (overdue milestones, status date bounds, "not in the future",
 * finalisation) uses this, so none disagrees for three hours each night.
 */
export const TRACKER_TIME_ZONE = 'Europe/Minsk';

const trackerDayFormat = new Intl.DateTimeFormat('en-CA', {
  // en-CA formats as YYYY-MM-DD.
  timeZone: TRACKER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInTracker(now: Date = new Date()): string {
  return trackerDayFormat.format(now);
}

/** The ISO day `days` after (or before) the ISO day `iso`. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const ruDayFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const ruMonthFormat = new Intl.DateTimeFormat('ru-RU', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Day formats by locale: "20 June 2023", "20 июня 2023 г.". */
function formats(locale: string) {
  return locale === 'ru'
    ? { day: ruDayFormat, month: ruMonthFormat }
    : { day: dayFormat, month: monthFormat };
}

export function formatDay(iso: string, locale = 'en'): string {
  return formats(locale).day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function formatDue(iso: string, precision: 'DAY' | 'MONTH' | 'YEAR', locale = 'en'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const { day, month } = formats(locale);
  if (locale === 'ru') {
    if (precision === 'YEAR') return `до конца ${date.getUTCFullYear()} г.`;
    if (precision === 'MONTH')
      return `в ${month.format(date).replace(/^(\S+)/, monthPrepositional)}`;
    return `до ${day.format(date)}`;
  }
  if (precision === 'YEAR') return `by the end of ${date.getUTCFullYear()}`;
  if (precision === 'MONTH') return `in ${month.format(date)}`;
  return `by ${day.format(date)}`;
}

/** When something happened, at its precision: "on 23 November 2023", "in October 2023", "in 2023". */
export function formatWhen(
  iso: string,
  precision: 'DAY' | 'MONTH' | 'YEAR',
  locale = 'en',
): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const { day, month } = formats(locale);
  if (locale === 'ru') {
    if (precision === 'YEAR') return `в ${date.getUTCFullYear()} г.`;
    if (precision === 'MONTH')
      return `в ${month.format(date).replace(/^(\S+)/, monthPrepositional)}`;
    return day.format(date);
  }
  if (precision === 'YEAR') return `in ${date.getUTCFullYear()}`;
  if (precision === 'MONTH') return `in ${month.format(date)}`;
  return `on ${day.format(date)}`;
}

// Intl gives "ноябрь 2023 г." (nominative); "в ноябре 2023 г." needs the prepositional.
const PREPOSITIONAL: Record<string, string> = {
  январь: 'январе',
  февраль: 'феврале',
  март: 'марте',
  апрель: 'апреле',
  май: 'мае',
  июнь: 'июне',
  июль: 'июле',
  август: 'августе',
  сентябрь: 'сентябре',
  октябрь: 'октябре',
  ноябрь: 'ноябре',
  декабрь: 'декабре',
};

function monthPrepositional(name: string): string {
  return PREPOSITIONAL[name.toLowerCase()] ?? name;
}

/**
 * How long an item has gone without new evidence, counted up to today or, once
 * the presidency is over, up to its last day: silence after the end says
 * nothing about the presidency (issue 10).
 */
export function daysWithoutEvidence(
  lastEvidenceOn: string,
  periodEnd: string,
  now: Date = new Date(),
): { days: number; isOver: boolean } {
  const end = new Date(`${periodEnd.slice(0, 10)}T00:00:00Z`);
  const isOver = todayInTracker(now) > periodEnd.slice(0, 10);
  return { days: Math.max(0, daysBetween(lastEvidenceOn, isOver ? end : now)), isOver };
}

export function daysBetween(fromIso: string, to: Date): number {
  const from = new Date(`${fromIso.slice(0, 10)}T00:00:00Z`).getTime();
  return Math.floor((to.getTime() - from) / 86_400_000);
}
