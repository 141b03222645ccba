/**
 * Live pages and the Detection settings in the built extension: an SPA that swaps its article
 * with history.pushState, a feed that appends items, company names and inline highlighting
 * switched on and off in storage while the page stays open.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const page = (body: string, script = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Markets</title></head><body><main>${body}</main><script>${script}</script></body></html>`;

const SPA_URL = 'https://www.reuters.com/markets/us/regional-banks-2026-11-20/';
const SPA = page(
  `<article><h1>Regional banks rally</h1>
   <p>Shares of Zions Bancorporation (NASDAQ: ZION) rose 4%, and the SPDR S&amp;P Regional Banking ETF ($KRE) gained too.</p></article>`,
  `window.goNext = () => {
     history.pushState({}, '', '/markets/us/chip-stocks-2026-11-21/');
     document.querySelector('article').innerHTML =
       '<h1>Chip stocks slide</h1><p>Analog Devices (NASDAQ: ADI) fell 3% and Texas Instruments (NASDAQ: TXN) lost 2% after the outlook.</p>';
   };`,
);

const FEED_URL = 'https://www.benzinga.com/news/26/11/40000001/premarket-movers';
const FEED = page(
  `<article><h1>Premarket movers</h1><div class="feed">
   <p>Zions Bancorporation (NASDAQ: ZION) shares rose after results.</p>
   <p>Western Alliance (NYSE: WAL) climbed with other lenders.</p></div></article>`,
  `window.loadMore = () => {
     const p = document.createElement('p');
     p.textContent = 'Later: Analog Devices (NASDAQ: ADI) slipped before the open.';
     document.querySelector('.feed').append(p);
   };`,
);

const ARTICLE_URL = 'https://www.reuters.com/markets/us/banks-and-chips-2026-11-22/';
const ARTICLE = page(
  `<article><h1>Banks and chips</h1>
   <p id="p1">Shares of Zions Bancorporation (NASDAQ: ZION) rose 4% on Tuesday while the broader market was flat.</p>
   <p id="p2">Analog Devices (NASDAQ: ADI) fell after its outlook, and $KRE, the regional bank fund, gained.</p>
   <p id="p3">Bank of America said trading revenue rose in the quarter, its finance chief told analysts.</p></article>`,
);

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, SPA_URL, SPA);
  await routePage(ext.context, FEED_URL, FEED);
  await routePage(ext.context, ARTICLE_URL, ARTICLE);
});
afterAll(async () => ext?.close());
afterEach(async () => {
  await setDetection({ highlight: false, companyNames: false });
});

type Storage = { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };

/** What the options page writes; the open pages hear it through storage.onChanged. */
async function setDetection(settings: { highlight: boolean; companyNames: boolean }): Promise<void> {
  await ext.worker.evaluate((s) => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ detectionSettings: s }), settings);
}

