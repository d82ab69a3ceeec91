// Content that exists in English and, once translated, in Russian (titles and
// summaries of areas, items and milestones). On a Russian page an untranslated
// text shows in English, marked lang="en" so it is read as English
// (components/localized.tsx renders it).
/** The lang of English text (notes, credits) on a page in `locale`: said only when it differs. */
export function englishLang(locale: string): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}

export function localizedText(locale: string, en: string, ru: string | null | undefined) {
  if (locale === 'ru' && ru) return { text: ru, lang: undefined };
  return { text: en, lang: locale === 'ru' ? ('en' as const) : undefined };
}
