// Readable differences between two texts, for the history pages: a word diff
// for prose (titles, summaries, notes) and a line diff for long texts. The
// edit script is the `diff` package's; what is ours is the tokenizer (words
// with inner apostrophes, whitespace runs), the folding of lone spaces between
// changes, deletions before insertions, and the trimming of long context.
import { diffArrays } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits the texts are unrelated: show one delete and one insert. */
const MAX_EDITS = 2_000;

/**
 * The shortest edit script turning `a` into `b` (Myers' algorithm, from the
 * `diff` package), as runs of equal, deleted and inserted elements, deletions
 * before insertions within a change.
 */
export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  maxEdits = MAX_EDITS,
): { op: DiffOp; items: T[] }[] {
  const changes = diffArrays([...a], [...b], { maxEditLength: maxEdits });
  const runs: { op: DiffOp; items: T[] }[] = changes
    ? changes.map((change) => ({
        op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
        items: [...change.value],
      }))
    : // Past `maxEdits` the texts are unrelated: one deletion, one insertion.
      [
        { op: 'delete', items: [...a] },
        { op: 'insert', items: [...b] },
      ];
  return orderChanges(runs.filter((run) => run.items.length > 0));
}

/** Within each stretch of changes, deletions first: "old → new" reads naturally. */
function orderChanges<T>(runs: { op: DiffOp; items: T[] }[]): { op: DiffOp; items: T[] }[] {
  const ordered: { op: DiffOp; items: T[] }[] = [];
  let deleted: T[] = [];
  let inserted: T[] = [];
  const flush = () => {
    if (deleted.length) ordered.push({ op: 'delete', items: deleted });
    if (inserted.length) ordered.push({ op: 'insert', items: inserted });
    deleted = [];
    inserted = [];
  };
  for (const run of runs) {
    if (run.op === 'equal') {
      flush();
      ordered.push(run);
    } else if (run.op === 'delete') deleted.push(...run.items);
    else inserted.push(...run.items);
  }
  flush();
  return ordered;
}

/** Words (letters and digits, with inner apostrophes), runs of whitespace, single other characters. */
export function tokenizeWords(text: string): string[] {
  return (
    text.match(/\s+|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|[^\s\p{L}\p{M}\p{N}_]/gu) ?? []
  );
}

/** Lines, each with its line break. */
export function tokenizeLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function toParts(runs: { op: DiffOp; items: string[] }[]): DiffPart[] {
  return runs.map((run) => ({ op: run.op, text: run.items.join('') }));
}

/**
 * A word diff. A lone space between two changes is folded into them, so
 * "a b c" → "x y z" reads as one replacement, not three.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const runs = diffSequences(tokenizeWords(before), tokenizeWords(after));
  const cleaned: { op: DiffOp; items: string[] }[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    const previous = cleaned.at(-1);
    const next = runs[index + 1];
    const isGlue =
      run.op === 'equal' &&
      previous &&
      previous.op !== 'equal' &&
      next &&
      next.op !== 'equal' &&
      run.items.every((token) => /^\s+$/.test(token));
    if (!isGlue) {
      cleaned.push({ op: run.op, items: [...run.items] });
      continue;
    }
    // Fold the whitespace into the surrounding change: delete it and insert it again.
    const changes: { op: DiffOp; items: string[] }[] = [];
    while (cleaned.length && cleaned.at(-1)!.op !== 'equal') changes.unshift(cleaned.pop()!);
    const deleted = changes
      .filter((change) => change.op === 'delete')
      .flatMap((change) => change.items);
    const inserted = changes
      .filter((change) => change.op === 'insert')
      .flatMap((change) => change.items);
    cleaned.push(
      { op: 'delete', items: [...deleted, ...run.items] },
      { op: 'insert', items: [...inserted, ...run.items] },
    );
  }
  return toParts(orderChanges(cleaned.filter((run) => run.items.length > 0)));
}

/** A line diff, for long texts such as a source's versions. */
export function diffLines(before: string, after: string): DiffPart[] {
  return toParts(diffSequences(tokenizeLines(before), tokenizeLines(after)));
}

/** The text on one side of a diff: `before` without insertions, `after` without deletions. */
export function applySide(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'insert' : 'delete';
  return parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');
}

/** Whether a value is prose worth a word diff rather than a plain "old → new". */
export function isLongText(value: string): boolean {
  return value.length > 60 || value.includes('\n');
}

/**
 * Shortens the unchanged stretches of a diff to `context` characters either
 * side of each change, so a long text shows only what changed and where.
 */
export function trimContext(parts: readonly DiffPart[], context = 80): DiffPart[] {
  return parts.map((part, index) => {
    if (part.op !== 'equal') return part;
    const chars = [...part.text];
    const keepHead = index === 0 ? 0 : context;
    const keepTail = index === parts.length - 1 ? 0 : context;
    if (chars.length <= keepHead + keepTail + 1) return part;
    // Where a cut would split a word, drop the partial word.
    const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
    let head = chars.slice(0, keepHead).join('');
    if (!isSpace(chars[keepHead]) && !isSpace(chars[keepHead - 1]) && /\s/.test(head))
      head = head.slice(0, head.search(/\s\S*$/) + 1);
    let tail = chars.slice(chars.length - keepTail).join('');
    if (!isSpace(chars[chars.length - keepTail - 1]) && !isSpace(tail[0]) && /\s/.test(tail))
      tail = tail.slice(tail.search(/\s/));
    const before = head === '' || /\s$/.test(head) ? '' : ' ';
    const after = tail === '' || /^\s/.test(tail) ? '' : ' ';
    return { op: 'equal', text: `${head}${before}…${after}${tail}` };
  });
}

/** How many words a diff adds and removes. */
export function countChangedWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) =>
    tokenizeWords(text).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return {
    added: parts
      .filter((part) => part.op === 'insert')
      .reduce((sum, part) => sum + words(part.text), 0),
    removed: parts
      .filter((part) => part.op === 'delete')
      .reduce((sum, part) => sum + words(part.text), 0),
  };
}

/**
 * A text revision's change in words: "12 words added, 3 removed", or, when no
 * word changed, what did ("punctuation only: 2 marks changed", "spacing and
 * line breaks only"): "0 words added, 0 removed" said nothing (issue 11).
 */
export function describeChangedWords(parts: readonly DiffPart[]): string {
  const { added, removed } = countChangedWords(parts);
  if (added > 0 || removed > 0) {
    const plural = (count: number) => (count === 1 ? 'word' : 'words');
    if (removed === 0) return `${added} ${plural(added)} added`;
    if (added === 0) return `${removed} ${plural(removed)} removed`;
    return `${added} ${plural(added)} added, ${removed} removed`;
  }
  const changed = parts.filter((part) => part.op !== 'equal').map((part) => part.text);
  const marks = changed.join('').replace(/\s+/gu, '');
  if (marks.length > 0) {
    const count = [...marks].length;
    return `punctuation only: ${count} ${count === 1 ? 'mark' : 'marks'} changed`;
  }
  return changed.length > 0 ? 'spacing and line breaks only' : 'no change';
}
