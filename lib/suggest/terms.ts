import { crossScriptPairs } from '@/lib/search/synonyms';

// The presidency's names and places in English and Russian, so a Russian
// sentence can be suggested for an English item and back (issue 11). Each
// pair is stemmed by Postgres like the texts it is matched against; a pair
// counts in both directions. The list is search's synonym dictionary
// (lib/search/synonyms.ts), read as Latin-Cyrillic pairs.
export const TERM_PAIRS: readonly (readonly [string, string])[] = crossScriptPairs();
