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

// The tracker's Russian translation: may be empty (not translated yet).
export const titleRuSchema = text()
  .trim()
  .max(TITLE_MAX, `Use at most ${TITLE_MAX} characters.`)
  .refine((value) => value === '' || /\p{Script=Cyrillic}/u.test(value), {
    message: 'Write the Russian title in Russian, or leave it empty.',
  });
export const summaryRuSchema = text()
  .trim()
  .max(SUMMARY_MAX, `Use at most ${SUMMARY_MAX} characters.`)
  .refine((value) => value === '' || /\p{Script=Cyrillic}/u.test(value), {
    message: 'Write the Russian summary in Russian, or leave it empty.',
  });

export const updateItemSchema = z
  .object({
    id,
    version,
    areaId,
    title: titleSchema,
    summary: summarySchema,
    titleRu: titleRuSchema.optional(),
    summaryRu: summaryRuSchema.optional(),
  })
  .refine((input) => !input.summaryRu || input.titleRu, {
    message: 'Give the Russian title too, or leave the Russian summary empty.',
    path: ['titleRu'],
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

const precision = (error: string) => z.enum(['DAY', 'MONTH', 'YEAR'], { error });

const milestoneFields = {
  title: text({ error: 'Enter what is due.' })
    .trim()
    .min(1, 'Enter what is due.')
    .max(MILESTONE_TITLE_MAX, `Use at most ${MILESTONE_TITLE_MAX} characters.`),
  dueOn: isoDay('Enter the due date as YYYY-MM-DD.'),
  precision: precision('Choose how precise the due date is.'),
  outcome: z.enum(['', 'MET', 'MISSED'], { error: 'Choose open, met or missed.' }).default(''),
  outcomeOn: text().trim().default(''),
  outcomePrecision: precision('Choose how precise the date of the outcome is.').default('DAY'),
  evidenceId: text().trim().max(200).default(''),
};

interface OutcomeFields {
  outcome: '' | 'MET' | 'MISSED';
  outcomeOn: string;
  outcomePrecision: 'DAY' | 'MONTH' | 'YEAR';
  evidenceId: string;
}

/** Met or missed needs its date and the statement that reports it; open needs neither. */
function checkOutcome(value: OutcomeFields, context: z.RefinementCtx): void {
  if (value.outcome === '') return;
  if (!z.iso.date().safeParse(value.outcomeOn).success) {
    context.addIssue({
      code: 'custom',
      path: ['outcomeOn'],
      message: `Enter the date it was ${value.outcome === 'MET' ? 'met' : 'missed'} as YYYY-MM-DD (with month or year precision, any day of it).`,
    });
  } else if (!notInFuture(value.outcomeOn)) {
    context.addIssue({
      code: 'custom',
      path: ['outcomeOn'],
      message: 'This date is in the future.',
    });
  }
  if (value.evidenceId === '') {
    context.addIssue({
      code: 'custom',
      path: ['evidenceId'],
      message: 'Choose the statement that reports it: a milestone is met or missed on evidence.',
    });
  }
}

/** A stored milestone as its form names the fields (the form, the merge view and the no-change check). */
export function milestoneFormValues(milestone: {
  title: string;
  dueOn: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
  metOn: string | null;
  missedOn: string | null;
  outcomePrecision: 'DAY' | 'MONTH' | 'YEAR';
  evidenceId: string | null;
}): Record<string, string> {
  return {
    title: milestone.title,
    dueOn: milestone.dueOn,
    precision: milestone.precision,
    outcome: milestone.metOn ? 'MET' : milestone.missedOn ? 'MISSED' : '',
    outcomeOn: milestone.metOn ?? milestone.missedOn ?? '',
    outcomePrecision: milestone.outcomePrecision,
    evidenceId: milestone.evidenceId ?? '',
  };
}

/** The stored form: metOn or missedOn as the last day of the outcome's period. */
function toOutcome<T extends OutcomeFields>(value: T) {
  const { outcome, outcomeOn, outcomePrecision, evidenceId, ...rest } = value;
  const on = outcome === '' ? null : lastDayOfPeriod(outcomeOn, outcomePrecision);
  return {
    ...rest,
    metOn: outcome === 'MET' ? on : null,
    missedOn: outcome === 'MISSED' ? on : null,
    outcomePrecision: outcome === '' ? ('DAY' as const) : outcomePrecision,
    evidenceId: outcome === '' ? null : evidenceId,
  };
}

export const createMilestoneSchema = z
  .object({ itemId: id, ...milestoneFields })
  .superRefine(checkOutcome)
  .transform(toOutcome);

export const updateMilestoneSchema = z
  .object({ id, version, ...milestoneFields })
  .superRefine(checkOutcome)
  .transform(toOutcome);

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

/** Neither met nor missed, and its last day is past: no evidence says it was met. */
export function isOverdue(
  milestone: { dueOn: string; metOn: string | null; missedOn: string | null },
  today: string,
): boolean {
  return milestone.metOn === null && milestone.missedOn === null && milestone.dueOn < today;
}
