// How a quote credits its speaker and its copy: relayed speech, republications
// and translations say so wherever a quote is shown (issue 10, provenance).
// The rules behind the counting: lib/evidence-rules.ts.
import type { SourceProvenance } from '@/lib/generated/prisma/enums';

export interface QuoteProvenance {
  speaker: string;
  relayedFrom: string | null;
  quote: string;
  source: { outlet: string; provenance: SourceProvenance; originalOutlet: string | null };
}

/** Cyrillic text: in our sources, the original language of a translated report. */
function isCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

/**
 * The language attribute of a quote shown on an English page (issue 12): "ru"
 * when its letters are mostly Cyrillic, so screen readers and hyphenation
 * treat it as Russian; nothing for English.
 */
export function quoteLang(text: string, pageLocale = 'en'): 'ru' | 'en' | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const lang = cyrillic > latin ? 'ru' : 'en';
  // Said only when it differs from the page's language.
  return lang === pageLocale ? undefined : lang;
}

/** "Aleksandr Lukashenko, relaying Emomali Rahmon". */
export function speakerCredit(statement: Pick<QuoteProvenance, 'speaker' | 'relayedFrom'>): string {
  return statement.relayedFrom
    ? `${statement.speaker}, relaying ${statement.relayedFrom}`
    : statement.speaker;
}

/**
 * What the quoted words are, when they are not the outlet's own: "as
 * machine-translated by pionerprodukt.by from BelTA". Null for an original.
 */
export function copyCredit(statement: QuoteProvenance): string | null {
  const { outlet, provenance, originalOutlet } = statement.source;
  const from = originalOutlet ? ` from ${originalOutlet}` : '';
  switch (provenance) {
    case 'ORIGINAL':
      return null;
    case 'REPUBLICATION':
      return `as republished by ${outlet}${from}`;
    case 'OFFICIAL_TRANSLATION':
      return `in the official translation by ${outlet}${from}`;
    case 'UNOFFICIAL_TRANSLATION':
    case 'MACHINE_TRANSLATION': {
      // A paragraph left in the original language is the original's words.
      if (isCyrillic(statement.quote))
        return `in the original language, as republished by ${outlet}${from}`;
      const how =
        provenance === 'MACHINE_TRANSLATION' ? 'machine-translated' : 'translated (unofficially)';
      return `as ${how} by ${outlet}${from}: not the speaker's own words`;
    }
  }
}

/** What a stored copy is, for its metadata: null for the outlet's own text. */
export function sourceCopyLabel(source: {
  provenance: SourceProvenance;
  originalOutlet: string | null;
}): string | null {
  const of = `${source.originalOutlet ?? 'another outlet'}’s text`;
  switch (source.provenance) {
    case 'ORIGINAL':
      return null;
    case 'REPUBLICATION':
      return `A republication of ${of}`;
    case 'OFFICIAL_TRANSLATION':
      return `An official translation of ${of}`;
    case 'UNOFFICIAL_TRANSLATION':
      return `An unofficial translation of ${of}: its quotes are not the speakers’ own words`;
    case 'MACHINE_TRANSLATION':
      return `A machine translation of ${of}: its quotes are not the speakers’ own words, except passages left in the original language`;
  }
}

/**
 * Where the presidency's own record starts: a year before its period, since
 * the chair's programme is announced ahead (the 2023 priorities were presented
 * in Yerevan in November 2022). A status cannot take effect earlier, and a
 * source published earlier is background.
 */
export function presidencyRecordStart(periodStart: string): string {
  const start = new Date(`${periodStart.slice(0, 10)}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return start.toISOString().slice(0, 10);
}
