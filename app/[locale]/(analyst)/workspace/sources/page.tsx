import type { Metadata } from 'next';
import Link from 'next/link';
import { listArchivedSources, listSourcesForAnalyst } from '@/lib/data/workspace/sources';
import { formatDay } from '@/lib/dates';
import { outletTypeLabel } from '@/lib/outlets';
import { requireRole } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources (workspace)', robots: { index: false } };

export default async function WorkspaceSourcesPage() {
  const actor = await requireRole('ANALYST');
  const [sources, archived] = await Promise.all([
    listSourcesForAnalyst(actor),
    listArchivedSources(actor),
  ]);
  const orphaned = sources.reduce((sum, source) => sum + source.orphanedCount, 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Sources</h1>
        <Link
          href="/workspace/sources/new"
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
        >
          Import a source
        </Link>
      </div>
      {orphaned > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {orphaned} quoted statement{orphaned === 1 ? '' : 's'} lost{' '}
          {orphaned === 1 ? 'its' : 'their'} place after a text correction.{' '}
          <Link href="/workspace/orphans" className="font-medium underline">
            Resolve them
          </Link>
          .
        </p>
      )}
      {sources.length === 0 ? (
        <p>No sources yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Sources, newest publication first</caption>
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Title
                </th>
                <th scope="col" className="py-2 pr-4">
                  Outlet
                </th>
                <th scope="col" className="py-2 pr-4">
                  Published
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  Version
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  Statements
                </th>
                <th scope="col" className="py-2 text-right">
                  Orphaned
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr
                  key={source.id}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <td className="py-2 pr-4">
                    <Link
                      href={`/workspace/sources/${source.id}`}
                      className="font-medium underline-offset-4 hover:underline"
                    >
                      {source.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    {source.outlet}{' '}
                    <span className="text-slate-600 dark:text-slate-400">
                      ({outletTypeLabel(source.outletType)})
                    </span>
                  </td>
                  <td className="whitespace-nowrap py-2 pr-4">
                    <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
                    {source.yearInferred && (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        inferred year
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{source.latestVersion}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{source.statementCount}</td>
                  <td className="py-2 text-right tabular-nums">
                    {source.orphanedCount > 0 ? (
                      <span className="font-semibold text-rose-800 dark:text-rose-300">
                        {source.orphanedCount}
                      </span>
                    ) : (
                      0
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading" className="space-y-2">
          <h2 id="archived-heading" className="text-lg font-semibold">
            Archived sources (hidden from the public)
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {archived.map((source) => (
              <li key={source.id}>
                <Link href={`/workspace/sources/${source.id}`} className="underline">
                  {source.title}
                </Link>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  {source.outlet}, archived {formatDay(source.archivedAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
