import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

// The demo article carries the seed article's text (fed range, three cuts, the small-cap
// discount, the Magnificent Seven's forward P/E, returns) and is dated 6 Jan 2026.
const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const ARTICLE_URL = 'https://www.reuters.com/markets/us/small-caps-claims-2026-01-06/';

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, ARTICLE_URL, ARTICLE);
});
afterAll(async () => ext?.close());

describe('claims section in the sidebar (built extension, Chromium)', () => {
  test('checks the seed article at its date, scrolls to a claim, and follows the Options switch', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.goto(ARTICLE_URL);
    const section = page.locator('caplens-sidebar [data-section="claims"]');
    await section.waitFor({ timeout: 20_000 });
    const claim = (kind: string) => section.locator(`[data-claim-kind="${kind}"]`).first();

    expect(await section.innerText()).toMatch(/6 Jan 2026/);
    expect(await claim('fed-funds-range').getAttribute('data-verdict')).toBe('matches');
    expect(await claim('fed-funds-range').innerText()).toMatch(/3\.50–3\.75%/);
    expect(await claim('rate-move-count').getAttribute('data-verdict')).toBe('matches');
    expect(await claim('rate-move-count').innerText()).toMatch(/three consecutive 25-basis-point cuts/);
    // The discount: ours with its date and basis.
    const discount = await claim('small-vs-large-discount').innerText();
    // Ours is the snapshot's own forward point of 22 Dec 2025 (the dataset nearest the article's date).
    const svl = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')).smallVsLarge.series as { asOf: string; basis: string; discountPct: number }[];
    const point = svl.find((p) => p.asOf === '2025-12-22' && p.basis === 'forward')!;
    expect(discount).toMatch(new RegExp(`Ours\\s*${Math.abs(point.discountPct).toString().replace('.', '\\.')}%`));
    expect(discount).toMatch(/forward P\/E/);
    expect(discount).toMatch(/22 Dec 2025/);
    // The Magnificent Seven, member by member.
    const pe = await claim('pe-multiple').innerText();
    for (const s of ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'META', 'NVDA', 'TSLA']) expect(pe).toContain(s);
    // Returns need price history: offline they cannot be checked.
    const returns = section.locator('[data-claim-kind="price-return"]');
    expect(await returns.count()).toBeGreaterThanOrEqual(4);
    expect(new Set(await returns.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict'))))).toEqual(new Set(['unverifiable']));
    // The header digest counts them: in its full text (hover, or 'more…' when shortened to fit)
    // and, always visible, in the Claims section's own heading.
    const claimCount = /\d+ claims: \d+ match(es)?, \d+ differs?, \d+ can't check/;
    expect(await page.locator('caplens-sidebar .cl-panel__head .cl-digest').getAttribute('title')).toMatch(claimCount);
    expect(await section.locator('.cl-claims__digest').innerText()).toMatch(claimCount);

    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/claims-sidebar.png' });

    // Clicking a quote brings its sentence into view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await claim('fed-funds-range').locator('button').click();
    await expect
      .poll(() => page.evaluate(() => {
        const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes('three consecutive'))!;
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }))
      .toBe(true);

    // Options → Claim check off: the section goes from the open page; on: it comes back.
    await ext.worker.evaluate(`chrome.storage.local.set({ claimSettings: { enabled: false } })`);
    await section.waitFor({ state: 'detached', timeout: 10_000 });
    await ext.worker.evaluate(`chrome.storage.local.set({ claimSettings: { enabled: true } })`);
    await section.waitFor({ timeout: 10_000 });
    await page.close();
  });

  test('the options page has the switch, and turning it off is stored', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const box = options.locator('input[data-setting="claimCheck"]');
    await box.waitFor({ timeout: 10_000 });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => ext.worker.evaluate(`chrome.storage.local.get('claimSettings').then((r) => r.claimSettings?.enabled)`)).toBe(false);
    await box.check();
    await options.close();
  });
});
