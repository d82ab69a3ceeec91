'use client';

import { useActionState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { FormMessage } from '@/components/ui/form-message';
import { Select, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { MilestoneEditDto } from '@/lib/data/workspace/items';
import { initialFormState } from '@/lib/form-state';
import { MILESTONE_TITLE_MAX, PRECISIONS } from '@/lib/validation/items';
import { createMilestoneAction, removeMilestoneAction, updateMilestoneAction } from '../actions';
import { RowButton } from '@/components/ui/row-button';

const MERGE_FIELDS: MergeField[] = [
  { name: 'title', label: 'What is due' },
  { name: 'dueOn', label: 'Due date' },
  {
    name: 'precision',
    label: 'Precision',
    options: Object.fromEntries(PRECISIONS.map((precision) => [precision.code, precision.label])),
  },
  { name: 'metOn', label: 'Met on' },
];

/** Adds a milestone (no `milestone`) or edits one, with the merge view on a conflict. */
export function MilestoneForm({
  itemId,
  milestone,
}: {
  itemId: string;
  milestone?: MilestoneEditDto;
}) {
  const [state, action] = useActionState(
    milestone ? updateMilestoneAction : createMilestoneAction,
    initialFormState,
  );
  const prefix = milestone ? `milestone-${milestone.id}` : 'new-milestone';
  const stored = milestone && {
    title: milestone.title,
    dueOn: milestone.dueOn,
    precision: milestone.precision,
    metOn: milestone.metOn ?? '',
  };
  const values = state.values ?? stored ?? { title: '', dueOn: '', precision: 'DAY', metOn: '' };
  const version = state.conflict?.currentVersion ?? milestone?.version;
  return (
    <ManagedForm action={action} state={state} resetOnSave={!milestone} className="space-y-3">
      {milestone ? (
        <>
          <input type="hidden" name="id" value={milestone.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <input type="hidden" name="itemId" value={itemId} />
      )}
      {state.conflict && (
        <ConflictMerge
          key={state.conflict.currentVersion}
          fields={MERGE_FIELDS}
          conflict={state.conflict}
          yours={state.values}
          headingLevel={milestone ? 3 : 4}
        />
      )}
      <TextInput
        id={`${prefix}-title`}
        label="What is due"
        name="title"
        maxLength={MILESTONE_TITLE_MAX}
        defaultValue={values.title}
        errors={state.fieldErrors?.title}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          id={`${prefix}-due`}
          label="Due date"
          name="dueOn"
          type="date"
          defaultValue={values.dueOn}
          hint="With month or year precision, any day of it will do."
          errors={state.fieldErrors?.dueOn}
        />
        <Select
          key={`${values.precision}-${version}`}
          id={`${prefix}-precision`}
          label="Precision"
          name="precision"
          defaultValue={values.precision}
          errors={state.fieldErrors?.precision}
        >
          {PRECISIONS.map((precision) => (
            <option key={precision.code} value={precision.code}>
              {precision.label}
            </option>
          ))}
        </Select>
        <TextInput
          id={`${prefix}-met`}
          label="Met on (optional)"
          name="metOn"
          type="date"
          defaultValue={values.metOn}
          errors={state.fieldErrors?.metOn}
        />
      </div>
      <SubmitButton pendingLabel={milestone ? 'Saving…' : 'Adding…'}>
        {milestone ? (state.conflict ? 'Save with my choices' : 'Save milestone') : 'Add milestone'}
      </SubmitButton>
    </ManagedForm>
  );
}

export function RemoveMilestoneButton({ milestone }: { milestone: MilestoneEditDto }) {
  const [state, action] = useActionState(removeMilestoneAction, initialFormState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="id" value={milestone.id} />
      <input type="hidden" name="version" value={milestone.version} />
      <RowButton label={`Remove: ${milestone.title}`}>Remove</RowButton>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}
