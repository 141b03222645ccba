/**
 * Hardening, hostile page (issue 7): the built extension in Chromium on a page that tries to
 * break it. See test/fixtures/hostile/page.ts for what the page contains.
 *
 * Reading the page: the page poisons Array/JSON/Object/Promise/MutationObserver in its own
 * world, which also breaks Playwright helpers that run there (`evaluateAll`, object return
 * values). So the test reads the page only with locators (Playwright's utility world),
 * `page.evaluate` calls that return strings built with loops, and a CDP session.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, routePage, type LaunchedExtension } from '../../scripts/lib/launch-extension';
import {
  BASELINE_URL,
  ELSEWHERE,
  GENUINE,
  HOSTILE_FRAME_URL,
  HOSTILE_PAGE_MARK,
  HOSTILE_URL,
  LAYOUT_SNAPSHOT_JS,
  hostileFrameHtml,
  hostilePage,
} from '../fixtures/hostile/page';

const LEAK_URL = 'https://www.cnbc.com/2026/11/25/hostile-announcement.html';
const LEAK_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>leak</title><script>
  window.__leaked = '';
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (d && typeof d === 'object' && typeof d.type === 'string') window.__leaked += d.type + '#' + d.contentScriptName + '|';
  });
</script></head><body><article><p>Western Alliance (NYSE: WAL) and Zions (NASDAQ: ZION) rose.</p></article></body></html>`;

let ext: LaunchedExtension;
const swErrors: string[] = [];
const started = performance.now();

beforeAll(async () => {
  ext = await launchWithExtension();
  const page = hostilePage();
  expect(page.bytes).toBeGreaterThan(5_000_000);
  expect(page.nodes).toBeGreaterThan(50_000);
  await routePage(ext.context, HOSTILE_URL, page.html);
  await routePage(ext.context, HOSTILE_FRAME_URL, hostileFrameHtml());
  await routePage(ext.context, BASELINE_URL, page.html);
  await routePage(ext.context, LEAK_URL, LEAK_HTML);
  ext.worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'assert') swErrors.push(m.text());
  });
});
afterAll(async () => {
  await ext?.close();
  // The whole file, browser start included, stays well inside a minute.
  expect(performance.now() - started).toBeLessThan(60_000);
});

interface Probe {
  cdp: CDPSession;
  /** Uncaught exceptions and console errors from any world of the page (main, ours, frames). */
  errors: string[];
  /** Execution contexts seen: "type:origin:name", e.g. "isolated:chrome-extension://…:CapLens". */
  contexts: string[];
}

