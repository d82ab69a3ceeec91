import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionDiff } from '@/components/revision-diff';
import { formatDay } from '@/lib/dates';
import { getItemHistory } from '@/lib/data/workspace/history';
import { requireRole } from '@/lib/session';
import { RestoreForm } from './restore-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Item history', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

export default async function ItemHistoryPage({ params, searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const [history, { restored }] = await Promise.all([
    getItemHistory(actor, (await params).id),
    searchParams,
  ]);
  if (!history) notFound();
  const { item, entries } = history;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/workspace/items/${item.id}`} className="underline">
            Back to editing
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">History of “{item.title}”</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every change to this item, its milestones, notes and status changes, newest first.
          Restoring an earlier title, summary or area adds a new revision: nothing here is ever
          rewritten.
        </p>
        {restored && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          >
            Version restored, as a new revision (the first below). The public page shows it now.
          </p>
        )}
      </header>
      {entries.length === 0 ? (
        <p>No changes recorded since the item was loaded from the seed data.</p>
      ) : (
        <ol aria-label="Revisions" className="space-y-4">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <h2 className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold">
                <span>{entry.summary}</span>
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                  <time dateTime={entry.at}>
                    {formatDay(entry.at)}, {entry.at.slice(11, 16)} UTC
                  </time>{' '}
                  · {entry.actorName ?? 'system'}
                </span>
              </h2>
              {entry.restoredFrom && (
                <p className="text-sm">
                  Brought back the version{' '}
                  {entry.restoredFrom.side === 'before' ? 'from before' : 'saved by'} the revision
                  of{' '}
                  {entry.restoredFrom.at
                    ? `${formatDay(entry.restoredFrom.at)}, ${entry.restoredFrom.at.slice(11, 16)} UTC`
                    : `#${entry.restoredFrom.revisionId}`}
                  .
                </p>
              )}
              <RevisionDiff entry={entry} />
              {entry.restore && (entry.restore.after || entry.restore.before) && (
                <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-3 dark:border-slate-800">
                  {entry.restore.after && (
                    <RestoreForm
                      itemId={item.id}
                      version={item.version}
                      revisionId={entry.id}
                      side="after"
                      label="Restore this version"
                    />
                  )}
                  {entry.restore.before && (
                    <RestoreForm
                      itemId={item.id}
                      version={item.version}
                      revisionId={entry.id}
                      side="before"
                      label="Restore the version before this change"
                    />
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
