import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanHtml, looksLikeHtml, contractKind } from '../../../scripts/scan-html';
import type { SymbolRecord } from '../../../lib/data/symbol-record';

const PAGES = resolve(__dirname, '../../fixtures/pages');
const html = readFileSync(resolve(PAGES, 'reuters-small-cap-rally.html'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(PAGES, 'reuters-small-cap-rally.expected.json'), 'utf8')) as { required: string[]; forbidden: string[] };

const record = (symbol: string, kind: SymbolRecord['kind']): SymbolRecord => ({
  symbol, name: symbol, cik: null, exchange: null, kind, sector: null, subIndustry: null,
  marketCap: null, pe: null, pb: null, ebitda: null, sp500: false, etf: null,
});
// Every forbidden symbol is in this universe on purpose: the page's rules (skip selectors,
// ambiguity, stop words), not the universe, must keep them out.
const ETFS = new Set(['IWM', 'KRE', 'VOO', 'SPY', 'DIA']);
// Labels name indexes as "index:RUT" (corpus-score.ts); their cards carry the code alone, and they are no records.
const cardSymbol = (key: string) => key.replace(/^index:/, '');
const REQUIRED = expected.required.map(cardSymbol);
const RECORDS = [...expected.required.filter((k) => !k.startsWith('index:')), ...expected.forbidden].map((s) => record(s, ETFS.has(s) ? 'etf' : 'stock'));

describe('demo article (Reuters small-cap rally)', () => {
  test('finds every required ticker and none of the forbidden ones', async () => {
    const got = await scanHtml('page.html', html, RECORDS);
    const symbols = got.tickers.map((t) => t.symbol);
    expect([...symbols].sort()).toEqual([...REQUIRED].sort());
    for (const f of expected.forbidden) expect(symbols).not.toContain(f);
  });

  test('counts, kinds and evidence per ticker', async () => {
    const got = await scanHtml('page.html', html, RECORDS);
    const by = Object.fromEntries(got.tickers.map((t) => [t.symbol, t]));
    // The seed article's text adds "(IWM)" and a cued bare "ETFs like IWM" to the floor report's two mentions.
    expect(by.IWM).toEqual({ symbol: 'IWM', count: 4, kind: 'etf', evidence: ['cashtag', 'parenthetical', 'bare'] });
    // Indexes the seed article names (Russell 2000 four times).
    expect(by.RUT).toEqual({ symbol: 'RUT', count: 4, kind: 'index', evidence: ['index'] });
    expect(by.ZION).toEqual({ symbol: 'ZION', count: 1, kind: 'stock', evidence: ['exchange-prefix', 'quote-link'] });
    expect(by.KRE).toEqual({ symbol: 'KRE', count: 1, kind: 'etf', evidence: ['quote-link'] });
    expect(by.VOO?.evidence).toEqual(['parenthetical']);
    for (const s of ['WAL', 'CMA', 'KEY', 'FHN']) expect(by[s]?.evidence).toEqual(['exchange-prefix']);
    expect(got.tickers[0]?.symbol).toBe('IWM'); // count desc, then symbol
  });

  test('without a canonical URL the page is scanned as an unknown site (body), and the rail leaks in', async () => {
    const bare = html.replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    const got = await scanHtml('page.html', bare, RECORDS);
    // This is why adapters exist: $AMZN from the footer is picked up. (The "Most read" rail
    // is still skipped: rails are recognised by their heading on any site.)
    expect(got.tickers.map((t) => t.symbol)).toContain('AMZN');
    expect(got.tickers.map((t) => t.symbol)).not.toContain('TSLA');
  });
});

describe('scan helpers', () => {
  test.each([
    ['<!DOCTYPE html><html></html>', true],
    ['<p>hello</p>', true],
    ['  <HTML><BODY>x', true],
    ['{"a": 1}', false],
    ['plain text with a < sign', false],
    ['<html>\u0000\u0001', false],
  ])('looksLikeHtml(%j) = %s', (text, want) => expect(looksLikeHtml(text)).toBe(want));

  test.each([
    ['stock', 'stock'], ['adr', 'stock'], ['etf', 'etf'], ['fund', 'etf'], ['unknown', 'unknown'],
  ] as const)('kind %s → %s', (kind, want) => expect(contractKind(kind)).toBe(want));
});
