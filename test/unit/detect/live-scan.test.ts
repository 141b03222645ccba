// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchPage } from '../../../lib/detect/live-scan';
import { scanDomLocated, scanDomLocatedChunked } from '../../../lib/detect/dom-scan';
import type { Candidate } from '../../../lib/detect/types';
import type { SiteAdapter } from '../../../lib/sites/site';

const SITE: SiteAdapter = {
  id: 'test',
  name: 'Test',
  kind: 'news',
  matches: ['https://news.test/*'],
  articleRoot: ['#feed'],
  skip: ['nav', '.promo'],
  quoteLinks: [/^\/q\/([A-Z]{1,5})(?:[/?#]|$)/],
};

interface Call {
  symbols: string[];
  reset: boolean;
}

function setup(html: string, debounceMs = 100) {
  document.body.innerHTML = html;
  const calls: Call[] = [];
  const ac = new AbortController();
  watchPage(document, {
    site: SITE,
    signal: ac.signal,
    debounceMs,
    onCandidates: (cs: Candidate[], { reset }) => calls.push({ symbols: cs.map((c) => `${c.symbol}:${c.evidence}`), reset }),
  });
  return { calls, ac };
}

const card = (html: string) => {
  const el = document.createElement('article');
  el.className = 'card';
  el.innerHTML = html;
  return el;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchPage', () => {
  test('reports a full scan first, then only the candidates of added subtrees (debounced, one batch)', async () => {
    const { calls, ac } = setup(`<nav>$TSLA</nav><div id="feed"><p>Zions (NASDAQ: ZION) and $IWM.</p></div>`);
    expect(calls).toEqual([{ symbols: ['ZION:exchange-prefix', 'IWM:cashtag'], reset: true }]);

    const feed = document.getElementById('feed')!;
    feed.append(card('<p>Traders bought $KRE.</p>'));
    feed.append(card('<p>Western Alliance (NYSE: WAL) rose.</p>'));
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toHaveLength(1); // still inside the debounce window
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ symbols: ['KRE:cashtag', 'WAL:exchange-prefix'], reset: false });
    ac.abort();
  });

  test('a new card\'s bare ticker counts when the page already marked it; a nested add is scanned once', async () => {
    const { calls, ac } = setup(`<div id="feed"><p>Zions (NASDAQ: ZION) leads.</p></div>`);
    const c = card('<p>ZION keeps climbing.</p>');
    document.getElementById('feed')!.append(c);
    c.append(document.createElement('p')); // a node inside an added node
    c.lastElementChild!.textContent = 'Also $VOO.';
    await vi.advanceTimersByTimeAsync(150);
    expect(calls[1]).toEqual({ symbols: ['ZION:bare', 'VOO:cashtag'], reset: false });
    ac.abort();
  });

  test('added text nodes, links and table rows under a Symbol header are scanned', async () => {
    const { calls, ac } = setup(`<div id="feed"><p id="p">Quiet.</p><table><thead><tr><th>Symbol</th><th>Last</th></tr></thead><tbody id="rows"><tr><td>ZION</td><td>56.1</td></tr></tbody></table></div>`);
    expect(calls[0]!.symbols).toEqual(['ZION:symbol-cell']);
    document.getElementById('p')!.append(document.createTextNode(' Then $KRE moved.'));
    const a = document.createElement('a');
    a.href = '/q/IWM';
    a.textContent = 'small caps';
    document.getElementById('p')!.append(a);
    const tr = document.createElement('tr');
    tr.innerHTML = '<td>WAL</td><td>84.7</td>';
    document.getElementById('rows')!.append(tr);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls[1]!.reset).toBe(false);
    expect([...calls[1]!.symbols].sort()).toEqual(['IWM:quote-link', 'KRE:cashtag', 'WAL:symbol-cell']);
    ac.abort();
  });

  test('our own sidebar, skipped regions, content outside the article root and attribute-only changes are ignored', async () => {
    const { calls, ac } = setup(`<nav id="nav"></nav><div id="feed"><p class="x">$IWM</p></div><aside id="rail"></aside>`);
    const sidebar = document.createElement('caplens-sidebar');
    sidebar.innerHTML = '<p>$AAPL</p>';
    document.body.append(sidebar);
    sidebar.append(card('<p>$MSFT</p>'));
    document.getElementById('nav')!.append(card('<p>$TSLA</p>'));
    document.getElementById('rail')!.append(card('<p>$NVDA</p>'));
    document.getElementById('feed')!.append(Object.assign(document.createElement('div'), { className: 'promo', textContent: '$AMZN' }));
    document.querySelector('#feed p')!.setAttribute('class', 'y');
    document.querySelector('#feed p')!.setAttribute('data-price', '228.4');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    ac.abort();
  });

  test('abort stops everything: observer disconnected, timer cleared', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { calls, ac } = setup(`<div id="feed"><p>$IWM</p></div>`);
    await vi.advanceTimersByTimeAsync(10);
    const idle = vi.getTimerCount(); // the DOM implementation's own timers, if any
    document.getElementById('feed')!.append(card('<p>$KRE</p>'));
    await vi.advanceTimersByTimeAsync(10); // the observer has queued a debounced scan
    expect(vi.getTimerCount()).toBe(idle + 1);
    ac.abort();
    expect(disconnect).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(idle);
    document.getElementById('feed')!.append(card('<p>$WAL</p>'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    disconnect.mockRestore();
  });

  test('an already aborted signal does nothing', () => {
    const ac = new AbortController();
    ac.abort();
    const onCandidates = vi.fn();
    watchPage(document, { signal: ac.signal, onCandidates });
    expect(onCandidates).not.toHaveBeenCalled();
  });

  test('a throwing callback is reported and the watcher keeps going', async () => {
    document.body.innerHTML = '<div id="feed"><p>$IWM</p></div>';
    const ac = new AbortController();
    const errors: unknown[] = [];
    let n = 0;
    watchPage(document, {
      site: SITE,
      signal: ac.signal,
      debounceMs: 50,
      onError: (e) => errors.push(e),
      onCandidates: () => {
        if (n++ === 0) throw new Error('boom');
      },
    });
    expect(errors).toHaveLength(1);
    document.getElementById('feed')!.append(card('<p>$KRE</p>'));
    await vi.advanceTimersByTimeAsync(100);
    expect(n).toBe(2);
    ac.abort();
  });
});

