import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

/**
 * The table view and push docking in the built extension (Chromium). The table test uses the
 * demo article; push mode a routed page built like a news site's: a fixed header across the
 * viewport, a sticky sub-nav, an article, a right column ("Most read") and a right-anchored
 * fixed widget, which overlay docking covers and push docking must not.
 */
const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const ARTICLE_URL = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';
const OTHER_URL = 'https://www.cnbc.com/2026/11/20/small-caps.html';
const LAYOUT_URL = 'https://www.reuters.com/markets/us/layout-2026-11-21/';
const LAYOUT = `<!doctype html><html><head><title>Banks rally | Reuters</title><style>
  body { margin: 0; font: 16px Georgia, serif; }
  #masthead { position: fixed; top: 0; left: 0; right: 0; height: 48px; background: #333; color: #fff; }
  #subnav { position: sticky; top: 48px; width: 100vw; height: 30px; background: #ddd; }
  .page { display: flex; gap: 24px; padding: 80px 16px 0; }
  article { flex: 1; min-width: 0; }
  #most-read { width: 260px; flex: none; }
  #chat { position: fixed; right: 12px; bottom: 12px; width: 120px; height: 40px; background: #c00; }
</style></head><body>
  <div id="masthead">Reuters</div><div id="subnav">Markets</div>
  <div class="page"><article><h1>Banks rally</h1><p>Shares of Zions Bancorporation (NASDAQ:ZION) and Western Alliance (NYSE:WAL) rose, as did $KRE.</p></article>
  <aside id="most-read"><h2>Most read</h2><p>Other stories</p></aside></div>
  <div id="chat">Chat</div></body></html>`;

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, ARTICLE_URL, ARTICLE);
  await routePage(ext.context, OTHER_URL, ARTICLE);
  await routePage(ext.context, LAYOUT_URL, LAYOUT);
});
afterAll(async () => ext?.close());

const sidebar = (p: Page, css: string) => p.locator(`caplens-sidebar ${css}`);
const rowSymbols = (p: Page) => sidebar(p, '[data-view="table"] [data-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!));
async function open(url: string, symbol: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(url);
  await sidebar(p, `[data-symbol="${symbol}"]`).first().waitFor({ timeout: 15_000 });
  return p;
}

describe('sidebar table view', () => {
  test('a row per ticker with the contract attributes; sortable by keyboard; Enter opens the card in place; remembered across pages and sites', async () => {
    const p = await open(ARTICLE_URL, 'ZION');
    // Cards are the default view.
    expect(await sidebar(p, '[data-view="table"]').count()).toBe(0);
    const cards = await sidebar(p, 'article.cl-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-symbol')!));
    await sidebar(p, 'button:text-is("Table")').click();
    await sidebar(p, '[data-view="table"]').waitFor();
    expect(await rowSymbols(p)).toEqual(cards);
    // The article's claims fold to their one-line count above the table, which stays at a glance.
    const claims = sidebar(p, 'details[data-section="claims"]');
    await claims.waitFor({ timeout: 15_000 });
    expect(await claims.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await claims.locator('summary').innerText()).toMatch(/\d+ claims:/);
    expect(await sidebar(p, 'article.cl-card').count()).toBe(0);
    for (const row of await sidebar(p, '[data-row]').all()) {
      expect(await row.getAttribute('data-symbol')).toMatch(/^[A-Z.]+$/);
      expect(await row.getAttribute('data-cap-class')).toMatch(/^(mega|large|mid|small|micro|nano|)$/);
    }
    expect(await sidebar(p, '[data-row][data-symbol="IWM"]').getAttribute('data-cap-class')).toBe('');

    // Sort by P/E with the keyboard: focus the header button, Enter; then Enter again reverses.
    const peHeader = sidebar(p, 'thead th:nth-of-type(4) button');
    expect(await peHeader.innerText()).toBe('P/E');
    await peHeader.focus();
    await p.keyboard.press('Enter');
    const sorted = sidebar(p, 'thead th:not([aria-sort="none"])');
    await expect.poll(() => sorted.innerText()).toMatch(/^P\/E/);
    expect(await sorted.getAttribute('aria-sort')).toBe('ascending');
    const pes = async () =>
      sidebar(p, '[data-row] td:nth-of-type(3)').evaluateAll((els) => els.map((e) => e.textContent!).filter((t) => t !== '—').map((t) => Number.parseFloat(t)));
    const up = await pes();
    expect(up.length).toBeGreaterThanOrEqual(3);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await p.keyboard.press('Enter');
    await expect.poll(() => sorted.getAttribute('aria-sort')).toBe('descending');
    const down = await pes();
    expect(down).toEqual([...up].reverse());

    // Enter on a row's button opens that ticker's full card right below its row.
    const zionRow = sidebar(p, '[data-row][data-symbol="ZION"]');
    await zionRow.locator('button').focus();
    await p.keyboard.press('Enter');
    const card = sidebar(p, 'tr:has(article.cl-card[data-symbol="ZION"])');
    await card.waitFor();
    expect(await zionRow.locator('button').getAttribute('aria-expanded')).toBe('true');
    expect(await card.evaluate((tr) => tr.previousElementSibling?.getAttribute('data-symbol'))).toBe('ZION');
    expect(await card.innerText()).toMatch(/Market cap[\s\S]*as of .*\d{4}/);
    // A click on another row opens it too; a second click closes it.
    const walRow = sidebar(p, '[data-row][data-symbol="WAL"] td').first();
    await walRow.click();
    await sidebar(p, 'article.cl-card[data-symbol="WAL"]').waitFor();
    await walRow.click();
    await expect.poll(() => sidebar(p, 'article.cl-card[data-symbol="WAL"]').count()).toBe(0);

    // Remembered: after a reload, and on another site.
    await p.reload();
    await sidebar(p, '[data-view="table"] [data-row][data-symbol="ZION"]').waitFor({ timeout: 15_000 });
    const q = await open(OTHER_URL, 'ZION');
    await sidebar(q, '[data-view="table"]').waitFor();
    // Back to cards, for the other tests of this profile.
    await sidebar(q, 'button:text-is("Cards")').click();
    await sidebar(q, 'article.cl-card[data-symbol="ZION"]').waitFor();
    await q.close();
    await p.close();
  });
});

