'use server';

import { formAction } from '@/lib/form-action';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import {
  createItem,
  moveItem,
  restoreItemVersion,
  setItemArchived,
  updateItem,
} from '@/lib/data/workspace/item-writes';
import { createMilestone, removeMilestone, updateMilestone } from '@/lib/data/workspace/milestones';
import { echo, failed, invalid, refused, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
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
import { readForm } from '@/lib/form-data';

// Items and their milestones. Each action: role, zod, data layer, then
// invalidate the public cache and refresh the page the analyst is on.

function afterWrite() {
  invalidateTrackerFromAction();
  refresh();
}

export const createItemAction = formAction(async function createItemAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = createItemSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await createItem(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  invalidateTrackerFromAction();
  redirect(`/workspace/items/${result.value.id}?created=1`);
});

export const updateItemAction = formAction(async function updateItemAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = updateItemSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await updateItem(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  afterWrite();
  return saved('Item saved. The public page shows it now.');
});

export const moveItemAction = formAction(async function moveItemAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = moveSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await moveItem(actor, parsed.data);
  // A stale list is refreshed either way, so the analyst sees the real order.
  refresh();
  if (!result.ok) return failed(result.message);
  invalidateTrackerFromAction();
  return saved(parsed.data.direction === 'up' ? 'Moved up.' : 'Moved down.');
});

export const setItemArchivedAction = formAction(async function setItemArchivedAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = archiveSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await setItemArchived(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  afterWrite();
  return saved(
    parsed.data.archived
      ? 'Item archived: it no longer appears on public pages.'
      : 'Item published again.',
  );
});

export const createMilestoneAction = formAction(async function createMilestoneAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = createMilestoneSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await createMilestone(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  afterWrite();
  return saved('Milestone added.');
});

export const updateMilestoneAction = formAction(async function updateMilestoneAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = updateMilestoneSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, echo(formData));
  const result = await updateMilestone(actor, parsed.data);
  if (!result.ok) return refused(result, echo(formData));
  afterWrite();
  return saved('Milestone saved.');
});

export const removeMilestoneAction = formAction(async function removeMilestoneAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = removeMilestoneSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await removeMilestone(actor, parsed.data);
  if (!result.ok) return failed(result.message);
  afterWrite();
  return saved('Milestone removed.');
});

export const restoreItemVersionAction = formAction(async function restoreItemVersionAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const parsed = restoreItemSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await restoreItemVersion(actor, parsed.data);
  if (!result.ok) {
    // The page was stale: show the current revisions along with the refusal.
    refresh();
    return failed(result.message);
  }
  invalidateTrackerFromAction();
  // The buttons of the restored revision may vanish with the new state: confirm on the page itself.
  redirect(`/workspace/items/${parsed.data.itemId}/history?restored=1`);
});
