'use client';

import { useActionState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { FormMessage } from '@/components/ui/form-message';
import { Select, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ItemEditDto, MilestoneEditDto } from '@/lib/data/workspace/items';
import { statementKindDefinition } from '@/lib/statement-kinds';
import { initialFormState } from '@/lib/form-state';
import { MILESTONE_TITLE_MAX, milestoneFormValues, PRECISIONS } from '@/lib/validation/items';
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
  { name: 'outcome', label: 'Outcome', options: { '': 'Open', MET: 'Met', MISSED: 'Missed' } },
  { name: 'outcomeOn', label: 'Met or missed on' },
  {
    name: 'outcomePrecision',
    label: 'Precision of the outcome',
    options: Object.fromEntries(PRECISIONS.map((precision) => [precision.code, precision.label])),
  },
  { name: 'evidenceId', label: 'Evidence (statement id)' },
];

const OUTCOMES = [
  { code: '', label: 'Open: no report yet' },
  { code: 'MET', label: 'Met' },
  { code: 'MISSED', label: 'Missed' },
] as const;

type ItemStatement = ItemEditDto['statements'][number];

function shortQuote(quote: string): string {
  return quote.length > 90 ? `${quote.slice(0, 87)}…` : quote;
}

/** Adds a milestone (no `milestone`) or edits one, with the merge view on a conflict. */
export function MilestoneForm({
  itemId,
  milestone,
  statements,
}: {
  itemId: string;
  milestone?: MilestoneEditDto;
  /** The item's statements: a report of action or an assessment can be the outcome's evidence. */
  statements: ItemStatement[];
}) {
  const [state, action] = useActionState(
    milestone ? updateMilestoneAction : createMilestoneAction,
    initialFormState,
  );
  const prefix = milestone ? `milestone-${milestone.id}` : 'new-milestone';
  const stored = milestone && milestoneFormValues(milestone);
  const values = state.values ??
    stored ?? {
      title: '',
      dueOn: '',
      precision: 'DAY',
      outcome: '',
      outcomeOn: '',
      outcomePrecision: 'DAY',
      evidenceId: '',
    };
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
        <DayWithPrecision
          id={`${prefix}-due`}
          label={['Due date', 'Precision']}
          names={['dueOn', 'precision']}
          values={[values.dueOn, values.precision]}
          errors={[state.fieldErrors?.dueOn, state.fieldErrors?.precision]}
          version={version}
        />
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium">Met or missed, on evidence</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <Select
            key={`outcome-${values.outcome}-${version}`}
            id={`${prefix}-outcome`}
            label="Outcome"
            name="outcome"
            defaultValue={values.outcome}
            errors={state.fieldErrors?.outcome}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome.code} value={outcome.code}>
                {outcome.label}
              </option>
            ))}
          </Select>
          <DayWithPrecision
            id={`${prefix}-outcome-on`}
            label={['Met or missed on', 'Precision of the outcome']}
            names={['outcomeOn', 'outcomePrecision']}
            values={[values.outcomeOn, values.outcomePrecision]}
            errors={[state.fieldErrors?.outcomeOn, state.fieldErrors?.outcomePrecision]}
            version={version}
          />
        </div>
        <Select
          key={`evidence-${values.evidenceId}-${version}`}
          id={`${prefix}-evidence`}
          label="Evidence"
          name="evidenceId"
          defaultValue={values.evidenceId}
          hint="The statement that reports the outcome: a report of action or an assessment of outcome quoted for this item."
          errors={state.fieldErrors?.evidenceId}
        >
          <option value="">None (open milestone)</option>
          {statements.map((statement) => (
            <option key={statement.id} value={statement.id}>
              {statementKindDefinition(statement.kind).label}: “{shortQuote(statement.quote)}”
            </option>
          ))}
        </Select>
      </fieldset>
      <SubmitButton pendingLabel={milestone ? 'Saving…' : 'Adding…'}>
        {milestone ? (state.conflict ? 'Save with my choices' : 'Save milestone') : 'Add milestone'}
      </SubmitButton>
    </ManagedForm>
  );
}

/** A day and how precise it is: "any day of that month" with MONTH. */
function DayWithPrecision({
  id,
  label,
  names,
  values,
  errors,
  version,
}: {
  id: string;
  label: [string, string];
  names: [string, string];
  values: [string | undefined, string | undefined];
  errors: [string[] | undefined, string[] | undefined];
  version: number | undefined;
}) {
  return (
    <>
      <TextInput
        id={id}
        label={label[0]}
        name={names[0]}
        type="date"
        defaultValue={values[0] ?? ''}
        hint="With month or year precision, any day of it will do."
        errors={errors[0]}
      />
      <Select
        key={`${values[1]}-${version}`}
        id={`${id}-precision`}
        label={label[1]}
        name={names[1]}
        defaultValue={values[1] ?? 'DAY'}
        errors={errors[1]}
      >
        {PRECISIONS.map((precision) => (
          <option key={precision.code} value={precision.code}>
            {precision.label}
          </option>
        ))}
      </Select>
    </>
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
