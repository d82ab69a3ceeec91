import type { Metadata } from 'next';
import Link from 'next/link';
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
  DEFAULT_PAGE_SIZE,
  hasItemFilters,
  itemFiltersQuery,
  parseItemFilters,
  type ItemFilterErrors,
  type ItemFilters,
} from '@/lib/validation/item-filters';
import { counted } from '@/lib/plural';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Items',
  description:
    'Every commitment of the presidency, searchable in English and Russian across statements and sources.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ItemsPage({ searchParams }: Props) {
  const parsed = parseItemFilters(await searchParams);
  const areas = await listAreas();
  const errors: ItemFilterErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  if (parsed.ok && parsed.filters.area && !areas.some((area) => area.id === parsed.filters.area)) {
    errors.area = ['There is no such area: choose one from the list.'];
  }
  // A date input cannot show a value it cannot parse, so the error repeats it.
  for (const field of ['from', 'to'] as const) {
    const given = parsed.raw[field];
    if (errors[field] && given && !isIsoDate(given)) {
      errors[field] = [...errors[field], `You gave “${given}”.`];
    }
  }
  const result = parsed.ok ? await searchItems(parsed.filters, { collapse: true }) : null;
  const raw = parsed.raw;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Items</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Every commitment of the presidency. Search looks through the items, the statements quoted
          for them and the full texts of the sources they were quoted from, in English and Russian.
        </p>
      </header>

      <ItemFilterForm
        key={JSON.stringify(raw)}
        action="/items"
        raw={raw}
        errors={errors}
        areas={areas}
      />

      {parsed.ok && result ? (
        <Results filters={parsed.filters} result={result} />
      ) : (
        <section aria-labelledby="results-heading" className="space-y-2">
          <h2 id="results-heading" className="text-xl font-semibold">
            Check the filters
          </h2>
          <p role="alert" className="text-rose-800 dark:text-rose-200">
            Some filters are not valid: correct the fields marked above, then apply them again.
          </p>
        </section>
      )}

      {/* The exports take this page's filters: they hold exactly what is listed, every page of it. */}
      <p className="no-print text-sm text-slate-600 dark:text-slate-400">
        {parsed.ok && result && hasItemFilters(parsed.filters) ? (
          <>
            <a
              href={`/api/v1/items.csv${exportQuery(parsed.filters)}`}
              className="underline underline-offset-4"
            >
              Download these {counted(result.matched, { one: 'item', other: 'items' })} as CSV
            </a>
            {' · '}
            <a
              href={`/api/v1/items${itemFiltersQuery(parsed.filters)}`}
              className="underline underline-offset-4"
            >
              This page as JSON
            </a>
            {' · '}
            <a href="/api/v1/items.csv" className="underline underline-offset-4">
              All items as CSV
            </a>
          </>
        ) : (
          <>
            <a href="/api/v1/items.csv" className="underline underline-offset-4">
              Download all items as CSV
            </a>
            {parsed.ok && (
              <>
                {' · '}
                <a
                  href={`/api/v1/items${itemFiltersQuery(parsed.filters)}`}
                  className="underline underline-offset-4"
                >
                  This page as JSON
                </a>
              </>
            )}
          </>
        )}
      </p>
    </div>
  );
}

/** The filters without paging: an export holds every page. */
function exportQuery(filters: ItemFilters): string {
  return itemFiltersQuery({ ...filters, page: 1, pageSize: DEFAULT_PAGE_SIZE });
}

function Results({ filters, result }: { filters: ItemFilters; result: ItemSearchResult }) {
  const { items, total, matched, page, pageCount } = result;
  const href = (target: number) => `/items${itemFiltersQuery(filters, { page: target })}`;
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-xl font-semibold">
        {counted(matched, { one: 'item', other: 'items' })}
      </h2>
      {matched > total && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Items found only in the full text of an article they are quoted from are shown once per
          article.
        </p>
      )}
      {total === 0 && <p>No item matches these filters. Try fewer filters or other words.</p>}
      {total > 0 && items.length === 0 && (
        <p>
          There is no page {page}.{' '}
          <Link href={href(pageCount)} className="underline">
            Go to the last page ({pageCount})
          </Link>
          .
        </p>
      )}
      {items.length > 0 && (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="space-y-2 py-4">
              <h3 className="text-lg font-medium leading-snug">
                <Link href={`/items/${item.id}`} className="hover:underline">
                  {item.title}
                </Link>
              </h3>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                <StatusBadge status={item.status} size="sm" />
                <Link
                  href={`/items?area=${item.area.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  {item.area.title}
                </Link>
              </p>
              <p className="max-w-3xl text-slate-700 dark:text-slate-300">{item.summary}</p>
              {item.snippet && <Snippet snippet={item.snippet} />}
              {item.alsoQuoting && (
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  <Link
                    href={`/sources/${item.alsoQuoting.sourceId}`}
                    className="underline underline-offset-4"
                  >
                    and {counted(item.alsoQuoting.more, { one: 'more item', other: 'more items' })}{' '}
                    quoting this article
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

function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const text = snippet.fragments.map((fragment) => fragment.text).join('');
  const lang = /\p{Script=Cyrillic}/u.test(text) ? 'ru' : undefined;
  if (snippet.kind === 'statement') {
    return (
      <figure className="max-w-3xl space-y-1 border-l-2 border-amber-400 pl-3 text-sm">
        <figcaption className="text-slate-600 dark:text-slate-400">Matching statement</figcaption>
        <blockquote lang={lang} className="text-slate-800 dark:text-slate-200">
          &ldquo;
          <Highlighted snippet={snippet} />
          &rdquo;
        </blockquote>
        <p className="text-slate-600 dark:text-slate-400">
          {snippet.speaker} ·{' '}
          <Link
            href={`/sources/${snippet.sourceId}#q-${snippet.statementId}`}
            className="underline"
          >
            in the source
          </Link>
        </p>
      </figure>
    );
  }
  return (
    <figure className="max-w-3xl space-y-1 border-l-2 border-slate-300 pl-3 text-sm dark:border-slate-600">
      <figcaption className="text-slate-600 dark:text-slate-400">
        Found in the text of{' '}
        <Link href={`/sources/${snippet.sourceId}`} className="underline">
          {snippet.sourceTitle}
        </Link>
      </figcaption>
      <blockquote lang={lang} className="text-slate-800 dark:text-slate-200">
        …<Highlighted snippet={snippet} />…
      </blockquote>
    </figure>
  );
}
