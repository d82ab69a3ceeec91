// Worked re-anchoring scenarios on a passage of seed article 000, shared by the
// tests and by any script that wants to print how each edit is handled.
import { findQuote } from './occurrences';
import {
  reanchor,
  type ReanchorMethod,
  type ReanchorOptions,
  type ReanchorResult,
} from './reanchor';
import { describeSpan } from './selectors';

/** Paragraphs 3-6 of seeds/articles/000 (BelTA, 20 June 2023), verbatim, typos included. */
export const SAMPLE_PASSAGE = [
  'The president recalled that in July, the chairmanship in the SCO will pass over to Kazakhstan that will chair the CSTO in 2024. "It\'s an interesting configuration. This is a good opportunity to ensure effective synergies between the two organizations. Kazakhstan has sufficient expertise and experience to put this two chairmanships to good use," he said.',
  '"We need to speak more often on behalf of the CSTO at international venues so that this voice is heard. They don\'t want to hear us intentionally. We are like a thorn in the side of either NATO, or the European Union, or the United States along with them. Nevertheless, our voice as a military-political bloc should be heard," Aleksandr Lukashenko said.',
  'The head of state also urged to build up the information and analytical capacities of the CSTO. “Results are not yet visible," the Belarusian leader stated. “Nothing is holding us back here. I think that at today\'s meeting [meeting of the CSTO Ministerial Council] you could look into this issue."',
  '"Today we are all in the war zone of information and psychological operations. Belarus has had a good share of it. Russia has recently experienced it too. You all have probably such experiences. We will not be able to shield ourselves form this. We need to step up our efforts in the information and analytical field and in cooperation with the media," Aleksandr Lukashenko stressed.',
].join('\n');

const VENUES_QUOTE =
  'We need to speak more often on behalf of the CSTO at international venues so that this voice is heard.';
const SHIELD_QUOTE = 'We will not be able to shield ourselves form this.';

export type ReanchorOutcome = ReanchorMethod | 'orphaned';

export interface ReanchorCase {
  name: string;
  quote: string;
  oldText: string;
  newText: string;
  expected: ReanchorOutcome;
}

export interface ReanchorCaseReport {
  name: string;
  expected: ReanchorOutcome;
  outcome: ReanchorOutcome;
  /** Score of the match, or of the best rejected candidate when orphaned. */
  score: number;
  result: ReanchorResult;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`Sample passage lacks "${from}"`);
  return text.replace(from, to);
}

export function buildReanchorCases(): ReanchorCase[] {
  const text = SAMPLE_PASSAGE;
  const venues = { quote: VENUES_QUOTE, oldText: text };
  return [
    { name: 'unchanged text', ...venues, newText: text, expected: 'position' },
    {
      name: 'paragraph inserted before',
      ...venues,
      newText: `Editor's note: this report was updated with the president's remarks on the SCO.\n${text}`,
      expected: 'exact',
    },
    {
      // The inserted block puts a verbatim decoy nearer the old position than the
      // real quote, so only prefix/suffix agreement can pick the right one.
      name: 'quote appears twice',
      ...venues,
      newText: [
        "Editor's note: this report was updated with reactions from the CSTO secretariat.",
        `Officials repeated the line at a briefing: "${VENUES_QUOTE}" No details were given.`,
        text,
      ].join('\n'),
      expected: 'exact',
    },
    {
      name: 'surrounding sentences rewritten',
      ...venues,
      newText: replaceOnce(
        replaceOnce(text, 'to good use," he said.', 'to work," the president added.'),
        " They don't want to hear us intentionally.",
        ' Some capitals would rather not listen.',
      ),
      expected: 'exact',
    },
    {
      name: 'typo fixed (form → from)',
      quote: SHIELD_QUOTE,
      oldText: text,
      newText: replaceOnce(text, 'ourselves form this', 'ourselves from this'),
      expected: 'fuzzy',
    },
    {
      name: 'word changed (this → our)',
      ...venues,
      newText: replaceOnce(text, 'so that this voice is heard', 'so that our voice is heard'),
      expected: 'fuzzy',
    },
    {
      name: 'quote deleted',
      ...venues,
      newText: replaceOnce(text, `${VENUES_QUOTE} `, ''),
      expected: 'orphaned',
    },
    {
      name: 'quote heavily rewritten',
      ...venues,
      newText: replaceOnce(
        text,
        VENUES_QUOTE,
        'We must speak up for the CSTO far more often at international venues, so our voice carries.',
      ),
      expected: 'orphaned',
    },
    {
      name: 'quote replaced by another sentence',
      ...venues,
      newText: replaceOnce(
        text,
        VENUES_QUOTE,
        'The CSTO has to make itself heard far more often at international forums.',
      ),
      expected: 'orphaned',
    },
  ];
}

export function runReanchorCase(
  testCase: ReanchorCase,
  options?: ReanchorOptions,
): ReanchorCaseReport {
  const span = findQuote(testCase.oldText, testCase.quote);
  if (!span) throw new Error(`Case "${testCase.name}": quote not in old text`);
  const anchor = describeSpan(testCase.oldText, span.start, span.end);
  const result = reanchor(testCase.newText, anchor, options);
  return {
    name: testCase.name,
    expected: testCase.expected,
    outcome: result.state === 'anchored' ? result.method : 'orphaned',
    score: result.state === 'anchored' ? result.score : result.bestScore,
    result,
  };
}

export function describeReanchorCases(options?: ReanchorOptions): ReanchorCaseReport[] {
  return buildReanchorCases().map((testCase) => runReanchorCase(testCase, options));
}
