'use client';

import { useActionState, useState } from 'react';
import { ConflictMerge } from '@/components/conflict-merge';
import { FormMessage } from '@/components/ui/form-message';
import { TextArea } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AnnotationDto } from '@/lib/data/workspace/annotations';
import { initialFormState } from '@/lib/form-state';
import { NOTE_MAX, type AnnotationTargetType } from '@/lib/validation/annotations';
import { archiveAnnotationAction, createAnnotationAction, updateAnnotationAction } from './actions';

export function NewAnnotationForm({
  targetType,
  targetId,
  label,
}: {
  targetType: AnnotationTargetType;
  targetId: string;
  label: string;
}) {
  const [state, action] = useActionState(createAnnotationAction, initialFormState);
  return (
    <ManagedForm action={action} state={state} resetOnSave className="space-y-2">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <TextArea
        id={`new-note-${targetType}-${targetId}`}
        label={label}
        name="body"
        rows={2}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.body}
        errors={state.fieldErrors?.body}
      />
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add note
      </SubmitButton>
    </ManagedForm>
  );
}

/** One note: its text, and for its author (or an admin) Edit and Archive. */
export function AnnotationEntry({
  note,
  headingLevel,
}: {
  note: AnnotationDto;
  headingLevel: 3 | 4;
}) {
  const [editState, editAction] = useActionState(updateAnnotationAction, initialFormState);
  // Editing until the next successful save: remembers which save it opened after.
  const [openedAfter, setOpenedAfter] = useState<number | undefined | null>(null);
  const isEditing = openedAfter !== null && editState.savedAt === openedAfter;
  const setEditing = (open: boolean) => setOpenedAfter(open ? editState.savedAt : null);
  const [archiveState, archiveAction] = useActionState(archiveAnnotationAction, initialFormState);
  const version = editState.conflict?.currentVersion ?? note.version;
  const editing = isEditing || Boolean(editState.conflict);
  return (
    <div className="space-y-2">
      {editing ? (
        <ManagedForm action={editAction} state={editState} className="space-y-2">
          <input type="hidden" name="id" value={note.id} />
          <input type="hidden" name="version" value={version} />
          {editState.conflict && (
            <ConflictMerge
              key={editState.conflict.currentVersion}
              fields={[{ name: 'body', label: 'Note' }]}
              conflict={editState.conflict}
              yours={editState.values}
              headingLevel={headingLevel}
            />
          )}
          <TextArea
            id={`note-${note.id}`}
            label="Edit the note"
            name="body"
            rows={3}
            maxLength={NOTE_MAX}
            defaultValue={editState.values?.body ?? note.body}
            errors={editState.fieldErrors?.body}
          />
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="secondary">Save note</SubmitButton>
            <button
              type="button"
              onClick={() => setEditing(false)}
              className="rounded-md px-3 py-2 text-sm underline"
            >
              Cancel
            </button>
          </div>
        </ManagedForm>
      ) : (
        <p className="whitespace-pre-wrap break-words">{note.body}</p>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>
          {note.authorName},{' '}
          <time dateTime={note.createdAt}>{note.createdAt.slice(0, 16).replace('T', ' ')} UTC</time>
          {note.isEdited && ' (edited)'}
        </span>
        {note.canEdit && !editing && (
          <>
            <button type="button" onClick={() => setEditing(true)} className="underline">
              Edit note
            </button>
            <form action={archiveAction} className="inline">
              <input type="hidden" name="id" value={note.id} />
              <input type="hidden" name="version" value={note.version} />
              <button type="submit" className="underline">
                Archive note
              </button>
            </form>
          </>
        )}
      </div>
      {!archiveState.ok && <FormMessage state={archiveState} />}
    </div>
  );
}
