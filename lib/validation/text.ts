import { z } from 'zod';

/** Postgres cannot store U+0000 in text: without this, a NUL anywhere was a 500 (issue 9, finding 10). */
export const NUL_MESSAGE = 'Remove the invisible NUL character from this text.';

/** A string field of a form: z.string() that refuses NUL with a field error. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !value.includes('\u0000'), NUL_MESSAGE);
}
