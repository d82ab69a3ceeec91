'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState } from 'react';
import { localePath, splitLocale, type Locale } from '@/lib/i18n/routing';

function useOtherLocale(): Locale {
  return useLocale() === 'ru' ? 'en' : 'ru';
}

/** A link to `href` in the other language, named in that language. */
function OtherLanguageLink({ href }: { href: string }) {
  const other = useOtherLocale();
  const t = useTranslations('site');
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      className="font-medium text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
    >
      {t('otherLanguage')}
    </a>
  );
}

/**
 * The same page in the other language: path, filters and anchor kept. The
 * address is complete in the HTML (readers without JavaScript get the page
 * and its filters); the anchor is added once the page runs, since a server
 * never sees it.
 */
function SamePageLink() {
  const other = useOtherLocale();
  const { path } = splitLocale(usePathname());
  const query = useSearchParams().toString();
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return (
    <OtherLanguageLink href={`${localePath(other, path)}${query ? `?${query}` : ''}${hash}`} />
  );
}

function DashboardLink() {
  return <OtherLanguageLink href={localePath(useOtherLocale(), '/')} />;
}

export function LanguageSwitch() {
  // useSearchParams on a static page renders on the client only; the
  // fallback is the other language's dashboard.
  return (
    <Suspense fallback={<DashboardLink />}>
      <SamePageLink />
    </Suspense>
  );
}
