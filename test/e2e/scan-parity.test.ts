/**
 * DESIGN.md contract 1: the scan CLI runs "the same detection pipeline as the content script".
 * For corpus pages served under their canonical URLs, the symbols scripts/scan-html.ts reports
 * are exactly the sidebar's cards in the built extension.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSymbolRecords } from '../../lib/data/node-snapshot';
import type { SymbolRecord } from '../../lib/data/symbol-record';
import { scanHtml } from '../../scripts/scan-html';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

// News, quote page by URL, positions table, crypto and index labels, share classes, word tickers.
const PAGES = [
  'c-reuters-defense-stocks-europe',
  'c-yahoo-small-cap-rotation',
  'c-benzinga-premarket-movers',
  'c-schwab-positions',
  'c-robinhood-stock-now',
  'c-cnbc-bitcoin-etf-flows',
  'c-barrons-berkshire-share-classes',
  'd-yahoo-words-that-are-tickers',
];
const DIR = 'test/fixtures/pages/corpus';

let ext: LaunchedExtension;
let records: SymbolRecord[];
const pages = PAGES.map((name) => {
  const html = readFileSync(`${DIR}/${name}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as { url: string };
  return { name, html, url };
});

beforeAll(async () => {
  records = await loadSymbolRecords();
  ext = await launchWithExtension();
  for (const p of pages) await routePage(ext.context, p.url, p.html);
});
afterAll(async () => ext?.close());

describe('scan CLI equals the content script', () => {
  test.each(pages)('$name', async ({ name, html, url }) => {
    const cli = (await scanHtml(name, html, records)).tickers.map((t) => t.symbol).sort();
    expect(cli.length).toBeGreaterThan(0);
    const page = await ext.context.newPage();
    await page.goto(url);
    const cards = () => page.locator('caplens-sidebar [data-symbol]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!).sort());
    await expect.poll(cards, { timeout: 15_000 }).toEqual(cli);
    // Still equal once the page has had time for late scans (nothing added, nothing dropped).
    await page.waitForTimeout(500);
    expect(await cards()).toEqual(cli);
    await page.close();
  });
});
