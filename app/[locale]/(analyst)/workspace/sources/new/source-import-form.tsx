'use client';

import Link from 'next/link';
import { useActionState, useMemo, useState } from 'react';
import type {
  ImportFormState,
  PreparedImportDto,
} from '@/app/[locale]/(analyst)/workspace/sources/new/actions';
import { Select, TextArea, TextInput } from '@/components/ui/field';
import { SourceDetailFields } from '@/components/workspace/source-detail-fields';
import { ManagedForm, useUnsavedChangesWarning } from '@/components/ui/managed-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/form-state';
import { ACCEPTED_EXTENSIONS } from '@/lib/import/decode';
import { finalizeImportText } from '@/lib/import/final-text';
import { periodLine, reasonForDate } from '@/lib/import/year-reason';
import { MAX_UPLOAD_BYTES, PASTED_FORMATS } from '@/lib/validation/sources';

type Action = (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;

/**
 * Two steps on one page: (1) paste or upload, which the server turns into a
 * normalised text with guesses; (2) review the exact text to be stored, trim
 * proposed boilerplate, confirm the metadata, save. Step 1's state stays
 * here, so going back keeps what was pasted.
 */
export function SourceImportForm({
  prepareAction,
  importAction,
}: {
  prepareAction: Action;
  importAction: Action;
}) {
  const [prepareState, prepare] = useActionState<ImportFormState, FormData>(
    prepareAction,
    initialFormState,
  );
  const [dismissed, setDismissed] = useState<PreparedImportDto | null>(null);
  const prepared =
    prepareState.prepared && prepareState.prepared !== dismissed ? prepareState.prepared : null;

  if (prepared)
    return (
      <ReviewStep
        key={prepared.text}
        prepared={prepared}
        action={importAction}
        onBack={() => setDismissed(prepared)}
      />
    );
  return <InputStep state={prepareState} action={prepare} />;
}

function InputStep({
  state,
  action,
}: {
  state: ImportFormState;
  action: (formData: FormData) => void;
}) {
  const [fileError, setFileError] = useState<string | null>(null);
  const fileErrors = [...(fileError ? [fileError] : []), ...(state.fieldErrors?.file ?? [])];
  return (
    <ManagedForm action={action} state={state} className="space-y-5">
      <h2 className="text-lg font-semibold">1. The text</h2>
      <TextArea
        label="Article text"
        name="text"
        rows={14}
        defaultValue={state.values?.text ?? ''}
        hint="Paste the whole article: headline, dateline and body. Line breaks are kept."
        errors={state.fieldErrors?.text}
      />
      <Select
        key={state.values?.pastedFormat ?? 'text'}
        label="The pasted text is"
        name="pastedFormat"
        defaultValue={state.values?.pastedFormat ?? 'text'}
      >
        {PASTED_FORMATS.map((format) => (
          <option key={format.code} value={format.code}>
            {format.label}
          </option>
        ))}
      </Select>
      <TextInput
        label="Or upload a file"
        name="file"
        type="file"
        accept={[...ACCEPTED_EXTENSIONS, 'text/plain', 'text/html', 'text/markdown'].join(',')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          setFileError(
            file && file.size > MAX_UPLOAD_BYTES
              ? `The file is larger than ${Math.round(MAX_UPLOAD_BYTES / 1000)} KB. Paste the article text instead.`
              : null,
          );
        }}
        hint={`A .txt, .html or .md file of at most ${Math.round(MAX_UPLOAD_BYTES / 1000)} KB; it is used instead of the pasted text. HTML pages keep only the article (no menus, scripts or link addresses); Markdown loses its markup.`}
        errors={fileErrors.length ? fileErrors : undefined}
      />
      <SubmitButton pendingLabel="Preparing…">Prepare the text</SubmitButton>
    </ManagedForm>
  );
}

