'use client';

import { useActionState, useState } from 'react';
import { ConflictMerge, type MergeField } from '@/components/conflict-merge';
import { TextArea, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { SourceWorkspaceDto } from '@/lib/data/workspace/sources';
import { initialFormState, type FormState } from '@/lib/form-state';
import { SourceDetailFields } from './source-detail-fields';

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
  const stored: Record<string, string | null> = {
    title: source.title,
    outlet: source.outlet,
    outletType: source.outletType,
    provenance: source.provenance,
    originalOutlet: source.originalOutlet,
    url: source.url,
    dateline: source.dateline,
    place: source.place,
    languages: source.languages.join(', '),
    event: source.event,
  };
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
      <SourceDetailFields
        value={(name) => value(name, stored[name] ?? null)}
        errors={state.fieldErrors}
        dateField={
          <TextInput
            label="Published date"
            name="publishedOn"
            type="date"
            defaultValue={value('publishedOn', source.publishedOn)}
            errors={errors.publishedOn}
          />
        }
      />
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
