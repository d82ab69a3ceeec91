'use server';

import { formAction } from '@/lib/form-action';
import { readForm } from '@/lib/form-data';
import { revalidatePath } from 'next/cache';
import { invalidateTrackerFromAction } from '@/lib/data/shared/cache';
import type { DuplicateDto } from '@/lib/data/shared/source-versions';
import { describeRevisionSummary } from '@/lib/revision-description';
import { reviseSourceText } from '@/lib/data/workspace/source-revision';
import {
  archiveStatement,
  createStatement,
  updateStatement,
} from '@/lib/data/workspace/statements';
import { echo, invalid, refused, saved, type FormState } from '@/lib/form-state';
import { requireRole } from '@/lib/session';
import { reviseSourceSchema } from '@/lib/validation/sources';
import {
  archiveStatementSchema,
  createStatementSchema,
  updateStatementSchema,
} from '@/lib/validation/statements';

export interface SourceFormState extends FormState {
  duplicateOf?: DuplicateDto;
}

function afterWrite() {
  invalidateTrackerFromAction();
  revalidatePath('/workspace', 'layout');
}

export const createStatementAction = formAction(async function createStatementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData);
  const parsed = createStatementSchema.safeParse(readForm(formData, ['itemIds']));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await createStatement(actor, parsed.data);
  if (!result.ok) return refused(result, values);
  afterWrite();
  return saved('Statement saved: it is now highlighted in the text and listed on its items.');
});

export const updateStatementAction = formAction(async function updateStatementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData);
  const parsed = updateStatementSchema.safeParse(readForm(formData, ['itemIds']));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await updateStatement(actor, parsed.data);
  if (!result.ok) return refused(result, values);
  afterWrite();
  return saved('Statement updated.');
});

export const archiveStatementAction = formAction(async function archiveStatementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData);
  const parsed = archiveStatementSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await archiveStatement(actor, parsed.data);
  if (!result.ok) return refused(result, values);
  afterWrite();
  return saved('Statement archived. It no longer appears on public pages.');
});

export const reviseSourceTextAction = formAction(async function reviseSourceTextAction(
  _previous: SourceFormState,
  formData: FormData,
): Promise<SourceFormState> {
  const actor = await requireRole('ANALYST');
  const values = echo(formData, { omit: ['text'] });
  const parsed = reviseSourceSchema.safeParse(readForm(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, values);
  const result = await reviseSourceText(actor, parsed.data);
  if (!result.ok) return { ...refused(result, values), duplicateOf: result.duplicateOf };
  afterWrite();
  return saved(
    `Version ${result.value.versionNumber} saved: ${describeRevisionSummary(result.value)}.`,
  );
});
