import { describe, expect, it } from 'vitest';
import { htmlToPlainText, readHtmlMetadata } from './html';
import { normalizeText } from './normalize';
import { prepareImport } from './prepare';

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lukashenko: CSTO must act together | BelTA</title>
  <meta property="og:title" content="Lukashenko: CSTO must act together &amp; speak with one voice">
  <link rel="canonical" href="https://eng.belta.by/president/view/lukashenko-csto-must-act-together-160001-2023/">
  <style>body { font-family: serif } .share { display: flex }</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">BelTA</a>
    <nav><ul><li><a href="/president/">President</a></li><li><a href="/politics/">Politics</a></li></ul></nav>
  </header>
  <div class="banner" role="banner">Breaking: subscribe to our newsletter</div>
  <main>
    <article>
      <header><h1>Lukashenko: CSTO must act together</h1><time datetime="2023-03-14">14 March 2023, 12:41</time></header>
      <p>MINSK, 14 March (BelTA) – The member states of the <a href="https://en.odkb-csto.org/">Collective Security Treaty Organization</a> must act together, Belarusian President Aleksandr Lukashenko said.</p>
      <p>“Nobody will solve our problems for us,”<br>the head of state stressed.</p>
      <figure><img src="/photo.jpg" alt="Lukashenko at the meeting"><figcaption>Photo: BelTA</figcaption></figure>
      <p>Belarus holds the CSTO presidency in 2023.</p>
      <div class="share"><button type="button">Share</button><a href="https://t.me/share?url=x">Telegram</a></div>
      <script>trackArticle(160001)</script>
    </article>
    <aside><h2>Read also</h2><ul><li><a href="/x">Another story</a></li></ul></aside>
  </main>
  <footer><p>© BelTA, 1999-2023</p><nav><a href="/about">About</a></nav></footer>
  <noscript><img src="/pixel.gif" alt=""></noscript>
</body>
</html>`;

describe('htmlToPlainText', () => {
  it('keeps the article: headline, paragraphs separated by blank lines, link texts without addresses', () => {
    const text = normalizeText(htmlToPlainText(ARTICLE_PAGE));
    expect(text).toBe(
      [
        'Lukashenko: CSTO must act together',
        '',
        '14 March 2023, 12:41',
        '',
        'MINSK, 14 March (BelTA) – The member states of the Collective Security Treaty Organization must act together, Belarusian President Aleksandr Lukashenko said.',
        '',
        '“Nobody will solve our problems for us,”',
        'the head of state stressed.',
        '',
        'Photo: BelTA',
        '',
        'Belarus holds the CSTO presidency in 2023.',
        '',
        'Telegram',
      ].join('\n'),
    );
  });

  it('drops scripts, styles, navigation, banners, asides and footers', () => {
    const text = htmlToPlainText(ARTICLE_PAGE);
    for (const unwanted of [
      'dataLayer',
      'font-family',
      'trackArticle',
      'Politics',
      'newsletter',
      'Another story',
      '©',
      'About',
      'https://',
      '[',
    ]) {
      expect(text, unwanted).not.toContain(unwanted);
    }
  });

  it('reads a page without <article> or <main> from its body', () => {
    const html =
      '<html><body><nav>Menu</nav><div><p>First.</p><p>Second &amp; last.</p></div><footer>Footer</footer></body></html>';
    expect(normalizeText(htmlToPlainText(html))).toBe('First.\n\nSecond & last.');
  });
});

describe('readHtmlMetadata', () => {
  it('prefers og:title and the canonical address', () => {
    expect(readHtmlMetadata(ARTICLE_PAGE)).toEqual({
      title: 'Lukashenko: CSTO must act together & speak with one voice',
      url: 'https://eng.belta.by/president/view/lukashenko-csto-must-act-together-160001-2023/',
    });
    expect(readHtmlMetadata('<title>Only &laquo;title&raquo;</title>')).toEqual({
      title: 'Only «title»',
      url: null,
    });
  });
});

describe('prepareImport', () => {
  it('turns a page into a normalised text with guesses and boilerplate proposals', () => {
    const prepared = prepareImport(ARTICLE_PAGE, 'html', {
      referenceDate: new Date('2024-01-01T00:00:00Z'),
    });
    expect(prepared.text).toBe(normalizeText(prepared.text));
    expect(prepared.guess).toMatchObject({
      title: 'Lukashenko: CSTO must act together & speak with one voice',
      outlet: 'BelTA',
      outletType: 'STATE_MEDIA',
      place: 'Minsk',
      publishedOn: '2023-03-14',
      yearInferred: true,
      languages: 'en',
    });
    expect(prepared.guess.yearBasis).toMatch(/14 March 2023/);
    // The share widget's leftover link is proposed for trimming.
    expect(prepared.boilerplate).toEqual([{ line: 13, text: 'Telegram' }]);
  });
});
