// HTML to plain text with html-to-text: the article body only, paragraphs
// separated by blank lines, link texts without their addresses, and none of
// the page furniture (scripts, styles, navigation, headers, footers, asides).
import { compile } from 'html-to-text';

const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[aria-hidden=true]',
  '[hidden]',
];

const convert = compile({
  wordwrap: false,
  // The article, else the main content, else the whole body: the first match only,
  // so an <article> inside <main> is not read twice.
  baseElements: { selectors: ['article', 'main', 'body'], returnDomByDefault: true },
  // Deeper markup is not an article; without a bound, nesting overflows the stack.
  limits: { maxBaseElements: 1, maxDepth: 200 },
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    // A headline inside the article is part of it, unlike the site's header.
    { selector: 'article > header', format: 'block' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'hr', format: 'skip' },
  ],
});

export function htmlToPlainText(html: string): string {
  return convert(html);
}

export interface HtmlMetadata {
  title: string | null;
  url: string | null;
}

/** The page's own title and canonical address, to pre-fill the import form. */
export function readHtmlMetadata(html: string): HtmlMetadata {
  const head = html.slice(0, 200_000);
  const tags = readTags(head);
  const meta = (property: string) => {
    const tag = tags.find(
      (candidate) =>
        candidate.name === 'meta' &&
        (candidate.attributes.get('property') === property ||
          candidate.attributes.get('name') === property),
    );
    return tag ? textOf(tag.attributes.get('content')) : null;
  };
  const title =
    meta('og:title') ?? elementText(head, tags, 'h1') ?? elementText(head, tags, 'title');
  const canonical = tags.find(
    (tag) => tag.name === 'link' && tag.attributes.get('rel')?.toLowerCase() === 'canonical',
  );
  const url = meta('og:url') ?? canonical?.attributes.get('href') ?? null;
  return { title, url: url && /^https?:\/\//i.test(url) ? url : null };
}

// A small tag scanner instead of regular expressions over the page: each
// character is looked at a bounded number of times, whatever the markup
// (a regex like <h1[^>]*>([\s\S]*?)<\/h1> is quadratic on a page of
// unclosed <h1>s, and the page is the client's choice).
interface Tag {
  name: string;
  /** Index just after the tag's `>`. */
  end: number;
  attributes: Map<string, string>;
}

function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let from = 0;
  for (;;) {
    const open = html.indexOf('<', from);
    if (open === -1) break;
    const close = html.indexOf('>', open + 1);
    if (close === -1) break;
    const inner = html.slice(open + 1, close);
    const name = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(inner)?.[0];
    if (name)
      tags.push({
        name: name.toLowerCase(),
        end: close + 1,
        attributes: readAttributes(inner, name.length),
      });
    from = close + 1;
  }
  return tags;
}

const isSpace = (char: string) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

/** `name="value" name='value' name=value name` after the tag name, in one pass. */
function readAttributes(inner: string, from: number): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = from;
  const skipSpace = () => {
    while (at < inner.length && (isSpace(inner[at]!) || inner[at] === '/')) at += 1;
  };
  while (at < inner.length) {
    skipSpace();
    const nameStart = at;
    while (at < inner.length && !isSpace(inner[at]!) && inner[at] !== '=' && inner[at] !== '/')
      at += 1;
    const name = inner.slice(nameStart, at).toLowerCase();
    if (at === nameStart) {
      at += 1;
      continue;
    }
    while (at < inner.length && isSpace(inner[at]!)) at += 1;
    let value = '';
    if (inner[at] === '=') {
      at += 1;
      while (at < inner.length && isSpace(inner[at]!)) at += 1;
      const quote = inner[at];
      if (quote === '"' || quote === "'") {
        const end = inner.indexOf(quote, at + 1);
        value = inner.slice(at + 1, end === -1 ? inner.length : end);
        at = end === -1 ? inner.length : end + 1;
      } else {
        const valueStart = at;
        while (at < inner.length && !isSpace(inner[at]!)) at += 1;
        value = inner.slice(valueStart, at);
      }
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
  return attributes;
}

/** The markup between the first `<name>` and the next `</name>`, as text. */
function elementText(html: string, tags: Tag[], name: string): string | null {
  const open = tags.find((tag) => tag.name === name);
  if (!open) return null;
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  closing.lastIndex = open.end;
  const close = closing.exec(html);
  return close ? textOf(html.slice(open.end, close.index)) : null;
}

/** Markup and entities of a short fragment, as one line of text. */
function textOf(fragment: string | undefined): string | null {
  if (!fragment) return null;
  const text = convert(`<p>${fragment}</p>`).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}
