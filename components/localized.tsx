import { localizedText } from '@/lib/i18n/localized';

/** A title or summary in the page's language, or in English marked as such (lib/i18n/localized.ts). */
export function Localized({
  locale,
  en,
  ru,
}: {
  locale: string;
  en: string;
  ru: string | null | undefined;
}) {
  const { text, lang } = localizedText(locale, en, ru);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
