import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdown';
import { normalizeText } from './normalize';

describe('markdownToPlainText', () => {
  it('strips headings, emphasis, links, images, quotes, code fences and rules', () => {
    const markdown = [
      '# Lukashenko meets CSTO ministers',
      '',
      'MINSK, 20 June (BelTA) – **Belarus** will *strengthen* the [CSTO](https://odkb-csto.org "site") role.',
      '',
      '![Photo of the meeting](/img/1.jpg)',
      '',
      '> “We must stick together,” the _President_ said.',
      '',
      '---',
      '',
      'Sub-heading',
      '-----------',
      '',
      '* first point',
      '+ second point',
      '1. numbered stays',
      '',
      '```',
      'code **kept** as is',
      '```',
      '',
      'Escaped \\*stars\\* and `inline code`; see <https://belta.by/>.',
      '[ref]: https://example.org',
      'A [reference link][ref].',
    ].join('\n');
    expect(normalizeText(markdownToPlainText(markdown))).toBe(
      [
        'Lukashenko meets CSTO ministers',
        '',
        'MINSK, 20 June (BelTA) – Belarus will strengthen the CSTO role.',
        '',
        '“We must stick together,” the President said.',
        '',
        'Sub-heading',
        '',
        '• first point',
        '• second point',
        '1. numbered stays',
        '',
        'code **kept** as is',
        '',
        'Escaped *stars* and inline code; see https://belta.by/.',
        'A reference link.',
      ].join('\n'),
    );
  });

  it('leaves what is not clearly markup: arithmetic, snake_case, a lone asterisk, Cyrillic emphasis', () => {
    expect(markdownToPlainText('5 * 3 = 15, file_name_here, note*')).toBe(
      '5 * 3 = 15, file_name_here, note*',
    );
    expect(markdownToPlainText('Президент *подчеркнул* __важность__')).toBe(
      'Президент подчеркнул важность',
    );
  });

  it('reads headings, hard breaks and brackets as before the linear rewrite (issue 9)', () => {
    const cases: [string, string][] = [
      ['## Title ##', 'Title'],
      ['# Title#', 'Title#'],
      ['# ##', '##'],
      ['#   Spaced   ', 'Spaced'],
      ['line with a hard break  ', 'line with a hard break'],
      ['one trailing space ', 'one trailing space '],
      ['> > nested quote', 'nested quote'],
      ['![i](a(b)) after', ' after'],
      ['[x](a(b)c)', 'x'],
      ['[a [b](c)', '[a b'],
      ['<http://a<b>', '<http://a<b>'],
      ['<!-- note -->kept <!-- open', 'kept <!-- open'],
    ];
    expect(cases.map(([markdown]) => [markdown, markdownToPlainText(markdown)])).toEqual(cases);
  });
});
