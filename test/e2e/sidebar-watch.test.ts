/**
 * The sidebar's watchlist star and its resizable width (issue 6), in real Chromium with the
 * built extension on a routed news article.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const URL_A = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, URL_A, ARTICLE);
  await routePage(ext.context, 'https://www.cnbc.com/2026/11/20/small-caps.html', ARTICLE);
});
afterAll(async () => ext?.close());

const order = (page: import('playwright-core').Page) =>
  page.locator('caplens-sidebar [data-symbol]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!));

describe('sidebar watchlist star', () => {
  test('a star adds the ticker to a (new) watchlist, pins it first, shows in options; a page script cannot click it', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL_A);
    await page.locator('caplens-sidebar [data-symbol="WAL"]').waitFor({ timeout: 15_000 });
    expect((await order(page))[0]).not.toBe('WAL');

    // A page script reaching into our open shadow root: an untrusted click does nothing.
    await page.evaluate(() => {
      const b = document.querySelector('caplens-sidebar')!.shadowRoot!.querySelector('[data-symbol="FHN"] .cl-watch') as HTMLButtonElement;
      b.click();
    });
    await page.waitForTimeout(400);
    expect(await page.locator('caplens-sidebar [data-symbol="FHN"] .cl-watch').getAttribute('aria-pressed')).toBe('false');

    const star = page.locator('caplens-sidebar [data-symbol="WAL"] .cl-watch');
    expect(await star.getAttribute('aria-label')).toBe('Add WAL to a new watchlist');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await order(page))[0]).toBe('WAL');
    // The digest's full text (the panel shows as many whole phrases as fit; the rest is on hover).
    expect(await page.locator('caplens-sidebar .cl-digest').getAttribute('title')).toContain('1 on your watchlist');

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect.poll(() => options.locator('.cl-section').first().innerText()).toContain('WAL');
    await options.close();

    // Off again from the sidebar.
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });
});

describe('sidebar width', () => {
  test('dragging the edge widens the panel without moving the page; the width is remembered for that site only', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL_A);
    const panel = page.locator('caplens-sidebar .cl-panel');
    await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    const before = (await panel.boundingBox())!;
    const articleBox = () => page.evaluate(() => JSON.stringify(document.querySelector('article')!.getBoundingClientRect()));
    const article = await articleBox();

    const edge = (await page.locator('caplens-sidebar [role="separator"]').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
    await page.mouse.down();
    await page.mouse.move(edge.x - 100, edge.y + 200, { steps: 5 });
    await page.mouse.up();
    const after = (await panel.boundingBox())!;
    expect(Math.round(after.width - before.width)).toBeGreaterThanOrEqual(95);
    expect(await articleBox()).toBe(article);

    const set = await page.locator('caplens-sidebar [role="separator"]').getAttribute('aria-valuenow');
    await page.reload();
    await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('caplens-sidebar [role="separator"]').getAttribute('aria-valuenow')).toBe(set);
    expect(Math.abs((await panel.boundingBox())!.width - after.width)).toBeLessThanOrEqual(1);

    const other = await ext.context.newPage();
    await other.goto('https://www.cnbc.com/2026/11/20/small-caps.html');
    await other.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    expect(Math.abs((await other.locator('caplens-sidebar .cl-panel').boundingBox())!.width - before.width)).toBeLessThanOrEqual(1);
    await other.close();
    await page.close();
  });
});
