import { useTranslations } from 'next-intl';
import { englishLang } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { formatDay } from '@/lib/dates';
import type { ItemStatementDto } from '@/lib/data/public/item-detail';
import { copyCredit, quoteLang, speakerCredit } from '@/lib/provenance';

/**
 * An item's statements: the quote, who said it (and whose words it relays),
 * when, what copy it comes from, and a link to its spot in the source.
 * Background statements (from before the presidency) say so with their year.
 */
export function StatementList({
  statements,
  locale = 'en',
}: {
  statements: ItemStatementDto[];
  locale?: string;
}) {
  const t = useTranslations('item');
  const outlets = useTranslations('filters.outlets');
  // Credits are written in English (lib/provenance.ts): said so on other pages.
  const creditLang = englishLang(locale);
  return (
    <ul className="space-y-5">
      {statements.map((statement) => {
        const copy = copyCredit(statement);
        return (
          <li
            key={statement.id}
            id={`statement-${statement.id}`}
            className="space-y-1 scroll-mt-24"
          >
            {statement.isBackground && (
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                {t('background', { year: statement.source.publishedOn.slice(0, 4) })}
              </p>
            )}
            <blockquote
              lang={quoteLang(statement.quote, locale)}
              className="border-l-2 border-slate-300 pl-3 dark:border-slate-600"
            >
              &ldquo;{statement.quote}&rdquo;
            </blockquote>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <span lang={creditLang}>{speakerCredit(statement)}</span>
              {statement.statedOn && (
                <>
                  ,{' '}
                  <time dateTime={statement.statedOn}>{formatDay(statement.statedOn, locale)}</time>
                </>
              )}
              {copy && (
                <>
                  , <span lang={creditLang}>{copy}</span>
                </>
              )}{' '}
              ·{' '}
              <Link
                href={`/sources/${statement.source.id}#q-${statement.id}`}
                className="underline"
              >
                {statement.source.title}
              </Link>{' '}
              ({statement.source.outlet}, {outlets(statement.source.outletType)})
            </p>
          </li>
        );
      })}
    </ul>
  );
}
