import { setRequestLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, type Locale } from './routing';

/**
 * The locale of a page under app/[locale], registered for next-intl so the
 * page renders statically (every page and layout must do it: they render in
 * parallel). An unknown value, which the layout turns into a 404, reads as English.
 */
export async function pageLocale(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale } = await params;
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  setRequestLocale(known);
  return known;
}
