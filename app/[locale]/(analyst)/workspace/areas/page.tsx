import type { Metadata } from 'next';
import Link from 'next/link';
import { listAreasForEdit } from '@/lib/data/workspace/areas';
import { requireRole } from '@/lib/session';
import { AreaEditForm, AreaRowActions } from './area-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Areas', robots: { index: false } };

export default async function AreasPage() {
  const actor = await requireRole('ANALYST');
  const areas = await listAreasForEdit(actor);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Areas</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          The presidency&rsquo;s goals and priority areas, in their public order. Archiving an area
          hides it and all its items from the public pages; nothing is deleted.{' '}
          <Link href="/workspace/items" className="underline">
            Items
          </Link>
        </p>
      </header>
      <ol className="space-y-6">
        {areas.map((area, index) => (
          <li key={area.id}>
            <section
              aria-labelledby={`area-heading-${area.id}`}
              className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <h2
                    id={`area-heading-${area.id}`}
                    className="flex flex-wrap items-center gap-2 text-lg font-semibold"
                  >
                    {area.title}
                    {area.isArchived && (
                      <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                        Archived
                      </span>
                    )}
                  </h2>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {area.kind === 'GOAL' ? 'Fundamental goals' : 'Priority area'} ·{' '}
                    {area.itemCount} published items
                  </p>
                </div>
                <AreaRowActions
                  area={area}
                  isFirst={index === 0}
                  isLast={index === areas.length - 1}
                />
              </div>
              <AreaEditForm area={area} />
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
