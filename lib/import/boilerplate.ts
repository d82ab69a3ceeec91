// Site furniture that copy-paste and HTML conversion leave at the end of an
// article ("Add a comment", "Share", "Read more"…). Only trailing lines are
// proposed, never lines inside the story, and only as a proposal: the analyst
// unticks whatever is really part of the text.
import { splitLines } from './normalize';

export interface BoilerplateLine {
  /** 0-based index into splitLines(text). */
  line: number;
  text: string;
}

/** Longer lines are prose, whatever words they contain. */
const MAX_LENGTH = 80;

const PATTERNS: readonly RegExp[] = [
  /^(add|leave|post|write|show|view|hide|load)( a| your)? (comment|comments|reply)s?\b/i,
  /^\d*\s*comments?$/i,
  /^(share|share this|share on|share via|tweet|like|print|email|e-mail|copy link|send)\b/i,
  /^(read|see)( more| also| next| the full)\b/i,
  /^(related|more on this|more news|recommended|popular|most read|latest news|top stories)\b/i,
  /^(subscribe|sign up|follow us|join us|download our app|get the app)\b/i,
  /^(tags?|keywords|topics)\s*:/i,
  /^(advertisement|sponsored|ad)$/i,
  /^(back to top|to top|next article|previous article)$/i,
  /^(facebook|twitter|x|telegram|vk|vkontakte|whatsapp|viber|ok|odnoklassniki|linkedin|instagram|youtube)([\s,|·•/]+(facebook|twitter|x|telegram|vk|vkontakte|whatsapp|viber|ok|odnoklassniki|linkedin|instagram|youtube))*$/i,
  /^(©|\(c\)|copyright)\s/i,
  // Russian-language sites (\b does not see Cyrillic letters, hence the lookaheads).
  /^(добавить|оставить|написать) (комментарий|отзыв)(?![\p{L}])/iu,
  /^\d*\s*комментари(й|ев|я)$/iu,
  /^(поделиться|поделитесь|распечатать|печать|нравится)(?![\p{L}])/iu,
  /^(читайте|смотрите) (также|еще|ещё|нас)(?![\p{L}])/iu,
  /^(подписывайтесь|подпишитесь|подписаться)(?![\p{L}])/iu,
  /^(теги|метки|ключевые слова)\s*:/iu,
  /^(реклама|новости партнеров|новости партнёров)$/iu,
];

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return false;
  return PATTERNS.some((pattern) => pattern.test(trimmed));
}

/**
 * Boilerplate lines at the end of a normalised text, top to bottom: from the
 * last line upwards while lines are blank or boilerplate; the first line of
 * prose stops the search.
 */
export function detectTrailingBoilerplate(text: string): BoilerplateLine[] {
  const lines = splitLines(text);
  const found: BoilerplateLine[] = [];
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (line.trim().length === 0) continue;
    if (!isBoilerplateLine(line)) break;
    found.unshift({ line: index, text: line.trim() });
  }
  // A text made only of such lines is not boilerplate around an article.
  return found.length === lines.filter((line) => line.trim().length > 0).length ? [] : found;
}
