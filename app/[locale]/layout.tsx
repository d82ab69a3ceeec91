import type { Metadata, Viewport } from 'next';
import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountLink } from '@/components/account-link';
import { env } from '@/lib/env';
import { LanguageSwitch } from '@/components/language-switch';
import { Link } from '@/lib/i18n/navigation';
import { isLocale, LOCALES } from '@/lib/i18n/routing';
import './globals.css';

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    // Open Graph and alternate addresses are absolute, on the site's own address.
    metadataBase: new URL(env().SITE_URL),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('description'),
    alternates: { types: { 'application/atom+xml': '/feed.xml' } },
    openGraph: {
      siteName: t('name'),
      locale: locale === 'ru' ? 'ru_RU' : 'en_GB',
      type: 'website',
    },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

const NAVIGATION = [
  { href: '/', key: 'dashboard' },
  { href: '/items', key: 'items' },
  { href: '/sources', key: 'sources' },
  { href: '/methodology', key: 'methodology' },
  { href: '/api-docs', key: 'openData' },
] as const;

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  // Only the listed languages exist: /de/… is a 404, not an English page.
  // (Not dynamicParams = false: that would also apply to items and sources.)
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:ring-2 focus:ring-sky-600"
          >
            {t('skip')}
          </a>
          <header role="banner" className="border-b border-slate-200 dark:border-slate-800">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/" className="font-semibold tracking-tight">
                {t('name')}
              </Link>
              <nav aria-label={t('mainNavigation')}>
                <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                  {NAVIGATION.map((entry) => (
                    <li key={entry.href}>
                      <Link
                        href={entry.href}
                        className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
                      >
                        {t(`nav.${entry.key}`)}
                      </Link>
                    </li>
                  ))}
                  <li>
                    <LanguageSwitch />
                  </li>
                  <li>
                    <AccountLink label={t('workspace')} />
                  </li>
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer role="contentinfo" className="border-t border-slate-200 dark:border-slate-800">
            <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
              {t('footer')}{' '}
              <Link href="/api-docs" className="underline">
                {t('footerData')}
              </Link>
              .
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
