'use client';

import { useActionState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { Select, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { QuotableAreaDto, WorkspaceStatementDto } from '@/lib/data/workspace/sources';
import { initialFormState, type FormState } from '@/lib/form-state';
import { STATEMENT_KINDS } from '@/lib/statement-kinds';
import { QuoteItemPicker } from './quote-item-picker';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Speaker, date, kind and items of a statement; the quote itself is never edited. */
export function StatementEditForm({
  statement,
  areas,
  action,
}: {
  statement: WorkspaceStatementDto;
  areas: readonly QuotableAreaDto[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const idPrefix = `edit-${statement.id}`;
  const values = state.values;
  const liveIds = new Set(areas.flatMap((area) => area.items.map((item) => item.id)));
  const archived = statement.items.filter((item) => !liveIds.has(item.id));
  return (
    <ManagedForm action={formAction} state={state} className="space-y-3">
      <input type="hidden" name="statementId" value={statement.id} />
      {/* After a conflict the next save applies on top of what is stored now. */}
      <input
        type="hidden"
        name="version"
        value={state.conflict?.currentVersion ?? statement.version}
      />
      {state.conflict && (
        <>
          <ConflictMerge
            key={state.conflict.currentVersion}
            fields={MERGE_FIELDS}
            conflict={state.conflict}
            yours={values}
            headingLevel={4}
          />
          <StoredItems itemIds={state.conflict.current.itemIds ?? ''} areas={areas} />
        </>
      )}
      <TextInput
        id={`${idPrefix}-speaker`}
        label="Speaker"
        name="speaker"
        defaultValue={values?.speaker ?? statement.speaker}
        errors={state.fieldErrors?.speaker}
      />
      <TextInput
        id={`${idPrefix}-relayedFrom`}
        label="Relaying (optional)"
        name="relayedFrom"
        defaultValue={values?.relayedFrom ?? statement.relayedFrom ?? ''}
        hint="Whose words or position the speaker passes on."
        errors={state.fieldErrors?.relayedFrom}
      />
      <TextInput
        id={`${idPrefix}-sameRemarkAs`}
        label="Same remark as (optional)"
        name="sameRemarkAs"
        defaultValue={values?.sameRemarkAs ?? statement.sameRemarkAsId ?? ''}
        hint="Paste the link of the same remark’s quote in another copy (it ends in #q-…): the two then count once."
        errors={state.fieldErrors?.sameRemarkAs}
      />
      <TextInput
        id={`${idPrefix}-statedOn`}
        label="Stated on"
        name="statedOn"
        type="date"
        defaultValue={values?.statedOn ?? statement.statedOn ?? ''}
        errors={state.fieldErrors?.statedOn}
      />
      <Select
        key={values?.kind ?? statement.kind}
        id={`${idPrefix}-kind`}
        label="Kind"
        name="kind"
        defaultValue={values?.kind ?? statement.kind}
        errors={state.fieldErrors?.kind}
      >
        {STATEMENT_KINDS.map((kind) => (
          <option key={kind.code} value={kind.code}>
            {kind.label}
          </option>
        ))}
      </Select>
      <QuoteItemPicker
        idPrefix={idPrefix}
        areas={areas}
        checked={statement.items.map((item) => item.id)}
        archived={archived}
        errors={state.fieldErrors?.itemIds}
      />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </ManagedForm>
  );
}

const MERGE_FIELDS: MergeField[] = [
  { name: 'speaker', label: 'Speaker' },
  { name: 'relayedFrom', label: 'Relaying' },
  { name: 'sameRemarkAs', label: 'Same remark as' },
  { name: 'statedOn', label: 'Stated on' },
  {
    name: 'kind',
    label: 'Kind',
    options: Object.fromEntries(STATEMENT_KINDS.map((kind) => [kind.code, kind.label])),
  },
];

/** The merge view fills single fields; the stored items are listed for the analyst to tick. */
function StoredItems({ itemIds, areas }: { itemIds: string; areas: readonly QuotableAreaDto[] }) {
  const titles = new Map(
    areas.flatMap((area) => area.items.map((item) => [item.id, item.title] as const)),
  );
  const ids = itemIds.split(',').filter(Boolean);
  return (
    <p className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      <span className="font-medium">Items saved by someone else:</span>{' '}
      {ids.map((id) => titles.get(id) ?? id).join('; ') || 'none'}. Tick the items you want below.
    </p>
  );
}

/** Archiving keeps the statement (and any status change citing it) but takes it off public pages. */
export function StatementArchiveForm({
  statement,
  action,
  submitLabel = 'Archive the statement',
}: {
  statement: Pick<WorkspaceStatementDto, 'id' | 'version' | 'evidenceCount'>;
  action: Action;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ManagedForm action={formAction} state={state} className="space-y-3">
      <input type="hidden" name="statementId" value={statement.id} />
      <input
        type="hidden"
        name="version"
        value={state.conflict?.currentVersion ?? statement.version}
      />
      <TextInput
        id={`archive-${statement.id}-reason`}
        label="Reason for archiving"
        name="reason"
        defaultValue={state.values?.reason ?? ''}
        hint={
          statement.evidenceCount > 0
            ? `Cited by ${statement.evidenceCount} status change${statement.evidenceCount === 1 ? '' : 's'}: they keep citing it.`
            : 'Kept in the audit log.'
        }
        errors={state.fieldErrors?.reason}
      />
      <SubmitButton variant="danger" pendingLabel="Archiving…">
        {submitLabel}
      </SubmitButton>
    </ManagedForm>
  );
}
