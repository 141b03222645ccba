/**
 * `npx tsx scripts/screenshot-views.ts [OUT_DIR]` (after `npm run build`): screenshots of the
 * sidebar's views and docking modes in Debian's Chromium, for the README and for looking at them.
 *
 * - the demo article (8 tickers) in the table view, with a row opened (and that card alone), light and dark;
 * - the demo article in Firefox (firefox-esr, the Firefox build; needs `npm run build:firefox`);
 * - saved real pages of supported sites (test/fixtures/real-pages, routed under their own URL) in
 *   cards view with overlay docking and with push docking. Their external stylesheets are not
 *   saved, so they render with the page's inline styles only.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, routePage } from './lib/launch-extension';
import { firefoxPath, launchFirefoxWithExtension, routePages } from './lib/launch-firefox';

const OUT = resolve(process.argv[2] ?? 'demo-output/views');
const DEMO_URL = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';
// Supported sites' saved pages (Yahoo's saved page is on http://, which the sidebar does not match).
const REAL = ['reuters-israel-tank-report', 'cnbc-crypto-buyers', 'bloomberg-money-stuff'];

const panel = (p: Page, css: string) => p.locator(`caplens-sidebar ${css}`);

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const ext = await launchWithExtension();
  try {
    await routePage(ext.context, DEMO_URL, readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8'));
    const page = await ext.context.newPage();
    await page.goto(DEMO_URL);
    await panel(page, '[data-symbol="ZION"]').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/demo-cards.png` });
    await panel(page, 'button:text-is("Table")').click();
    await panel(page, '[data-view="table"]').waitFor();
    await page.screenshot({ path: `${OUT}/table-view.png` });
    await panel(page, '[data-row][data-symbol="ZION"] button').click();
    await panel(page, 'article.cl-card[data-symbol="ZION"]').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/table-view-open.png` });
    // The opened card alone, for its P/E-in-industry dot.
    await panel(page, 'article.cl-card[data-symbol="ZION"]').screenshot({ path: `${OUT}/card-industry-range.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/table-view-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await panel(page, 'button:text-is("Push")').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/demo-push.png` });
    await panel(page, 'button:text-is("Overlay")').click();
    await panel(page, 'button:text-is("Cards")').click();

    for (const name of REAL) {
      const { url } = JSON.parse(readFileSync(`test/fixtures/real-pages/${name}.expected.json`, 'utf8')) as { url: string };
      await routePage(ext.context, url, readFileSync(`test/fixtures/real-pages/${name}.html`, 'utf8'));
      const p = await ext.context.newPage();
      await p.goto(url, { waitUntil: 'load' });
      await panel(p, '.cl-panel').waitFor({ timeout: 20_000 });
      await p.waitForTimeout(1500);
      await p.screenshot({ path: `${OUT}/${name}-overlay.png` });
      await panel(p, 'button:text-is("Push")').click();
      await p.waitForTimeout(600);
      await p.screenshot({ path: `${OUT}/${name}-push.png` });
      await panel(p, 'button:text-is("Overlay")').click();
      await p.close();
    }
  } finally {
    await ext.close();
  }
  if (firefoxPath()) {
    const ff = await launchFirefoxWithExtension();
    try {
      const p = await ff.browser.newPage();
      await routePages(p, { [DEMO_URL]: readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8') });
      await p.goto(DEMO_URL, { waitUntil: 'load' });
      await p.waitForFunction(() => !!document.querySelector('caplens-sidebar')?.shadowRoot?.querySelector('[data-symbol="ZION"]'), { polling: 100, timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 800));
      await p.screenshot({ path: `${OUT}/firefox-sidebar.png` });
    } finally {
      await ff.close();
    }
  } else console.error('firefox-esr not found: no Firefox screenshot');
  console.log(`screenshots in ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
