import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = readFileSync('test/fixtures/pages/reuters-small-cap-rally.html', 'utf8');
const URL_ = 'https://www.reuters.com/markets/us/a11y-test/';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core run in the page; `include` limits it to our UI (the news page's own markup is not ours). */
async function axe(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: extension pages' CSP forbids inline script tags.
  await page.evaluate(AXE);
  const results = (await page.evaluate(
    `(async () => {
      const ctx = ${include ? `{ include: [[${JSON.stringify(include)}]] }` : 'document'};
      const r = await axe.run(ctx, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    })()`,
  )) as AxeViolation[];
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchWithExtension();
  await routePage(ext.context, URL_, ARTICLE);
});
afterAll(async () => ext?.close());

describe('accessibility (axe-core): no serious or critical violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`sidebar, ${scheme} theme`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(URL_);
      await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
      expect(describeViolations(await axe(page, 'caplens-sidebar'))).toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`sidebar table view with a row opened, ${scheme} theme`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(URL_);
      await page.locator('caplens-sidebar [data-symbol="ZION"]').waitFor({ timeout: 15_000 });
      await page.locator('caplens-sidebar button:text-is("Table")').click();
      await page.locator('caplens-sidebar [data-row][data-symbol="ZION"] button').click();
      await page.locator('caplens-sidebar article[data-symbol="ZION"]').waitFor();
      expect(describeViolations(await axe(page, 'caplens-sidebar'))).toEqual([]);
      // The view is remembered: back to cards for the other tests.
      await page.locator('caplens-sidebar button:text-is("Cards")').click();
      await page.close();
    });
  }

  test('popup with a card', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?q=ZION`);
    await page.locator('article[data-symbol="ZION"]').waitFor();
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.close();
  });

  test('options page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('input[data-site="reuters"]').waitFor();
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.close();
  });

  test('the harness itself catches a real violation (an unlabeled input)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('input[data-site="reuters"]').waitFor();
    await page.evaluate(`document.body.appendChild(document.createElement('input'))`);
    expect((await axe(page)).map((v) => v.id)).toContain('label');
    await page.close();
  });
});
