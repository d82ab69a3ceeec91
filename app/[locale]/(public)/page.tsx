import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/status-badge';
import { StatusTransition } from '@/components/status-transition';
import { StatusBar, StatusCounts } from '@/components/status-bar';
import { daysBetween, formatDay, formatDue } from '@/lib/dates';
import {
  getPresidency,
  listAreaItemPreviews,
  listAreaStatusCounts,
  overallTally,
  type PresidencyDto,
} from '@/lib/data/public/tracker';
import { listOpenMilestones, listRecentChanges } from '@/lib/data/public/dashboard';
import { todayInTracker } from '@/lib/dates';
import { Localized } from '@/components/localized';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { localeAlternates } from '@/lib/i18n/metadata';
import { pageLocale } from '@/lib/i18n/page-locale';

/** How much of each list the dashboard shows; "see all" links lead to the rest. */
const ITEMS_PER_AREA = 6;
const RECENT_CHANGES = 8;
const OPEN_MILESTONES = 8;

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

function presidencyProgress(presidency: PresidencyDto, now: Date) {
  const total =
    daysBetween(presidency.periodStart, new Date(`${presidency.periodEnd}T00:00:00Z`)) + 1;
  const elapsed = daysBetween(presidency.periodStart, now);
  if (elapsed < 0) return { started: false, percent: 0, ended: false };
  if (elapsed >= total) return { started: true, percent: 100, ended: true };
  const percent = Math.round((elapsed / total) * 100);
  return { started: true, percent, ended: false };
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    title: { absolute: t('name') },
    ...localeAlternates(locale, '/', { title: t('name'), description: t('description') }),
  };
}

