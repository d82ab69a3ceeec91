// Shared by the area forms (client) and their actions (server).
import { z } from 'zod';
import { summarySchema, titleSchema } from './items';

export { archiveSchema as archiveAreaSchema, moveSchema as moveAreaSchema } from './items';

export const updateAreaSchema = z.object({
  id: z.string().trim().min(1, 'Missing record id.'),
  version: z.coerce.number({ error: 'Missing version.' }).int().min(1),
  title: titleSchema,
  summary: summarySchema,
});
