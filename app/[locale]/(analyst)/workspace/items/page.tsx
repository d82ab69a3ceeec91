import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemFilterForm } from '@/components/item-filter-form';
import { StatusBadge } from '@/components/status-badge';
import { Pagination } from '@/components/ui/pagination';
import { searchItems } from '@/lib/data/public/item-search';
import { getPresidency } from '@/lib/data/public/tracker';
import {
  listAreaOptions,
  listItemsForWorkspace,
  readItemFacts,
  type ItemFactsDto,
} from '@/lib/data/workspace/items';
import { daysWithoutEvidence, formatDay } from '@/lib/dates';
import { requireRole } from '@/lib/session';
import {
  hasItemFilters,
  itemFiltersQuery,
  parseItemFilters,
  type ItemFilterErrors,
} from '@/lib/validation/item-filters';
import { ItemRowActions, NewItemForm } from './item-forms';
import { counted } from '@/lib/plural';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Items', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LIST = '/workspace/items';

export default async function WorkspaceItemsPage({ searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const parsed = parseItemFilters(await searchParams);
  const [areas, areaOptions, presidency] = await Promise.all([
    listItemsForWorkspace(actor),
    listAreaOptions(actor),
    getPresidency(),
  ]);
  const errors: ItemFilterErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  const filtered = parsed.ok && hasItemFilters(parsed.filters);
  // The public search (ranked, paged), with what an analyst checks at a glance.
  const result = filtered ? await searchItems(parsed.filters) : null;
  const facts = result
    ? await readItemFacts(
        actor,
        result.items.map((item) => item.id),
      )
    : null;
  const itemCount = areas.reduce((sum, area) => sum + area.itemCount, 0);
  const periodEnd = presidency?.periodEnd ?? null;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Items</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {itemCount} items in {areas.length} areas, archived ones included. The order here is the
          order on the public pages.{' '}
          <Link href="/workspace/areas" className="underline">
            Edit the areas
          </Link>
          .
        </p>
      </header>

      <ItemFilterForm
        key={JSON.stringify(parsed.raw)}
        action={LIST}
        raw={parsed.raw}
        errors={errors}
        areas={areaOptions.filter((area) => !area.isArchived)}
      />

      {!parsed.ok && (
        <p role="alert" className="text-rose-800 dark:text-rose-200">
          Some filters are not valid: correct the fields marked above, then apply them again.
        </p>
      )}

      {result && facts && parsed.ok && (
        <section aria-labelledby="found-heading" className="space-y-3">
          <h2 id="found-heading" className="text-xl font-semibold">
            {counted(result.total, { one: 'item', other: 'items' })} found
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Published items only: archived ones are listed under their area.{' '}
            <Link href={LIST} className="underline">
              Back to all areas
            </Link>
          </p>
          {result.total === 0 && <p>No item matches these filters.</p>}
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {result.items.map((item) => (
              <li key={item.id} className="space-y-1 p-3">
                <p className="font-medium">
                  <Link href={`/workspace/items/${item.id}`} className="hover:underline">
                    {item.title}
                  </Link>{' '}
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    {item.area.title}
                  </span>
                </p>
                <ItemGlance facts={facts.get(item.id)} periodEnd={periodEnd} />
                <ItemLinks id={item.id} title={item.title} isPublic />
              </li>
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => `${LIST}${itemFiltersQuery(parsed.filters, { page })}`}
          />
        </section>
      )}

      {!filtered &&
        areas.map((area) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="space-y-3">
            <h2
              id={`area-${area.id}`}
              className="flex flex-wrap items-center gap-2 text-xl font-semibold"
            >
              {area.title}
              {area.isArchived && <ArchivedBadge />}
            </h2>
            {area.items.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No items yet.</p>
            ) : (
              <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
                {area.items.map((item, index) => (
                  <li
                    key={item.id}
                    className={`flex flex-col gap-3 p-3 sm:flex-row sm:items-start sm:justify-between ${item.isArchived ? 'bg-slate-50 dark:bg-slate-900/60' : ''}`}
                  >
                    <div className="min-w-0 space-y-1">
                      <p className="flex flex-wrap items-center gap-2 font-medium">
                        <Link
                          href={`/workspace/items/${item.id}`}
                          className="underline-offset-4 hover:underline"
                        >
                          {item.title}
                        </Link>
                        {item.isArchived && <ArchivedBadge />}
                        {item.overdueCount > 0 && (
                          <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100">
                            {item.overdueCount} overdue
                          </span>
                        )}
                      </p>
                      <ItemGlance facts={item} periodEnd={periodEnd} />
                      <ItemLinks
                        id={item.id}
                        title={item.title}
                        isPublic={!item.isArchived && !area.isArchived}
                      />
                    </div>
                    <ItemRowActions
                      item={item}
                      isFirst={index === 0}
                      isLast={index === area.items.length - 1}
                    />
                  </li>
                ))}
              </ol>
            )}
            {area.itemCount > area.items.length && (
              <p className="text-sm">
                <Link href={`${LIST}?area=${encodeURIComponent(area.id)}`} className="underline">
                  All {counted(area.itemCount, { one: 'item', other: 'items' })} of this area
                </Link>{' '}
                (the first {area.items.length} are shown here, in order)
              </p>
            )}
          </section>
        ))}

      <section
        aria-labelledby="new-item-heading"
        className="max-w-2xl space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="new-item-heading" className="text-xl font-semibold">
          New item
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          It is public as soon as it is created, at the end of its area. Add milestones and
          statements on its page.
        </p>
        <NewItemForm areas={areaOptions} />
      </section>
    </div>
  );
}

/** Status, last evidence and its age, open milestones: what needs attention. */
function ItemGlance({
  facts,
  periodEnd,
}: {
  facts: ItemFactsDto | undefined;
  periodEnd: string | null;
}) {
  if (!facts) return null;
  const silence =
    facts.lastEvidenceOn && periodEnd ? daysWithoutEvidence(facts.lastEvidenceOn, periodEnd) : null;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      <StatusBadge status={facts.status} />
      <span>
        {facts.lastEvidenceOn ? (
          <>
            Last evidence {formatDay(facts.lastEvidenceOn)}
            {silence && silence.days > 0 && (
              <>
                {' '}
                ({silence.days} day{silence.days === 1 ? '' : 's'} without new evidence
                {silence.isOver ? ' by the end of the presidency' : ''})
              </>
            )}
          </>
        ) : (
          'No evidence yet'
        )}
      </span>
      <span>
        {facts.openMilestones === 0
          ? 'No open milestone'
          : `${facts.openMilestones} open milestone${facts.openMilestones === 1 ? '' : 's'}`}
      </span>
    </p>
  );
}

function ItemLinks({ id, title, isPublic }: { id: string; title: string; isPublic: boolean }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      <Link href={`/workspace/items/${id}`} aria-label={`Edit: ${title}`} className="underline">
        Edit
      </Link>
      <Link
        href={`/workspace/items/${id}/status`}
        aria-label={`Status: ${title}`}
        className="underline"
      >
        Status
      </Link>
      <Link
        href={`/workspace/items/${id}/history`}
        aria-label={`History: ${title}`}
        className="underline"
      >
        History
      </Link>
      {isPublic && (
        <Link
          href={`/items/${id}`}
          prefetch={false}
          aria-label={`Public page: ${title}`}
          className="underline"
        >
          Public page
        </Link>
      )}
    </p>
  );
}

function ArchivedBadge() {
  return (
    <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
      Archived
    </span>
  );
}
