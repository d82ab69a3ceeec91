'use server';

import { formAction } from '@/lib/form-action';
import { readForm } from '@/lib/form-data';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import { archiveStatement, reattachStatement } from '@/lib/data/workspace/statements';
import { echo, invalid, refused, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { archiveStatementSchema, reattachStatementSchema } from '@/lib/validation/statements';

export const reattachStatementAction = formAction(async function reattachStatementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData);
  const parsed = reattachStatementSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await reattachStatement(actor, parsed.data);
  if (!result.ok) return refused(result, values);
  invalidateTrackerFromAction();
  revalidatePath('/workspace', 'layout');
  redirect('/workspace/orphans?resolved=placed');
});

export const archiveOrphanAction = formAction(async function archiveOrphanAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData);
  const parsed = archiveStatementSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await archiveStatement(actor, parsed.data);
  if (!result.ok) return refused(result, values);
  invalidateTrackerFromAction();
  revalidatePath('/workspace', 'layout');
  redirect('/workspace/orphans?resolved=archived');
});
