import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SourceMetadata } from '@/components/source-metadata';
import { QuotedPassages, SourceText } from '@/components/source-text';
import { formatDay } from '@/lib/dates';
import { getSourceDetail } from '@/lib/data/public/sources';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { isLocale } from '@/lib/i18n/routing';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

// None at build time: each page is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale: given } = await params;
  const locale = isLocale(given) ? given : 'en';
  const source = await getSourceDetail(id);
  const t = await getTranslations({ locale, namespace: 'source' });
  if (!source) return { title: t('notFound') };
  return {
    title: source.title,
    description: `${source.outlet}, ${formatDay(source.publishedOn, locale)}`,
  };
}

export default async function SourcePage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('source');
  const source = await getSourceDetail((await params).id);
  if (!source) notFound();

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/sources" className="underline">
            {t('sources')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{source.title}</h1>
        <SourceMetadata source={source} audience="public">
          <dt className="font-medium">{t('text')}</dt>
          <dd>
            {t('version', { number: source.version.number })}{' '}
            <code className="break-all font-mono text-xs">{source.version.sha256}</code>
          </dd>
        </SourceMetadata>
      </header>

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          {t('fullText')}{' '}
          <span className="text-base font-normal text-slate-600 dark:text-slate-400">
            {t('highlighted', { count: source.spans.length })}
          </span>
        </h2>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800 sm:p-6">
          <SourceText text={source.version.text} spans={source.spans} />
        </div>
      </section>

      {source.spans.length > 0 && (
        <section aria-labelledby="passages-heading" className="space-y-3">
          <h2 id="passages-heading" className="text-xl font-semibold">
            {t('passages')}
          </h2>
          <QuotedPassages
            spans={source.spans}
            labels={{ inText: t('inText'), supports: t('supports'), noItem: t('noItem') }}
          />
        </section>
      )}
    </article>
  );
}
