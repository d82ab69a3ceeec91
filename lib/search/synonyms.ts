// The names and places of the presidency across languages, spellings and
// scripts (issue 12). One list serves two readers:
// - search (lib/data/public/item-search.ts): a query with any one-word
//   spelling of a group finds texts with any other. The rows live in Postgres
//   (table "SearchSynonym", read by tracker_search_query); after editing this
//   list, `npm run search:synonyms` writes the migration that puts it there,
//   and lib/search/synonyms.test.ts fails until it has been run.
// - suggested evidence (lib/suggest/terms.ts): English-Russian pairs, so a
//   Russian sentence can be suggested for an English item and back.
// Kept small and specific: organisations, member states, capitals, leaders
// and the words of the priorities. A group joins words that mean the same
// thing; never add a word that also means something else.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['CSTO', 'ОДКБ'],
  ['SCO', 'ШОС'],
  ['CIS', 'СНГ'],
  ['EAEU', 'ЕАЭС'],
  ['UN', 'ООН'],
  ['NATO', 'НАТО'],
  ['Belarus', 'Belorussia', 'Беларусь', 'Белоруссия'],
  ['Belarusian', 'белорусский'],
  ['Russia', 'Россия'],
  ['Armenia', 'Армения'],
  ['Azerbaijan', 'Азербайджан'],
  ['Kazakhstan', 'Казахстан'],
  ['Kyrgyzstan', 'Kirghizia', 'Кыргызстан', 'Киргизия'],
  ['Tajikistan', 'Таджикистан'],
  ['Afghanistan', 'Афганистан'],
  ['Ukraine', 'Украина'],
  ['China', 'Китай'],
  ['India', 'Индия'],
  ['Minsk', 'Минск'],
  ['Moscow', 'Москва'],
  ['Yerevan', 'Ереван'],
  ['Lukashenko', 'Lukashenka', 'Лукашенко'],
  ['Pashinyan', 'Пашинян'],
  ['Rahmon', 'Rakhmon', 'Рахмон'],
  ['Tokayev', 'Токаев'],
  ['Putin', 'Путин'],
  ['Tasmagambetov', 'Тасмагамбетов'],
  ['presidency', 'chairmanship', 'председательство'],
  ['summit', 'саммит'],
  ['border', 'граница'],
  ['conflict', 'конфликт'],
  ['crisis', 'кризис'],
  ['security', 'безопасность'],
  ['peacekeeping', 'peacekeepers', 'миротворческий', 'миротворцы'],
  ['military', 'военный'],
  ['exercises', 'учения'],
  ['terrorism', 'терроризм'],
  ['drugs', 'наркотики'],
  ['migration', 'миграция'],
  ['information', 'информационный'],
  ['biological', 'биологический'],
  ['cyber', 'кибер'],
  ['sanctions', 'санкции'],
  ['conference', 'конференция'],
  ['unity', 'единство'],
  ['cooperation', 'сотрудничество'],
  ['Eurasian', 'евразийский'],
  ['Secretary General', 'Генеральный секретарь'],
];

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** English-Russian pairs of every group, each Latin spelling with each Cyrillic one. */
export function crossScriptPairs(): [string, string][] {
  return SYNONYM_GROUPS.flatMap((group) => {
    const latin = group.filter((term) => !CYRILLIC.test(term));
    const cyrillic = group.filter((term) => CYRILLIC.test(term));
    return latin.flatMap((en) => cyrillic.map((ru): [string, string] => [en, ru]));
  });
}

/**
 * The rows search reads: one-word terms only (a phrase's words would each
 * stand for the whole group), numbered by group from 1.
 */
export function searchSynonymRows(): { term: string; group: number }[] {
  const rows: { term: string; group: number }[] = [];
  SYNONYM_GROUPS.forEach((group, index) => {
    for (const term of group) if (!/\s/.test(term)) rows.push({ term, group: index + 1 });
  });
  return rows;
}
