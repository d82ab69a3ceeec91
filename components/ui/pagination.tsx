import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Previous / "Page N of M" / Next, for any paged list; `href` builds the link of a page. */
export function Pagination({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
}) {
  const t = useTranslations('pagination');
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label={label ?? t('label')}
      className="flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      <span className="min-w-20">
        {page > 1 && (
          <Link
            href={href(Math.min(page - 1, pageCount))}
            rel="prev"
            className="underline underline-offset-4"
          >
            {t('previous')}
          </Link>
        )}
      </span>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {/* A page past the end (an old link) says so rather than "Page 99 of 2". */}
        {page <= pageCount ? t('page', { page, pageCount }) : t('past', { pageCount })}
      </p>
      <span className="min-w-20 text-right">
        {page < pageCount && (
          <Link href={href(page + 1)} rel="next" className="underline underline-offset-4">
            {t('next')}
          </Link>
        )}
      </span>
    </nav>
  );
}

/** A `?page=N` value as a page number: 1 when missing or not a number in range. */
export function pageParam(value: string | string[] | undefined): number {
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}
