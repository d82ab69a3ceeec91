import { describe, expect, it } from 'vitest';
import {
  applySide,
  countChangedWords,
  describeChangedWords,
  diffLines,
  diffSequences,
  diffWords,
  isLongText,
  tokenizeLines,
  tokenizeWords,
  trimContext,
} from './diff';

describe('diffSequences', () => {
  it('finds the shortest edit script', () => {
    const runs = diffSequences([...'ABCABBA'], [...'CBABAC']);
    const edits = runs
      .filter((run) => run.op !== 'equal')
      .reduce((sum, run) => sum + run.items.length, 0);
    expect(edits).toBe(5);
    const before = runs
      .filter((run) => run.op !== 'insert')
      .flatMap((run) => run.items)
      .join('');
    const after = runs
      .filter((run) => run.op !== 'delete')
      .flatMap((run) => run.items)
      .join('');
    expect(before).toBe('ABCABBA');
    expect(after).toBe('CBABAC');
  });

  it('handles empty and identical inputs', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences(['a'], [])).toEqual([{ op: 'delete', items: ['a'] }]);
    expect(diffSequences([], ['a'])).toEqual([{ op: 'insert', items: ['a'] }]);
    expect(diffSequences(['a', 'b'], ['a', 'b'])).toEqual([{ op: 'equal', items: ['a', 'b'] }]);
  });

  it('puts deletions before insertions within a change', () => {
    expect(diffSequences(['x', 'a', 'y'], ['x', 'b', 'y'])).toEqual([
      { op: 'equal', items: ['x'] },
      { op: 'delete', items: ['a'] },
      { op: 'insert', items: ['b'] },
      { op: 'equal', items: ['y'] },
    ]);
  });

  it('gives up gracefully on unrelated long inputs', () => {
    const a = Array.from({ length: 50 }, (_, index) => `a${index}`);
    const b = Array.from({ length: 50 }, (_, index) => `b${index}`);
    const runs = diffSequences(a, b, 10);
    expect(runs).toEqual([
      { op: 'delete', items: a },
      { op: 'insert', items: b },
    ]);
  });

  it('round-trips random edits', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const a = Array.from(
        { length: Math.floor(random() * 30) },
        () => 'abcde'[Math.floor(random() * 5)]!,
      );
      const b = Array.from(
        { length: Math.floor(random() * 30) },
        () => 'abcde'[Math.floor(random() * 5)]!,
      );
      const runs = diffSequences(a, b);
      expect(runs.filter((run) => run.op !== 'insert').flatMap((run) => run.items)).toEqual(a);
      expect(runs.filter((run) => run.op !== 'delete').flatMap((run) => run.items)).toEqual(b);
      // Never two runs of the same kind in a row.
      for (let index = 1; index < runs.length; index++)
        expect(runs[index]!.op === runs[index - 1]!.op).toBe(false);
    }
  });
});

describe('tokenizers', () => {
  it('splits words, whitespace and punctuation, keeping every character', () => {
    const text = 'The CSTO’s “Minsk” summit — 23 Nov, 2023.';
    const tokens = tokenizeWords(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('CSTO’s');
    expect(tokens).toContain('—');
    expect(tokens).toContain('2023');
  });

  it('handles Cyrillic words', () => {
    expect(tokenizeWords('Председательство Беларуси')).toEqual([
      'Председательство',
      ' ',
      'Беларуси',
    ]);
  });

  it('splits lines with their breaks', () => {
    expect(tokenizeLines('a\nb\n\nc')).toEqual(['a\n', 'b\n', '\n', 'c']);
    expect(tokenizeLines('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('marks a changed word', () => {
    expect(diffWords('Hold the summit in Minsk', 'Hold the summit in Moscow')).toEqual([
      { op: 'equal', text: 'Hold the summit in ' },
      { op: 'delete', text: 'Minsk' },
      { op: 'insert', text: 'Moscow' },
    ]);
  });

  it('reads a replaced phrase as one change', () => {
    const parts = diffWords('one two three four', 'one six seven four');
    expect(parts).toEqual([
      { op: 'equal', text: 'one ' },
      { op: 'delete', text: 'two three' },
      { op: 'insert', text: 'six seven' },
      { op: 'equal', text: ' four' },
    ]);
  });

  it('rebuilds both sides exactly', () => {
    const before = 'Strengthen the CSTO’s crisis-response mechanisms, in 2023.';
    const after = 'Strengthen crisis response mechanisms of the CSTO by the end of 2023!';
    const parts = diffWords(before, after);
    expect(applySide(parts, 'before')).toBe(before);
    expect(applySide(parts, 'after')).toBe(after);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ op: 'delete', text: 'old text' }]);
    expect(diffWords('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });
});

describe('diffLines', () => {
  it('marks changed lines', () => {
    const parts = diffLines('a\nb\nc\n', 'a\nB\nc\nd\n');
    expect(parts).toEqual([
      { op: 'equal', text: 'a\n' },
      { op: 'delete', text: 'b\n' },
      { op: 'insert', text: 'B\n' },
      { op: 'equal', text: 'c\n' },
      { op: 'insert', text: 'd\n' },
    ]);
  });
});

describe('isLongText', () => {
  it('tells prose from short values', () => {
    expect(isLongText('Minsk')).toBe(false);
    expect(isLongText('x'.repeat(61))).toBe(true);
    expect(isLongText('a\nb')).toBe(true);
  });
});

describe('trimContext', () => {
  it('keeps only the context around changes', () => {
    const before = `${'aaaa '.repeat(60)}old ${'bbbb '.repeat(60)}`;
    const after = `${'aaaa '.repeat(60)}new ${'bbbb '.repeat(60)}`;
    const parts = trimContext(diffWords(before, after), 10);
    expect(parts).toEqual([
      { op: 'equal', text: '… aaaa aaaa ' },
      { op: 'delete', text: 'old' },
      { op: 'insert', text: 'new' },
      { op: 'equal', text: ' bbbb bbbb …' },
    ]);
  });

  it('leaves short stretches alone', () => {
    const parts = diffWords('a b c', 'a x c');
    expect(trimContext(parts, 10)).toEqual(parts);
  });
});

describe('countChangedWords', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(
      countChangedWords(
        diffWords('The summit, in Minsk.', 'The big summit, in late November, in Minsk.'),
      ),
    ).toEqual({ added: 4, removed: 0 });
  });
});

describe('trimContext at word boundaries', () => {
  it('never splits a word', () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const parts = trimContext(diffWords(`${words} old ${words}`, `${words} new ${words}`), 30);
    const [first, , , last] = parts;
    expect(first!.text).toMatch(/^… word\d+ /);
    expect(first!.text.endsWith('word79 ')).toBe(true);
    expect(last!.text).toMatch(/^ word0 .*word\d+ …$/);
    for (const part of parts) expect(part.text).not.toMatch(/(^|…\s?)ord|\bwor…/);
  });
});

describe('describeChangedWords', () => {
  it('counts words, and says what changed when no word did', () => {
    expect(describeChangedWords(diffWords('One two three.', 'One two four five.'))).toBe(
      '2 words added, 1 removed',
    );
    expect(describeChangedWords(diffWords('One two.', 'One two three.'))).toBe('1 word added');
    expect(describeChangedWords(diffWords('Minsk, 20 June.', 'Minsk 20 June!'))).toBe(
      'punctuation only: 3 marks changed',
    );
    expect(describeChangedWords(diffWords('One two.\nThree.', 'One  two.\n\nThree.'))).toBe(
      'spacing and line breaks only',
    );
    expect(describeChangedWords(diffWords('Same.', 'Same.'))).toBe('no change');
  });
});