interface Boxes {
  panelLeft: number;
  mostRead: { left: number; right: number };
  masthead: number;
  subnav: number;
  chat: number;
  article: number;
  scrollX: number;
  htmlStyle: string | null;
}
const boxes = (p: Page): Promise<Boxes> =>
  p.evaluate(() => {
    const r = (id: string) => document.getElementById(id)!.getBoundingClientRect();
    const panel = document.querySelector('caplens-sidebar')!.shadowRoot!.querySelector('.cl-panel')!.getBoundingClientRect();
    return {
      panelLeft: panel.left,
      mostRead: { left: r('most-read').left, right: r('most-read').right },
      masthead: r('masthead').right,
      subnav: r('subnav').right,
      chat: r('chat').right,
      article: document.querySelector('article')!.getBoundingClientRect().right,
      scrollX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      htmlStyle: document.documentElement.getAttribute('style'),
    };
  });

describe('push docking', () => {
  test('overlay covers the right column; push narrows the page (fixed and sticky bars too) and is remembered per site', async () => {
    const p = await open(LAYOUT_URL, 'ZION');
    const overlay = await boxes(p);
    // Overlay (the default): the panel lies over the page's right column and the fixed bars.
    expect(overlay.mostRead.right).toBeGreaterThan(overlay.panelLeft);
    expect(overlay.masthead).toBeGreaterThan(overlay.panelLeft);
    expect(overlay.htmlStyle).toBeNull();

    await sidebar(p, 'button:text-is("Push")').click();
    await expect.poll(async () => (await boxes(p)).mostRead.right).toBeLessThanOrEqual(overlay.panelLeft);
    const pushed = await boxes(p);
    // Nothing of the page under the panel: the column, the fixed header, the 100vw sticky bar, the widget.
    expect(pushed.panelLeft).toBe(overlay.panelLeft);
    for (const right of [pushed.mostRead.right, pushed.masthead, pushed.subnav, pushed.chat, pushed.article]) expect(right).toBeLessThanOrEqual(pushed.panelLeft + 0.5);
    // The right column keeps its width: the page narrowed, it was not squeezed or hidden.
    expect(pushed.mostRead.right - pushed.mostRead.left).toBeCloseTo(overlay.mostRead.right - overlay.mostRead.left, 0);
    expect(pushed.scrollX).toBe(0);

    // Collapsing gives the page its full width back; opening pushes again.
    await sidebar(p, 'button[aria-label="Collapse CapLens"]').click();
    await expect.poll(async () => (await p.evaluate(() => document.documentElement.getAttribute('style'))) ?? '').toBe('');
    await sidebar(p, 'button[aria-expanded="false"]').click();
    await expect.poll(async () => (await boxes(p)).mostRead.right).toBeLessThanOrEqual(overlay.panelLeft);

    // Remembered for this site after a reload…
    await p.reload();
    await sidebar(p, '[data-symbol="ZION"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await boxes(p)).mostRead.right).toBeLessThanOrEqual(overlay.panelLeft);
    // …and back to overlay restores the page's own styles exactly.
    await sidebar(p, 'button:text-is("Overlay")').click();
    await expect.poll(async () => (await boxes(p)).mostRead.right).toBe(overlay.mostRead.right);
    const restored = await boxes(p);
    expect(restored.masthead).toBe(overlay.masthead);
    expect(restored.chat).toBe(overlay.chat);
    expect(await p.evaluate(() => ['masthead', 'subnav', 'chat'].map((id) => document.getElementById(id)!.getAttribute('style') ?? ''))).toEqual(['', '', '']);
    await p.close();
  });

  test('push is per site: another site stays in overlay', async () => {
    const p = await open(LAYOUT_URL, 'ZION');
    await sidebar(p, 'button:text-is("Push")').click();
    await expect.poll(() => p.evaluate(() => document.documentElement.style.marginRight)).not.toBe('');
    const q = await open(OTHER_URL, 'ZION');
    expect(await sidebar(q, 'button:text-is("Overlay")').getAttribute('aria-pressed')).toBe('true');
    expect(await q.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await q.close();
    await p.close();
  });
});
