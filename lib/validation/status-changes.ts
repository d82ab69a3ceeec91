// The status-change and finalisation forms: shared by the client forms (date
// bounds, limits) and the server (actions and data layer parse with them).
import { z } from 'zod';
import { readFieldGroups } from '@/lib/form-data';
import { echo, type FormState } from '@/lib/form-state';
import { formatDay, todayInTracker } from '@/lib/dates';
import { STATUS_CODES, STATUSES, statusDefinition, type Status } from '@/lib/status';
import { isIsoDate } from '@/lib/validation/days';
import { presidencyRecordStart } from '@/lib/provenance';
import { text } from '@/lib/validation/text';

export const NOTE_MAX_LENGTH = 2000;
export const EVIDENCE_MAX_COUNT = 20;

export const FINAL_STATUS_CODES = STATUSES.filter((status) => status.isFinal).map(
  (status) => status.code,
);

export function isFinalStatus(code: Status): boolean {
  return statusDefinition(code).isFinal;
}

export interface DateBounds {
  /** ISO day, inclusive. */
  earliest: string;
  /** ISO day, inclusive: today. */
  latest: string;
}

/**
 * A status can take effect from one year before the presidency starts (the
 * chair's programme is announced ahead: the 2023 priorities were presented in
 * Yerevan in November 2022) up to today; never in the future.
 */
export function statusDateBounds(periodStart: string, now: Date = new Date()): DateBounds {
  return { earliest: presidencyRecordStart(periodStart), latest: todayInTracker(now) };
}

const idSchema = text().trim().min(1).max(200);
/** Item ids are cuids or seed slugs; a finalisation key is never anything else. */
const itemKeySchema = text().regex(/^[A-Za-z0-9_-]{1,200}$/, 'Not an item of this presidency.');

const evidenceSchema = z
  .array(idSchema)
  .max(EVIDENCE_MAX_COUNT, `Cite at most ${EVIDENCE_MAX_COUNT} statements.`)
  .default([])
  .transform((ids) => [...new Set(ids)]);

const noteSchema = text({ error: 'Write why the status changes.' })
  .trim()
  .max(NOTE_MAX_LENGTH, `Use at most ${NOTE_MAX_LENGTH} characters.`);

export const NOTE_REQUIRED_MESSAGE =
  'Write why the status changes: readers see it as “Changed because”.';
export const EVIDENCE_REQUIRED_MESSAGE =
  'Choose at least one statement as evidence. Only “Not yet rated” may go without (give the reason in the note).';

export function statusChangeSchema(bounds: DateBounds) {
  return z
    .object({
      itemId: idSchema,
      correctsId: text()
        .trim()
        .max(200)
        .nullish()
        .transform((value) => value || null),
      status: z.enum(STATUS_CODES, { error: 'Choose the new status.' }),
      effectiveOn: text({ error: 'Enter the date the status took effect.' })
        .trim()
        .min(1, 'Enter the date the status took effect.')
        .refine(
          (day) => day === '' || isIsoDate(day),
          'Enter a date as YYYY-MM-DD, like 2023-06-20.',
        )
        .refine(
          (day) => !isIsoDate(day) || day >= bounds.earliest,
          `The date cannot be before ${formatDay(bounds.earliest)}.`,
        )
        .refine(
          (day) => !isIsoDate(day) || day <= bounds.latest,
          'The date cannot be in the future.',
        ),
      note: noteSchema.min(1, NOTE_REQUIRED_MESSAGE),
      evidence: evidenceSchema,
    })
    .refine(
      (value) =>
        value.status === 'NOT_YET_RATED' ||
        (Array.isArray(value.evidence) && value.evidence.length > 0),
      {
        path: ['evidence'],
        message: EVIDENCE_REQUIRED_MESSAGE,
        // Also when other fields are wrong: every problem is shown at once.
        when: (payload) => typeof payload.value === 'object' && payload.value !== null,
      },
    );
}

export type StatusChangeInput = z.infer<ReturnType<typeof statusChangeSchema>>;

