'use client';

import { RowButton } from '@/components/ui/row-button';
import { useActionState } from 'react';
import { Select, TextArea, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AreaOptionDto } from '@/lib/data/workspace/items';
import { initialFormState } from '@/lib/form-state';
import { SUMMARY_MAX, TITLE_MAX } from '@/lib/validation/items';
import { createItemAction, moveItemAction, setItemArchivedAction } from './actions';

export function NewItemForm({ areas }: { areas: AreaOptionDto[] }) {
  const [state, action] = useActionState(createItemAction, initialFormState);
  const areaId = state.values?.areaId ?? '';
  return (
    <ManagedForm action={action} state={state} className="space-y-4">
      <Select
        key={areaId}
        label="Area"
        name="areaId"
        id="new-item-area"
        defaultValue={areaId}
        errors={state.fieldErrors?.areaId}
      >
        <option value="">Choose an area…</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.title}
            {area.isArchived ? ' (archived)' : ''}
          </option>
        ))}
      </Select>
      <TextInput
        label="Title"
        name="title"
        id="new-item-title"
        maxLength={TITLE_MAX}
        defaultValue={state.values?.title}
        errors={state.fieldErrors?.title}
      />
      <TextArea
        label="Summary"
        name="summary"
        id="new-item-summary"
        rows={3}
        maxLength={SUMMARY_MAX}
        hint="What exactly was promised, in one or two sentences."
        defaultValue={state.values?.summary}
        errors={state.fieldErrors?.summary}
      />
      <SubmitButton pendingLabel="Creating…">Create item</SubmitButton>
    </ManagedForm>
  );
}

interface RowProps {
  item: { id: string; title: string; version: number; isArchived: boolean };
  isFirst: boolean;
  isLast: boolean;
}

/** Move up / Move down / Archive for one item of the list: buttons, no dragging. */
export function ItemRowActions({ item, isFirst, isLast }: RowProps) {
  const [moveState, moveAction] = useActionState(moveItemAction, initialFormState);
  const [archiveState, archiveAction] = useActionState(setItemArchivedAction, initialFormState);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <form action={moveAction}>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <input type="hidden" name="direction" value="up" />
          <RowButton disabled={isFirst} label={`Move up: ${item.title}`}>
            Move up
          </RowButton>
        </form>
        <form action={moveAction}>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <input type="hidden" name="direction" value="down" />
          <RowButton disabled={isLast} label={`Move down: ${item.title}`}>
            Move down
          </RowButton>
        </form>
        <form action={archiveAction}>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <input type="hidden" name="archived" value={String(!item.isArchived)} />
          <RowButton label={`${item.isArchived ? 'Publish again' : 'Archive'}: ${item.title}`}>
            {item.isArchived ? 'Publish again' : 'Archive'}
          </RowButton>
        </form>
      </div>
      <RowMessage state={moveState} />
      <RowMessage state={archiveState} />
    </div>
  );
}

function RowMessage({ state }: { state: { ok: boolean; message?: string } }) {
  // Success shows in the list itself; only refusals need words.
  if (state.ok || !state.message) return null;
  return <FormMessage state={state} />;
}
