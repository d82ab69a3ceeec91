'use server';

import { action } from '@/lib/actions';
import { moveArea, setAreaArchived, updateArea } from '@/lib/data/workspace/areas';
import { saved } from '@/lib/form-state';
import { archiveAreaSchema, moveAreaSchema, updateAreaSchema } from '@/lib/validation/areas';

// Priority areas (lib/actions.ts: role, form, zod, data layer, revalidation).

export const updateAreaAction = action({
  role: 'ANALYST',
  schema: updateAreaSchema,
  run: updateArea,
  changes: 'tracker',
  done: () => saved('Area saved. The public pages show it now.'),
});

export const moveAreaAction = action({
  role: 'ANALYST',
  schema: moveAreaSchema,
  values: false,
  run: moveArea,
  changes: 'tracker',
  // A stale list is refreshed either way, so the analyst sees the real order.
  refreshOnRefusal: true,
  done: (_value, input) => saved(input.direction === 'up' ? 'Moved up.' : 'Moved down.'),
});

export const setAreaArchivedAction = action({
  role: 'ANALYST',
  schema: archiveAreaSchema,
  values: false,
  run: setAreaArchived,
  changes: 'tracker',
  done: (_value, input) =>
    saved(
      input.archived
        ? 'Area archived: it and its items no longer appear on public pages.'
        : 'Area published again.',
    ),
});
