import type { Metadata } from 'next';
import Link from 'next/link';
import { listAreaOptions, listItemsForWorkspace } from '@/lib/data/workspace/items';
import { requireRole } from '@/lib/session';
import { ItemRowActions, NewItemForm } from './item-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Items', robots: { index: false } };

export default async function WorkspaceItemsPage() {
  const actor = await requireRole('ANALYST');
  const [areas, areaOptions] = await Promise.all([
    listItemsForWorkspace(actor),
    listAreaOptions(actor),
  ]);
  const itemCount = areas.reduce((sum, area) => sum + area.items.length, 0);
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

      {areas.map((area) => (
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
                    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                      <Link
                        href={`/workspace/items/${item.id}`}
                        aria-label={`Edit: ${item.title}`}
                        className="underline"
                      >
                        Edit
                      </Link>
                      <Link
                        href={`/workspace/items/${item.id}/status`}
                        aria-label={`Status: ${item.title}`}
                        className="underline"
                      >
                        Status
                      </Link>
                      <Link
                        href={`/workspace/items/${item.id}/history`}
                        aria-label={`History: ${item.title}`}
                        className="underline"
                      >
                        History
                      </Link>
                      {!item.isArchived && !area.isArchived && (
                        <Link
                          href={`/items/${item.id}`}
                          prefetch={false}
                          aria-label={`Public page: ${item.title}`}
                          className="underline"
                        >
                          Public page
                        </Link>
                      )}
                    </p>
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

function ArchivedBadge() {
  return (
    <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
      Archived
    </span>
  );
}
