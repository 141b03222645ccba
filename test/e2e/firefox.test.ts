/**
 * The built Firefox extension (.output/firefox-mv2, `npm run build:firefox`) in real Firefox:
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (scripts/lib/launch-firefox.ts).
 * One browser for the file (Firefox + BiDi take 7–13 s to start on 2 cores).
 *
 * Without /usr/bin/firefox-esr (or FIREFOX_PATH) the file is skipped with a message — except in
 * CI (CI or CAPLENS_REQUIRE_FIREFOX set; .ci/run installs firefox-esr), where it fails instead.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, routePages, type LaunchedFirefox } from '../../scripts/lib/launch-firefox';
import { openExtensionPage, reloadExtensionPage } from './firefox-extension-page';

const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const EXPECTED = JSON.parse(readFileSync('test/fixtures/pages/reuters-small-cap-rally.expected.json', 'utf8')) as {
  required: string[];
  forbidden: string[];
};
const ARTICLE_URL = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';
const OTHER_URL = 'https://www.example.com/news/small-caps';

const required = !!(process.env.CI || process.env.CAPLENS_REQUIRE_FIREFOX);
const available = firefoxPath() !== null;
if (!available && !required) {
  console.log('firefox.test.ts: skipped, /usr/bin/firefox-esr not found (sudo apt-get install -y firefox-esr, or set FIREFOX_PATH)');
}

/** A short, explicit polling interval: rAF polling intermittently times out in Firefox over BiDi. */
const POLL = { polling: 100, timeout: 15_000 } as const;

/** Symbols of the cards inside the sidebar's open shadow root (contract 3); null when no sidebar. */
function sidebarSymbols(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const root = document.querySelector('caplens-sidebar')?.shadowRoot;
    return root ? [...root.querySelectorAll('[data-symbol]')].map((e) => e.getAttribute('data-symbol')!) : null;
  });
}

async function waitForSidebarCard(page: Page, symbol: string): Promise<void> {
  await page.waitForFunction(
    (s: string) => !!document.querySelector('caplens-sidebar')?.shadowRoot?.querySelector(`[data-symbol="${s}"]`),
    POLL,
    symbol,
  );
}

/** Loads a routed page and waits for load plus a second, the time a content script would need to show up. */
async function loadAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000));
}

