// Counted nouns in English and Russian, through Intl.PluralRules: "1 statement",
// "2 statements"; "1 цитата", "3 цитаты", "5 цитат", "21 цитата".
export type Locale = 'en' | 'ru';

/** The forms of a noun by plural category; `few` and `many` are Russian's. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/** `count` and its noun in the right form, the number written for `locale`. */
export function counted(count: number, forms: PluralForms, locale: Locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = rule.select(count) as keyof PluralForms | 'zero' | 'two';
  const noun =
    (category in forms ? forms[category as keyof PluralForms] : undefined) ?? forms.other;
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}
