import type { Metadata } from 'next';
import Link from 'next/link';
import { listOrphanedStatements, type OrphanSummaryDto } from '@/lib/data/workspace/orphans';
import { requireRole } from '@/lib/session';
import { statementKindLabel } from '@/lib/statement-kinds';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Orphaned quotes', robots: { index: false } };

type Props = { searchParams: Promise<{ resolved?: string }> };

const RESOLVED: Record<string, string> = {
  placed: 'The statement was placed in the new text and is public again.',
  archived: 'The statement was archived.',
};

export default async function OrphansPage({ searchParams }: Props) {
  const actor = await requireRole('ANALYST');
  const [{ resolved }, orphans] = await Promise.all([searchParams, listOrphanedStatements(actor)]);
  const bySource = new Map<string, OrphanSummaryDto[]>();
  for (const orphan of orphans)
    bySource.set(orphan.source.id, [...(bySource.get(orphan.source.id) ?? []), orphan]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Orphaned quotes</h1>
      {resolved && RESOLVED[resolved] && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {RESOLVED[resolved]}
        </p>
      )}
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        When a source text is corrected, each statement is looked for in the new version. These
        could not be placed with confidence: they still point into the older text and are hidden
        from public source pages until you place them again or archive them.
      </p>
      {orphans.length === 0 ? (
        <p>Nothing to resolve.</p>
      ) : (
        [...bySource.values()].map((group) => {
          const source = group[0]!.source;
          return (
            <section key={source.id} aria-labelledby={`orphans-${source.id}`} className="space-y-3">
              <h2 id={`orphans-${source.id}`} className="text-lg font-semibold">
                <Link
                  href={`/workspace/sources/${source.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  {source.title}
                </Link>{' '}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                  (text now at version {source.latestVersion})
                </span>
              </h2>
              <ul className="space-y-3">
                {group.map((orphan) => (
                  <li
                    key={orphan.id}
                    className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
                  >
                    <blockquote className="whitespace-pre-wrap border-l-4 border-rose-500 pl-3 font-serif">
                      {orphan.quote}
                    </blockquote>
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      {orphan.speaker} · {statementKindLabel(orphan.kind)} · from version{' '}
                      {orphan.versionNumber} · evidence for{' '}
                      {orphan.items.map((item) => item.title).join('; ') || 'no item'}
                    </p>
                    <p>
                      <Link
                        href={`/workspace/orphans/${orphan.id}`}
                        className="text-sm font-medium underline"
                      >
                        Resolve<span className="sr-only">: {orphan.quote.slice(0, 60)}</span>
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
