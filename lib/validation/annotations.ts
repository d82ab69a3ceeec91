// Shared by the notes forms (client) and their actions (server).
import { z } from 'zod';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

export const NOTE_MAX = 5_000;

export const TARGET_TYPES = ['item', 'statement', 'source'] as const;
export type AnnotationTargetType = (typeof TARGET_TYPES)[number];

const body = text({ error: 'Write a note.' })
  .trim()
  .min(1, 'Write a note.')
  .max(NOTE_MAX, `Use at most ${NOTE_MAX} characters.`);

export const createAnnotationSchema = z.object({
  targetType: z.enum(TARGET_TYPES, { error: 'Unknown target.' }),
  targetId: text().trim().min(1, 'Unknown target.').max(200),
  body,
});

export const updateAnnotationSchema = z.object({
  id: text().trim().min(1),
  version: z.coerce.number().int().min(1).max(MAX_DB_INT),
  body,
});

export const archiveAnnotationSchema = z.object({
  id: text().trim().min(1),
  version: z.coerce.number().int().min(1).max(MAX_DB_INT),
});
