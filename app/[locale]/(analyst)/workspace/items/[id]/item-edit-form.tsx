'use client';

import { useActionState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { Select, TextArea, TextInput } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AreaOptionDto } from '@/lib/data/workspace/items';
import { initialFormState } from '@/lib/form-state';
import { SUMMARY_MAX, TITLE_MAX } from '@/lib/validation/items';
import { updateItemAction } from '../actions';

interface Props {
  item: {
    id: string;
    version: number;
    title: string;
    summary: string;
    titleRu: string;
    summaryRu: string;
    areaId: string;
  };
  areas: AreaOptionDto[];
}

/**
 * Title, summary and area of an item. Carries the version it was loaded at;
 * if someone saved since, the server refuses and the merge view appears.
 */
export function ItemEditForm({ item, areas }: Props) {
  const [state, action] = useActionState(updateItemAction, initialFormState);
  // After a refused save the fields show what the analyst typed, not the stored values.
  const values = state.values ?? {
    title: item.title,
    summary: item.summary,
    titleRu: item.titleRu,
    summaryRu: item.summaryRu,
    areaId: item.areaId,
  };
  const version = state.conflict?.currentVersion ?? item.version;
  const fields: MergeField[] = [
    { name: 'title', label: 'Title' },
    { name: 'summary', label: 'Summary' },
    { name: 'titleRu', label: 'Название (по-русски)' },
    { name: 'summaryRu', label: 'Описание (по-русски)' },
    {
      name: 'areaId',
      label: 'Area',
      options: Object.fromEntries(areas.map((area) => [area.id, area.title])),
    },
  ];
  return (
    <ManagedForm action={action} state={state} className="space-y-4">
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={version} />
      {state.conflict && (
        <ConflictMerge
          key={state.conflict.currentVersion}
          fields={fields}
          conflict={state.conflict}
          yours={state.values}
        />
      )}
      <TextInput
        label="Title"
        name="title"
        maxLength={TITLE_MAX}
        defaultValue={values.title}
        errors={state.fieldErrors?.title}
      />
      <TextArea
        label="Summary"
        name="summary"
        rows={4}
        maxLength={SUMMARY_MAX}
        defaultValue={values.summary}
        errors={state.fieldErrors?.summary}
      />
      <fieldset className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
        <legend className="text-sm font-medium">
          In Russian: the tracker’s translation (readers see it labelled as ours)
        </legend>
        <TextInput
          label="Название (по-русски)"
          name="titleRu"
          lang="ru"
          maxLength={TITLE_MAX}
          defaultValue={values.titleRu}
          errors={state.fieldErrors?.titleRu}
        />
        <TextArea
          label="Описание (по-русски)"
          name="summaryRu"
          lang="ru"
          rows={4}
          maxLength={SUMMARY_MAX}
          defaultValue={values.summaryRu}
          errors={state.fieldErrors?.summaryRu}
        />
      </fieldset>
      <Select
        key={`${values.areaId}-${version}`}
        label="Area"
        name="areaId"
        defaultValue={values.areaId}
        errors={state.fieldErrors?.areaId}
      >
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.title}
            {area.isArchived ? ' (archived)' : ''}
          </option>
        ))}
      </Select>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Moving an item to another area puts it at the end of that area. Save with Ctrl+S (⌘S on a
        Mac).
      </p>
      <SubmitButton>{state.conflict ? 'Save with my choices' : 'Save changes'}</SubmitButton>
    </ManagedForm>
  );
}
