/**
 * `npm run demo`: build the extension, open a bundled article under a real Reuters URL in
 * Chromium with CapLens loaded, and save screenshots of the sidebar, popup and options.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launchWithExtension, routePage } from './lib/launch-extension';

const OUT = resolve('demo-output');
const ARTICLE = resolve('test/fixtures/pages/reuters-small-cap-rally.html');
const URL_ = 'https://www.reuters.com/markets/us/small-caps-rally-2026-11-20/';
// A second page naming small and mid caps across industries (banks, REITs, utilities, energy
// services, biotech, retail), for a look at the cards CapLens exists for.
const SMALL_CAPS = resolve('test/fixtures/pages/small-caps-sectors.html');
const SMALL_CAPS_URL = 'https://www.reuters.com/markets/us/beyond-banks-small-cap-discount-2026-09-21/';

function ensureChromium(): void {
  try {
    chromiumPath();
    return;
  } catch (e) {
    const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canApt) {
      console.error((e as Error).message);
      process.exit(1);
    }
  }
  console.log('Chromium is missing; installing Debian chromium with apt-get (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  chromiumPath();
}

async function main(): Promise<void> {
  ensureChromium();
  if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });

  const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');
  const ext = await launchWithExtension({ headless: !headed });
  try {
    await routePage(ext.context, URL_, readFileSync(ARTICLE, 'utf8'));
    const page = await ext.context.newPage();
    await page.goto(URL_);
    const cards = page.locator('caplens-sidebar [data-symbol]');
    await cards.first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/article-with-sidebar.png` });
    // The same page with the OS in dark mode (the sidebar follows prefers-color-scheme).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/article-with-sidebar-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // Options → Detection → highlighting on: tickers marked in the text, a hover card on one.
    await ext.worker.evaluate(`chrome.storage.local.set({ detectionSettings: { highlight: true, companyNames: false } })`);
    await page.waitForFunction(() => (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights?.get('caplens-ticker')?.size, undefined, { timeout: 10_000 });
    const zion = page.locator('article a', { hasText: 'ZION' }).first();
    const box = await zion.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/article-highlighted.png` });
    await ext.worker.evaluate(`chrome.storage.local.set({ detectionSettings: { highlight: false, companyNames: false } })`);

    const rows = await cards.evaluateAll((els) =>
      els.map((e) => ({
        symbol: e.getAttribute('data-symbol') ?? '',
        capClass: e.getAttribute('data-cap-class') || '—',
        kind: e.querySelector('.cl-kind')?.textContent ?? '',
        name: (e.querySelector('.cl-card__name')?.textContent ?? '').slice(0, 48),
      })),
    );

    // The claim check over the seed article's text (the Claims section, shown in the screenshots).
    const claims = page.locator('caplens-sidebar [data-section="claims"]');
    await claims.waitFor({ timeout: 20_000 }).catch(() => undefined);
    const claimLines = await claims.locator('[data-claim-kind]').evaluateAll((els) =>
      els.map((e) => `${(e.getAttribute('data-verdict') ?? '').padEnd(13)} ${(e.querySelector('button')?.textContent ?? '').slice(0, 70)}`),
    );
    const claimsDigest = (await claims.locator('[data-claims-digest]').textContent().catch(() => null)) ?? 'no claims section';

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.locator('input').first().fill('zions');
    await popup.locator('[role="option"]').first().waitFor();
    await popup.screenshot({ path: `${OUT}/popup-search.png` });
    await popup.locator('input').first().press('Enter');
    await popup.locator('article[data-symbol]').waitFor();
    await popup.locator('article[data-symbol] button', { hasText: 'Add to' }).click();
    await popup.locator('article[data-symbol] button', { hasText: 'Remove from' }).waitFor();
    await popup.screenshot({ path: `${OUT}/popup-card.png` });

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('[data-list]').first().waitFor({ timeout: 5_000 });
    await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });

    await routePage(ext.context, SMALL_CAPS_URL, readFileSync(SMALL_CAPS, 'utf8'));
    const tall = await ext.context.newPage();
    await tall.setViewportSize({ width: 1280, height: 2600 });
    await tall.goto(SMALL_CAPS_URL);
    await tall.locator('caplens-sidebar [data-symbol="POWL"]').waitFor({ timeout: 20_000 });
    await tall.waitForTimeout(300);
    await tall.screenshot({ path: `${OUT}/small-caps-sidebar.png` });

    console.log(`\nCapLens found ${rows.length} tickers on ${URL_}\n`);
    console.log(['SYMBOL'.padEnd(8), 'KIND'.padEnd(13), 'CAP CLASS'.padEnd(10), 'NAME'].join(' '));
    for (const r of rows) console.log([r.symbol.padEnd(8), r.kind.padEnd(13), r.capClass.padEnd(10), r.name].join(' '));
    console.log(`\nClaims: ${claimsDigest}`);
    for (const l of claimLines) console.log(`  ${l}`);
    console.log(`\nScreenshots: ${OUT}/article-with-sidebar.png, article-with-sidebar-dark.png, article-highlighted.png, popup-search.png, popup-card.png, options.png, small-caps-sidebar.png`);

    if (headed) {
      console.log('\nThe browser stays open for you to explore; close it to finish.');
      await page.bringToFront();
      await new Promise<void>((done) => ext.context.on('close', () => done()));
    }
  } finally {
    await ext.close().catch(() => undefined);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
