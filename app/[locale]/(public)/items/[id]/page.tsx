import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatementList } from '@/components/statement-list';
import { copyCredit, quoteLang, speakerCredit } from '@/lib/provenance';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/status-badge';
import { StatusTransition } from '@/components/status-transition';
import { daysWithoutEvidence, formatDay, formatDue, formatWhen } from '@/lib/dates';
import { getItemDetail, STATEMENTS_PER_PAGE } from '@/lib/data/public/item-detail';
import { getPresidency, getPublishedItem } from '@/lib/data/public/tracker';
import { timeline } from '@/lib/status-history';
import { todayInTracker } from '@/lib/dates';
import { Localized } from '@/components/localized';
import { englishLang, localizedText } from '@/lib/i18n/localized';
import { localeAlternates } from '@/lib/i18n/metadata';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { statusText } from '@/lib/status';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

// None at build time: each page is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

const STALE_AFTER_DAYS = 90;

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale: given } = await params;
  const locale: Locale = isLocale(given) ? given : 'en';
  const item = await getPublishedItem(id);
  const t = await getTranslations({ locale, namespace: 'item' });
  if (!item) return { title: t('notFound') };
  const title = localizedText(locale, item.title, item.titleRu).text;
  const summary = localizedText(locale, item.summary, item.summaryRu).text;
  const description = `${statusText(item.status, locale).label}. ${summary}`;
  return {
    title,
    description,
    ...localeAlternates(locale, `/items/${item.id}`, { title, description }),
  };
}

