import { describe, expect, it } from 'vitest';
import { readArticle } from '@/seeds/load';
import { detectTrailingBoilerplate, isBoilerplateLine } from './boilerplate';
import { finalizeImportText } from './final-text';
import { normalizeText, splitLines } from './normalize';

describe('detectTrailingBoilerplate', () => {
  it("finds the seed article 001's trailing 'Add a comment'", () => {
    const text = normalizeText(readArticle('001_fbd5bf45be75674d.txt'));
    const found = detectTrailingBoilerplate(text);
    expect(found).toEqual([{ line: splitLines(text).length - 1, text: 'Add a comment' }]);
    const trimmed = finalizeImportText(
      text,
      found.map((line) => line.line),
    );
    expect(trimmed.endsWith('Add a comment')).toBe(false);
    expect(trimmed.endsWith(splitLines(text).at(-3)!)).toBe(true);
  });

  it('finds nothing at the end of the other seed articles', () => {
    for (const file of [
      '000_50745069e9e53206.txt',
      '002_e5262c9ddaf296c2.txt',
      '003_4a0eafa0af06f748.txt',
      '004_bb048e9e843e9c16.txt',
    ]) {
      expect(detectTrailingBoilerplate(normalizeText(readArticle(file))), file).toEqual([]);
    }
  });

  it('collects a run of trailing furniture, top to bottom, and stops at prose', () => {
    const text = [
      'Headline',
      '',
      'Body sentence one.',
      'Share',
      '',
      'Read more',
      'Subscribe to our Telegram channel',
      'Tags: CSTO, Belarus',
      '5 comments',
    ].join('\n');
    expect(detectTrailingBoilerplate(text).map((line) => line.text)).toEqual([
      'Share',
      'Read more',
      'Subscribe to our Telegram channel',
      'Tags: CSTO, Belarus',
      '5 comments',
    ]);
  });

  it('knows Russian-language furniture', () => {
    const text = 'Заголовок\n\nТекст статьи.\n\nПоделиться\nЧитайте также\nДобавить комментарий';
    expect(detectTrailingBoilerplate(text).map((line) => line.line)).toEqual([4, 5, 6]);
  });

  it('does not flag prose, words inside the story, or a text made only of such lines', () => {
    expect(
      isBoilerplateLine(
        'Shareholders of the plant met on Monday to discuss a long list of proposals for the year.',
      ),
    ).toBe(false);
    expect(isBoilerplateLine('Readiness of the forces was discussed.')).toBe(false);
    expect(isBoilerplateLine('Поделитесь мнением')).toBe(true);
    expect(isBoilerplateLine('Поделителя нет')).toBe(false);
    expect(
      detectTrailingBoilerplate('Share\n\nAdd a comment\n\nThe last paragraph is prose.'),
    ).toEqual([]);
    expect(detectTrailingBoilerplate('Share\nAdd a comment')).toEqual([]);
  });
});

describe('finalizeImportText', () => {
  it('trims only lines the detector flags, whatever the form sends', () => {
    const text = 'Title\n\nBody.\n\nAdd a comment';
    expect(finalizeImportText(text, [4])).toBe('Title\n\nBody.');
    expect(finalizeImportText(text, [0, 2])).toBe(text);
    expect(finalizeImportText(`${text}\r\n`, [])).toBe(text);
  });
});
