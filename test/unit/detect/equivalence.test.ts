/**
 * The fast scanner (lib/detect/dom-scan.ts, candidates.ts) against the straightforward one it
 * replaced (./reference/, frozen): same candidates, same offsets, same nodes, on every corpus
 * page and on random text and random markup built from the shapes detection cares about.
 * Detection quality is defined by the reference; speed work must not change a single answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collapseSpace, findPositionedCandidates, mostlyCaps, type BareMode } from '../../../lib/detect/candidates';
import { scanAddedLocated, scanDomLocated, type LocatedCandidate } from '../../../lib/detect/dom-scan';
import { siteForUrl } from '../../../lib/sites/registry';
import type { SiteAdapter } from '../../../lib/sites/site';
import { reuters } from '../../../lib/sites/reuters';
import * as refText from './reference/candidates.ref';
import * as refDom from './reference/dom-scan.ref';

const ROOT = resolve(__dirname, '../../..');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Pieces of financial prose: every candidate shape, its near misses, cues, index names, noise.
const UNITS = [
  '$IWM', '$BRK.B', '$5', '$1.2B', 'US$5', '(NASDAQ: ZION)', '(NYSE: WAL, NASDAQ: ZION)', '(NYSE: BRK.A, BRK.B)', 'NYSE Arca: IWM',
  'NYSE American:XYZ', 'Nasdaq GS: ABC', 'TSX-V: ABC', '(HKEX: 0700)', 'OTC Pink: XYZ', 'NYSE: The', 'at 10:30 a.m.', 'note:',
  'Zions Bancorporation (ZION)', 'KeyCorp (KEY)', '(ZION.O)', '(BRKb.N)', '(SHOP.TO)', 'Federal Deposit Insurance Corp (FDIC)',
  'Common Stock (DE)', 'iShares Russell 2000 ETF', 'the Russell 2000', 'S&P 500', 'S&amp;P 500', 'Nasdaq-100', 'Dow Jones Industrial Average',
  'Cboe Volatility Index', 'VIX', 'DJIA', 'shares of ZION', 'ZION stock', 'ZION rose 3%', 'NVDA +3.1%', 'ZION (+2.1%)', 'NVDA, AMD and INTC',
  'CEO', 'FDIC', 'IT', 'ALL', 'GDP', 'NEW YORK', 'AT&T', 'U.S.', 'COVID-19', 'BUY NOW PAY LATER', 'Bank of America', 'JPMorgan Chase',
  'ZION AND WAL RALLY AS REGIONAL BANKS GAIN', 'KRE WAL ZION CMA KEY FHN', 'NVDA +3.1% AMD -2% INTC', 'the', 'said', 'analysts', 'rally', 'small caps', '.', ',', ' ', '  ', '\n', '\u00a0', '(', ')', ':', '$', 'A', 'AB', 'Aa', 'bought',
];
const prose = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((a) => a.join(' '));
const glued = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((a) => a.join(''));

test('collapseSpace is replace(/\\s+/g, " ").trim()', () => {
  const chars = fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\ufeff', '\u3000', '.');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (t) => {
      expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 1000 },
  );
});

describe('text candidates: same as the reference', () => {
  const modes: BareMode[] = ['all', 'numeric', 'none'];
  test.each(modes)('bare %s, names off and on', (bare) => {
    fc.assert(
      fc.property(fc.oneof(prose, glued), fc.boolean(), (text, names) => {
        expect(findPositionedCandidates(text, { bare, names })).toEqual(refText.findPositionedCandidates(text, { bare, names }));
      }),
      { numRuns: 400 },
    );
  });

  test('capsDemote reads a mostly-capitals text as numeric, like the reference did before calling it', () => {
    const caps = fc.array(fc.constantFrom(...UNITS.map((u) => u.toUpperCase()), ...UNITS), { maxLength: 30 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(caps, (text) => {
        const ref = refText.findPositionedCandidates(text, { bare: mostlyCaps(text) ? 'numeric' : 'all' });
        expect(findPositionedCandidates(text, { bare: 'all', capsDemote: true })).toEqual(ref);
      }),
      { numRuns: 400 },
    );
  });
});

const brief = (xs: LocatedCandidate[]) => xs.map((x) => ({ ...x.candidate, node: x.node }));

function sameScan(root: Document, opts: Parameters<typeof scanDomLocated>[1]) {
  const got = brief(scanDomLocated(root, opts));
  const want = brief(refDom.scanDomLocated(root, opts));
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    expect(got[i]).toEqual(want[i]);
    expect(got[i]!.node).toBe(want[i]!.node);
  }
}

describe('DOM scan: same as the reference', () => {
  const files = ['test/fixtures/pages', 'test/fixtures/pages/corpus'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(d, f)),
  );
  test.each(files)('%s', (file) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    const doc = parse(html);
    const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
    const site = url ? siteForUrl(url) : undefined;
    sameScan(doc, { site, ...(url ? { url } : {}) });
    sameScan(doc, { site, ...(url ? { url } : {}), names: true });
  });

  const SITE: SiteAdapter = {
    ...reuters,
    articleRoot: ['#story'],
    skip: ['.related', '[data-ad]', 'aside', 'div > .promo', ':is(.x, .y)', 'figure figcaption'],
  };
  // Elements that start runs, split them, hide them or mark them as furniture.
  const OPEN = [
    '<p>', '<div>', '<li>', '<h2>', '<td>', '<span>', '<em>', '<b>', '<a href="/markets/companies/ZION.O">', '<a href="/x">', '<a href="/markets/companies/ZION.O"><p>',
    '<a href="https://www.marketwatch.com/investing/stock/wal">', '<aside>', '<div class="related">', '<span data-ad="1">',
    '<div hidden>', '<span contenteditable="true">', '<span contenteditable="false">', '<script>', '<nav>', '<div class="byline">',
    '<div role="heading">', '<section><h3>Related stocks</h3>', '<div><h2>Markets</h2>', '<span class="promo">', '<span class="x">',
    '<figure><figcaption>', '<caplens-sidebar>', '<hr>', '<br>', '<small>',
  ];
  const closeOf = (open: string) =>
    [...open.matchAll(/<([a-z0-9-]+)[^>]*>/g)]
      .map((m) => m[1]!)
      .filter((t) => t !== 'hr' && t !== 'br' && t !== 'h3' && t !== 'h2' && t !== 'figcaption')
      .reverse()
      .map((t) => `</${t}>`)
      .join('') + (open.includes('<figcaption>') ? '' : '');
  const escape = (s: string) => s.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;');
  const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...UNITS).map(escape),
      fc.constantFrom('(NASDAQ: ZION)', 'ZION', 'shares of ZION', '$WAL', 'WAL', 'WAL rose 2%').map(escape),
      fc
        .tuple(fc.constantFrom(...OPEN), fc.array(tie('node'), { maxLength: 5 }))
        .map(([open, kids]) => (open === '<hr>' || open === '<br>' ? open : `${open}${kids.join(' ')}${closeOf(open).replace('</figure>', '</figcaption></figure>')}`)),
    ),
  })).node;

  test('random markup, with and without an adapter', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 8 }), fc.boolean(), (parts, names) => {
        const doc = parse(`<body><header>$TSLA</header><div id="story">${parts.join('\n')}</div><footer>(NYSE: WAL)</footer></body>`);
        sameScan(doc, { site: SITE, url: 'https://www.reuters.com/markets/x/', names });
        sameScan(doc, { names });
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  test('random subtrees added to a scanned page (infinite scroll, SPA updates)', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 4 }), fc.array(markup, { minLength: 1, maxLength: 4 }), fc.boolean(), (before, added, names) => {
        const doc = parse(`<body><div id="story">${before.join('\n')}<div id="feed"></div></div><aside>(NYSE: WAL)</aside></body>`);
        const opts = { site: SITE, url: 'https://www.reuters.com/markets/x/', names };
        const known = new Set<string>();
        refDom.scanDomLocated(doc, opts, known);
        const feed = doc.getElementById('feed')!;
        const nodes: Node[] = [];
        for (const html of added) {
          const box = doc.createElement('div');
          box.innerHTML = html;
          for (const n of [...box.childNodes]) {
            feed.appendChild(n);
            nodes.push(n);
          }
        }
        const got = brief(scanAddedLocated(doc, nodes, opts, new Set(known)));
        const want = brief(refDom.scanAddedLocated(doc, nodes, opts, new Set(known)));
        expect(got).toEqual(want);
        got.forEach((g, i) => expect(g.node).toBe(want[i]!.node));
      }),
      { numRuns: 300 },
    );
  });
});
