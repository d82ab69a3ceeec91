// The dismissal of a suggested sentence (issue 11), shared by its form and action.
import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

export const dismissSuggestionSchema = z
  .object({
    sourceId: text().min(1).max(200),
    sourceVersion: z.coerce.number().int().min(1).max(MAX_DB_INT),
    itemId: text().min(1).max(200),
    start: z.coerce.number().int().min(0).max(MAX_DB_INT),
    end: z.coerce.number().int().min(1).max(MAX_DB_INT),
  })
  .refine((input) => input.end > input.start, {
    message: 'That passage is empty. Reload the page.',
    path: ['end'],
  });
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;
