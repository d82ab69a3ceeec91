import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { ItemFilterForm } from '@/components/item-filter-form';
import { StatusBadge } from '@/components/status-badge';
import {
  searchItems,
  type ItemSearchResult,
  type SearchSnippet,
} from '@/lib/data/public/item-search';
import { listAreas } from '@/lib/data/public/tracker';
import { isIsoDate } from '@/lib/validation/days';
import {
  exportFiltersQuery,
  hasItemFilters,
  itemFiltersQuery,
  parseItemFilters,
  type ItemFilterErrors,
  type ItemFilters,
} from '@/lib/validation/item-filters';
import { Localized } from '@/components/localized';
import { localeAlternates } from '@/lib/i18n/metadata';
import { pageLocale } from '@/lib/i18n/page-locale';
import { isLocale, localePath, type Locale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'items' });
  return {
    title: t('title'),
    description: t('description'),
    ...localeAlternates(locale, '/items', { title: t('title'), description: t('description') }),
  };
}

export default async function ItemsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('items');
  const parsed = parseItemFilters(await searchParams);
  const areas = await listAreas();
  const errors: ItemFilterErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  if (parsed.ok && parsed.filters.area && !areas.some((area) => area.id === parsed.filters.area)) {
    errors.area = [t('noSuchArea')];
  }
  // A date input cannot show a value it cannot parse, so the error repeats it.
  for (const field of ['from', 'to'] as const) {
    const given = parsed.raw[field];
    if (errors[field] && given && !isIsoDate(given)) {
      errors[field] = [...errors[field], t('youGave', { given })];
    }
  }
  const result = parsed.ok ? await searchItems(parsed.filters, { collapse: true }) : null;
  const raw = parsed.raw;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t('intro')}</p>
      </header>

      <ItemFilterForm
        key={JSON.stringify(raw)}
        action={localePath(locale, '/items')}
        raw={raw}
        errors={errors}
        areas={areas}
      />

      {parsed.ok && result ? (
        <Results filters={parsed.filters} result={result} locale={locale} />
      ) : (
        <section aria-labelledby="results-heading" className="space-y-2">
          <h2 id="results-heading" className="text-xl font-semibold">
            {t('checkFilters')}
          </h2>
          <p role="alert" className="text-rose-800 dark:text-rose-200">
            {t('invalidFilters')}
          </p>
        </section>
      )}

      {/* The exports take this page's filters: they hold exactly what is listed, every page of it. */}
      <p className="no-print text-sm text-slate-600 dark:text-slate-400">
        {parsed.ok && result && hasItemFilters(parsed.filters) ? (
          <>
            <a
              href={`/api/v1/items.csv${exportFiltersQuery(parsed.filters)}`}
              className="underline underline-offset-4"
            >
              {t('downloadThese', { count: result.matched })}
            </a>
            {' · '}
            <a
              href={`/api/v1/items${itemFiltersQuery(parsed.filters)}`}
              className="underline underline-offset-4"
            >
              {t('pageJson')}
            </a>
            {' · '}
            <a href="/api/v1/items.csv" className="underline underline-offset-4">
              {t('allCsv')}
            </a>
          </>
        ) : (
          <>
            <a href="/api/v1/items.csv" className="underline underline-offset-4">
              {t('downloadAll')}
            </a>
            {parsed.ok && (
              <>
                {' · '}
                <a
                  href={`/api/v1/items${itemFiltersQuery(parsed.filters)}`}
                  className="underline underline-offset-4"
                >
                  {t('pageJson')}
                </a>
              </>
            )}
          </>
        )}
      </p>
    </div>
  );
}

async function Results({
  filters,
  result,
  locale,
}: {
  filters: ItemFilters;
  result: ItemSearchResult;
  locale: Locale;
}) {
  const t = await getTranslations('items');
  const { items, total, matched, page, pageCount } = result;
  const href = (target: number) =>
    `${localePath(locale, '/items')}${itemFiltersQuery(filters, { page: target })}`;
  const to = (path: string) => localePath(locale, path);
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-xl font-semibold">
        {t('count', { count: matched })}
      </h2>
      {matched > total && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('collapsedNote')}</p>
      )}
      {total === 0 && <p>{t('noMatch')}</p>}
      {total > 0 && items.length === 0 && (
        <p>
          {t('noPage', { page })}{' '}
          <Link href={href(pageCount)} className="underline">
            {t('lastPage', { pageCount })}
          </Link>
          .
        </p>
      )}
      {items.length > 0 && (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="space-y-2 py-4">
              <h3 className="text-lg font-medium leading-snug">
                <Link href={to(`/items/${item.id}`)} className="hover:underline">
                  <Localized locale={locale} en={item.title} ru={item.titleRu} />
                </Link>
              </h3>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                <StatusBadge status={item.status} size="sm" />
                <Link
                  href={`${to('/items')}?area=${item.area.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  <Localized locale={locale} en={item.area.title} ru={item.area.titleRu} />
                </Link>
              </p>
              <p className="max-w-3xl text-slate-700 dark:text-slate-300">
                <Localized locale={locale} en={item.summary} ru={item.summaryRu} />
              </p>
              {item.snippet && <Snippet snippet={item.snippet} locale={locale} />}
              {item.alsoQuoting && (
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  <Link
                    href={to(`/sources/${item.alsoQuoting.sourceId}`)}
                    className="underline underline-offset-4"
                  >
                    {t('moreQuoting', { count: item.alsoQuoting.more })}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </section>
  );
}

function Highlighted({ snippet }: { snippet: SearchSnippet }) {
  return snippet.fragments.map((fragment, index) =>
    fragment.isMatch ? (
      <mark
        key={index}
        className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300 dark:text-slate-950"
      >
        {fragment.text}
      </mark>
    ) : (
      fragment.text
    ),
  );
}

async function Snippet({ snippet, locale }: { snippet: SearchSnippet; locale: Locale }) {
  const t = await getTranslations('items');
  const to = (path: string) => localePath(locale, path);
  const text = snippet.fragments.map((fragment) => fragment.text).join('');
  // The snippet's own language, said when it is not the page's.
  const textLang = /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en';
  const lang = textLang === locale ? undefined : textLang;
  if (snippet.kind === 'statement') {
    return (
      <figure className="max-w-3xl space-y-1 border-l-2 border-amber-400 pl-3 text-sm">
        <figcaption className="text-slate-600 dark:text-slate-400">
          {t('matchingStatement')}
        </figcaption>
        <blockquote lang={lang} className="text-slate-800 dark:text-slate-200">
          &ldquo;
          <Highlighted snippet={snippet} />
          &rdquo;
        </blockquote>
        <p className="text-slate-600 dark:text-slate-400">
          {snippet.speaker} ·{' '}
          <Link
            href={to(`/sources/${snippet.sourceId}#q-${snippet.statementId}`)}
            className="underline"
          >
            {t('inSource')}
          </Link>
        </p>
      </figure>
    );
  }
  return (
    <figure className="max-w-3xl space-y-1 border-l-2 border-slate-300 pl-3 text-sm dark:border-slate-600">
      <figcaption className="text-slate-600 dark:text-slate-400">
        {t.rich('foundInText', {
          title: snippet.sourceTitle,
          link: (chunks) => (
            <Link href={to(`/sources/${snippet.sourceId}`)} className="underline">
              {chunks}
            </Link>
          ),
        })}
      </figcaption>
      <blockquote lang={lang} className="text-slate-800 dark:text-slate-200">
        …<Highlighted snippet={snippet} />…
      </blockquote>
    </figure>
  );
}
