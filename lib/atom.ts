// Atom 1.0 (RFC 4287) documents, written by hand: the format is small, and a
// library would be one more dependency to keep offline. Every text and
// attribute goes through escapeXml; nothing else writes markup.

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related' | 'via';
  type?: string;
  title?: string;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomCategory {
  term: string;
  label?: string;
}

export interface AtomEntry {
  /** A permanent IRI (tag: URI or urn:), never a changing address. */
  id: string;
  title: string;
  /** RFC 3339 timestamp, e.g. from Date.toISOString(). */
  updated: string;
  published?: string;
  links: AtomLink[];
  authors: AtomPerson[];
  categories?: AtomCategory[];
  /** Plain text. */
  summary?: string;
  /** HTML; escaped once more here, as type="html" requires. */
  contentHtml?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  links: AtomLink[];
  authors: AtomPerson[];
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

// Code points XML 1.0 forbids outright (C0 controls but tab, CR, LF; lone
// surrogates; U+FFFE, U+FFFF). No escape makes them legal, so they are dropped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an XML (or HTML) element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

function element(
  name: string,
  text: string,
  attrs: Record<string, string | undefined> = {},
): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

function renderLink(link: AtomLink): string {
  return `<link${attributes({ rel: link.rel, type: link.type, href: link.href, title: link.title })}/>`;
}

function renderPerson(role: 'author', person: AtomPerson): string {
  return `<${role}>${element('name', person.name)}${person.uri ? element('uri', person.uri) : ''}</${role}>`;
}

function renderEntry(entry: AtomEntry): string {
  const parts = [
    element('id', entry.id),
    element('title', entry.title, { type: 'text' }),
    element('updated', entry.updated),
    entry.published ? element('published', entry.published) : '',
    ...entry.links.map(renderLink),
    ...entry.authors.map((author) => renderPerson('author', author)),
    ...(entry.categories ?? []).map(
      (category) => `<category${attributes({ term: category.term, label: category.label })}/>`,
    ),
    entry.summary !== undefined ? element('summary', entry.summary, { type: 'text' }) : '',
    entry.contentHtml !== undefined ? element('content', entry.contentHtml, { type: 'html' }) : '',
  ];
  return `  <entry>\n${parts
    .filter(Boolean)
    .map((part) => `    ${part}`)
    .join('\n')}\n  </entry>`;
}

/** The whole document, XML declaration included. */
export function renderAtomFeed(feed: AtomFeed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    feed.subtitle ? element('subtitle', feed.subtitle, { type: 'text' }) : '',
    element('updated', feed.updated),
    ...feed.links.map(renderLink),
    ...feed.authors.map((author) => renderPerson('author', author)),
  ].filter(Boolean);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    ...head.map((part) => `  ${part}`),
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}
