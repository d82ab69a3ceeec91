import { describe, expect, it } from 'vitest';
import { guessKind } from './kind';

describe('guessKind', () => {
  it.each([
    ['We will hold joint exercises in the autumn.', 'COMMITMENT', 'will'],
    ['The CSTO should deepen the cooperation with the UN.', 'COMMITMENT', 'should'],
    ['It was agreed and will be signed in Minsk.', 'COMMITMENT', 'will'],
    ['“Results are not yet visible,” the Belarusian leader stated.', 'ASSESSMENT', 'Results'],
    ['The summit was held in Minsk on 23 November.', 'PROGRESS_CLAIM', 'was held'],
    ['The leaders signed a package of documents.', 'PROGRESS_CLAIM', 'signed'],
    ['Мы будем укреплять ОДКБ.', 'COMMITMENT', 'будем'],
    ['Саммит состоялся в Минске.', 'PROGRESS_CLAIM', 'состоялся'],
  ])('%s → %s (%s)', (sentence, kind, cue) => {
    expect(guessKind(sentence)).toEqual({ kind, cue });
  });

  it('proposes nothing without a cue', () => {
    expect(guessKind('Belarus holds the CSTO presidency in 2023.')).toBeNull();
  });
});
