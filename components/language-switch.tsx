'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState } from 'react';
import { localePath, splitLocale, type Locale } from '@/lib/i18n/routing';

/**
 * The same page in the other language: path, filters and anchor kept. The
 * address is complete in the HTML (readers without JavaScript get the page
 * and its filters); the anchor is added once the page runs, since a server
 * never sees it.
 */
function SwitchLink() {
  const locale = useLocale() as Locale;
  const t = useTranslations('site');
  const other: Locale = locale === 'ru' ? 'en' : 'ru';
  const { path } = splitLocale(usePathname());
  const query = useSearchParams().toString();
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const href = `${localePath(other, path)}${query ? `?${query}` : ''}${hash}`;
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

function PlainLink() {
  const locale = useLocale() as Locale;
  const t = useTranslations('site');
  const other: Locale = locale === 'ru' ? 'en' : 'ru';
  return (
    <a
      href={localePath(other, '/')}
      hrefLang={other}
      lang={other}
      className="font-medium text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
    >
      {t('otherLanguage')}
    </a>
  );
}

export function LanguageSwitch() {
  // useSearchParams on a static page renders on the client only; the
  // fallback is the other language's dashboard.
  return (
    <Suspense fallback={<PlainLink />}>
      <SwitchLink />
    </Suspense>
  );
}
