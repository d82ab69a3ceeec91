import type { z } from 'zod';

// What every form action returns: expected failures are values, shown next to
// their fields; bugs are thrown to error.tsx.
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Bumped on each success, so forms can reset or toast once per save. */
  savedAt?: number;
}

export const initialFormState: FormState = { ok: false };

export function invalid(error: z.ZodError, message = 'Please correct the fields marked below.'): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}

export function failed(message: string, fieldErrors?: FormState['fieldErrors']): FormState {
  return { ok: false, message, fieldErrors };
}

export function saved(message: string): FormState {
  return { ok: true, message, savedAt: Date.now() };
}
