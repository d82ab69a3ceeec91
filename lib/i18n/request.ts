// next-intl's per-request configuration: the locale of the [locale] segment
// (set by each layout and page with setRequestLocale, so pages stay static)
// and its catalogue.
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
import en from './messages/en.json';
import ru from './messages/ru.json';

const CATALOGUES = { en, ru };

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: CATALOGUES[locale], timeZone: 'Europe/Minsk' };
});
