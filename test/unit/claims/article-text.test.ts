// @vitest-environment happy-dom
/**
 * The claim check's article text (lib/claims/article-text.ts): what it reads, where each text node
 * lands in it, and the page Range of a found sentence. Checked on small pages written here and on
 * saved real pages against the plain definition (every text node's data in document order, one line
 * break at each block boundary).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { articleText, rangeOf } from '../../../lib/claims/article-text';
import { MAX_ARTICLE_CHARS } from '../../../lib/claims/article-limit';

// A window of its own, as the saved-page tests use: the test environment's would try to load each
// saved page's stylesheets and frames (and say so on the console).
const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const readReal = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/real-pages', `${name}.html`), 'utf8');

/** The definition, written the obvious way: the same walk with one growing string. */
function plainArticleText(roots: readonly Element[]): string {
  const BLOCK = /^(?:p|div|li|ul|ol|h[1-6]|br|section|article|header|footer|blockquote|tr|td|th|figcaption|dd|dt|pre|main|aside|table)$/;
  const SKIP = /^(?:script|style|noscript|template|svg|math|iframe|caplens-sidebar)$/;
  let text = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n && text.length < MAX_ARTICLE_CHARS; n = n.nextSibling) {
      if (n.nodeType === 3) text += (n as Text).data;
      else if (n.nodeType === 1 && !SKIP.test((n as Element).localName)) {
        const block = BLOCK.test((n as Element).localName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(n as Element);
        if (block && text && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  for (const r of roots) {
    walk(r);
    if (text && !text.endsWith('\n')) text += '\n';
  }
  return text;
}

describe('articleText', () => {
  test.each([
    ['<p>Zions rose.</p><p>KeyCorp fell.</p>', 'Zions rose.\nKeyCorp fell.\n'],
    ['<p>Shares of <a href="/q">ZION</a> rose <b>3%</b>.</p>', 'Shares of ZION rose 3%.\n'],
    // The page's own line break between blocks is text; no second break is added after it.
    ['<div><p>One</p>\n<p>Two</p></div>', 'One\n\nTwo\n'],
    ['<p>Kept</p><script>var x = "not text";</script><style>p{}</style><caplens-sidebar>ours</caplens-sidebar><p>too</p>', 'Kept\ntoo\n'],
    ['<ul><li>a</li><li>b</li></ul>line<br>break', 'a\nb\nline\nbreak\n'],
    ['', ''],
  ])('%s', (html, expected) => {
    const doc = parse(`<body>${html}</body>`);
    expect(articleText([doc.body]).text).toBe(expected);
  });

  test('each text node starts where its data is in the text', () => {
    const doc = parse('<body><h2>Banks</h2><p>Zions (<a href="/q">ZION</a>) and <em>Comerica</em> rose.</p></body>');
    const { text, segments } = articleText([doc.body]);
    expect(segments.map((s) => s.node.data)).toEqual(['Banks', 'Zions (', 'ZION', ') and ', 'Comerica', ' rose.']);
    for (const s of segments) expect(text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
  });

  test('a long article is cut near MAX_ARTICLE_CHARS, not read whole', () => {
    const para = `<p>${'Small caps rallied as rates fell. '.repeat(40)}</p>`;
    const doc = parse(`<body>${para.repeat(Math.ceil((3 * MAX_ARTICLE_CHARS) / 1360))}</body>`);
    const { text } = articleText([doc.body]);
    expect(text.length).toBeGreaterThanOrEqual(MAX_ARTICLE_CHARS);
    expect(text.length).toBeLessThan(MAX_ARTICLE_CHARS + 1400);
    expect(text).toBe(plainArticleText([doc.body]));
  });

  // Real markup: inline links inside sentences, nested blocks, scripts, whitespace between blocks.
  test.each(['cnbc-crypto-buyers', 'reuters-israel-tank-report', 'yahoo-news-progress', 'wallst247-coronavirus-stocks', 'finviz-quote-aapl'])('saved page %s: the plain definition, and every segment where its data is', (name) => {
    const doc = parse(readReal(name));
    const { text, segments } = articleText([doc.body]);
    expect(text.length).toBeGreaterThan(1000);
    expect(text).toBe(plainArticleText([doc.body]));
    for (const s of segments) expect(text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
  });
});

describe('rangeOf', () => {
  // happy-dom's Range collapses onto its end when the end is set in a later text node (a browser
  // does not), so the boundary points rangeOf sets are recorded rather than read back from a Range.
  test('the Range of a sentence found in the text starts and ends in the right text nodes', () => {
    const doc = parse('<body><p>Intro.</p><p>The <a href="/q">Russell 2000</a> gained 5% in January.</p></body>');
    const article = articleText([doc.body]);
    const sentence = 'The Russell 2000 gained 5% in January.';
    const at = article.text.indexOf(sentence);
    const points: Array<[string, Node, number]> = [];
    const recorder = { createRange: () => ({ setStart: (n: Node, o: number) => points.push(['start', n, o]), setEnd: (n: Node, o: number) => points.push(['end', n, o]) }) } as unknown as Document;
    expect(rangeOf(article, at, at + sentence.length, recorder)).not.toBeNull();
    const [the, , rest] = [...doc.querySelectorAll('p')[1]!.childNodes];
    expect(points).toEqual([
      ['start', the, 0],
      ['end', rest, (rest as Text).data.length],
    ]);
    // Inside the link: "Russell" starts 4 characters into the sentence, in the link's text node.
    points.length = 0;
    rangeOf(article, at + 4, at + 11, recorder);
    expect(points[0]).toEqual(['start', doc.querySelector('a')!.firstChild, 0]);
    expect(points[1]).toEqual(['end', doc.querySelector('a')!.firstChild, 7]);
  });

  test('null once the text nodes are gone from the page', () => {
    const doc = parse('<body><p>Gone soon.</p></body>');
    const article = articleText([doc.body]);
    doc.body.innerHTML = '<p>Replaced.</p>';
    expect(rangeOf(article, 0, 4, doc)).toBeNull();
  });
});
