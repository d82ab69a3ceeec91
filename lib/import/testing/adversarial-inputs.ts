// Inputs built to make a backtracking parser rescan the text from every
// position: long runs that almost match, openers that never close. Each is
// as long as an import may be (MAX_TEXT_LENGTH), since that is what a client
// can send. Used by linear-time.test.ts through run-parsers.ts.
import type { ImportFormat } from '../decode';

export const INPUT_LENGTH = 400_000;

/** `unit` repeated to `length` characters, then `tail`. */
function repeat(unit: string, tail = '', length = INPUT_LENGTH): string {
  return unit.repeat(Math.floor((length - tail.length) / unit.length)) + tail;
}

export const ADVERSARIAL_INPUTS: { name: string; format: ImportFormat; text: string }[] = [
  // Whitespace runs that do not end the line (trailing-space trimming).
  { name: 'spaces then a letter', format: 'text', text: `a${repeat(' ', 'b')}` },
  { name: 'tabs and no-break spaces', format: 'text', text: `a${repeat('\t\u00a0\u2003', 'b')}` },
  { name: 'blank lines then a letter', format: 'text', text: repeat('\n', 'x') },
  { name: 'lines of spaces', format: 'text', text: repeat('   \n') },
  { name: 'CR runs', format: 'text', text: repeat('\r') },
  { name: 'one long word', format: 'text', text: repeat('w') },
  { name: 'dateline-like prefix', format: 'text', text: `MINSK, 14 March ${repeat('(BelTA) ')}` },
  // Markdown: openers without closers, on one line.
  { name: 'markdown image openers', format: 'markdown', text: repeat('![') },
  { name: 'markdown images without )', format: 'markdown', text: repeat('![a](x') },
  { name: 'markdown links without )', format: 'markdown', text: repeat('[a](x') },
  { name: 'markdown links with (', format: 'markdown', text: repeat('[a](((') },
  { name: 'markdown reference openers', format: 'markdown', text: repeat('[a][') },
  { name: 'markdown autolink openers', format: 'markdown', text: repeat('<http:') },
  { name: 'markdown heading with spaces', format: 'markdown', text: `# a${repeat(' ', 'b')}` },
  { name: 'markdown heading of hashes', format: 'markdown', text: `# ${repeat(' #', 'x')}` },
  { name: 'markdown hard-break spaces', format: 'markdown', text: `a${repeat(' ', 'b')}` },
  { name: 'markdown nested quotes', format: 'markdown', text: repeat('> ') },
  { name: 'markdown comment openers', format: 'markdown', text: repeat('<!--') },
  { name: 'markdown emphasis openers', format: 'markdown', text: repeat('**a ') },
  { name: 'markdown underscores', format: 'markdown', text: repeat('_a ') },
  { name: 'markdown strike openers', format: 'markdown', text: repeat('~~a ') },
  { name: 'markdown backticks', format: 'markdown', text: repeat('`a ') },
  { name: 'markdown bullets of spaces', format: 'markdown', text: repeat(' ', 'x') },
  { name: 'markdown link definition', format: 'markdown', text: `[a]: ${repeat('x')}` },
  { name: 'markdown rule-like', format: 'markdown', text: repeat('- ', 'x') },
  // HTML: tags and attributes that never close.
  { name: 'html h1 openers', format: 'html', text: repeat('<h1>') },
  { name: 'html title openers', format: 'html', text: repeat('<title>') },
  { name: 'html meta openers', format: 'html', text: repeat('<meta ') },
  { name: 'html link openers', format: 'html', text: repeat('<link rel=') },
  { name: 'html unclosed attribute', format: 'html', text: `<meta ${repeat('content="a ')}>` },
  { name: 'html many metas', format: 'html', text: repeat('<meta name=a content=b>') },
];
