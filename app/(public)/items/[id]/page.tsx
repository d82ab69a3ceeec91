import type { Metadata } from 'next';
import Link from 'next/link';
import { StatementList } from '@/components/statement-list';
import { copyCredit, quoteLang, speakerCredit } from '@/lib/provenance';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/status-badge';
import { StatusTransition } from '@/components/status-transition';
import { daysWithoutEvidence, formatDay, formatDue, formatWhen } from '@/lib/dates';
import { getItemDetail, STATEMENTS_PER_PAGE } from '@/lib/data/public/item-detail';
import { getPresidency, getPublishedItem } from '@/lib/data/public/tracker';
import { timeline } from '@/lib/status-history';
import { outletTypeLabel } from '@/lib/outlets';
import { statusDefinition } from '@/lib/status';
import { todayInTracker } from '@/lib/dates';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

// None at build time: each page is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

const STALE_AFTER_DAYS = 90;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getPublishedItem((await params).id);
  if (!item) return { title: 'Item not found' };
  const description = `${statusDefinition(item.status).label}. ${item.summary}`;
  return {
    title: item.title,
    description,
    openGraph: { title: item.title, description, type: 'article' },
    twitter: { card: 'summary', title: item.title, description },
  };
}

export default async function ItemPage({ params }: Props) {
  const [item, presidency] = await Promise.all([getItemDetail((await params).id), getPresidency()]);
  if (!item) notFound();

  const definition = statusDefinition(item.status);
  const history = timeline(item.statusChanges);
  const latestEvidence = [
    item.lastEvidenceOn,
    ...item.statusChanges.map((change) => change.effectiveOn),
  ]
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  const silence =
    latestEvidence && presidency ? daysWithoutEvidence(latestEvidence, presidency.periodEnd) : null;
  const today = todayInTracker();

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/items?area=${item.area.id}`} className="underline">
            {item.area.title}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{item.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">{item.summary}</p>
        {item.titleRu && (
          <section
            aria-label="In Russian"
            className="max-w-3xl space-y-1 border-l-2 border-slate-300 pl-3 dark:border-slate-600"
          >
            <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              In Russian · the tracker’s translation
            </p>
            <p lang="ru" className="font-medium text-slate-800 dark:text-slate-200">
              {item.titleRu}
            </p>
            {item.summaryRu && (
              <p lang="ru" className="text-slate-700 dark:text-slate-300">
                {item.summaryRu}
              </p>
            )}
          </section>
        )}
        <div className="space-y-1 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">Current status:</span>{' '}
            <StatusBadge status={item.status} />
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{definition.definition}</p>
          {silence && silence.days > STALE_AFTER_DAYS && (
            <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
              {silence.isOver
                ? `No new evidence in the last ${silence.days} days of the presidency (last: ${formatDay(latestEvidence!)}).`
                : `No new evidence for ${silence.days} days (last: ${formatDay(latestEvidence!)}).`}
            </p>
          )}
        </div>
      </header>

      <section aria-labelledby="timeline-heading" className="space-y-4">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Status history
        </h2>
        {history.length === 0 ? (
          <p>Not yet rated: no status has been recorded for this item.</p>
        ) : (
          <ol className="space-y-6">
            {history.map(({ change, from, isStanding, corrects, correctedBy }) => {
              return (
                <li
                  key={change.id}
                  id={`change-${change.id}`}
                  className={`space-y-2 border-l-4 pl-4 ${isStanding ? 'border-slate-400 dark:border-slate-500' : 'border-slate-200 opacity-80 dark:border-slate-800'}`}
                >
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <time dateTime={change.effectiveOn} className="font-medium">
                      {formatDay(change.effectiveOn)}
                    </time>
                    <StatusTransition from={from} to={change.status} />
                    {corrects && (
                      <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100">
                        Correction of the entry of {formatDay(corrects.effectiveOn)}
                      </span>
                    )}
                    {correctedBy && (
                      <a href={`#change-${correctedBy.id}`} className="text-xs underline">
                        Corrected later
                      </a>
                    )}
                  </p>
                  <p>
                    <span className="font-medium">
                      {from === change.status ? 'Reaffirmed because:' : 'Changed because:'}
                    </span>{' '}
                    {change.note}
                  </p>
                  {change.evidence.map((evidence) => (
                    <blockquote
                      key={evidence.statementId}
                      className="border-l-2 border-amber-400 pl-3 text-slate-700 dark:text-slate-300"
                    >
                      <span lang={quoteLang(evidence.quote)}>&ldquo;{evidence.quote}&rdquo;</span>
                      <footer className="text-sm">
                        {[speakerCredit(evidence), copyCredit(evidence)].filter(Boolean).join(', ')}
                        {' · '}
                        <Link
                          href={`/sources/${evidence.sourceId}#q-${evidence.statementId}`}
                          className="underline"
                        >
                          Read it in {evidence.sourceTitle}
                        </Link>
                      </footer>
                    </blockquote>
                  ))}
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    Decided by {change.authorName ?? 'the tracker editors (seed data)'}; recorded{' '}
                    <time dateTime={change.createdAt}>{formatDay(change.createdAt)}</time>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {item.milestones.length > 0 && (
        <section aria-labelledby="milestones-heading" className="space-y-2">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            Milestones
          </h2>
          <ul className="space-y-1">
            {item.milestones.map((milestone) => (
              <li key={milestone.id}>
                {milestone.title}, {formatDue(milestone.dueOn, milestone.precision)}{' '}
                {milestone.metOn ? (
                  <span className="text-sm text-emerald-800 dark:text-emerald-300">
                    (met {formatWhen(milestone.metOn, milestone.outcomePrecision)})
                  </span>
                ) : milestone.missedOn ? (
                  <span className="text-sm font-semibold text-rose-800 dark:text-rose-300">
                    (missed {formatWhen(milestone.missedOn, milestone.outcomePrecision)})
                  </span>
                ) : milestone.dueOn < today ? (
                  <span className="text-sm font-semibold text-rose-800 dark:text-rose-300">
                    (overdue: no report that it was met)
                  </span>
                ) : (
                  <span className="text-sm text-sky-800 dark:text-sky-300">(upcoming)</span>
                )}
                {milestone.evidence && (
                  <blockquote className="mt-1 border-l-2 border-emerald-400 pl-3 text-sm text-slate-700 dark:text-slate-300">
                    <span lang={quoteLang(milestone.evidence.quote)}>
                      &ldquo;{milestone.evidence.quote}&rdquo;
                    </span>{' '}
                    <Link
                      href={`/sources/${milestone.evidence.sourceId}#q-${milestone.evidence.statementId}`}
                      className="whitespace-nowrap underline"
                    >
                      in the source
                    </Link>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="statements-heading" className="space-y-4">
        <h2 id="statements-heading" className="text-xl font-semibold">
          Statements ({item.statementCount})
        </h2>
        {item.outletMix.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Sources behind this item:{' '}
            {item.outletMix
              .map(({ outletType, count }) => `${outletTypeLabel(outletType)} ${count}`)
              .join(', ')}
          </p>
        )}
        <StatementList statements={item.statements} />
        {item.statementPageCount > 1 && (
          <p>
            <Link href={`/items/${item.id}/statements?page=2`} className="underline">
              Statements {STATEMENTS_PER_PAGE + 1} to {item.statementCount}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
