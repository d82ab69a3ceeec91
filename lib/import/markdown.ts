// Markdown to plain text, conservatively: only syntax that is never part of
// an article's words is removed (heading marks, emphasis, link targets, code
// fences, block-quote marks, rules, escapes). Anything ambiguous stays as
// written: a stray asterisk in the stored text is better than a lost word.

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_OPENING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const BLOCKQUOTES = /^(?:\s{0,3}>\s?)+/;
const BULLET = /^(\s*)[*+-]\s+/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+(\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;

// Every pattern here is applied to text the client chose, up to 400,000
// characters on one line: none may rescan the text from each position it
// tries (issue 9, High 2). Bracket and parenthesis classes stop at the next
// delimiter, so two attempts never scan the same stretch, and trailing runs
// are trimmed by loops instead of `\s+$`, which is quadratic in the run.

/** `<!-- … -->` removed; an unclosed one stays, as a regex would leave it. */
function removeHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return out + text.slice(from);
}

/** The line without trailing characters for which `isTrailing` holds. */
function trimEndWhile(line: string, isTrailing: (char: string) => boolean): string {
  let end = line.length;
  while (end > 0 && isTrailing(line[end - 1]!)) end -= 1;
  return line.slice(0, end);
}

const isSpaceChar = (char: string) => /\s/.test(char);

/**
 * An ATX heading's text, null when the line is none: "## Title ##" is
 * "Title"; a closing run of #s counts only after white space.
 */
function atxHeading(line: string): string | null {
  const opening = ATX_OPENING.exec(line);
  if (!opening) return null;
  const rest = line.slice(opening[0].length);
  const beforeSpace = trimEndWhile(rest, isSpaceChar);
  const beforeHashes = trimEndWhile(beforeSpace, (char) => char === '#');
  const hasClosing =
    beforeHashes.length < beforeSpace.length &&
    beforeHashes.length > 0 &&
    isSpaceChar(beforeHashes.at(-1)!);
  return hasClosing ? trimEndWhile(beforeHashes, isSpaceChar) : rest;
}

export function markdownToPlainText(markdown: string): string {
  const lines = removeHtmlComments(markdown).replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      // Code is kept verbatim, without its fences.
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (LINK_DEFINITION.test(line)) continue;

    const next = lines[index + 1] ?? '';
    // "Title\n=====": keep the title, drop the underline.
    if (line.trim() !== '' && SETEXT_UNDERLINE.test(next) && !BULLET.test(line)) {
      out.push(inline(unquote(line)));
      index += 1;
      continue;
    }
    if (RULE.test(line)) {
      out.push('');
      continue;
    }
    const heading = atxHeading(unquote(line));
    if (heading !== null) {
      out.push(inline(heading));
      continue;
    }
    out.push(inline(unquote(line).replace(BULLET, '$1• ')));
  }
  return out.join('\n');
}

/** Block-quote marks, nested ones included. */
function unquote(line: string): string {
  return line.replace(BLOCKQUOTES, '');
}

// Escaped punctuation is parked on private-use code points while emphasis is
// removed, so "\*not emphasis\*" keeps its asterisks.
const ESCAPE_BASE = 0xe000;
const park = (line: string) =>
  line.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) =>
    String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)),
  );
const unpark = (line: string) =>
  line.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));

/** Inline syntax of one line. */
function inline(line: string): string {
  return unpark(
    withoutHardBreak(
      park(line)
        // Images carry no article words.
        .replace(/!\[[^[\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
        .replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, '')
        // [text](url "title") and [text][ref] keep the text.
        .replace(/\[([^[\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
        .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
        // <https://example.org> autolinks keep the address.
        .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        // Emphasis only where it hugs words, so "5 * 3" and snake_case survive.
        .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
        .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
        .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1'),
    ),
  );
}

/** Two or more trailing spaces (a hard break) are layout, not text. */
function withoutHardBreak(line: string): string {
  const trimmed = trimEndWhile(line, (char) => char === ' ');
  return line.length - trimmed.length >= 2 ? trimmed : line;
}
