// A first guess at what a suggested sentence does (lib/statement-kinds.ts),
// from the words that usually say it, with the word shown as the reason. Only
// a proposal: the analyst confirms the kind before the sentence becomes a
// statement, and a pledge is checked for first, so a sentence that both
// reports and promises ("was agreed and will be signed") is proposed as a
// commitment, the kind that can never carry a rating.
import type { StatementKind } from '@/lib/generated/prisma/enums';

export interface KindGuess {
  kind: StatementKind;
  /** The words the guess rests on, as written. */
  cue: string;
}

const CUES: readonly { kind: StatementKind; pattern: RegExp }[] = [
  {
    kind: 'COMMITMENT',
    pattern:
      /\b(will|shall|should|must|need to|needs to|have to|has to|let us|let's|plans? to|intends? to|is to|are to|ready to|going to|propos(?:e|es|ed)|call(?:s|ed)? (?:on|for)|urg(?:e|es|ed))\b|(?:^|[^\p{L}])(будем|будет|будут|должн\p{L}*|нужно|необходимо|предлага\p{L}*|призва\p{L}*|готов\p{L}*)(?=[^\p{L}]|$)/iu,
  },
  {
    kind: 'ASSESSMENT',
    pattern:
      /\b(results?|success(?:ful(?:ly)?)?|fail(?:ed|ure)|effective(?:ly)?|achieved|not yet visible|managed to|proved)\b|(?:^|[^\p{L}])(результат\p{L}*|успешн\p{L}*|удалось|эффективн\p{L}*)(?=[^\p{L}]|$)/iu,
  },
  {
    kind: 'PROGRESS_CLAIM',
    pattern:
      /\b(was held|were held|took place|signed|adopted|approved|conducted|launched|established|completed|agreed|handed over|was (?:set up|created|submitted)|has been|have been)\b|(?:^|[^\p{L}])(состоял\p{L}*|подписа\p{L}*|принят\p{L}*|прош[её]л|прошли|проведен\p{L}*|утвержден\p{L}*)(?=[^\p{L}]|$)/iu,
  },
];

export function guessKind(sentence: string): KindGuess | null {
  for (const { kind, pattern } of CUES) {
    const match = pattern.exec(sentence);
    if (match) return { kind, cue: (match[1] ?? match[2] ?? match[0]).trim() };
  }
  return null;
}
