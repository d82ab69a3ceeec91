// The metadata every public page shares across languages: its address in each
// (hreflang alternates; English is the default), and the Open Graph and
// Twitter card tags a shared link unfurls with.
import type { Metadata } from 'next';
import { LOCALES, localePath, type Locale } from './routing';

export function localeAlternates(
  locale: Locale,
  path: string,
  card: { title: string; description: string; image?: string },
): Pick<Metadata, 'alternates' | 'openGraph' | 'twitter'> {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((other) => [other, localePath(other, path)]),
  );
  languages['x-default'] = path;
  return {
    alternates: {
      canonical: localePath(locale, path),
      languages,
      types: { 'application/atom+xml': '/feed.xml' },
    },
    openGraph: {
      title: card.title,
      description: card.description,
      url: localePath(locale, path),
      locale: locale === 'ru' ? 'ru_RU' : 'en_GB',
      alternateLocale: locale === 'ru' ? 'en_GB' : 'ru_RU',
      type: 'website',
      ...(card.image ? { images: [{ url: card.image, width: 1200, height: 630 }] } : {}),
    },
    twitter: {
      card: card.image ? 'summary_large_image' : 'summary',
      title: card.title,
      description: card.description,
      ...(card.image ? { images: [card.image] } : {}),
    },
  };
}