export default async function DashboardPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('dashboard');
  const now = new Date();
  const today = todayInTracker(now);
  const [presidency, areas, previews, recent, open] = await Promise.all([
    getPresidency(),
    listAreaStatusCounts(),
    listAreaItemPreviews(ITEMS_PER_AREA),
    listRecentChanges(RECENT_CHANGES, 0, undefined, true),
    listOpenMilestones(OPEN_MILESTONES, today),
  ]);
  const progress = presidency && presidencyProgress(presidency, now);
  const overall = overallTally(areas);
  const unrated = overall.find((entry) => entry.code === 'NOT_YET_RATED')?.count ?? 0;
  const itemCount = areas.reduce((total, area) => total + area.itemCount, 0);
  const milestones = open.milestones;

  return (
    <div className="space-y-10">
      {presidency && progress && (
        <section aria-labelledby="presidency-heading" className="space-y-3">
          <p className="text-sm uppercase tracking-wide text-slate-600 dark:text-slate-400">
            <Localized
              locale={locale}
              en={presidency.organization}
              ru={presidency.organizationRu}
            />
          </p>
          <h1 id="presidency-heading" className="text-3xl font-semibold tracking-tight">
            {t('heading', {
              country:
                locale === 'ru' && presidency.chairCountryRu
                  ? presidency.chairCountryRu
                  : presidency.chairCountry,
              start: formatDay(presidency.periodStart, locale),
              end: formatDay(presidency.periodEnd, locale),
            })}
          </h1>
          {/* The motto is quoted from a source: in its own language. */}
          <p lang="en" className="text-lg italic text-slate-700 dark:text-slate-300">
            &ldquo;{presidency.motto}&rdquo;
          </p>
          <div className="max-w-xl space-y-1">
            <svg
              className="h-2 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
              role="progressbar"
              aria-label={t('progressLabel')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress.percent}
            >
              <rect
                x="0"
                y="0"
                height="100%"
                width={`${progress.percent}%`}
                className="fill-slate-700 dark:fill-slate-300"
              />
            </svg>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {progress.ended
                ? t(presidency.finalizedAt ? 'endedFinal' : 'endedOpen', {
                    end: formatDay(presidency.periodEnd, locale),
                  })
                : progress.started
                  ? t('through', { percent: progress.percent })
                  : t('notStarted')}
            </p>
          </div>
        </section>
      )}

      <section aria-labelledby="tally-heading" className="space-y-3">
        <h2 id="tally-heading" className="text-xl font-semibold">
          {t(progress?.ended && presidency?.finalizedAt ? 'finalTally' : 'overallTally', {
            count: itemCount,
          })}
        </h2>
        <StatusBar tally={overall} />
        <StatusCounts tally={overall} />
        {unrated * 2 >= itemCount && itemCount > 0 && (
          <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
            {t.rich('unrated', {
              unrated,
              count: itemCount,
              link: (chunks) => (
                <Link href="/methodology#evidence-rules" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="areas-heading" className="space-y-4">
        <h2 id="areas-heading" className="text-xl font-semibold">
          {t('areas')}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {areas.map((area) => {
            const areaItems = previews.filter((item) => item.areaId === area.id);
            return (
              <li
                key={area.id}
                className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
                  {area.kind === 'GOAL' ? t('goals') : t('priority', { position: area.position })}
                </p>
                <h3 className="text-lg font-semibold leading-snug">
                  <Link href={`/items?area=${area.id}`} className="hover:underline">
                    <Localized locale={locale} en={area.title} ru={area.titleRu} />
                  </Link>
                </h3>
                <StatusBar tally={area.tally} />
                <StatusCounts tally={area.tally} />
                <ul className="space-y-1 text-sm">
                  {areaItems.map((item) => (
                    <li key={item.id} className="flex items-start justify-between gap-3">
                      <Link
                        href={`/items/${item.id}`}
                        className="underline-offset-4 hover:underline"
                      >
                        <Localized locale={locale} en={item.title} ru={item.titleRu} />
                      </Link>
                      <StatusBadge status={item.status} size="sm" />
                    </li>
                  ))}
                </ul>
                {area.itemCount > areaItems.length && (
                  <p className="text-sm">
                    <Link href={`/items?area=${area.id}`} className="underline">
                      {t('allInArea', { count: area.itemCount })}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">
            {t('latest')}
          </h2>
          {recent.changes.length === 0 ? (
            <p>{t('noChanges')}</p>
          ) : (
            <ol className="space-y-4">
              {recent.changes.map((change) => (
                <li
                  key={change.id}
                  className="space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700"
                >
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    <time dateTime={change.effectiveOn}>
                      {formatDay(change.effectiveOn, locale)}
                    </time>
                    {change.isCorrection && (
                      <span className="ml-2 font-semibold text-rose-700 dark:text-rose-300">
                        {t('correction')}
                      </span>
                    )}
                  </p>
                  <p>
                    <Link
                      href={`/items/${change.itemId}`}
                      className="font-medium underline-offset-4 hover:underline"
                    >
                      <Localized locale={locale} en={change.itemTitle} ru={change.itemTitleRu} />
                    </Link>
                  </p>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <StatusTransition from={change.from} to={change.status} />
                  </p>
                  {change.evidence[0] && (
                    <blockquote className="text-sm text-slate-700 dark:text-slate-300">
                      &ldquo;{change.evidence[0].quote}&rdquo;{' '}
                      <Link
                        href={`/sources/${change.evidence[0].sourceId}#q-${change.evidence[0].statementId}`}
                        className="whitespace-nowrap underline"
                      >
                        {t('inSource')}
                      </Link>
                    </blockquote>
                  )}
                </li>
              ))}
            </ol>
          )}
          {recent.total > recent.changes.length && (
            <p className="text-sm">
              <a href="/feed.xml" className="underline">
                {t('allChanges')}
              </a>{' '}
              ·{' '}
              <a href="/api/v1/status-changes" className="underline">
                JSON
              </a>
            </p>
          )}
        </section>

        <section aria-labelledby="milestones-heading" className="space-y-3">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            {t('milestones')}
          </h2>
          {milestones.length === 0 ? (
            <p>{t('noMilestones')}</p>
          ) : (
            <ul className="space-y-2">
              {milestones.map((milestone) => {
                const overdue = milestone.dueOn < today;
                return (
                  <li key={milestone.id} className="text-sm">
                    <span
                      className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${overdue ? 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100' : 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100'}`}
                    >
                      {overdue ? t('overdue') : t('upcoming')}
                    </span>
                    <Localized locale={locale} en={milestone.title} ru={milestone.titleRu} />,{' '}
                    {formatDue(milestone.dueOn, milestone.precision, locale)} —{' '}
                    <Link href={`/items/${milestone.item.id}`} className="underline">
                      <Localized
                        locale={locale}
                        en={milestone.item.title}
                        ru={milestone.item.titleRu}
                      />
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          {open.openCount > milestones.length && (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t('showingMilestones', {
                shown: milestones.length,
                open: open.openCount,
                overdue: open.overdueCount,
              })}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
