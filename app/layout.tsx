import type { Metadata, Viewport } from 'next';
import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import Link from 'next/link';
import { AccountLink } from '@/components/account-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'CSTO presidency tracker', template: '%s · CSTO presidency tracker' },
  description:
    "Tracks the commitments of Belarus' 2023 presidency of the Collective Security Treaty Organization, each backed by verbatim quotes from the sources.",
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

const navigation = [
  { href: '/', label: 'Dashboard' },
  { href: '/items', label: 'Items' },
  { href: '/sources', label: 'Sources' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/api-docs', label: 'Open data' },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:ring-2 focus:ring-sky-600"
        >
          Skip to content
        </a>
        <header role="banner" className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight">
              CSTO presidency tracker
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {navigation.map((entry) => (
                  <li key={entry.href}>
                    <Link
                      href={entry.href}
                      className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300"
                    >
                      {entry.label}
                    </Link>
                  </li>
                ))}
                <li>
                  <AccountLink />
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
            Every statement is a verbatim span of a stored source. Data:{' '}
            <Link href="/api-docs" className="underline">
              JSON, CSV and Atom
            </Link>
            .
          </div>
        </footer>
      </body>
    </html>
  );
}
