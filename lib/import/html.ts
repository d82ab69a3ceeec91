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
  limits: { maxBaseElements: 1 },
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
  const title =
    metaContent(head, 'og:title') ??
    textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(head)?.[1]) ??
    textOf(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]);
  const canonical = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(head)?.[0];
  const url = metaContent(head, 'og:url') ?? (canonical ? attribute(canonical, 'href') : null);
  return { title, url: url && /^https?:\/\//i.test(url) ? url : null };
}

function metaContent(html: string, property: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (attribute(tag, 'property') === property || attribute(tag, 'name') === property) {
      return textOf(attribute(tag, 'content') ?? undefined);
    }
  }
  return null;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(String.raw`\b${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i').exec(
    tag,
  );
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** Markup and entities of a short fragment, as one line of text. */
function textOf(fragment: string | undefined): string | null {
  if (!fragment) return null;
  const text = convert(`<p>${fragment}</p>`).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}
