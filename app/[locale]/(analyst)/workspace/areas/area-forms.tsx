'use client';

import { useActionState } from 'react';
import { ConflictMerge } from '@/components/conflict-merge';
import { FormMessage } from '@/components/ui/form-message';
import { TextArea, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AreaEditDto } from '@/lib/data/workspace/areas';
import { initialFormState } from '@/lib/form-state';
import { SUMMARY_MAX, TITLE_MAX } from '@/lib/validation/items';
import { RowButton } from '@/components/ui/row-button';
import { moveAreaAction, setAreaArchivedAction, updateAreaAction } from './actions';

export function AreaEditForm({ area }: { area: AreaEditDto }) {
  const [state, action] = useActionState(updateAreaAction, initialFormState);
  const values = state.values ?? { title: area.title, summary: area.summary };
  return (
    <ManagedForm action={action} state={state} className="space-y-3">
      <input type="hidden" name="id" value={area.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? area.version} />
      {state.conflict && (
        <ConflictMerge
          key={state.conflict.currentVersion}
          fields={[
            { name: 'title', label: 'Title' },
            { name: 'summary', label: 'Summary' },
          ]}
          conflict={state.conflict}
          yours={state.values}
        />
      )}
      <TextInput
        id={`area-${area.id}-title`}
        label="Title"
        name="title"
        maxLength={TITLE_MAX}
        defaultValue={values.title}
        errors={state.fieldErrors?.title}
      />
      <TextArea
        id={`area-${area.id}-summary`}
        label="Summary"
        name="summary"
        rows={3}
        maxLength={SUMMARY_MAX}
        defaultValue={values.summary}
        errors={state.fieldErrors?.summary}
      />
      <SubmitButton>{state.conflict ? 'Save with my choices' : 'Save area'}</SubmitButton>
    </ManagedForm>
  );
}

export function AreaRowActions({
  area,
  isFirst,
  isLast,
}: {
  area: AreaEditDto;
  isFirst: boolean;
  isLast: boolean;
}) {
  const [moveState, moveAction] = useActionState(moveAreaAction, initialFormState);
  const [archiveState, archiveAction] = useActionState(setAreaArchivedAction, initialFormState);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        {(['up', 'down'] as const).map((direction) => (
          <form key={direction} action={moveAction}>
            <input type="hidden" name="id" value={area.id} />
            <input type="hidden" name="version" value={area.version} />
            <input type="hidden" name="direction" value={direction} />
            <RowButton
              disabled={direction === 'up' ? isFirst : isLast}
              label={`${direction === 'up' ? 'Move up' : 'Move down'}: ${area.title}`}
            >
              {direction === 'up' ? 'Move up' : 'Move down'}
            </RowButton>
          </form>
        ))}
        <form action={archiveAction}>
          <input type="hidden" name="id" value={area.id} />
          <input type="hidden" name="version" value={area.version} />
          <input type="hidden" name="archived" value={String(!area.isArchived)} />
          <RowButton label={`${area.isArchived ? 'Publish again' : 'Archive'}: ${area.title}`}>
            {area.isArchived ? 'Publish again' : 'Archive'}
          </RowButton>
        </form>
      </div>
      {!moveState.ok && <FormMessage state={moveState} />}
      {!archiveState.ok && <FormMessage state={archiveState} />}
    </div>
  );
}
