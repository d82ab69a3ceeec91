import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnnotationsPanel } from '@/app/[locale]/(analyst)/workspace/annotations/annotations-panel';
import { formatDue, formatWhen } from '@/lib/dates';
import { getItemForEdit, listAreaOptions } from '@/lib/data/workspace/items';
import { requireRole } from '@/lib/session';
import { ItemEditForm } from './item-edit-form';
import { MilestoneForm, RemoveMilestoneButton } from './milestone-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit item', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditItemPage({ params, searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const { id } = await params;
  const [item, areas, { created }] = await Promise.all([
    getItemForEdit(actor, id),
    listAreaOptions(actor),
    searchParams,
  ]);
  if (!item) notFound();
  const isPublic = !item.isArchived && !item.isAreaArchived;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/workspace/items" className="underline">
            All items
          </Link>{' '}
          · {item.areaTitle}
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {item.title}
          {item.isArchived && (
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-sm font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
              Archived
            </span>
          )}
        </h1>
        {created && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          >
            Item created. It is public now; add milestones and statements below.
          </p>
        )}
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <Link href={`/workspace/items/${item.id}/status`} className="underline">
              Status changes
            </Link>
          </li>
          <li>
            <Link href={`/workspace/items/${item.id}/history`} className="underline">
              History
            </Link>
          </li>
          <li>
            {isPublic ? (
              // Not prefetched (nor on the other workspace pages): the analyst is
              // about to change this page, and a prefetch rendered before the save
              // but stored after it would be served for up to a second (0013).
              <Link href={`/items/${item.id}`} prefetch={false} className="underline">
                Public page
              </Link>
            ) : (
              <span className="text-slate-600 dark:text-slate-400">
                Not public ({item.isArchived ? 'archived' : 'its area is archived'})
              </span>
            )}
          </li>
        </ul>
      </header>

      <section aria-labelledby="details-heading" className="max-w-3xl space-y-3">
        <h2 id="details-heading" className="text-xl font-semibold">
          Details
        </h2>
        <ItemEditForm
          item={{
            id: item.id,
            version: item.version,
            title: item.title,
            summary: item.summary,
            titleRu: item.titleRu,
            summaryRu: item.summaryRu,
            areaId: item.areaId,
          }}
          areas={areas}
        />
      </section>

      <section aria-labelledby="milestones-heading" className="max-w-3xl space-y-4">
        <h2 id="milestones-heading" className="text-xl font-semibold">
          Milestones ({item.milestones.length})
        </h2>
        {item.milestones.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No milestones yet.</p>
        ) : (
          <ul className="space-y-3">
            {item.milestones.map((milestone) => (
              <li
                key={milestone.id}
                className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{milestone.title}</span>
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    {formatDue(milestone.dueOn, milestone.precision)}
                  </span>
                  {milestone.metOn ? (
                    <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
                      Met {formatWhen(milestone.metOn, milestone.outcomePrecision)}
                    </span>
                  ) : milestone.missedOn ? (
                    <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100">
                      Missed {formatWhen(milestone.missedOn, milestone.outcomePrecision)}
                    </span>
                  ) : milestone.isOverdue ? (
                    <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100">
                      Overdue
                    </span>
                  ) : (
                    <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-100">
                      Upcoming
                    </span>
                  )}
                </p>
                <details className="group">
                  <summary className="cursor-pointer text-sm underline">
                    Edit<span className="sr-only"> milestone: {milestone.title}</span>
                  </summary>
                  <div className="mt-3 space-y-3">
                    <MilestoneForm
                      itemId={item.id}
                      milestone={milestone}
                      statements={item.statements}
                    />
                    {!isPublic && <RemoveMilestoneButton milestone={milestone} />}
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        {isPublic && item.milestones.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Milestones of a public item stay on the record: correct them, or give the date they were
            met.
          </p>
        )}
        <section
          aria-labelledby="add-milestone-heading"
          className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <h3 id="add-milestone-heading" className="font-semibold">
            Add a milestone
          </h3>
          <MilestoneForm itemId={item.id} statements={item.statements} />
        </section>
      </section>

      <div className="max-w-3xl">
        <AnnotationsPanel target={{ itemId: item.id }} title="Internal notes on this item" />
      </div>

      <section aria-labelledby="statements-heading" className="max-w-3xl space-y-4">
        <h2 id="statements-heading" className="text-xl font-semibold">
          Statements ({item.statements.length})
        </h2>
        {item.statements.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No statements quote this item yet. Quote one from a source in the source reader.
          </p>
        ) : (
          <ul className="space-y-6">
            {item.statements.map((statement) => (
              <li key={statement.id} className="space-y-3">
                <blockquote className="border-l-4 border-amber-400 pl-3">
                  <p>&ldquo;{statement.quote}&rdquo;</p>
                  <footer className="text-sm text-slate-700 dark:text-slate-300">
                    {statement.speaker},{' '}
                    <Link
                      href={`/sources/${statement.sourceId}#q-${statement.id}`}
                      className="underline"
                    >
                      {statement.sourceTitle}
                    </Link>
                  </footer>
                </blockquote>
                <AnnotationsPanel
                  target={{ statementId: statement.id }}
                  title="Notes on this statement"
                  headingLevel={3}
                  isCompact
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
