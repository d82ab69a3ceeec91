import Link from 'next/link';
import { StatusTransition } from '@/components/status-transition';
import { formatDay } from '@/lib/dates';
import type { HistoryEntryDto } from '@/lib/data/workspace/status-workspace';

/** An item's full status history for analysts, newest first; corrected entries stay, marked. */
export function StatusHistory({
  entries,
  correctHref,
}: {
  entries: HistoryEntryDto[];
  correctHref: (entryId: string) => string;
}) {
  if (entries.length === 0) {
    return <p>No status recorded yet: the item counts as “Not yet rated”.</p>;
  }
  return (
    <ol className="space-y-6">
      {entries.map((entry) => (
        <li
          key={entry.id}
          id={`change-${entry.id}`}
          className={`scroll-mt-24 space-y-2 border-l-4 pl-4 ${entry.isStanding ? 'border-slate-400 dark:border-slate-500' : 'border-slate-200 dark:border-slate-800'}`}
        >
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={entry.effectiveOn} className="font-medium">
              {formatDay(entry.effectiveOn)}
            </time>
            <StatusTransition from={entry.from} to={entry.status} />
            {entry.corrects && (
              <a
                href={`#change-${entry.corrects.id}`}
                className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 underline dark:bg-rose-950 dark:text-rose-100"
              >
                Correction of the entry of {formatDay(entry.corrects.effectiveOn)}
              </a>
            )}
            {entry.correctedBy && (
              <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                Corrected by {entry.correctedBy.authorName ?? 'the tracker editors'} on{' '}
                {formatDay(entry.correctedBy.createdAt)}:{' '}
                <a href={`#change-${entry.correctedBy.id}`} className="underline">
                  see the correction
                </a>
              </span>
            )}
          </p>
          <p>
            <span className="font-medium">Changed because:</span> {entry.note}
          </p>
          {entry.evidence.length > 0 && (
            <ul className="space-y-2">
              {entry.evidence.map((statement) => (
                <li key={statement.id}>
                  <blockquote className="border-l-2 border-amber-400 pl-3 text-slate-700 dark:text-slate-300">
                    <p className="font-serif">&ldquo;{statement.quote}&rdquo;</p>
                    <footer className="text-sm">
                      {statement.speaker} ·{' '}
                      <Link
                        href={`/sources/${statement.source.id}#q-${statement.id}`}
                        className="underline"
                      >
                        {statement.source.title}
                      </Link>
                      {!statement.isCitable && (
                        <span className="ml-1 font-medium text-amber-800 dark:text-amber-300">
                          (
                          {statement.isArchived ? 'archived since' : 'orphaned since: re-anchor it'}
                          )
                        </span>
                      )}
                    </footer>
                  </blockquote>
                </li>
              ))}
            </ul>
          )}
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span>
              Decided by {entry.authorName ?? 'the tracker editors (seed data)'}; recorded{' '}
              <time dateTime={entry.createdAt}>{formatDay(entry.createdAt)}</time>
            </span>
            {entry.isStanding && (
              <Link
                href={correctHref(entry.id)}
                className="text-sm font-medium text-slate-900 underline dark:text-slate-100"
              >
                Correct this entry
                <span className="sr-only"> of {formatDay(entry.effectiveOn)}</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
