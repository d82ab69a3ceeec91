// Shared by the item and milestone forms (client) and their actions (server).
import { z } from 'zod';
import { addDays, todayInTracker } from '@/lib/dates';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 2_000;
export const MILESTONE_TITLE_MAX = 300;

export const PRECISIONS = [
  { code: 'DAY', label: 'Day: by a given date' },
  { code: 'MONTH', label: 'Month: some time in a month' },
  { code: 'YEAR', label: 'Year: some time in a year' },
] as const;

const id = text().trim().min(1, 'Missing record id.').max(200);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1).max(MAX_DB_INT);

export const titleSchema = text({ error: 'Enter a title.' })
  .trim()
  .min(1, 'Enter a title.')
  .max(TITLE_MAX, `Use at most ${TITLE_MAX} characters.`);

export const summarySchema = text({ error: 'Enter a summary.' })
  .trim()
  .min(1, 'Enter a summary: what exactly was promised.')
  .max(SUMMARY_MAX, `Use at most ${SUMMARY_MAX} characters.`);

const areaId = text({ error: 'Choose an area.' }).trim().min(1, 'Choose an area.');

export const createItemSchema = z.object({ areaId, title: titleSchema, summary: summarySchema });

export const updateItemSchema = z.object({
  id,
  version,
  areaId,
  title: titleSchema,
  summary: summarySchema,
});

export const moveSchema = z.object({
  id,
  version,
  direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
});

export const archiveSchema = z.object({
  id,
  version,
  archived: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

const isoDay = (message: string) => z.iso.date({ error: message });

// A day of the tracker's calendar, plus one: a source in a time zone ahead of
// Minsk (Dushanbe, Almaty) may already be dated tomorrow.
const notInFuture = (day: string) => day <= addDays(todayInTracker(), 1);

const milestoneFields = {
  title: text({ error: 'Enter what is due.' })
    .trim()
    .min(1, 'Enter what is due.')
    .max(MILESTONE_TITLE_MAX, `Use at most ${MILESTONE_TITLE_MAX} characters.`),
  dueOn: isoDay('Enter the due date as YYYY-MM-DD.'),
  precision: z.enum(['DAY', 'MONTH', 'YEAR'], { error: 'Choose how precise the due date is.' }),
  metOn: text()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(
      isoDay('Enter the date it was met as YYYY-MM-DD, or leave it empty.')
        .refine(notInFuture, 'A milestone cannot be met in the future.')
        .nullable(),
    ),
};

export const createMilestoneSchema = z.object({ itemId: id, ...milestoneFields });

export const updateMilestoneSchema = z.object({ id, version, ...milestoneFields });

export const removeMilestoneSchema = z.object({ id, version });

export const restoreItemSchema = z.object({
  itemId: id,
  version,
  revisionId: text().regex(/^\d{1,18}$/, 'Unknown revision.'),
  side: z.enum(['before', 'after']),
});

/**
 * The last day a milestone can be met: "in June 2023" is due 2023-06-30,
 * "in 2023" on 2023-12-31 (see the Milestone model).
 */
export function lastDayOfPeriod(day: string, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  if (precision === 'YEAR') return `${year}-12-31`;
  if (precision === 'MONTH') return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return day;
}

/** Not met and its last day is past. */
export function isOverdue(
  milestone: { dueOn: string; metOn: string | null },
  today: string,
): boolean {
  return milestone.metOn === null && milestone.dueOn < today;
}
