import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { formatDay } from '@/lib/dates';
import { listSources } from '@/lib/data/public/sources';
import { localeAlternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { isLocale, localePath } from '@/lib/i18n/routing';
import { pageLocale } from '@/lib/i18n/page-locale';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'source' });
  return {
    title: t('sources'),
    ...localeAlternates(locale, '/sources', { title: t('sources'), description: t('sources') }),
  };
}

export default async function SourcesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('source');
  const outlets = await getTranslations('filters.outlets');
  const page = pageParam((await searchParams).page);
  const { sources, total, pageCount } = await listSources(page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('sources')}</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t('intro', { count: total })}</p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {sources.map((source) => (
          <li key={source.id} className="space-y-1 py-4">
            <h2 className="text-lg font-medium">
              <Link href={`/sources/${source.id}`} className="hover:underline">
                {source.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {source.outlet} ({outlets(source.outletType)}) ·{' '}
              <time dateTime={source.publishedOn}>{formatDay(source.publishedOn, locale)}</time>
              {source.yearInferred && ` ${t('inferredYear')}`}
              {source.place && ` · ${source.place}`} · {source.languages.join(', ')} ·{' '}
              {t('statements', { count: source.statementCount })}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(target) => `${localePath(locale, '/sources')}?page=${target}`}
      />
    </div>
  );
}
