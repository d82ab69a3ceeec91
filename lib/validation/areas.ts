// Shared by the area forms (client) and their actions (server).
import { z } from 'zod';
import { summarySchema, titleSchema } from './items';
import { MAX_DB_INT } from '@/lib/validation/numbers';
import { text } from '@/lib/validation/text';

export { archiveSchema as archiveAreaSchema, moveSchema as moveAreaSchema } from './items';

export const updateAreaSchema = z.object({
  id: text().trim().min(1, 'Missing record id.'),
  version: z.coerce.number({ error: 'Missing version.' }).int().min(1).max(MAX_DB_INT),
  title: titleSchema,
  summary: summarySchema,
});
