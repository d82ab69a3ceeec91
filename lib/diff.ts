// Readable differences between two texts, for the history pages: a word diff
// for prose (titles, summaries, notes) and a line diff for long texts. Pure,
// no dependencies: Myers' O((N+M)·D) algorithm over tokens.

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits the texts are unrelated: show one delete and one insert. */
const MAX_EDITS = 2_000;

/**
 * The shortest edit script turning `a` into `b`, as runs of equal, deleted and
 * inserted elements, deletions before insertions within a change.
 */
export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  maxEdits = MAX_EDITS,
): { op: DiffOp; items: T[] }[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;

  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const runs: { op: DiffOp; items: T[] }[] = [];
  const push = (op: DiffOp, item: T) => {
    const last = runs.at(-1);
    if (last?.op === op) last.items.push(item);
    else runs.push({ op, items: [item] });
  };

  for (const item of a.slice(0, head)) push('equal', item);
  for (const [op, item] of myers(middleA, middleB, maxEdits)) push(op, item);
  for (const item of a.slice(a.length - tail)) push('equal', item);
  return orderChanges(runs);
}

/** Myers' greedy algorithm; falls back to delete-all/insert-all past `maxEdits`. */
function myers<T>(a: readonly T[], b: readonly T[], maxEdits: number): [DiffOp, T][] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((item) => ['insert', item]);
  if (m === 0) return a.map((item) => ['delete', item]);

  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];

  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const goDown = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = goDown ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset, d, k);
    }
    v = next;
  }
  return [
    ...a.map((item): [DiffOp, T] => ['delete', item]),
    ...b.map((item): [DiffOp, T] => ['insert', item]),
  ];
}

function backtrack<T>(
  a: readonly T[],
  b: readonly T[],
  trace: Int32Array[],
  offset: number,
  lastD: number,
  lastK: number,
): [DiffOp, T][] {
  const script: [DiffOp, T][] = [];
  let x = a.length;
  let y = b.length;
  let k = lastK;
  for (let d = lastD; d > 0; d--) {
    const v = trace[d]!;
    const goDown = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = goDown ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      script.push(['equal', a[--x]!]);
      y--;
    }
    if (goDown) script.push(['insert', b[--y]!]);
    else script.push(['delete', a[--x]!]);
    k = previousK;
  }
  while (x > 0 && y > 0) {
    script.push(['equal', a[--x]!]);
    y--;
  }
  return script.reverse();
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
