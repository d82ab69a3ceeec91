import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '@/lib/evidence/code-points';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('finds sentences within lines, and a line break always ends one', () => {
    const text =
      'Lukashenko calls for unity in the CSTO\n\nMINSK, 20 June (BelTA) – The talks opened. Mr. Lukashenko spoke first, at 10.30 a.m. in the Palace.\nPhoto';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Lukashenko calls for unity in the CSTO',
      'MINSK, 20 June (BelTA) – The talks opened.',
      'Mr. Lukashenko spoke first, at 10.30 a.m. in the Palace.',
    ]);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
  });

  it('gives code-point spans that slice the text back exactly, emoji and Cyrillic included', () => {
    const text = '🇧🇾 Беларусь председательствует в ОДКБ. Саммит пройдёт в Минске 🙂 в ноябре.';
    for (const sentence of splitSentences(text, 'ru')) {
      expect(sliceCodePoints(text, sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences(text, 'ru')).toHaveLength(2);
  });
});