const cards = (p: Page) => p.locator('caplens-sidebar [data-symbol]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!).sort());

async function open(url: string, firstSymbol: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(url);
  await p.locator(`caplens-sidebar [data-symbol="${firstSymbol}"]`).waitFor({ timeout: 15_000 });
  return p;
}

describe('live pages', () => {
  test('an SPA navigation (pushState) replaces the cards with the new article’s tickers', async () => {
    const p = await open(SPA_URL, 'ZION');
    await expect.poll(() => cards(p)).toEqual(['KRE', 'ZION']);
    await p.evaluate(() => (window as unknown as { goNext: () => void }).goNext());
    await expect.poll(() => cards(p), { timeout: 10_000 }).toEqual(['ADI', 'TXN']);
    expect(p.url()).toMatch(/chip-stocks/);
    await p.close();
  });

  test('a feed that appends items gets new cards and keeps the existing ones', async () => {
    const p = await open(FEED_URL, 'ZION');
    await expect.poll(() => cards(p)).toEqual(['WAL', 'ZION']);
    await p.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    await expect.poll(() => cards(p), { timeout: 10_000 }).toEqual(['ADI', 'WAL', 'ZION']);
    await p.close();
  });
});

describe('company names (Options → Detection)', () => {
  test('“Bank of America said…” shows BAC only while the setting is on, without a reload', async () => {
    const p = await open(ARTICLE_URL, 'ZION');
    await expect.poll(() => cards(p)).toEqual(['ADI', 'KRE', 'ZION']);
    await setDetection({ highlight: false, companyNames: true });
    const bac = p.locator('caplens-sidebar [data-symbol="BAC"]');
    await bac.waitFor({ timeout: 10_000 });
    expect(await bac.innerText()).toMatch(/named 1×/);
    expect(await cards(p)).toEqual(['ADI', 'BAC', 'KRE', 'ZION']);
    await setDetection({ highlight: false, companyNames: false });
    await expect.poll(() => cards(p), { timeout: 10_000 }).toEqual(['ADI', 'KRE', 'ZION']);
    await p.close();
  });

  test('the switch is off on a fresh profile, and the options page turns it on', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const names = options.getByLabel('Find companies named without a ticker');
    expect(await names.isChecked()).toBe(false);
    expect(await options.getByLabel('Highlight tickers in the page').isChecked()).toBe(false);
    await names.check();
    await expect.poll(() => ext.worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.get('detectionSettings'))).toEqual({
      detectionSettings: { highlight: false, companyNames: true },
    });
    await options.close();
  });
});

describe('inline highlighting (Options → Detection)', () => {
  // Runs in the page's main world: the highlight registry belongs to the document, not to our world.
  const highlightSize = (p: Page) => p.evaluate(() => (CSS.highlights.has('caplens-ticker') ? CSS.highlights.get('caplens-ticker')!.size : -1));
  const paragraphBoxes = (p: Page) =>
    p.evaluate(() => JSON.stringify([...document.querySelectorAll('article p')].map((e) => e.getBoundingClientRect())));

  test('off by default; on, the tickers are highlighted without moving the page, and hovering one shows its card', async () => {
    const p = await open(ARTICLE_URL, 'ZION');
    await expect.poll(() => cards(p)).toEqual(['ADI', 'KRE', 'ZION']);
    expect(await highlightSize(p)).toBe(-1);
    const before = await paragraphBoxes(p);
    const html = await p.evaluate(() => document.querySelector('article')!.innerHTML);

    await setDetection({ highlight: true, companyNames: false });
    // ZION, ADI, $KRE: one range each (the name "Bank of America" is not marked).
    await expect.poll(() => highlightSize(p), { timeout: 10_000 }).toBe(3);
    expect(await paragraphBoxes(p)).toBe(before);
    expect(await p.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(html);
    const marked = await p.evaluate(() => [...CSS.highlights.get('caplens-ticker')!].map((r) => (r as Range).toString()).sort());
    expect(marked).toEqual(['$KRE', 'ADI', 'ZION']);

    // Hover the middle of the "ADI" range.
    const box = await p.evaluate(() => {
      const r = [...CSS.highlights.get('caplens-ticker')!].find((x) => (x as Range).toString() === 'ADI') as Range;
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await p.mouse.move(box.x, box.y);
    const tip = p.locator('caplens-sidebar [role="tooltip"]');
    await tip.waitFor({ timeout: 5_000 });
    expect(await tip.getAttribute('data-hover-symbol')).toBe('ADI');
    expect(await tip.innerText()).toMatch(/Analog Devices/i);
    expect(await tip.innerText()).toMatch(/cap/i);
    // Away from the ticker, the card goes.
    await p.mouse.move(5, 5);
    await expect.poll(() => tip.count()).toBe(0);

    // Off again: the highlight and our style are removed.
    await setDetection({ highlight: false, companyNames: false });
    await expect.poll(() => highlightSize(p)).toBe(-1);
    expect(await p.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.textContent!.includes('caplens-ticker')))).toBe(false);
    await p.close();
  });
});
