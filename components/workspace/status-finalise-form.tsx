'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { Select, TextArea } from '@/components/ui/field';
import { ManagedForm } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FinalItemDto } from '@/lib/data/workspace/finalisation';
import { initialFormState, type FormState } from '@/lib/form-state';
import { STATUSES, statusDefinition } from '@/lib/status';
import {
  finaliseErrorKey,
  finaliseFieldName,
  NOTE_MAX_LENGTH,
} from '@/lib/validation/status-changes';
import { StatusEvidenceOption } from './status-evidence-option';

const FINAL_STATUSES = STATUSES.filter((status) => status.isFinal);

interface FinaliseFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Saves the choices so far as this analyst's draft (issue 11). */
  draftAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The saved draft the page was loaded with: its choices fill the form. */
  draft: { choices: Record<string, string>; updatedAt: string } | null;
  presidencyId: string;
  /** The finalisation this page was loaded with ('' for none): a second finaliser is told. */
  seenFinalizedAt: string;
  areas: { id: string; title: string; items: FinalItemDto[] }[];
  isRefinalising: boolean;
}

/**
 * One choice per item, all sent together. Fields are uncontrolled and
 * re-mounted with the echoed values after each result, so React's automatic
 * form reset never loses what the analyst chose.
 */
export function StatusFinaliseForm({
  action,
  draftAction,
  draft,
  presidencyId,
  seenFinalizedAt,
  areas,
  isRefinalising,
}: FinaliseFormProps) {
  const [finaliseState, finaliseFormAction] = useActionState(action, initialFormState);
  const [draftState, draftFormAction] = useActionState(draftAction, initialFormState);
  // The form shows the latest answer, of either button; each answer re-mounts
  // the fields (generation) with the values it sent back.
  const [seen, setSeen] = useState({
    finaliseState,
    draftState,
    latest: finaliseState,
    generation: 0,
  });
  if (seen.finaliseState !== finaliseState || seen.draftState !== draftState) {
    setSeen({
      finaliseState,
      draftState,
      latest: seen.draftState !== draftState ? draftState : finaliseState,
      generation: seen.generation + 1,
    });
  }
  const { latest: state, generation } = seen;
  // What the fields show: what was just sent back, else the saved draft.
  const values = (state.ok ? draftState.values : state.values) ?? draft?.choices;
  const itemCount = areas.reduce((sum, area) => sum + area.items.length, 0);
  const submit = (formData: FormData) =>
    formData.get('intent') === 'draft' ? draftFormAction(formData) : finaliseFormAction(formData);

  return (
    <ManagedForm
      action={submit}
      state={state}
      className="space-y-8"
      // Final verdicts change the public dashboard for every reader: ask once more.
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.getAttribute('value') === 'draft') return;
        const question = isRefinalising
          ? 'Finalise again? The changed verdicts replace the published ones.'
          : `Finalise the presidency? All ${itemCount} items get their final verdict, shown on the public dashboard.`;
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="presidencyId" value={presidencyId} />
      <input type="hidden" name="seenFinalizedAt" value={seenFinalizedAt} />
      {draft && !draftState.savedAt && (
        <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-50">
          Your draft of {new Date(draft.updatedAt).toUTCString().slice(5, 22)} UTC is filled in
          below.
        </p>
      )}
      {/* A reviewable list: one area at a time, each saying what it still needs. */}
      <div key={generation} className="space-y-4">
        {areas.map((area) => {
          const open = area.items.filter(
            (item) => !item.isFinal && !values?.[finaliseFieldName.status(item.id)],
          ).length;
          const hasErrors = area.items.some((item) =>
            Object.keys(state.fieldErrors ?? {}).some((key) =>
              key.startsWith(`choices.${item.id}.`),
            ),
          );
          return (
            <details
              key={area.id}
              open={hasErrors || open > 0}
              className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <summary className="cursor-pointer">
                <h2 id={`area-${area.id}`} className="inline text-lg font-semibold">
                  {area.title}
                </h2>{' '}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {area.items.length} {area.items.length === 1 ? 'item' : 'items'} ·{' '}
                  {open === 0 ? 'all have a verdict' : `${open} without a verdict`}
                </span>
              </summary>
              <ul className="mt-4 space-y-4">
                {area.items.map((item) => (
                  <FinalChoice
                    key={item.id}
                    item={item}
                    values={values}
                    errors={state.fieldErrors}
                  />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
      <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          All {itemCount} items are finalised together, or none is. Items whose verdict equals their
          current status are kept as they are.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel="Finalising…">
            {isRefinalising ? 'Finalise again (changed items only)' : 'Finalise the presidency'}
          </SubmitButton>
          <button
            type="submit"
            name="intent"
            value="draft"
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            Save as draft
          </button>
        </div>
      </div>
    </ManagedForm>
  );
}

function FinalChoice({
  item,
  values,
  errors,
}: {
  item: FinalItemDto;
  values: Record<string, string> | undefined;
  errors: FormState['fieldErrors'];
}) {
  const names = {
    status: finaliseFieldName.status(item.id),
    note: finaliseFieldName.note(item.id),
    evidence: finaliseFieldName.evidence(item.id),
  };
  const defaultStatus = values?.[names.status] ?? (item.isFinal ? item.status : '');
  const [cited, setCited] = useState(
    () => new Set((values?.[names.evidence] ?? '').split(' ').filter(Boolean)),
  );
  const evidenceErrors = errors?.[finaliseErrorKey(item.id, 'evidence')];
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <fieldset className="min-w-0 space-y-3">
        <legend className="float-left mb-3 flex w-full flex-wrap items-center gap-2">
          <span className="font-medium">{item.title}</span>
          <span className="text-sm text-slate-600 dark:text-slate-400">now</span>
          <StatusBadge status={item.status} size="sm" />
          <Link href={`/workspace/items/${item.id}/status`} className="text-sm underline">
            history<span className="sr-only"> of “{item.title}”</span>
          </Link>
        </legend>
        <input type="hidden" name={finaliseFieldName.seen(item.id)} value={item.status} />
        <div className="clear-both grid gap-3 sm:grid-cols-[minmax(0,16rem)_1fr]">
          <Select
            label="Final status"
            name={names.status}
            defaultValue={defaultStatus}
            errors={errors?.[finaliseErrorKey(item.id, 'status')]}
          >
            {item.isFinal ? (
              <option value={item.status}>Keep: {statusDefinition(item.status).label}</option>
            ) : (
              <option value="">Choose a final status…</option>
            )}
            {FINAL_STATUSES.filter((status) => status.code !== item.status).map((status) => (
              <option key={status.code} value={status.code}>
                {status.label}
              </option>
            ))}
          </Select>
          <TextArea
            label="Note"
            name={names.note}
            rows={2}
            maxLength={NOTE_MAX_LENGTH}
            defaultValue={values?.[names.note] ?? ''}
            errors={errors?.[finaliseErrorKey(item.id, 'note')]}
            hint={
              item.isFinal
                ? 'Needed only if you change the verdict.'
                : 'Public: why this is the final verdict.'
            }
          />
        </div>
        {item.statements.length > 0 && (
          <details className="text-sm" open={cited.size > 0 || Boolean(evidenceErrors?.length)}>
            <summary className="cursor-pointer underline">
              Cite statements (optional)<span className="sr-only"> for “{item.title}”</span>
              {cited.size > 0 && ` · ${cited.size} chosen`}
            </summary>
            {evidenceErrors?.length ? (
              <p className="mt-2 font-medium text-rose-700 dark:text-rose-300">
                {evidenceErrors.join(' ')}
              </p>
            ) : null}
            <ul className="mt-2 space-y-2">
              {item.statements.map((statement) => (
                <StatusEvidenceOption
                  key={statement.id}
                  statement={statement}
                  name={names.evidence}
                  idPrefix={`cite-${item.id}`}
                  isChecked={cited.has(statement.id)}
                  onToggle={(id, isChecked) =>
                    setCited((current) => {
                      const next = new Set(current);
                      if (isChecked) next.add(id);
                      else next.delete(id);
                      return next;
                    })
                  }
                />
              ))}
            </ul>
          </details>
        )}
      </fieldset>
    </li>
  );
}
