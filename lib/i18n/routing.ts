// Two languages, one site (issue 12; docs/decisions/0020-two-languages.md).
// English is unprefixed (/items) and also answers at /en/… (redirected to the
// unprefixed address); Russian is /ru/…. proxy.ts maps the addresses onto
// app/[locale]; readers' browsers choose nothing: a shared page must be the
// same for every reader and cache, so the language is the one in the URL.
import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The address of `path` (unprefixed, starting with "/") in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The locale an address is in and the address without its prefix:
 * "/ru/items?q=x" is ["ru", "/items?q=x"]; "/items" is ["en", "/items"].
 */
export function splitLocale(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  const match = /^\/(en|ru)(?=\/|$|\?|#)/.exec(pathname);
  if (!match) return { locale: DEFAULT_LOCALE, path: pathname, prefixed: false };
  const rest = pathname.slice(match[0].length);
  return {
    locale: match[1] as Locale,
    path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest,
    prefixed: true,
  };
}
