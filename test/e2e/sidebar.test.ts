import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const EXPECTED = JSON.parse(readFileSync('test/fixtures/pages/reuters-small-cap-rally.expected.json', 'utf8')) as {
  required: string[];
  forbidden: string[];
};
const ARTICLE_URL = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, ARTICLE_URL, ARTICLE);
  await routePage(ext.context, 'https://www.example.com/news/small-caps', ARTICLE);
});
afterAll(async () => ext?.close());

async function cardSymbols(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('caplens-sidebar [data-symbol]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!));
}

describe('sidebar on a routed news article', () => {
  test('shows a card for every required ticker and none of the forbidden ones', async () => {
    const page = await ext.context.newPage();
    await page.goto(ARTICLE_URL);
    await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    const symbols = await cardSymbols(page);
    for (const s of EXPECTED.required.map((k) => k.replace(/^index:/, ''))) expect(symbols, `missing ${s}`).toContain(s);
    for (const s of EXPECTED.forbidden) expect(symbols, `false positive ${s}`).not.toContain(s);

    const zion = page.locator('caplens-sidebar [data-symbol="ZION"]');
    expect(await zion.getAttribute('data-cap-class')).toMatch(/^(mega|large|mid|small|micro|nano)$/);
    await expect.poll(() => zion.innerText()).toMatch(/Market cap/);
    expect(await zion.innerText()).toMatch(/as of .*\d{4}/);
    // ETFs have no cap class, but do say what they track.
    const iwm = page.locator('caplens-sidebar [data-symbol="IWM"]');
    expect(await iwm.getAttribute('data-cap-class')).toBe('');
    expect(await iwm.innerText()).toMatch(/Russell 2000/);
    // The shadow root is open (contract 3).
    expect(await page.evaluate(() => !!document.querySelector('caplens-sidebar')?.shadowRoot)).toBe(true);
    await page.close();
  });

  test('collapsing keeps the page layout and is remembered for the site', async () => {
    const page = await ext.context.newPage();
    await page.goto(ARTICLE_URL);
    await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    // document.querySelector does not pierce our shadow root, so this is the page's own article.
    const articleBox = () => page.evaluate(() => JSON.stringify(document.querySelector('article')!.getBoundingClientRect()));
    const before = await articleBox();
    await page.locator('caplens-sidebar button[aria-label="Collapse CapLens"]').click();
    const tab = page.locator('caplens-sidebar button[aria-expanded="false"]');
    await tab.waitFor();
    const tabBox = (await tab.boundingBox())!;
    expect(tabBox.width).toBeLessThanOrEqual(32);
    // The page itself did not move.
    expect(await articleBox()).toBe(before);

    await page.reload();
    await page.locator('caplens-sidebar button[aria-expanded="false"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('caplens-sidebar .cl-panel').count()).toBe(0);
    // Expand again so other tests see the panel.
    await page.locator('caplens-sidebar button[aria-expanded="false"]').click();
    await page.locator('caplens-sidebar .cl-panel').waitFor();
    await page.close();
  });

  test('switching a site off in options keeps the sidebar off there', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const reuters = options.locator('input[data-site="reuters"]');
    await reuters.uncheck();
    await expect.poll(() => reuters.isChecked()).toBe(false);
    const page = await ext.context.newPage();
    await page.goto(ARTICLE_URL);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('caplens-sidebar').count()).toBe(0);
    await reuters.check();
    await page.reload();
    await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    await page.close();
    await options.close();
  });

  test('injects nothing on a site that is not supported', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://www.example.com/news/small-caps');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('caplens-sidebar').count()).toBe(0);
    await page.close();
  });
});
