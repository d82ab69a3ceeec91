import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionDiff, WordDiff } from '@/components/revision-diff';
import { formatDay } from '@/lib/dates';
import { getSourceHistory } from '@/lib/data/workspace/history';
import { requireRole } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Source history', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const when = (iso: string) => `${formatDay(iso)}, ${iso.slice(11, 16)} UTC`;

export default async function SourceHistoryPage({ params }: Props) {
  const actor = await requireRole('ANALYST');
  const history = await getSourceHistory(actor, (await params).id);
  if (!history) notFound();
  const { source, versions, entries } = history;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/workspace/sources/${source.id}`} className="underline">
            Back to the source
          </Link>
          {!source.isArchived && (
            <>
              {' · '}
              <Link href={`/sources/${source.id}`} className="underline">
                Public page
              </Link>
            </>
          )}
        </p>
        <h1 className="text-2xl font-semibold">History of “{source.title}”</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Stored texts never change: a corrected text is a new version, and its statements are
          re-anchored to it.
        </p>
      </header>

      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Text versions ({versions.length})
        </h2>
        <ol className="space-y-3">
          {versions.map((version) => (
            <li
              key={version.number}
              className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <h3 className="flex flex-wrap items-baseline gap-x-3 font-semibold">
                <span>
                  Version {version.number}
                  {version.number === source.latestVersion && ' (current)'}
                </span>
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                  <time dateTime={version.createdAt}>{when(version.createdAt)}</time> ·{' '}
                  {version.createdByName ?? 'seed data'}
                </span>
              </h3>
              {version.note && <p className="text-sm">{version.note}</p>}
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {version.length.toLocaleString('en-GB')} characters · {version.statementCount}{' '}
                statements anchored to it ·{' '}
                <span className="break-all font-mono text-xs">
                  sha256 {version.sha256.slice(0, 16)}…
                </span>
              </p>
              {version.change && (
                <details>
                  <summary className="cursor-pointer text-sm underline">
                    Changes from version {version.number - 1}: {version.change.summary}
                  </summary>
                  <div className="mt-2 max-h-[32rem] overflow-auto rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">
                    <WordDiff parts={version.change.parts} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className="text-xl font-semibold">
          Changes to the source and its statements ({entries.length})
        </h2>
        {entries.length === 0 ? (
          <p>No changes recorded since the source was loaded.</p>
        ) : (
          <ol className="space-y-4">
            {entries.map((entry) => (
              <li
                key={entry.id}
                className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <h3 className="flex flex-wrap items-baseline gap-x-3 font-semibold">
                  <span>{entry.summary}</span>
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    <time dateTime={entry.at}>{when(entry.at)}</time> ·{' '}
                    {entry.actorName ?? 'system'}
                  </span>
                </h3>
                <RevisionDiff entry={entry} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
