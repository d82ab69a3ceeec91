import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { formatDay } from '@/lib/dates';
import { listSources } from '@/lib/data/public/sources';
import { outletTypeLabel } from '@/lib/outlets';
import { counted } from '@/lib/plural';
import { pageLocale } from '@/lib/i18n/page-locale';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources' };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SourcesPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const page = pageParam((await searchParams).page);
  const { sources, total, pageCount } = await listSources(page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Every statement in the tracker is a verbatim span of one of these texts, stored as imported
        and fingerprinted with SHA-256. {total} {total === 1 ? 'source' : 'sources'}, newest first.
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {sources.map((source) => (
          <li key={source.id} className="space-y-1 py-4">
            <h2 className="text-lg font-medium">
              <Link href={`/sources/${source.id}`} className="hover:underline">
                {source.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {source.outlet} ({outletTypeLabel(source.outletType)}) ·{' '}
              <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
              {source.yearInferred && ' (inferred year)'}
              {source.place && ` · ${source.place}`} · {source.languages.join(', ')} ·{' '}
              {counted(source.statementCount, { one: 'statement', other: 'statements' })}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} href={(target) => `/sources?page=${target}`} />
    </div>
  );
}
