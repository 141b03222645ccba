import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const profile = mkdtempSync(join(tmpdir(), 'caplens-e2e-'));
let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension({ userDataDir: profile });
});
afterAll(async () => {
  await ext?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('popup', () => {
  test('finds a company by name, opens its card and adds it to a watchlist', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const box = page.locator('input').first();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await box.fill('zions');
    await page.locator('[role="option"][data-symbol="ZION"]').waitFor({ timeout: 10_000 });
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    const card = page.locator('article[data-symbol="ZION"]');
    await card.waitFor();
    expect(await card.getAttribute('data-cap-class')).toMatch(/^(large|mid|small)$/);
    expect(await card.innerText()).toMatch(/Zions/i);
    await card.getByRole('button', { name: /Add to/ }).click();
    await card.getByRole('button', { name: /Remove from Watchlist/ }).waitFor();
    await page.close();
  });

  test('an unknown symbol gives an unclassified card, not an error', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.locator('input').first().fill('QQQQZ');
    await page.locator('input').first().press('Enter');
    const card = page.locator('article[data-symbol="QQQQZ"]');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Not in the CapLens symbol list/);
    await page.close();
  });

  test('recent lookups: newest first, known symbols only, one click reopens a card, Clear empties them', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    // The earlier tests looked up ZION (known) and QQQQZ (unknown: not kept).
    const recent = page.getByRole('navigation', { name: 'Recent lookups' });
    await recent.waitFor({ timeout: 10_000 });
    const box = page.locator('input').first();
    await box.fill('KRE');
    await box.press('Enter');
    await page.locator('article[data-symbol="KRE"]').waitFor();
    await page.reload();
    await recent.waitFor({ timeout: 10_000 });
    expect(await recent.getByRole('button').allInnerTexts()).toEqual(['KRE', 'ZION', 'Clear']);
    await recent.getByRole('button', { name: 'ZION' }).click();
    await page.locator('article[data-symbol="ZION"]').waitFor();
    await page.reload();
    await recent.waitFor({ timeout: 10_000 });
    expect(await recent.getByRole('button').allInnerTexts()).toEqual(['ZION', 'KRE', 'Clear']);
    await recent.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => recent.count()).toBe(0);
    await page.close();
  });
});

describe('options', () => {
  test('a watchlist persists across reload and browser restart; unknown symbols are refused', async () => {
    let page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByLabel('New watchlist name').fill('Regional banks');
    await page.getByRole('button', { name: 'Create list' }).click();
    const list = page.locator('[data-list="Regional banks"]');
    await list.waitFor();
    const add = list.getByLabel('Add symbol to Regional banks');
    for (const s of ['ZION', 'wal']) {
      await add.fill(s);
      await add.press('Enter');
    }
    await list.locator('li[data-symbol="WAL"]').waitFor();
    await add.fill('NOTREAL1');
    await add.press('Enter');
    await expect.poll(() => list.getByRole('alert').innerText()).toMatch(/not a known/i);

    await page.reload();
    await page.locator('[data-list="Regional banks"] li[data-symbol="ZION"]').waitFor();
    expect(await page.locator('[data-list="Regional banks"] li').count()).toBe(2);

    await ext.context.close();
    ext = await launchWithExtension({ userDataDir: profile });
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('[data-list="Regional banks"] li[data-symbol="WAL"]').waitFor();
    expect(await page.locator('[data-list="Regional banks"] li').count()).toBe(2);
    await page.close();
  });

  test('the background rejects malformed and unknown messages with an error envelope', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const replies = await page.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: string; data?: { symbol: string } }> } } }).chrome.runtime;
      const send = (m: unknown) => rt.sendMessage(m);
      return Promise.all([send({ type: 'nope' }), send('hello'), send({ type: 'lookup', symbol: 42 }), send({ type: 'lookup', symbol: 'ZION' })]);
    });
    expect(replies.slice(0, 3).map((r) => r.ok)).toEqual([false, false, false]);
    expect(replies[0]!.error).toMatch(/unknown|malformed/i);
    expect(replies[3]!.ok).toBe(true);
    expect(replies[3]!.data!.symbol).toBe('ZION');
    await page.close();
  });
});
