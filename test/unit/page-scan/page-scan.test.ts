// @vitest-environment happy-dom
/**
 * The content script's scan pipeline on a document: real detection, watcher, merging and
 * highlighting; only browser messaging is faked (a stand-in background that counts the
 * candidates it is sent per symbol, and a runtime.onMessage the test can push through).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Candidate } from '../../../lib/detect/types';
import { createHighlighter, HIGHLIGHT_NAME } from '../../../lib/highlight/page-highlighter';
import type { DetectedTicker } from '../../../lib/messaging/page-protocol';
import { NAVIGATION_SETTLE_MS, startPageScan, type PageRuntime, type ScanView } from '../../../lib/page-scan/page-scan';
import type { DetectionSettings } from '../../../lib/settings/detection-settings';
import type { SiteAdapter } from '../../../lib/sites/site';

const SITE: SiteAdapter = {
  id: 'test',
  name: 'Test',
  kind: 'news',
  matches: ['https://news.test/*'],
  articleRoot: ['#feed'],
  quoteLinks: [/^\/q\/([A-Z]{1,5})(?:[/?#]|$)/],
};
const EXTENSION_ID = 'caplens-test';
const DEBOUNCE_MS = 100;

type Listener = (message: unknown, sender: { id?: string }) => void;

/** A stand-in background: resolve = one card per symbol (names resolved from a tiny table), counted. */
function fakeRuntime() {
  const requests: Array<{ type: string; candidates?: Candidate[]; symbols?: string[] }> = [];
  const listeners = new Set<Listener>();
  const names: Record<string, string> = { 'Western Alliance': 'WAL' };
  const runtime: PageRuntime = {
    id: EXTENSION_ID,
    async sendMessage(m) {
      const req = m as (typeof requests)[number];
      requests.push(req);
      if (req.type === 'quotes') return { ok: true, data: [] };
      const counts = new Map<string, { count: number; evidence: Set<string> }>();
      for (const c of req.candidates ?? []) {
        if (c.exchange && !['NASDAQ', 'NYSE'].includes(c.exchange)) continue;
        const symbol = c.evidence === 'name' ? names[c.name ?? ''] : c.symbol;
        if (!symbol) continue;
        const t = counts.get(symbol) ?? { count: 0, evidence: new Set<string>() };
        t.count++;
        t.evidence.add(c.evidence);
        counts.set(symbol, t);
      }
      const data = [...counts].map(([symbol, t]) => ({ symbol, count: t.count, evidence: [...t.evidence], context: { kind: 'stock' } }));
      return { ok: true, data };
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const resolves = () => requests.filter((r) => r.type === 'resolve').map((r) => [...new Set(r.candidates!.map((c) => (c.evidence === 'name' ? `name:${c.name}` : c.symbol)))].sort());
  const push = (message: unknown, id = EXTENSION_ID) => listeners.forEach((l) => l(message, { id }));
  return { runtime, requests, resolves, push, listeners };
}

function start(html: string, settings: Partial<DetectionSettings> = {}) {
  document.body.innerHTML = html;
  const fake = fakeRuntime();
  const ac = new AbortController();
  let view: ScanView = { tickers: [], quotes: {}, error: null, scanning: true };
  const onToggle = vi.fn();
  const scan = startPageScan({
    doc: document,
    site: SITE,
    runtime: fake.runtime,
    signal: ac.signal,
    settings: Promise.resolve({ highlight: false, companyNames: false, ...settings }),
    onView: (change) => (view = { ...view, ...change }),
    highlighter: createHighlighter(document, () => undefined),
    onToggle,
    debounceMs: DEBOUNCE_MS,
  });
  const cards = () => view.tickers.map((t: DetectedTicker) => `${t.symbol}×${t.count}`).sort();
  return { ...fake, ac, scan, view: () => view, cards, onToggle };
}

const append = (html: string) => {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.getElementById('feed')!.append(el);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  history.replaceState(null, '', '/markets/article-1');
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('startPageScan', () => {
  test('the first scan sends the page’s symbols once and shows their cards', async () => {
    const page = start(`<div id="feed"><p>Zions (NASDAQ: ZION) and $IWM rose; $ZION led.</p></div><nav>$TSLA</nav>`);
    await vi.advanceTimersByTimeAsync(10);
    expect(page.resolves()).toEqual([['IWM', 'ZION']]);
    expect(page.cards()).toEqual(['IWM×1', 'ZION×2']);
    expect(page.view().scanning).toBe(false);
    page.ac.abort();
  });

  test('appended content is scanned once it settles, and only its mentions are sent; cards merge', async () => {
    const page = start(`<div id="feed"><p>Shares of $ZION and $IWM.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    append('<p>Traders bought $KRE.</p>');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    append('<p>$ZION again, and Western Alliance (NYSE: WAL).</p>');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    expect(page.resolves()).toHaveLength(1); // the second append restarted the quiet time
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(page.resolves()).toEqual([
      ['IWM', 'ZION'],
      ['KRE', 'WAL', 'ZION'],
    ]);
    expect(page.requests.at(-2)!.candidates!.filter((c) => c.symbol === 'IWM')).toEqual([]);
    expect(page.cards()).toEqual(['IWM×1', 'KRE×1', 'WAL×1', 'ZION×2']);
    page.ac.abort();
  });

  test('a foreign listing named earlier goes along with appended mentions, so the background can weigh them', async () => {
    const page = start(`<div id="feed"><p>Cenovus (TSX: CVE) and $IWM.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    append('<p>Then $KRE.</p>');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    const sent = page.requests.filter((r) => r.type === 'resolve').at(-1)!.candidates!;
    expect(sent.map((c) => `${c.symbol}:${c.exchange ?? ''}`)).toEqual(['CVE:TSX', 'KRE:']);
    page.ac.abort();
  });

  test('history.pushState to a new view: its content is scanned from scratch and replaces the cards', async () => {
    const page = start(`<div id="feed"><p>$ZION and $IWM.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    history.pushState(null, '', '/markets/article-2');
    document.getElementById('feed')!.innerHTML = '<p>New story: $NVDA.</p>';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(page.resolves().at(-1)).toEqual(['NVDA']);
    expect(page.cards()).toEqual(['NVDA×1']);
    page.ac.abort();
  });

  test('popstate back to the first view: scanned from scratch as well', async () => {
    const page = start(`<div id="feed"><p>$ZION.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    history.pushState(null, '', '/markets/article-2');
    document.getElementById('feed')!.innerHTML = '<p>$NVDA.</p>';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2 + NAVIGATION_SETTLE_MS);
    history.replaceState(null, '', '/markets/article-1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.getElementById('feed')!.innerHTML = '<p>$ZION and $WAL.</p>';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(page.cards()).toEqual(['WAL×1', 'ZION×1']);
    page.ac.abort();
  });

  test('navigated() (the WXT location event): a full scan at once, and pieces of the new view arriving soon after rescan the page', async () => {
    const page = start(`<div id="feed"><p>$ZION.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    history.pushState(null, '', '/markets/article-2');
    page.scan.navigated();
    await vi.advanceTimersByTimeAsync(1);
    expect(page.resolves()).toEqual([['ZION'], ['ZION']]); // the old view is still on the page
    const feed = document.getElementById('feed')!;
    feed.innerHTML = '';
    append('<p>$NVDA</p>');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(page.cards()).toEqual(['NVDA×1']); // a full scan dropped ZION
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS);
    append('<p>$AMD</p>');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(page.resolves().at(-1)).toEqual(['AMD']); // settled: appended content alone again
    expect(page.cards()).toEqual(['AMD×1', 'NVDA×1']);
    page.ac.abort();
  });

  test('a cards:update push for a symbol on the page asks for the cards again; others are ignored', async () => {
    const page = start(`<div id="feed"><p>$ZION and $IWM.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    page.push({ type: 'cards:update', symbols: ['AAPL'] });
    page.push({ type: 'cards:update', symbols: ['ZION'] }, 'another-extension');
    page.push({ type: 'cards:update', symbols: ['ZION'], extra: 1 });
    await vi.advanceTimersByTimeAsync(10);
    expect(page.resolves()).toHaveLength(1);
    page.push({ type: 'cards:update', symbols: ['ZION'] });
    await vi.advanceTimersByTimeAsync(10);
    expect(page.resolves()).toEqual([
      ['IWM', 'ZION'],
      ['IWM', 'ZION'],
    ]);
    expect(page.cards()).toEqual(['IWM×1', 'ZION×1']);
    page.push({ type: 'sidebar:toggle' });
    expect(page.onToggle).toHaveBeenCalledTimes(1);
    page.ac.abort();
  });

  test('company names and highlighting ride on the same pass: one walk of the article, names sent, mentions painted', async () => {
    const registry = new Map<string, { ranges: Range[] }>();
    Object.assign(window, { Highlight: class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } } });
    // The CSS Custom Highlight API, which happy-dom lacks: a registry and a Highlight that keeps its ranges.
    const css = Object.getOwnPropertyDescriptor(window, 'CSS');
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    const roots = vi.spyOn(document, 'querySelectorAll');
    const page = start(`<div id="feed"><p>Western Alliance (NYSE: WAL) and $ZION rose.</p></div>`, { companyNames: true, highlight: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(roots.mock.calls.filter(([sel]) => sel === '#feed')).toHaveLength(1);
    expect(page.resolves()).toEqual([['WAL', 'ZION', 'name:Western Alliance']]);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges.map((r) => r.toString()).sort()).toEqual(['$ZION', 'WAL']);
    expect(page.scan.firstMention('ZION')?.textContent).toContain('$ZION');
    page.scan.setSettings({ companyNames: true, highlight: false });
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    page.ac.abort();
    roots.mockRestore();
    if (css) Object.defineProperty(window, 'CSS', css);
  });

  test('switching company names on rescans with them', async () => {
    const page = start(`<div id="feed"><p>Western Alliance said so.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    expect(page.cards()).toEqual([]);
    page.scan.setSettings({ companyNames: true, highlight: false });
    await vi.advanceTimersByTimeAsync(10);
    expect(page.cards()).toEqual(['WAL×1']);
    page.ac.abort();
  });

  test('abort stops everything: no scan of new content, no navigation, no message listener', async () => {
    const page = start(`<div id="feed"><p>$ZION.</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    append('<p>$KRE</p>');
    page.ac.abort();
    expect(page.listeners.size).toBe(0);
    page.scan.navigated();
    history.pushState(null, '', '/markets/article-3');
    append('<p>$WAL</p>');
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS);
    expect(page.resolves()).toEqual([['ZION']]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