/** The raw values of the status-change form (checkboxes repeat `evidence`). */
export function readStatusChangeForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    itemId: text('itemId'),
    correctsId: text('correctsId'),
    status: text('status'),
    effectiveOn: text('effectiveOn'),
    note: text('note'),
    evidence: formData
      .getAll('evidence')
      .filter((value): value is string => typeof value === 'string'),
  };
}

// Finalisation: one choice per active item, keyed by item id. `seen` is the
// status the analyst saw when the page loaded; choosing it again keeps it.
export const finalChoiceSchema = z
  .object({
    seen: z.enum(STATUS_CODES),
    status: text().trim().default(''),
    note: noteSchema.default(''),
    evidence: evidenceSchema,
  })
  .superRefine((value, context) => {
    if (value.status === '') {
      context.addIssue({ code: 'custom', path: ['status'], message: 'Choose a final status.' });
    } else if (!(FINAL_STATUS_CODES as string[]).includes(value.status)) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'Choose one of the final statuses.',
      });
    } else if (value.status !== value.seen && value.note === '') {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Write why this is the final verdict.',
      });
    }
  })
  .transform((value) => ({ ...value, status: value.status as Status }));

export const finaliseSchema = z.object({
  presidencyId: idSchema,
  /** The finalisation the analyst saw (ISO instant, '' for none): guards against two at once. */
  seenFinalizedAt: text().trim().default(''),
  choices: z.record(itemKeySchema, finalChoiceSchema),
});

export type FinaliseInput = z.infer<typeof finaliseSchema>;

export const finaliseFieldName = {
  status: (itemId: string) => `status:${itemId}`,
  seen: (itemId: string) => `seen:${itemId}`,
  note: (itemId: string) => `note:${itemId}`,
  evidence: (itemId: string) => `evidence:${itemId}`,
};

/** The error key of one item's field, as `invalid()` builds it from the zod path. */
export function finaliseErrorKey(itemId: string, field: 'status' | 'note' | 'evidence'): string {
  return `choices.${itemId}.${field}`;
}

/** The raw values of the finalisation form: one group of fields per item, prototype-free. */
export function readFinaliseForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    presidencyId: text('presidencyId'),
    seenFinalizedAt: text('seenFinalizedAt'),
    choices: readFieldGroups(formData, ['seen', 'status', 'note', 'evidence'], ['evidence']),
  };
}

/** What the status form's action returns: a FormState, plus who corrected the entry first when a correction is refused. */
export interface StatusFormState extends FormState {
  correctedBy?: { id: string; effectiveOn: string; createdAt: string; authorName: string | null };
}

/** A field of the finalisation form, as a draft keeps it. */
const DRAFT_FIELD = /^(status|note|evidence):[\w-]{1,200}$/;

/**
 * A saved draft of the finalisation (issue 11): the form's own fields, checked
 * only for shape and size (a draft may be incomplete; finalising checks all).
 */
export const finaliseDraftSchema = z.object({
  presidencyId: text().min(1).max(200),
  choices: z
    .record(z.string(), text().max(NOTE_MAX_LENGTH * 4, 'A note of the draft is too long.'))
    .refine((choices) => Object.keys(choices).length <= 20_000, 'Too many fields for one draft.')
    .refine(
      (choices) => Object.keys(choices).every((key) => DRAFT_FIELD.test(key)),
      'This draft has fields the finalisation form does not have. Reload the page.',
    ),
});
export type FinaliseDraftInput = z.infer<typeof finaliseDraftSchema>;

/** The finalisation form's fields as echoed: an item's cited statements, space-separated. */
export function echoFinaliseForm(formData: FormData): Record<string, string> {
  return echo(formData, { isRepeated: (name) => name.startsWith('evidence:') });
}

/** The draft's fields from the submitted form (seen:* and the presidency are not choices). */
export function readFinaliseDraftForm(formData: FormData) {
  const choices = Object.entries(echoFinaliseForm(formData)).filter(([key]) =>
    DRAFT_FIELD.test(key),
  );
  return { presidencyId: formData.get('presidencyId'), choices: Object.fromEntries(choices) };
}
