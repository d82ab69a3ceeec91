// The sentences of a stored text, for suggested evidence (issue 11): what an
// analyst would select. Intl.Segmenter finds sentence ends in English and
// Russian ("Mr.", "т. е." and decimals included); a line break always ends a
// sentence too, since headlines and datelines carry no full stop. Spans are
// in Unicode code points, like every selector of a statement, and cover the
// sentence without surrounding white space, so a suggestion anchors exactly.
import { indexCodePoints } from '@/lib/evidence/code-points';

export interface Sentence {
  /** Position in the text, from 0. */
  index: number;
  /** Code points, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** Shorter than this (in letters) is a fragment: a heading, "Photo", a byline. */
const MIN_LETTERS = 12;

/**
 * Titles and initials the segmenter takes for a sentence end (V8's ICU applies
 * no abbreviation list): "Mr. Lukashenko", "A. Lukashenko", "г. Минск".
 */
const ABBREVIATION_END =
  /(?:^|[\s(«“"])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|St|No|Nos|vs|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|\p{Lu}|г|гг|т|ул|им|тыс|млн|млрд)\.\s*$/u;

/** The segmenter's sentences of one line, re-joined after abbreviations: [offset, text]. */
function lineSentences(segmenter: Intl.Segmenter, line: string): [number, string][] {
  const joined: [number, string][] = [];
  for (const segment of segmenter.segment(line)) {
    const previous = joined.at(-1);
    if (previous && ABBREVIATION_END.test(previous[1])) previous[1] += segment.segment;
    else joined.push([segment.index, segment.segment]);
  }
  return joined;
}

export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const codePoints = indexCodePoints(text);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const [index, segment] of lineSentences(segmenter, line)) {
      const leading = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if ((trimmed.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
      const from = lineStart + index + leading;
      const to = from + trimmed.length;
      sentences.push({
        index: sentences.length,
        start: codePoints.toCodePoint(from),
        end: codePoints.toCodePoint(to),
        text: trimmed,
      });
    }
    lineStart += line.length + 1;
  }
  return sentences;
}
