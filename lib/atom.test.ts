import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtomFeed, type AtomFeed } from './atom';
import {
  buildStatusChangeFeed,
  FEED_ENTRY_LIMIT,
  statusChangeTitle,
  type FeedStatusChange,
} from './status-change-feed';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x?a=1&b='2'">`)).toBe(
      '&lt;a href=&quot;x?a=1&amp;b=&#39;2&#39;&quot;&gt;',
    );
  });

  it('escapes an ampersand once, even when it looks like an entity already', () => {
    expect(escapeXml('&amp; &#38;')).toBe('&amp;amp; &amp;#38;');
  });

  it('keeps tab, CR, LF and any Unicode text, astral characters included', () => {
    expect(escapeXml('a\tb\r\nc – ОДКБ “x” 🇧🇾')).toBe('a\tb\r\nc – ОДКБ “x” 🇧🇾');
  });

  it('drops the characters XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE/U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe')).toBe('abcde');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('p\uFFFEq\uFFFFr')).toBe('pqr');
  });

  it('leaves "]]>" harmless', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });
});

describe('renderAtomFeed', () => {
  const feed: AtomFeed = {
    id: 'tag:example.org,2026:feed',
    title: 'Feed <&>',
    updated: '2023-06-20T10:00:00.000Z',
    links: [
      { rel: 'self', type: 'application/atom+xml', href: 'https://example.org/feed.xml?a=1&b=2' },
    ],
    authors: [{ name: 'Editors' }],
    entries: [
      {
        id: 'tag:example.org,2026:entry/1',
        title: 'A → B & "C"',
        updated: '2023-06-20T10:00:00.000Z',
        links: [
          { rel: 'alternate', type: 'text/html', href: 'https://example.org/items/x#change-1' },
        ],
        authors: [{ name: 'Ann' }],
        categories: [{ term: 'KEPT', label: 'Kept' }],
        summary: 'Plain <text>',
        contentHtml: '<p>Fish &amp; chips</p>',
      },
    ],
  };
  const xml = renderAtomFeed(feed);

  it('starts with the XML declaration and the Atom namespace', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
      ),
    ).toBe(true);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });

  it('escapes text and attribute values', () => {
    expect(xml).toContain('<title type="text">Feed &lt;&amp;&gt;</title>');
    expect(xml).toContain('href="https://example.org/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain('<title type="text">A → B &amp; &quot;C&quot;</title>');
    expect(xml).toContain('<summary type="text">Plain &lt;text&gt;</summary>');
  });

  it('escapes HTML content once more, as type="html" requires', () => {
    expect(xml).toContain('<content type="html">&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</content>');
  });

  it('writes the required feed and entry elements', () => {
    for (const fragment of [
      '<id>tag:example.org,2026:feed</id>',
      '<updated>2023-06-20T10:00:00.000Z</updated>',
      '<author><name>Editors</name></author>',
      '<entry>',
      '<id>tag:example.org,2026:entry/1</id>',
      '<link rel="alternate" type="text/html" href="https://example.org/items/x#change-1"/>',
      '<category term="KEPT" label="Kept"/>',
    ]) {
      expect(xml).toContain(fragment);
    }
  });
});

describe('buildStatusChangeFeed', () => {
  const change = (overrides: Partial<FeedStatusChange> = {}): FeedStatusChange => ({
    id: 'sc-1',
    itemId: 'minsk-summit',
    itemTitle: 'Summit in Minsk',
    effectiveOn: '2023-06-20',
    from: 'NOT_YET_RATED',
    to: 'IN_PROGRESS',
    isCorrection: false,
    correctsId: null,
    note: 'Scheduled for <November> & confirmed.',
    authorName: null,
    evidence: [
      {
        statementId: 's-1',
        sourceId: 'src-1',
        sourceTitle: 'BelTA & co',
        quote: 'The summit "will" take place.',
      },
    ],
    recordedAt: '2023-06-21T08:00:00.000Z',
    ...overrides,
  });
  const options = {
    origin: 'http://localhost:3100',
    tagAuthority: 'tracker.example',
    now: new Date('2024-01-01T00:00:00Z'),
  };

  it('titles entries "Item: Old → New", and corrections "Correction: …"', () => {
    expect(statusChangeTitle(change())).toBe('Summit in Minsk: Not yet rated → In progress');
    expect(
      statusChangeTitle(change({ isCorrection: true, correctsId: 'sc-0', to: 'STALLED' })),
    ).toBe('Correction: Summit in Minsk: Not yet rated → Stalled');
  });

  it('titles an entry that keeps its status as reaffirmed, never "X → X" (issue 10)', () => {
    const kept = change({ from: 'IN_PROGRESS', to: 'IN_PROGRESS' });
    expect(statusChangeTitle(kept)).toBe(
      'Summit in Minsk: In progress, reaffirmed with new evidence',
    );
    const [entry] = buildStatusChangeFeed({ ...options, changes: [kept] }).entries;
    expect(entry?.contentHtml).toContain('reaffirmed with new evidence');
    expect(entry?.contentHtml).not.toContain('→');
  });

  it('links each entry to its place in the item history, with a tag: id independent of the origin', () => {
    const [entry] = buildStatusChangeFeed({ ...options, changes: [change()] }).entries;
    expect(entry?.id).toBe('tag:tracker.example,2026:status-change/sc-1');
    expect(entry?.links[0]?.href).toBe('http://localhost:3100/items/minsk-summit#change-sc-1');
    expect(entry?.authors).toEqual([{ name: 'Tracker editors' }]);
  });

  it('puts the note and the evidence quote in summary and content, with a link to the quote', () => {
    const [entry] = buildStatusChangeFeed({ ...options, changes: [change()] }).entries;
    expect(entry?.summary).toBe(
      'Scheduled for <November> & confirmed.\nEvidence: “The summit "will" take place.”',
    );
    expect(entry?.contentHtml).toContain('<p>Scheduled for &lt;November&gt; &amp; confirmed.</p>');
    expect(entry?.contentHtml).toContain('“The summit &quot;will&quot; take place.”');
    expect(entry?.contentHtml).toContain(
      'href="http://localhost:3100/sources/src-1#q-s-1">BelTA &amp; co</a>',
    );
  });

  it('marks a correction and links the entry it corrects', () => {
    const [entry] = buildStatusChangeFeed({
      ...options,
      changes: [change({ id: 'sc-2', isCorrection: true, correctsId: 'sc-1', to: 'STALLED' })],
    }).entries;
    expect(entry?.categories).toContainEqual({ term: 'correction', label: 'Correction' });
    expect(entry?.contentHtml).toContain(
      '<strong>Correction</strong> of <a href="http://localhost:3100/items/minsk-summit#change-sc-1">',
    );
  });

  it(`keeps at most ${FEED_ENTRY_LIMIT} entries and dates the feed by the newest`, () => {
    const changes = Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, index) =>
      change({
        id: `sc-${index}`,
        recordedAt: new Date(Date.UTC(2023, 5, 30) - index * 60_000).toISOString(),
      }),
    );
    const feed = buildStatusChangeFeed({ ...options, changes });
    expect(feed.entries).toHaveLength(FEED_ENTRY_LIMIT);
    expect(feed.updated).toBe('2023-06-30T00:00:00.000Z');
    expect(feed.links.map((link) => link.rel)).toEqual(['self', 'alternate']);
  });

  it('dates an empty feed by `now`', () => {
    expect(buildStatusChangeFeed({ ...options, changes: [] }).updated).toBe(
      '2024-01-01T00:00:00.000Z',
    );
  });
});
