import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch-extension';

type Shape = { name: string; entries: [string, string][] }[];

let ext: LaunchedExtension;
let page: Page;
beforeAll(async () => {
  ext = await launchWithExtension();
  page = await openOptions(ext);
});
afterAll(async () => {
  await ext?.close();
});

async function openOptions(e: LaunchedExtension): Promise<Page> {
  const p = await e.context.newPage();
  await p.goto(`chrome-extension://${e.extensionId}/options.html`);
  await p.getByRole('heading', { name: 'Watchlists' }).waitFor();
  return p;
}

/** The lists as the background stores them (not as the page shows them). */
async function stored(p: Page, message: unknown = { type: 'watchlists:list' }): Promise<Shape> {
  const res = await p.evaluate(async (m) => {
    const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime;
    return rt.sendMessage(m) as Promise<{ ok: boolean; data: { id: string; name: string; entries: { symbol: string; note: string }[] }[] }>;
  }, message);
  return res.data.map((l) => ({ name: l.name, entries: l.entries.map((e) => [e.symbol, e.note] as [string, string]) }));
}

async function upload(p: Page, name: string, text: string) {
  await p.getByLabel('Import a CSV or JSON file').setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(text) });
  await p.getByTestId('import-preview').waitFor();
}

const status = (p: Page) => p.locator('.cl-wl-transfer [role="status"]').innerText();

describe('watchlist import and export', () => {
  test('a bad file shows per-row errors; nothing changes until confirmed, nor after cancel', async () => {
    const bad = 'list,symbol,note\r\nBanks,ZION,good\r\nBanks,QQQQZ,unknown\r\nBanks,WAL,a,b\r\n';
    await upload(page, 'bad.csv', bad);
    const preview = page.getByTestId('import-preview');
    const errors = preview.locator('tr[data-status="error"]');
    expect(await errors.count()).toBe(2);
    expect(await errors.nth(0).innerText()).toMatch(/Line 3\s+Banks\s+QQQQZ\s+Unknown symbol: QQQQZ is not a known US-listed symbol/);
    expect(await errors.nth(1).innerText()).toMatch(/Line 4[\s\S]*Malformed row: 4 fields but the header has 3/);
    await expect.poll(() => status(page)).toMatch(/3 rows, 1 valid row, 2 rows with errors\. Importing would create 1 list, add 1 symbol/);
    expect(await stored(page)).toEqual([]);

    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await status(page)).toMatch(/Nothing was changed/);
    expect(await stored(page)).toEqual([]);
    expect(await page.locator('[data-list]').count()).toBe(0);

    // Same file again, and this time the user chooses to import the valid rows only.
    await upload(page, 'bad.csv', bad);
    expect(await stored(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import 1 valid row' }).click();
    await page.locator('[data-list="Banks"] li[data-symbol="ZION"]').waitFor();
    expect(await stored(page)).toEqual([{ name: 'Banks', entries: [['ZION', 'good']] }]);
  });

  test('a good file adds lists; notes and order are editable from the keyboard', async () => {
    const good = [
      'list,symbol,note',
      'Banks,WAL,"deposits, ""sticky""?"',
      'Banks,KEY,',
      'Conglomerates,BRK-B,"Buffett 📈 — ünïcødé',
      'second line"',
      'Conglomerates,AAPL,',
      'Someday,,',
    ].join('\r\n');
    await upload(page, 'good.csv', good);
    expect(await page.getByTestId('import-preview').locator('tr[data-status="error"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.locator('[data-list="Conglomerates"] li[data-symbol="BRK.B"]').waitFor();
    await page.locator('[data-list="Someday"]').waitFor();
    expect(await stored(page)).toEqual([
      { name: 'Banks', entries: [['ZION', 'good'], ['WAL', 'deposits, "sticky"?'], ['KEY', '']] },
      { name: 'Conglomerates', entries: [['BRK.B', 'Buffett 📈 — ünïcødé\r\nsecond line'], ['AAPL', '']] },
      { name: 'Someday', entries: [] },
    ]);

    // Move WAL up with the keyboard; focus stays on the move buttons so it can go on moving.
    await page.getByRole('button', { name: 'Move WAL in Banks up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored(page))[0]!.entries.map((e) => e[0])).toEqual(['WAL', 'ZION', 'KEY']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Move WAL in Banks (up|down)/);

    const note = page.getByLabel('Note for KEY in Banks');
    await note.fill('capital ratio, watch');
    await note.press('Enter');
    await expect.poll(() => page.locator('#wl-status').innerText()).toMatch(/Saved the note on KEY/);

    await page.getByRole('button', { name: 'Move list Someday up' }).click();
    await page.getByLabel('Sort by').first().selectOption('symbol-asc');
    await page.getByRole('button', { name: 'Sort Banks' }).click();
    await expect.poll(() => stored(page)).toEqual([
      { name: 'Banks', entries: [['KEY', 'capital ratio, watch'], ['WAL', 'deposits, "sticky"?'], ['ZION', 'good']] },
      { name: 'Someday', entries: [] },
      { name: 'Conglomerates', entries: [['BRK.B', 'Buffett 📈 — ünïcødé\r\nsecond line'], ['AAPL', '']] },
    ]);
  });

  test('CSV and JSON exports re-import into a fresh profile unchanged', async () => {
    const before = await stored(page);
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const csv = await save('Export CSV');
    const json = await save('Export JSON');
    expect(csv.name).toMatch(/^caplens-watchlists-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(json.name).toMatch(/^caplens-watchlists-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'caplens-watchlists', version: 1 });

    const fresh = await launchWithExtension();
    try {
      const p = await openOptions(fresh);
      for (const file of [csv, json]) {
        // Start each import from an empty profile.
        for (const id of await p.evaluate(async () => {
          const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ data: { id: string }[] }> } } }).chrome.runtime;
          return (await rt.sendMessage({ type: 'watchlists:list' })).data.map((l) => l.id);
        })) {
          await stored(p, { type: 'watchlists:delete', id });
        }
        await p.reload();
        await upload(p, file.name, file.text);
        await p.getByRole('button', { name: 'Apply import' }).click();
        await p.locator(`[data-list="${before[0]!.name}"]`).waitFor();
        expect(await stored(p)).toEqual(before);
      }
    } finally {
      await fresh.close();
    }
  });
});