/** A CDP session on the page before it loads: sees exceptions in the content script's isolated world too. */
async function probe(page: Page): Promise<Probe> {
  const cdp = await ext.context.newCDPSession(page);
  const p: Probe = { cdp, errors: [], contexts: [] };
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = (e.context.auxData ?? {}) as { type?: string };
    p.contexts.push(`${aux.type ?? '?'}:${e.context.origin}:${e.context.name}`);
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    p.errors.push(`exception: ${d.exception?.description ?? d.text} @ ${d.url ?? ''}`);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    p.errors.push(`console.${e.type}: ${e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return p;
}

/** Evaluates an expression in the page's (poisoned) world; a string result only. Bounded in time. */
async function evalString(page: Page, expression: string, timeoutMs = 5_000): Promise<string> {
  const t0 = performance.now();
  const result = await Promise.race([
    page.evaluate(expression) as Promise<unknown>,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`page.evaluate hung: ${expression.slice(0, 60)}`)), timeoutMs)),
  ]);
  expect(performance.now() - t0).toBeLessThan(timeoutMs);
  return String(result);
}

async function cardSymbols(page: Page): Promise<string[]> {
  // Locators run in Playwright's utility world, untouched by the page's poisoned builtins.
  const cards = page.locator('caplens-sidebar [data-symbol]');
  const out: string[] = [];
  for (let i = 0, n = await cards.count(); i < n; i++) out.push((await cards.nth(i).getAttribute('data-symbol')) ?? '');
  return out;
}

/** Everything in our shadow root that is not plain rendered text: elements and attributes that execute. */
const SHADOW_AUDIT_JS = String.raw`(function () {
  var host = document.querySelector('caplens-sidebar');
  if (!host || !host.shadowRoot) return 'NO SHADOW ROOT';
  var bad = '';
  var all = host.shadowRoot.querySelectorAll('*');
  var dangerous = { img: 1, script: 1, iframe: 1, object: 1, embed: 1, frame: 1, frameset: 1, link: 1, meta: 1, base: 1, form: 1, video: 1, audio: 1, image: 1, foreignobject: 1 };
  var styles = 0;
  for (var i = 0; i < all.length; i++) {
    var el = all[i], tag = el.localName.toLowerCase();
    if (tag === 'style') { styles++; continue; }
    if (dangerous[tag]) bad += '<' + tag + '> ';
    for (var j = 0; j < el.attributes.length; j++) {
      var a = el.attributes[j], n = a.name.toLowerCase(), v = String(a.value).replace(/\s+/g, '').toLowerCase();
      if (n.indexOf('on') === 0) bad += tag + '[' + n + '] ';
      if ((n === 'href' || n === 'src' || n === 'xlink:href' || n === 'action' || n === 'formaction') && v.indexOf('javascript:') === 0) bad += tag + '[' + n + '=javascript:] ';
      if (n === 'srcdoc') bad += tag + '[srcdoc] ';
    }
  }
  // Text from the page must stay text: no payload fragment may have become markup.
  var text = host.shadowRoot.textContent || '';
  return 'elements=' + all.length + ' styles=' + styles + ' bad=' + bad + ' textHasPayload=' + (text.indexOf('onerror=') >= 0 || text.indexOf('onload=') >= 0);
})()`;

describe('a hostile page', () => {
  test('cards for the genuine tickers, text only, layout untouched, page responsive, no extension errors', async () => {
    const page = await ext.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const p = await probe(page);

    const t0 = performance.now();
    await page.goto(HOSTILE_URL, { timeout: 30_000 });
    const loadedMs = performance.now() - t0;
    for (const s of GENUINE) await page.locator(`caplens-sidebar [data-symbol="${s}"]`).waitFor({ timeout: 20_000 });
    const cardsMs = performance.now() - t0;
    // Let the scan settle and the flood run a while longer.
    await page.waitForTimeout(1_000);

    // 1. Nothing of ours ever ran in the page's world (it would have tripped a poisoned builtin).
    expect(await evalString(page, 'String(window.__hostileCalls) + "/" + String(window.__poisoned)')).toBe('0/true');
    // 2. No payload executed, in the page or in its frames.
    expect(await evalString(page, 'typeof window.__pwned')).toBe('undefined');
    for (const f of page.frames()) expect(await f.evaluate('typeof window.__pwned'), f.url()).toBe('undefined');

    // 3. Cards: every genuine ticker; nothing else but tickers placed elsewhere on purpose.
    const symbols = await cardSymbols(page);
    for (const s of GENUINE) expect(symbols, `missing ${s}`).toContain(s);
    const allowed = new Set<string>([...GENUINE, ...Object.values(ELSEWHERE)]);
    expect(symbols.filter((s) => !allowed.has(s)), 'unexpected cards').toEqual([]);
    expect(await page.locator('caplens-sidebar').count()).toBe(1);

    // 4. The sidebar renders text only: no element or attribute made from page text executes.
    const audit = await evalString(page, SHADOW_AUDIT_JS);
    expect(audit).toMatch(/ bad= textHasPayload=false$/);
    for (const sel of ['img', 'script', 'iframe', 'object', 'embed', 'svg[onload]', '[onerror]', '[onload]', '[onmouseover]']) {
      expect(await page.locator(`caplens-sidebar ${sel}`).count(), sel).toBe(0);
    }

    // 5. The page's layout and DOM are as they were before the content script ran.
    const before = await evalString(page, 'window.__before');
    const after = await evalString(page, `(${LAYOUT_SNAPSHOT_JS})()`);
    expect(after).toBe(before);
    expect(await page.locator('style[wxt-shadow-root-document-styles]').count()).toBe(0);

    // 6. Responsive: a page timer fires on time after our work, evaluate returns, and the
    //    longest main-thread stall after "load" stays bounded.
    const late = Number(
      // The global Promise is poisoned; an async function still returns the intrinsic one.
      await evalString(page, '(function () { var P = (async function () {})().constructor; return new P(function (r) { var t = performance.now(); setTimeout(function () { r(String(performance.now() - t - 50)); }, 50); }); })()'),
    );
    expect(late).toBeLessThan(250);
    const tick = await evalString(page, `(function(){var s=window.__tick;return Math.round(s.maxGap)+' '+Math.round(s.maxGapAt-s.loadAt)+' '+Math.round(s.hostAt-s.loadAt)+' '+Math.round(s.cardAt-s.loadAt)+' '+s.ticks;})()`);
    const [maxGap, gapAt, hostAt, cardAt] = tick.split(' ').map(Number) as [number, number, number, number];
    const flood = await evalString(page, 'window.__flood.sent + " " + window.__seen.messages + " " + window.__seen.announcements.split("|").length');
    expect(Number(flood.split(' ')[0])).toBeGreaterThan(10_000); // the flood really ran throughout
    // Generous on purpose (2-core CI box); see the report for the measured figures.
    expect(maxGap).toBeLessThan(3_000);

    // 7. Clicking a card scrolls to the mention without leaving anything on the page element.
    await page.locator('caplens-sidebar [data-symbol="WAL"] button.cl-link').click();
    await page.waitForTimeout(300);
    expect(await evalString(page, 'String(document.getElementById("genuine").getAttribute("style")) + String(document.getElementById("genuine").className)')).toBe('null');
    // Still there after seconds of postMessage flood, including fake WXT announcements.
    expect(await page.locator('caplens-sidebar [data-symbol="WAL"]').count()).toBe(1);

    // 8. No sidebar inside the frames (content script is top-frame only).
    for (const f of page.frames()) if (f !== page.mainFrame()) expect(await f.locator('caplens-sidebar').count(), f.url()).toBe(0);

    // 9. No errors from the extension anywhere: page worlds (main, ours via CDP) and the worker.
    expect(p.contexts.some((c) => c.startsWith(`isolated:chrome-extension://${ext.extensionId}`)), p.contexts.join('\n')).toBe(true);
    const mine = (xs: string[]) => xs.filter((e) => !e.includes(HOSTILE_PAGE_MARK));
    expect(mine(pageErrors)).toEqual([]);
    expect(mine(p.errors)).toEqual([]);
    expect(swErrors).toEqual([]);
    // The page's own errors were seen, so the filters above are not vacuous.
    expect(p.errors.some((e) => e.includes(`${HOSTILE_PAGE_MARK}: intentional uncaught error`))).toBe(true);
    expect(pageErrors.some((e) => e.includes(HOSTILE_PAGE_MARK))).toBe(true);
    // The service worker is alive and answering after all of this.
    expect(await ext.worker.evaluate(() => typeof (globalThis as { chrome?: unknown }).chrome)).toBe('object');

    // The audit is not vacuous: markup planted in our shadow root (by the test) is flagged.
    await evalString(page, `(function () { var d = document.querySelector('caplens-sidebar').shadowRoot.querySelector('.cl-cards'); d.insertAdjacentHTML('beforeend', '<img src="data:," onerror="void 0"><a href="javascript:void 0">x</a>'); return 'ok'; })()`);
    expect(await evalString(page, SHADOW_AUDIT_JS)).toMatch(/bad=<img> img\[onerror\] a\[href=javascript:\]/);

    const shadowOrFrames = Object.entries(ELSEWHERE).map(([where, s]) => `${s} (${where}): ${symbols.includes(s) ? 'card' : 'no card'}`);
    console.log(
      `[hostile] load ${Math.round(loadedMs)} ms, all genuine cards ${Math.round(cardsMs)} ms after goto; ` +
        `max stall after load ${maxGap} ms (ends ${gapAt} ms after load; sidebar host at ${hostAt} ms, first card at ${cardAt} ms); ` +
        `timer lateness ${late.toFixed(1)} ms; flood sent/received/announcements ${flood}; cards ${symbols.join(' ')}; ${shadowOrFrames.join('; ')}; audit ${audit}`,
    );
    await p.cdp.detach();
    await page.close();
  });

  test('baseline: the same page where the extension does not run (for the stall figure)', async () => {
    const page = await ext.context.newPage();
    await page.goto(BASELINE_URL, { timeout: 30_000 });
    await page.waitForTimeout(3_000);
    expect(await page.locator('caplens-sidebar').count()).toBe(0);
    const maxGap = Number(await evalString(page, 'String(Math.round(window.__tick.maxGap))'));
    console.log(`[hostile] baseline (no extension) max stall after load ${maxGap} ms`);
    await page.close();
  });

  // WXT's ContentScriptContext used to announce itself with window.postMessage({type:
  // '<extension id>:sidebar:wxt:content-script-started'}): every supported site could learn our id
  // and replay the announcement as a CustomEvent to invalidate the context (removing the sidebar).
  // `noScriptStartedPostMessage: true` in the content script turns that off; this guards it.
  test('the page cannot learn the extension id from our announcements nor replay them to remove the sidebar', async () => {
    const page = await ext.context.newPage();
    await page.goto(LEAK_URL);
    await page.locator('caplens-sidebar [data-symbol="WAL"]').waitFor({ timeout: 15_000 });
    const leaked = String(await page.evaluate('window.__leaked'));
    // Replay every announcement the page saw, as WXT's own listener expects it.
    await page.evaluate(`(function () {
      var parts = window.__leaked.split('|');
      for (var i = 0; i < parts.length; i++) {
        if (!parts[i]) continue;
        var kv = parts[i].split('#');
        document.dispatchEvent(new CustomEvent(kv[0], { detail: { contentScriptName: kv[1], messageId: 'hostile-replay' } }));
      }
    })()`);
    await page.waitForTimeout(500);
    const sidebars = await page.locator('caplens-sidebar').count();
    await page.close();
    expect(leaked).not.toContain(ext.extensionId);
    expect(sidebars).toBe(1);
  });
});
