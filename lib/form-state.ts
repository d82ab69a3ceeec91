import type { z } from 'zod';

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
  /** Set when someone else saved first: what is stored now, for the merge view. */
  conflict?: { currentVersion: number; current: Record<string, string> };
}

export const initialFormState: FormState = { ok: false };

export function invalid(
  error: z.ZodError,
  message = 'Please correct the fields marked below.',
  values?: Record<string, string>,
): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors, values };
}

export function failed(
  message: string,
  fieldErrors?: FormState['fieldErrors'],
  values?: Record<string, string>,
): FormState {
  return { ok: false, message, fieldErrors, values };
}

/** A data-layer refusal (an Outcome that is not ok) as form state: message, field error, conflict. */
export function refused(
  result: { message: string; field?: string; conflict?: FormState['conflict'] },
  values?: Record<string, string>,
): FormState {
  return {
    ...failed(
      result.message,
      result.field ? { [result.field]: [result.message] } : undefined,
      values,
    ),
    conflict: result.conflict,
  };
}

/** The text fields of a submission, minus secrets, to refill a failed form. */
export function echo(
  formData: FormData,
  omit: readonly string[] = ['password', 'currentPassword', 'newPassword', 'confirmPassword'],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !omit.includes(key) && !key.startsWith('$'))
      values[key] = value;
  }
  return values;
}

export function saved(message: string): FormState {
  return { ok: true, message, savedAt: Date.now() };
}
