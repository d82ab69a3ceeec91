import { isDatabaseUnavailable, OUTAGE_MESSAGE } from '@/lib/db-errors';
import { echo, type FormState } from '@/lib/form-state';

type FormActionFn<S extends FormState> = (previous: S, formData: FormData) => Promise<S>;

/**
 * Every form's server action goes through this. A database outage (the
 * session check or the save itself) is not a bug: the analyst stays on the
 * form, with what they typed, and is told to try again, instead of being sent
 * to /login or an error page that loses the text (issue 9, finding 8).
 * Anything else (redirects, notFound, forbidden, bugs) passes through.
 */
export function formAction<S extends FormState>(
  run: FormActionFn<S>,
  options: { values?: (formData: FormData) => Record<string, string> } = {},
): FormActionFn<S> {
  return async (previous, formData) => {
    try {
      return await run(previous, formData);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error('Save refused, database unavailable:', error);
      return {
        ...previous,
        ok: false,
        message: OUTAGE_MESSAGE,
        fieldErrors: undefined,
        conflict: undefined,
        values: (options.values ?? echo)(formData),
      };
    }
  };
}
