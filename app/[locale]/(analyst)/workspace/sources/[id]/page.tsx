import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnnotationsPanel } from '@/app/[locale]/(analyst)/workspace/annotations/annotations-panel';
import { QuoteWorkspace } from '@/components/workspace/quote-workspace';
import { SourceMetadataList, SourceVersionHistory } from '@/components/workspace/source-details';
import { SourceArchiveForm, SourceMetadataForm } from '@/components/workspace/source-edit-forms';
import { SourceReviseForm } from '@/components/workspace/source-revise-form';
import { SourceStatementList } from '@/components/workspace/source-statement-list';
import { SuggestedEvidence } from '@/components/workspace/suggested-evidence';
import {
  getSourceWorkspace,
  listQuotableItems,
  type WorkspaceStatementDto,
} from '@/lib/data/workspace/sources';
import { suggestEvidence } from '@/lib/data/workspace/suggestions';
import { requireRole } from '@/lib/session';
import {
  archiveSourceAction,
  archiveStatementAction,
  createStatementAction,
  dismissSuggestionAction,
  reviseSourceTextAction,
  updateSourceAction,
  updateStatementAction,
} from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Source (workspace)', robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ imported?: string; suggest?: string }>;
};

/** The speaker quoted most often here: the likeliest speaker of the next quote. */
function usualSpeaker(statements: readonly WorkspaceStatementDto[]): string {
  const counts = new Map<string, number>();
  for (const statement of statements)
    counts.set(statement.speaker, (counts.get(statement.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export default async function WorkspaceSourcePage({ params, searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const [{ id }, { imported, suggest }] = await Promise.all([params, searchParams]);
  // Suggested evidence on import, and on demand (issue 11).
  const wantsSuggestions = Boolean(imported || suggest);
  const [source, areas, suggestions] = await Promise.all([
    getSourceWorkspace(actor, id),
    listQuotableItems(actor),
    wantsSuggestions ? suggestEvidence(actor, id) : null,
  ]);
  if (!source) notFound();
  const speaker = usualSpeaker(source.statements) || source.outlet;

  const highlighted = source.statements.filter(
    (statement) =>
      statement.anchorState === 'ANCHORED' && statement.versionNumber === source.latestVersion,
  );
  const spans = highlighted.map((statement) => ({
    id: statement.id,
    start: statement.start,
    end: statement.end,
    label: `${statement.speaker}: evidence for ${statement.items.map((item) => item.title).join('; ') || 'no item'}`,
  }));
  const orphaned = source.statements.length - highlighted.length;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/workspace/sources" className="underline">
            Sources
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        {imported && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          >
            Source imported as version 1. Check the suggested evidence below, or select passages in
            the text to quote them.
          </p>
        )}
        {source.isArchived && (
          <p
            role="status"
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            Archived: this source and the quotes archived with it are hidden from the public.
          </p>
        )}
        <SourceMetadataList source={source} />
        <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <summary className="cursor-pointer font-medium">Correct the details</summary>
          <div className="pt-4">
            <SourceMetadataForm source={source} action={updateSourceAction} />
          </div>
        </details>
        <details
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          open={source.isArchived}
        >
          <summary className="cursor-pointer font-medium">
            {source.isArchived ? 'Publish again' : 'Archive this source'}
          </summary>
          <div className="space-y-2 pt-4">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {source.isArchived
                ? 'Its quotes archived with it come back too.'
                : 'For a mistaken import: the source and its quotes leave the public pages. Refused while a quote of it is evidence of a public status.'}
            </p>
            <SourceArchiveForm source={source} action={archiveSourceAction} />
          </div>
        </details>
        <p className="text-sm">
          <Link href={`/sources/${source.id}`} className="underline">
            Public page of this source
          </Link>
          {!wantsSuggestions && (
            <>
              {' '}
              ·{' '}
              <Link href={`/workspace/sources/${source.id}?suggest=1`} className="underline">
                Suggest evidence from this text
              </Link>
            </>
          )}
        </p>
      </header>

      {suggestions && (
        <section aria-labelledby="suggestions-heading" className="space-y-3">
          <h2 id="suggestions-heading" className="text-xl font-semibold">
            Suggested evidence
          </h2>
          <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
            Sentences of this text that share uncommon words with an item’s title, summary or quotes
            from other sources, best first ({suggestions.sentenceCount} sentences read). A
            suggestion is a guess: it becomes evidence only when you add it, with the kind you
            check. Sentences already quoted for an item, and those dismissed for it, are left out.
          </p>
          {suggestions.groups.length === 0 ? (
            <p>No sentence of this text shares enough uncommon words with any item.</p>
          ) : (
            <SuggestedEvidence
              sourceId={source.id}
              versionNumber={suggestions.sourceVersion}
              statedOn={source.publishedOn}
              defaultSpeaker={speaker}
              groups={suggestions.groups}
              createAction={createStatementAction}
              dismissAction={dismissSuggestionAction}
            />
          )}
        </section>
      )}

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Text, version {source.latestVersion}{' '}
          <span className="text-base font-normal text-slate-600 dark:text-slate-400">
            ({highlighted.length} quoted passage{highlighted.length === 1 ? '' : 's'} highlighted)
          </span>
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Select a passage with the mouse (or by touch) to quote it; the panel shows exactly what
          will be stored. Without a pointer, use “Quote by text” in the panel.
        </p>
        <QuoteWorkspace
          sourceId={source.id}
          versionNumber={source.latestVersion}
          text={source.text}
          spans={spans}
          areas={areas}
          defaultStatedOn={source.publishedOn}
          defaultSpeaker={usualSpeaker(source.statements)}
          action={createStatementAction}
        />
      </section>

      <section aria-labelledby="statements-heading" className="space-y-3">
        <h2 id="statements-heading" className="text-xl font-semibold">
          Statements ({source.statements.length}
          {orphaned > 0 && `, ${orphaned} orphaned`})
        </h2>
        <SourceStatementList
          statements={source.statements}
          latestVersion={source.latestVersion}
          areas={areas}
          updateAction={updateStatementAction}
          archiveAction={archiveStatementAction}
        />
      </section>

      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Versions of the text
        </h2>
        <SourceVersionHistory versions={source.versions} latest={source.latestVersion} />
        <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <summary className="cursor-pointer font-medium">Correct the text</summary>
          <div className="pt-4">
            <SourceReviseForm
              sourceId={source.id}
              versionNumber={source.latestVersion}
              text={source.text}
              action={reviseSourceTextAction}
            />
          </div>
        </details>
      </section>

      <AnnotationsPanel target={{ sourceId: source.id }} title="Internal notes on this source" />
    </article>
  );
}
