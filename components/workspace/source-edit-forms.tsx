'use client';

import { useActionState, useState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { Select, TextArea, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { SourceWorkspaceDto } from '@/lib/data/workspace/sources';
import { initialFormState, type FormState } from '@/lib/form-state';
import { OUTLET_TYPES } from '@/lib/outlets';
import { PROVENANCES } from '@/lib/validation/sources';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const MERGE_FIELDS: MergeField[] = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'url', label: 'URL' },
  { name: 'publishedOn', label: 'Published date' },
  { name: 'dateline', label: 'Dateline' },
  { name: 'place', label: 'Place' },
  { name: 'languages', label: 'Languages' },
  { name: 'event', label: 'Event' },
  { name: 'yearBasis', label: 'Why this year' },
];

/** A source's metadata, corrected after import (issue 11); its text has its own form. */
export function SourceMetadataForm({
  source,
  action,
}: {
  source: SourceWorkspaceDto;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [isYearInferred, setYearInferred] = useState(source.yearInferred);
  const value = (name: string, stored: string | null) => state.values?.[name] ?? stored ?? '';
  const errors = state.fieldErrors ?? {};
  return (
    <ManagedForm action={formAction} state={state} className="space-y-4">
      <input type="hidden" name="sourceId" value={source.id} />
      <input
        type="hidden"
        name="version"
        value={state.conflict?.currentVersion ?? source.recordVersion}
      />
      {state.conflict && (
        <ConflictMerge
          key={state.conflict.currentVersion}
          fields={MERGE_FIELDS}
          conflict={state.conflict}
          yours={state.values}
        />
      )}
      <TextInput
        label="Title"
        name="title"
        defaultValue={value('title', source.title)}
        errors={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label="Outlet"
          name="outlet"
          defaultValue={value('outlet', source.outlet)}
          errors={errors.outlet}
        />
        <Select
          label="Outlet type"
          name="outletType"
          defaultValue={value('outletType', source.outletType)}
          errors={errors.outletType}
        >
          {OUTLET_TYPES.map((type) => (
            <option key={type.code} value={type.code}>
              {type.label}
            </option>
          ))}
        </Select>
        <Select
          label="This copy is"
          name="provenance"
          defaultValue={value('provenance', source.provenance)}
          errors={errors.provenance}
        >
          {PROVENANCES.map((provenance) => (
            <option key={provenance.code} value={provenance.code}>
              {provenance.label}
            </option>
          ))}
        </Select>
        <TextInput
          label="Original outlet"
          name="originalOutlet"
          defaultValue={value('originalOutlet', source.originalOutlet)}
          hint="For a republication or translation: whose text it is."
          errors={errors.originalOutlet}
        />
        <TextInput
          label="URL"
          name="url"
          type="url"
          defaultValue={value('url', source.url)}
          errors={errors.url}
        />
        <TextInput
          label="Published date"
          name="publishedOn"
          type="date"
          defaultValue={value('publishedOn', source.publishedOn)}
          errors={errors.publishedOn}
        />
        <TextInput
          label="Dateline"
          name="dateline"
          defaultValue={value('dateline', source.dateline)}
          errors={errors.dateline}
        />
        <TextInput
          label="Place"
          name="place"
          defaultValue={value('place', source.place)}
          errors={errors.place}
        />
        <TextInput
          label="Languages"
          name="languages"
          defaultValue={value('languages', source.languages.join(', '))}
          hint='ISO codes, comma separated, e.g. "en, ru".'
          errors={errors.languages}
        />
        <TextInput
          label="Event"
          name="event"
          defaultValue={value('event', source.event)}
          errors={errors.event}
        />
      </div>
      <div className="flex items-start gap-2">
        <input
          id="edit-yearInferred"
          type="checkbox"
          name="yearInferred"
          checked={isYearInferred}
          onChange={(event) => setYearInferred(event.target.checked)}
          className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
        />
        <label htmlFor="edit-yearInferred" className="text-sm">
          The year is inferred (the dateline and text do not state it)
        </label>
      </div>
      {isYearInferred && (
        <TextArea
          label="Why this year"
          name="yearBasis"
          rows={2}
          defaultValue={value('yearBasis', source.yearBasis)}
          errors={errors.yearBasis}
        />
      )}
      <SubmitButton pendingLabel="Saving…">Save the details</SubmitButton>
    </ManagedForm>
  );
}

/** Archive (with its quotes) or publish again; the server refuses while it is evidence. */
export function SourceArchiveForm({
  source,
  action,
}: {
  source: SourceWorkspaceDto;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const archive = !source.isArchived;
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(event) => {
        if (
          archive &&
          !window.confirm(
            'Archive this source? It and its quotes disappear from the public pages until it is published again.',
          )
        )
          event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={source.recordVersion} />
      <input type="hidden" name="archived" value={String(archive)} />
      {archive && (
        <TextInput
          label="Why (optional)"
          name="reason"
          id="archive-reason"
          hint="E.g. “Imported by mistake: not about the CSTO”."
        />
      )}
      <SubmitButton variant={archive ? 'danger' : 'secondary'} pendingLabel="Saving…">
        {archive ? 'Archive this source' : 'Publish this source again'}
      </SubmitButton>
    </form>
  );
}
