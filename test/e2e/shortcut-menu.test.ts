import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const URL_ = 'https://www.reuters.com/markets/us/shortcut-test/';

/** The slice of the chrome API used inside the service worker. */
type ChromeTabs = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
};

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, URL_, ARTICLE);
});
afterAll(async () => ext?.close());

describe('keyboard shortcut and context-menu lookup', () => {
  test('the manifest declares the toggle command and the context-menu permission', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.commands['toggle-sidebar'].suggested_key.default).toBe('Alt+Shift+K');
    expect(manifest.permissions).toContain('contextMenus');
  });

  test('the toggle message from the background collapses and expands the sidebar', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL_);
    await page.locator('caplens-sidebar .cl-panel').waitFor({ timeout: 15_000 });
    // What the commands listener does when the shortcut fires: message the active tab.
    const toggle = () =>
      ext.worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        await c.tabs.sendMessage(tab!.id!, { type: 'sidebar:toggle' });
      });
    await page.bringToFront();
    await toggle();
    await page.locator('caplens-sidebar button[aria-expanded="false"]').waitFor();
    await toggle();
    await page.locator('caplens-sidebar .cl-panel').waitFor();
    // A look-alike message with extra fields is ignored.
    await page.bringToFront();
    await ext.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      await c.tabs.sendMessage(tab!.id!, { type: 'sidebar:toggle', extra: '<img>' }).catch(() => undefined);
    });
    await page.waitForTimeout(300);
    expect(await page.locator('caplens-sidebar .cl-panel').count()).toBe(1);
    await page.close();
  });

  test('the context-menu lookup window shows the card for a selected company name', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?q=${encodeURIComponent('Western Alliance')}`);
    const card = page.locator('article[data-symbol="WAL"]');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('data-cap-class')).toMatch(/^(large|mid|small)$/);
    await page.close();
  });
});