function ReviewStep({
  prepared,
  action,
  onBack,
}: {
  prepared: PreparedImportDto;
  action: Action;
  onBack: () => void;
}) {
  const [state, formAction] = useActionState<ImportFormState, FormData>(action, initialFormState);
  const [trimmed, setTrimmed] = useState<ReadonlySet<number>>(
    () => new Set(prepared.boilerplate.map((line) => line.line)),
  );
  // Controlled, so a refused save does not untick them (React resets uncontrolled fields).
  const [isYearInferred, setYearInferred] = useState(prepared.guess.yearInferred);
  const [isYearConfirmed, setYearConfirmed] = useState(false);
  // What is saved is exactly this: the server runs the same function again.
  const finalText = useMemo(
    () => finalizeImportText(prepared.text, [...trimmed]),
    [prepared.text, trimmed],
  );
  useUnsavedChangesWarning(true);

  const values = state.values;
  const guess = prepared.guess;
  const value = (name: string) =>
    values?.[name] ?? (name in guess ? String(guess[name as keyof typeof guess] ?? '') : '');
  // The date and its reason are controlled: the reason follows the date until
  // the analyst writes their own (then it is theirs).
  const [publishedOn, setPublishedOn] = useState(() => value('publishedOn'));
  const [yearBasis, setYearBasis] = useState(() => value('yearBasis'));
  const [isBasisEdited, setBasisEdited] = useState(false);
  const onDateChange = (next: string) => {
    setPublishedOn(next);
    if (!isBasisEdited) setYearBasis(reasonForDate(next, guess));
  };
  const inPeriod = periodLine(publishedOn, guess.period);
  const paragraphs = finalText.split(/\n\n+/).length;
  const textErrors = state.fieldErrors?.text;

  return (
    <ManagedForm action={formAction} state={state} className="space-y-8">
      <input type="hidden" name="text" value={prepared.text} />
      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-lg font-semibold">
          2. Check the text to be stored
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {prepared.origin.kind === 'file'
            ? `From the file ${prepared.origin.fileName} (${prepared.origin.format}, ${prepared.origin.encoding}).`
            : `Pasted ${prepared.origin.format}.`}{' '}
          Normalised: Unicode NFC, line breaks LF, no trailing spaces, at most one blank line in a
          row. {finalText.length.toLocaleString('en')} characters, {paragraphs} paragraphs.
        </p>
        {prepared.storedAlready && !state.duplicateOf && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            This text seems to be stored already:{' '}
            <Link
              href={`/workspace/sources/${prepared.storedAlready.sourceId}`}
              className="font-medium underline"
            >
              {prepared.storedAlready.title}
            </Link>
            .
          </p>
        )}
        <div
          role="region"
          aria-label="Preview of the text to be stored"
          aria-describedby={textErrors?.length ? 'preview-error' : undefined}
          tabIndex={0}
          data-import-preview
          className="max-h-[60vh] overflow-y-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 p-4 font-serif leading-relaxed dark:border-slate-800"
        >
          {finalText}
        </div>
        {textErrors?.length ? (
          <p id="preview-error" className="text-sm font-medium text-rose-700 dark:text-rose-300">
            {textErrors.join(' ')}{' '}
            {state.duplicateOf && (
              <Link href={`/workspace/sources/${state.duplicateOf.sourceId}`} className="underline">
                Open the stored source “{state.duplicateOf.title}”
              </Link>
            )}
          </p>
        ) : null}
        <button type="button" onClick={onBack} className="text-sm font-medium underline">
          Back to the text
        </button>
      </section>

      {prepared.boilerplate.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">Site furniture at the end of the text</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            These lines look like the website’s, not the article’s. Untick any that belong to the
            article.
          </p>
          <ul className="space-y-2">
            {prepared.boilerplate.map((line) => (
              <li key={line.line} className="flex items-start gap-2">
                <input
                  id={`trim-${line.line}`}
                  type="checkbox"
                  name="trim"
                  value={line.line}
                  checked={trimmed.has(line.line)}
                  onChange={(event) => {
                    const next = new Set(trimmed);
                    if (event.target.checked) next.add(line.line);
                    else next.delete(line.line);
                    setTrimmed(next);
                  }}
                  aria-describedby={`trim-${line.line}-text`}
                  className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
                />
                <span>
                  <label htmlFor={`trim-${line.line}`} className="text-sm font-medium">
                    Trim this line before saving
                  </label>
                  <q id={`trim-${line.line}-text`} className="block font-serif text-sm">
                    {line.text}
                  </q>
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <section aria-labelledby="metadata-heading" className="space-y-4">
        <h2 id="metadata-heading" className="text-lg font-semibold">
          3. Describe the source
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Pre-filled from the dateline and the text where possible: check every field.
        </p>
        <SourceDetailFields
          value={value}
          errors={state.fieldErrors}
          dateField={
            <TextInput
              label="Published date"
              name="publishedOn"
              type="date"
              value={publishedOn}
              onChange={(event) => onDateChange(event.target.value)}
              hint={inPeriod ?? undefined}
              errors={state.fieldErrors?.publishedOn}
            />
          }
        />

        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <legend className="px-1 font-medium">Year of publication</legend>
          <div className="flex items-start gap-2">
            <input
              id="yearInferred"
              type="checkbox"
              name="yearInferred"
              checked={isYearInferred}
              onChange={(event) => setYearInferred(event.target.checked)}
              className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
            />
            <label htmlFor="yearInferred" className="text-sm">
              The year is inferred (the dateline and text do not state it)
            </label>
          </div>
          {isYearInferred && (
            <>
              {guess.yearInferred && guess.publishedOn && (
                <p className="text-sm">
                  Proposed year: <strong>{guess.publishedOn.slice(0, 4)}</strong>
                  {publishedOn.slice(0, 4) !== guess.publishedOn.slice(0, 4) && publishedOn
                    ? `; you set ${publishedOn.slice(0, 4)}.`
                    : '.'}
                </p>
              )}
              <TextArea
                label="Why this year"
                name="yearBasis"
                rows={3}
                value={yearBasis}
                onChange={(event) => {
                  setYearBasis(event.target.value);
                  setBasisEdited(true);
                }}
                hint="Shown to readers next to the date. Edit it to say what the year rests on."
                errors={state.fieldErrors?.yearBasis}
              />
              <div className="space-y-1">
                <div className="flex items-start gap-2">
                  <input
                    id="confirmYear"
                    type="checkbox"
                    name="confirmYear"
                    checked={isYearConfirmed}
                    onChange={(event) => setYearConfirmed(event.target.checked)}
                    aria-describedby={
                      state.fieldErrors?.confirmYear ? 'confirmYear-error' : undefined
                    }
                    aria-invalid={state.fieldErrors?.confirmYear ? true : undefined}
                    className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
                  />
                  <label htmlFor="confirmYear" className="text-sm font-medium">
                    I confirm the inferred year
                  </label>
                </div>
                {state.fieldErrors?.confirmYear && (
                  <p
                    id="confirmYear-error"
                    className="text-sm font-medium text-rose-700 dark:text-rose-300"
                  >
                    {state.fieldErrors.confirmYear.join(' ')}
                  </p>
                )}
              </div>
            </>
          )}
        </fieldset>
      </section>

      {!state.ok && state.message && !state.fieldErrors && (
        <p className="text-sm font-medium text-rose-700 dark:text-rose-300">
          Not saved: {state.message}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save the source</SubmitButton>
        <button type="button" onClick={onBack} className="text-sm font-medium underline">
          Back to the text
        </button>
      </div>
    </ManagedForm>
  );
}
