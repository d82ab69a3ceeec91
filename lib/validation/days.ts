import { z } from 'zod';

/**
 * A real calendar day written YYYY-MM-DD (what a date input sends): the one
 * check of ISO days, zod's z.iso.date(), which knows month lengths and leap
 * years. Schemas that word "wrong format" and "no such day" apart check the
 * format first, then this.
 */
export function isIsoDate(value: string): boolean {
  return z.iso.date().safeParse(value).success;
}
