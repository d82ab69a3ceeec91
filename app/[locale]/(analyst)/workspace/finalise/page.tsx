import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import { StatusFinaliseForm } from '@/components/workspace/status-finalise-form';
import { getFinalisation, readFinalisationDraft } from '@/lib/data/workspace/finalisation';
import { formatDay } from '@/lib/dates';
import { requireRole } from '@/lib/session';
import { finaliseAction, saveFinaliseDraftAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Finalise the presidency', robots: { index: false } };

export default async function FinalisePage() {
  const actor = await requireRole('ANALYST');
  const plan = await getFinalisation(actor);
  if (!plan) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Finalise the presidency</h1>
        <p>There is no presidency to finalise yet.</p>
      </div>
    );
  }
  const { presidency, areas, finalisations } = plan;
  const draft = await readFinalisationDraft(actor, presidency.id);
  const items = areas.flatMap((area) => area.items);
  const open = items.filter((item) => !item.isFinal).length;

  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">Finalise the presidency</h1>
        <p>
          {presidency.chairCountry}&rsquo;s presidency of the {presidency.organization} ran from{' '}
          {formatDay(presidency.periodStart)} to {formatDay(presidency.periodEnd)}. Finalising gives
          every item a final verdict (effective on the last day of the presidency), and the public
          dashboard then shows the <strong>final tally</strong>.
        </p>
      </header>

      {finalisations.length > 0 && (
        <section
          aria-labelledby="done-heading"
          className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
        >
          <h2 id="done-heading" className="text-lg font-semibold">
            Already finalised
          </h2>
          <ol className="space-y-3">
            {finalisations.map((record) => (
              <li key={record.at} className="space-y-1">
                <p>
                  <time dateTime={record.at}>{formatDay(record.at)}</time>, by{' '}
                  {record.actorName ?? 'an unknown analyst'}: {record.changes.length}{' '}
                  {record.changes.length === 1 ? 'item' : 'items'} given a final status,{' '}
                  {record.kept} kept.
                </p>
                {record.changes.length > 0 && (
                  <ul className="space-y-1 pl-4 text-sm">
                    {record.changes.map((change) => (
                      <li key={change.statusChangeId} className="flex flex-wrap items-center gap-2">
                        <Link
                          href={`/workspace/items/${change.itemId}/status#change-${change.statusChangeId}`}
                          className="underline"
                        >
                          {change.itemTitle}
                        </Link>
                        <StatusBadge status={change.from} size="sm" />
                        <span aria-label="changed to">→</span>
                        <StatusBadge status={change.to} size="sm" />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p className="text-sm">
            To revise a verdict, change it below and finalise again: only the items you change get a
            new entry. To fix a wrong entry, correct it on the item&rsquo;s status page.
          </p>
        </section>
      )}

      {!plan.isOpen ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          Finalisation opens after the presidency ends on {formatDay(presidency.periodEnd)}. Until
          then, record status changes item by item.
        </p>
      ) : items.length === 0 ? (
        <p>There are no active items to finalise.</p>
      ) : (
        <>
          <p>
            {items.length} items: {items.length - open} already{' '}
            {items.length - open === 1 ? 'has' : 'have'} a final status (kept unless you change{' '}
            {items.length - open === 1 ? 'it' : 'them'}),{' '}
            <strong>
              {open} {open === 1 ? 'needs' : 'need'} a final verdict
            </strong>{' '}
            and a note.
          </p>
          <StatusFinaliseForm
            action={finaliseAction}
            draftAction={saveFinaliseDraftAction}
            draft={draft}
            presidencyId={presidency.id}
            seenFinalizedAt={presidency.finalizedAt ?? ''}
            areas={areas}
            isRefinalising={presidency.finalizedAt !== null}
          />
        </>
      )}
    </div>
  );
}