export default async function ItemPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations('item');
  const [item, presidency] = await Promise.all([getItemDetail(id), getPresidency()]);
  if (!item) notFound();

  const definition = statusText(item.status, locale);
  // The other language's wording, labelled: our translation on English pages,
  // the English original on Russian ones.
  const other =
    locale === 'ru'
      ? item.titleRu
        ? { lang: 'en', label: t('original'), title: item.title, summary: item.summary }
        : null
      : item.titleRu
        ? { lang: 'ru', label: t('otherLanguage'), title: item.titleRu, summary: item.summaryRu }
        : null;
  const history = timeline(item.statusChanges);
  const latestEvidence = [
    item.lastEvidenceOn,
    ...item.statusChanges.map((change) => change.effectiveOn),
  ]
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  const silence =
    latestEvidence && presidency ? daysWithoutEvidence(latestEvidence, presidency.periodEnd) : null;
  const today = todayInTracker();
  const outlets = await getTranslations('filters.outlets');
  const outletLabels = (code: string) => outlets(code as never);

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href={`/items?area=${item.area.id}`} className="underline">
            <Localized locale={locale} en={item.area.title} ru={item.area.titleRu} />
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">
          <Localized locale={locale} en={item.title} ru={item.titleRu} />
        </h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          <Localized locale={locale} en={item.summary} ru={item.summaryRu} />
        </p>
        {other && (
          <section
            aria-label={other.label}
            className="max-w-3xl space-y-1 border-l-2 border-slate-300 pl-3 dark:border-slate-600"
          >
            <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {other.label}
            </p>
            <p lang={other.lang} className="font-medium text-slate-800 dark:text-slate-200">
              {other.title}
            </p>
            {other.summary && (
              <p lang={other.lang} className="text-slate-700 dark:text-slate-300">
                {other.summary}
              </p>
            )}
          </section>
        )}
        <div className="space-y-1 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t('currentStatus')}</span>{' '}
            <StatusBadge status={item.status} />
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{definition.definition}</p>
          {silence && silence.days > STALE_AFTER_DAYS && (
            <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
              {t(silence.isOver ? 'silenceOver' : 'silence', {
                days: silence.days,
                last: formatDay(latestEvidence!, locale),
              })}
            </p>
          )}
        </div>
      </header>

      <section aria-labelledby="timeline-heading" className="space-y-4">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t('history')}
        </h2>
        {locale === 'ru' && history.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('notesInEnglish')}</p>
        )}
        {history.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <ol className="space-y-6">
            {history.map(({ change, from, isStanding, corrects, correctedBy }) => {
              return (
                <li
                  key={change.id}
                  id={`change-${change.id}`}
                  className={`space-y-2 border-l-4 pl-4 ${isStanding ? 'border-slate-400 dark:border-slate-500' : 'border-slate-200 opacity-80 dark:border-slate-800'}`}
                >
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <time dateTime={change.effectiveOn} className="font-medium">
                      {formatDay(change.effectiveOn, locale)}
                    </time>
                    <StatusTransition from={from} to={change.status} />
                    {corrects && (
                      <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100">
                        {t('correctionOf', { day: formatDay(corrects.effectiveOn, locale) })}
                      </span>
                    )}
                    {correctedBy && (
                      <a href={`#change-${correctedBy.id}`} className="text-xs underline">
                        {t('correctedLater')}
                      </a>
                    )}
                  </p>
                  <p>
                    <span className="font-medium">
                      {from === change.status ? t('reaffirmedBecause') : t('changedBecause')}
                    </span>{' '}
                    <span lang={englishLang(locale)}>{change.note}</span>
                  </p>
                  {change.evidence.map((evidence) => (
                    <blockquote
                      key={evidence.statementId}
                      className="border-l-2 border-amber-400 pl-3 text-slate-700 dark:text-slate-300"
                    >
                      <span lang={quoteLang(evidence.quote, locale)}>
                        &ldquo;{evidence.quote}&rdquo;
                      </span>
                      <footer className="text-sm">
                        <span lang={englishLang(locale)}>
                          {[speakerCredit(evidence), copyCredit(evidence)]
                            .filter(Boolean)
                            .join(', ')}
                        </span>
                        {' · '}
                        <Link
                          href={`/sources/${evidence.sourceId}#q-${evidence.statementId}`}
                          className="underline"
                        >
                          {t('readIn', { title: evidence.sourceTitle })}
                        </Link>
                      </footer>
                    </blockquote>
                  ))}
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {t.rich('decidedBy', {
                      name: change.authorName ?? t('seedEditors'),
                      time: () => (
                        <time dateTime={change.createdAt}>
                          {formatDay(change.createdAt, locale)}
                        </time>
                      ),
                    })}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {item.milestones.length > 0 && (
        <section aria-labelledby="milestones-heading" className="space-y-2">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            {t('milestones')}
          </h2>
          <ul className="space-y-1">
            {item.milestones.map((milestone) => (
              <li key={milestone.id}>
                <Localized locale={locale} en={milestone.title} ru={milestone.titleRu} />,{' '}
                {formatDue(milestone.dueOn, milestone.precision, locale)}{' '}
                {milestone.metOn ? (
                  <span className="text-sm text-emerald-800 dark:text-emerald-300">
                    {t('met', {
                      when: formatWhen(milestone.metOn, milestone.outcomePrecision, locale),
                    })}
                  </span>
                ) : milestone.missedOn ? (
                  <span className="text-sm font-semibold text-rose-800 dark:text-rose-300">
                    {t('missed', {
                      when: formatWhen(milestone.missedOn, milestone.outcomePrecision, locale),
                    })}
                  </span>
                ) : milestone.dueOn < today ? (
                  <span className="text-sm font-semibold text-rose-800 dark:text-rose-300">
                    {t('overdue')}
                  </span>
                ) : (
                  <span className="text-sm text-sky-800 dark:text-sky-300">{t('upcoming')}</span>
                )}
                {milestone.evidence && (
                  <blockquote className="mt-1 border-l-2 border-emerald-400 pl-3 text-sm text-slate-700 dark:text-slate-300">
                    <span lang={quoteLang(milestone.evidence.quote, locale)}>
                      &ldquo;{milestone.evidence.quote}&rdquo;
                    </span>{' '}
                    <Link
                      href={`/sources/${milestone.evidence.sourceId}#q-${milestone.evidence.statementId}`}
                      className="whitespace-nowrap underline"
                    >
                      {t('inSource')}
                    </Link>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="statements-heading" className="space-y-4">
        <h2 id="statements-heading" className="text-xl font-semibold">
          {t('statements', { count: item.statementCount })}
        </h2>
        {item.outletMix.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('sourcesBehind', {
              mix: item.outletMix
                .map(({ outletType, count }) => `${outletLabels(outletType)} ${count}`)
                .join(', '),
            })}
          </p>
        )}
        <StatementList statements={item.statements} locale={locale} />
        {item.statementPageCount > 1 && (
          <p>
            <Link href={`/items/${item.id}/statements?page=2`} className="underline">
              {t('moreStatements', { from: STATEMENTS_PER_PAGE + 1, to: item.statementCount })}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
