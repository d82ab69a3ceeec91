'use server';

import { redirect } from 'next/navigation';
import { action } from '@/lib/actions';
import {
  createItem,
  moveItem,
  restoreItemVersion,
  setItemArchived,
  updateItem,
} from '@/lib/data/workspace/item-writes';
import { createMilestone, removeMilestone, updateMilestone } from '@/lib/data/workspace/milestones';
import { saved } from '@/lib/form-state';
import {
  archiveSchema,
  createItemSchema,
  createMilestoneSchema,
  moveSchema,
  removeMilestoneSchema,
  restoreItemSchema,
  updateItemSchema,
  updateMilestoneSchema,
} from '@/lib/validation/items';

// Items and their milestones (lib/actions.ts: role, form, zod, data layer,
// revalidation).

export const createItemAction = action({
  role: 'ANALYST',
  schema: createItemSchema,
  run: createItem,
  changes: 'tracker',
  done: (value) => redirect(`/workspace/items/${value.id}?created=1`),
});

export const updateItemAction = action({
  role: 'ANALYST',
  schema: updateItemSchema,
  run: updateItem,
  changes: 'tracker',
  done: () => saved('Item saved. The public page shows it now.'),
});

export const moveItemAction = action({
  role: 'ANALYST',
  schema: moveSchema,
  values: false,
  run: moveItem,
  changes: 'tracker',
  // A stale list is refreshed either way, so the analyst sees the real order.
  refreshOnRefusal: true,
  done: (_value, input) => saved(input.direction === 'up' ? 'Moved up.' : 'Moved down.'),
});

export const setItemArchivedAction = action({
  role: 'ANALYST',
  schema: archiveSchema,
  values: false,
  run: setItemArchived,
  changes: 'tracker',
  done: (_value, input) =>
    saved(
      input.archived
        ? 'Item archived: it no longer appears on public pages.'
        : 'Item published again.',
    ),
});

export const createMilestoneAction = action({
  role: 'ANALYST',
  schema: createMilestoneSchema,
  run: createMilestone,
  changes: 'tracker',
  done: () => saved('Milestone added.'),
});

export const updateMilestoneAction = action({
  role: 'ANALYST',
  schema: updateMilestoneSchema,
  run: updateMilestone,
  changes: 'tracker',
  done: () => saved('Milestone saved.'),
});

export const removeMilestoneAction = action({
  role: 'ANALYST',
  schema: removeMilestoneSchema,
  values: false,
  run: removeMilestone,
  changes: 'tracker',
  done: () => saved('Milestone removed.'),
});

export const restoreItemVersionAction = action({
  role: 'ANALYST',
  schema: restoreItemSchema,
  values: false,
  run: restoreItemVersion,
  changes: 'tracker',
  // The page was stale: show the current revisions along with the refusal.
  refreshOnRefusal: true,
  // The buttons of the restored revision may vanish with the new state: confirm on the page itself.
  done: (_value, input) => redirect(`/workspace/items/${input.itemId}/history?restored=1`),
});