describe.skipIf(!available && !required)('Firefox: the built extension in firefox-esr', () => {
  let ff: LaunchedFirefox;
  let news: Page;

  beforeAll(async () => {
    if (!available) throw new Error('firefox-esr is required in CI but /usr/bin/firefox-esr was not found (.ci/run installs it with apt)');
    ff = await launchFirefoxWithExtension();
    news = await ff.browser.newPage();
    await routePages(news, { [ARTICLE_URL]: ARTICLE, [OTHER_URL]: ARTICLE });
  });
  afterAll(async () => ff?.close());

  test('sidebar on a news article: every required ticker, no forbidden one', async () => {
    await news.goto(ARTICLE_URL, { waitUntil: 'load' });
    await waitForSidebarCard(news, 'ZION');
    // Cards come in together, but give late ones a moment before reading the whole set.
    await news.waitForFunction(
      (n: number) => (document.querySelector('caplens-sidebar')?.shadowRoot?.querySelectorAll('[data-symbol]').length ?? 0) >= n,
      POLL,
      EXPECTED.required.length,
    );
    const symbols = (await sidebarSymbols(news))!;
    for (const s of EXPECTED.required.map((k) => k.replace(/^index:/, ''))) expect(symbols, `missing ${s}`).toContain(s);
    for (const s of EXPECTED.forbidden) expect(symbols, `false positive ${s}`).not.toContain(s);

    const card = (s: string) =>
      news.evaluate((sym: string) => {
        const el = document.querySelector('caplens-sidebar')!.shadowRoot!.querySelector(`[data-symbol="${sym}"]`) as HTMLElement;
        return { capClass: el.getAttribute('data-cap-class'), text: el.innerText };
      }, s);
    const zion = await card('ZION');
    expect(zion.capClass).toMatch(/^(mega|large|mid|small|micro|nano)$/);
    expect(zion.text).toMatch(/Market cap/);
    const iwm = await card('IWM');
    expect(iwm.capClass).toBe('');
    expect(iwm.text).toMatch(/Russell 2000/);
  });

  test('injects nothing on a site that is not supported', async () => {
    await loadAndSettle(news, OTHER_URL);
    expect(await news.evaluate(() => document.title.length > 0)).toBe(true); // the routed page did load
    expect(await news.$('caplens-sidebar')).toBeNull();
  });

  test('table view and push docking: a row per ticker; the page’s header, article and right column end at the panel', async () => {
    await news.goto(ARTICLE_URL, { waitUntil: 'load' });
    await waitForSidebarCard(news, 'ZION');
    // Real (trusted) clicks: the switches ignore a page script's.
    const clickSwitch = async (label: string) => {
      const [x, y] = await news.evaluate((l: string) => {
        const b = [...document.querySelector('caplens-sidebar')!.shadowRoot!.querySelectorAll('.cl-seg button')].find((e) => e.textContent === l)!.getBoundingClientRect();
        return [b.x + b.width / 2, b.y + b.height / 2];
      }, label);
      await news.mouse.click(x!, y!);
    };
    const layout = () =>
      news.evaluate(() => ({
        panel: document.querySelector('caplens-sidebar')!.shadowRoot!.querySelector('.cl-panel')!.getBoundingClientRect().left,
        page: Math.max(...[...document.querySelectorAll('header, article, aside')].map((e) => e.getBoundingClientRect().right)),
        rows: document.querySelector('caplens-sidebar')!.shadowRoot!.querySelectorAll('[data-view="table"] [data-row][data-symbol]').length,
      }));
    await clickSwitch('Table');
    await news.waitForFunction(() => !!document.querySelector('caplens-sidebar')?.shadowRoot?.querySelector('[data-view="table"] [data-row]'), POLL);
    expect((await layout()).rows).toBeGreaterThanOrEqual(EXPECTED.required.length);
    await clickSwitch('Push');
    await news.waitForFunction(() => document.documentElement.style.marginRight !== '', POLL);
    const pushed = await layout();
    expect(pushed.page).toBeLessThanOrEqual(pushed.panel + 0.5);
    // Back to the defaults for the other tests.
    await clickSwitch('Overlay');
    await clickSwitch('Cards');
    await news.waitForFunction(() => !document.documentElement.getAttribute('style'), POLL);
  });

  test('popup lookup: a symbol typed in the first input gives its card', async () => {
    const popup = await ff.browser.newPage();
    await openExtensionPage(popup, `${ff.base}/popup.html`);
    await popup.waitForFunction(() => !!document.querySelector('input'), POLL);
    const box = (await popup.$('input'))!;
    await box.click();
    await box.type('ZION');
    await box.press('Enter');
    await popup.waitForFunction(() => !!document.querySelector('article[data-symbol="ZION"]'), POLL);
    const { capClass, text } = await popup.evaluate(() => {
      const el = document.querySelector('article[data-symbol="ZION"]') as HTMLElement;
      return { capClass: el.getAttribute('data-cap-class'), text: el.innerText };
    });
    expect(capClass).toMatch(/^(large|mid|small)$/);
    expect(text).toMatch(/Zions/i);
    await popup.close();
  });

  test('switching the site off in options keeps the sidebar off there; on again brings it back', async () => {
    const options = await ff.browser.newPage();
    await openExtensionPage(options, `${ff.base}/options.html`);
    const reuters = 'input[data-site="reuters"]';
    const checked = () => options.evaluate((sel: string) => (document.querySelector(sel) as HTMLInputElement | null)?.checked ?? null, reuters);
    await options.waitForFunction((sel: string) => !!document.querySelector(sel), POLL, reuters);
    expect(await checked()).toBe(true);
    await options.click(reuters);
    await options.waitForFunction((sel: string) => (document.querySelector(sel) as HTMLInputElement).checked === false, POLL, reuters);
    // Stored, not just toggled in the page: it survives a reload of the options page.
    await reloadExtensionPage(options);
    await options.waitForFunction((sel: string) => !!document.querySelector(sel), POLL, reuters);
    expect(await checked()).toBe(false);

    await loadAndSettle(news, ARTICLE_URL);
    expect(await news.$('caplens-sidebar')).toBeNull();

    await options.click(reuters);
    await options.waitForFunction((sel: string) => (document.querySelector(sel) as HTMLInputElement).checked === true, POLL, reuters);
    await news.goto(ARTICLE_URL, { waitUntil: 'load' });
    await waitForSidebarCard(news, 'ZION');
    await options.close();
  });
});