describe('chunked scanning', () => {
  const bigPage = () => {
    const paras = Array.from({ length: 400 }, (_, i) => `<p>Item ${i}: Zions (NASDAQ: ZION), $IWM and shares of WAL rose 2%.</p>`).join('');
    document.body.innerHTML = `<div id="feed">${paras}<table><tr><th>Symbol</th></tr><tr><td>KRE</td></tr></table></div>`;
  };
  const brief = (ls: Array<{ candidate: Candidate }>) => ls.map((l) => `${l.candidate.symbol}:${l.candidate.evidence}`);

  test('gives the same candidates as the one-task scan, in several chunks', async () => {
    vi.useRealTimers();
    bigPage();
    let yields = 0;
    let clock = 0;
    const got = await scanDomLocatedChunked(document, { site: SITE }, new Set(), {
      budgetMs: 1,
      now: () => (clock += 0.5), // every other step exhausts the budget
      yieldToPage: async () => void yields++,
    });
    expect(brief(got)).toEqual(brief(scanDomLocated(document, { site: SITE })));
    expect(yields).toBeGreaterThan(2);
  });

  test('an abort between chunks rejects with the signal\'s reason', async () => {
    vi.useRealTimers();
    bigPage();
    const ac = new AbortController();
    let clock = 0;
    const run = scanDomLocatedChunked(document, { site: SITE, signal: ac.signal }, new Set(), {
      budgetMs: 1,
      now: () => (clock += 1),
      yieldToPage: async () => ac.abort(new Error('navigated')),
    });
    await expect(run).rejects.toThrow('navigated');
  });

  test('watchPage({chunked}) reports the full scan asynchronously, then added subtrees after it', async () => {
    vi.useRealTimers();
    bigPage();
    const calls: Call[] = [];
    const ac = new AbortController();
    watchPage(document, {
      site: SITE,
      signal: ac.signal,
      debounceMs: 5,
      chunked: { budgetMs: 0, yieldToPage: () => new Promise((r) => setTimeout(r, 0)) },
      onCandidates: (cs, { reset }) => calls.push({ symbols: cs.map((c) => `${c.symbol}:${c.evidence}`), reset }),
    });
    expect(calls).toHaveLength(0);
    document.getElementById('feed')!.append(card('<p>$VOO</p>'));
    await vi.waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    expect(calls[0]!.reset).toBe(true);
    expect(calls[0]!.symbols).toContain('KRE:symbol-cell');
    expect(calls[1]).toEqual({ symbols: ['VOO:cashtag'], reset: false });
    ac.abort();
  });

  test('a chunked scan overtaken by an abort (a navigation restarts the watcher) reports nothing', async () => {
    vi.useRealTimers();
    bigPage();
    const calls: Call[] = [];
    const ac = new AbortController();
    watchPage(document, {
      site: SITE,
      signal: ac.signal,
      chunked: { budgetMs: 0, yieldToPage: () => new Promise((r) => setTimeout(r, 0)) },
      onCandidates: (cs, { reset }) => calls.push({ symbols: cs.map((c) => c.symbol), reset }),
    });
    await new Promise((r) => setTimeout(r, 0)); // the scan has started its chunks
    ac.abort();
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual([]);
  });
});
