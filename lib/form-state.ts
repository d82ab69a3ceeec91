import type { z } from 'zod';
import { isReservedFieldName } from '@/lib/form-data';

// What every form action returns: expected failures are values, shown next to
// their fields; bugs are thrown to error.tsx.
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Bumped on each success, so forms can reset or toast once per save. */
  savedAt?: number;
  /** What the user typed, echoed back so a failed submit does not empty the form. */
  values?: Record<string, string>;
  /** What to do next after a save, shown under its message (e.g. record a status with this quote). */
  next?: { href: string; label: string }[];
  /** Set when someone else saved first: what is stored now, for the merge view. */
  conflict?: { currentVersion: number; current: Record<string, string> };
}

export const initialFormState: FormState = { ok: false };

export function invalid(
  error: z.ZodError,
  message = 'Please correct the fields marked below.',
  values?: Record<string, string>,
): FormState {
  // A Map: the path comes from field names a client chose (`__proto__` included).
  const fieldErrors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issue.message]);
  }
  return { ok: false, message, fieldErrors: Object.fromEntries(fieldErrors), values };
}

export function failed(
  message: string,
  fieldErrors?: FormState['fieldErrors'],
  values?: Record<string, string>,
): FormState {
  return { ok: false, message, fieldErrors, values };
}

/** A data-layer refusal (an Outcome that is not ok) as form state: message, field errors, conflict. */
export function refused(
  result: {
    message: string;
    field?: string;
    fieldErrors?: FormState['fieldErrors'];
    conflict?: FormState['conflict'];
  },
  values?: Record<string, string>,
): FormState {
  return {
    ...failed(
      result.message,
      result.fieldErrors ?? (result.field ? { [result.field]: [result.message] } : undefined),
      values,
    ),
    conflict: result.conflict,
  };
}

const SECRET_FIELDS = ['password', 'currentPassword', 'newPassword', 'confirmPassword'];

/**
 * The text fields of a submission, minus secrets, to refill a failed form.
 * A repeated field (checkboxes) is joined by spaces when `isRepeated` says so,
 * otherwise its last value wins. Gathered in a Map, since names are the
 * client's choice; the result is a plain object (React sends no other kind).
 */
export function echo(
  formData: FormData,
  options: { omit?: readonly string[]; isRepeated?: (name: string) => boolean } = {},
): Record<string, string> {
  const { omit = SECRET_FIELDS, isRepeated = () => false } = options;
  const values = new Map<string, string>();
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || omit.includes(key) || key.startsWith('$')) continue;
    if (isReservedFieldName(key)) continue;
    const previous = values.get(key);
    values.set(key, previous !== undefined && isRepeated(key) ? `${previous} ${value}` : value);
  }
  return Object.fromEntries(values);
}

export function saved(message: string, next?: FormState['next']): FormState {
  return { ok: true, message, savedAt: Date.now(), ...(next?.length ? { next } : {}) };
}
