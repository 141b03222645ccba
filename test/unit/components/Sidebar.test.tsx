// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Sidebar, digest, type SidebarState } from '../../../components/Sidebar';
import type { TickerContext } from '../../../lib/context/ticker-context';
import type { DetectedTicker } from '../../../lib/messaging/protocol';
import { clampWidth, getSitePrefs, setSitePrefs, SIDEBAR_WIDTH } from '../../../lib/settings/site-settings';

afterEach(cleanup);

const ctx = (symbol: string, kind: TickerContext['kind'], capClass: TickerContext['capClass']): TickerContext => ({
  symbol,
  name: `${symbol} Inc.`,
  kind,
  exchange: 'NYSE',
  sector: null,
  marketCap: null,
  capClass,
  index: { sp500: false, russell1000: null, russell2000: null, method: 'test' },
  valuation: null,
  rateSensitivity: null,
});
const ticker = (symbol: string, count: number, kind: TickerContext['kind'] = 'stock', cap: TickerContext['capClass'] = 'mid'): DetectedTicker => ({
  symbol,
  count,
  evidence: ['cashtag'],
  context: ctx(symbol, kind, kind === 'stock' ? cap : null),
});

function state(tickers: DetectedTicker[], lists: SidebarState['watchlists'] = []): SidebarState {
  return {
    collapsed: false,
    tickers,
    market: null,
    error: null,
    scanning: false,
    quotes: {},
    watchlists: lists,
    width: 400,
  };
}
const noop = () => undefined;

describe('Sidebar watchlists and width', () => {
  test('watchlist tickers are pinned first, starred, and counted in the digest', () => {
    const s = state([ticker('ZION', 5), ticker('WAL', 3), ticker('KEY', 1), ticker('IWM', 2, 'etf')], [
      { id: 'a', name: 'Banks', entries: [{ symbol: 'KEY' }] },
      { id: 'b', name: 'Funds', entries: [{ symbol: 'IWM' }, { symbol: 'KEY' }] },
    ]);
    const { container } = render(<Sidebar state={s} onToggle={noop} onSelect={noop} onOpenOptions={noop} onWatch={async () => undefined} onResize={noop} />);
    const order = [...container.querySelectorAll('[data-symbol]')].map((c) => c.getAttribute('data-symbol'));
    expect(order).toEqual(['KEY', 'IWM', 'ZION', 'WAL']);
    const star = (sym: string) => container.querySelector(`[data-symbol="${sym}"] .cl-watch`)!;
    expect(star('KEY').getAttribute('aria-pressed')).toBe('true');
    expect(star('KEY').getAttribute('aria-label')).toBe('Remove KEY from Banks');
    expect(star('ZION').getAttribute('aria-pressed')).toBe('false');
    expect(star('ZION').getAttribute('aria-label')).toBe('Add ZION to Banks');
    expect(container.querySelector('.cl-digest')!.textContent).toContain('2 on your watchlists');
  });

  test('with no list yet the star offers a new one; crypto and index cards get no star', () => {
    const s = state([ticker('ZION', 1), ticker('BTC', 1, 'crypto'), ticker('RUT', 1, 'index')]);
    const { container } = render(<Sidebar state={s} onToggle={noop} onSelect={noop} onOpenOptions={noop} onWatch={async () => undefined} onResize={noop} />);
    expect(container.querySelector('[data-symbol="ZION"] .cl-watch')!.getAttribute('aria-label')).toBe('Add ZION to a new watchlist');
    expect(container.querySelector('[data-symbol="BTC"] .cl-watch')).toBeNull();
    expect(container.querySelector('[data-symbol="RUT"] .cl-watch')).toBeNull();
  });

  test('a page script clicking the star (untrusted event) changes nothing', () => {
    const onWatch = vi.fn(async () => undefined);
    const { container } = render(<Sidebar state={state([ticker('ZION', 1)])} onToggle={noop} onSelect={noop} onOpenOptions={noop} onWatch={onWatch} onResize={noop} />);
    (container.querySelector('.cl-watch') as HTMLButtonElement).click();
    fireEvent.click(container.querySelector('.cl-watch')!);
    expect(onWatch).not.toHaveBeenCalled();
  });

  test('the resize edge is a separator with its value; arrow keys resize within limits', () => {
    const onResize = vi.fn();
    const s = state([ticker('ZION', 1)]);
    const { container } = render(<Sidebar state={s} onToggle={noop} onSelect={noop} onOpenOptions={noop} onWatch={async () => undefined} onResize={onResize} />);
    const edge = container.querySelector('[role="separator"]')!;
    expect(edge.getAttribute('aria-valuenow')).toBe('400');
    expect((container.querySelector('.cl-panel') as HTMLElement).style.width).toBe('400px');
    fireEvent.keyDown(edge, { key: 'ArrowLeft' });
    fireEvent.keyDown(edge, { key: 'ArrowRight' });
    fireEvent.keyDown(edge, { key: 'Home' });
    fireEvent.keyDown(edge, { key: 'End' });
    fireEvent.keyDown(edge, { key: 'a' });
    expect(onResize.mock.calls).toEqual([
      [420, true],
      [380, true],
      [SIDEBAR_WIDTH.max, true],
      [SIDEBAR_WIDTH.min, true],
    ]);
  });
});

describe('digest', () => {
  test.each([
    [[], false, new Map(), 'No tickers'],
    [[], true, new Map(), 'Scanning…'],
    [[ticker('ZION', 1), ticker('WAL', 1)], false, new Map([['WAL', 'Banks']]), '2 tickers: 2 mid caps; 1 on your watchlist'],
    [[ticker('IWM', 1, 'etf')], false, new Map(), '1 ticker: 1 ETF'],
  ] as const)('%#', (tickers, scanning, watched, want) => expect(digest([...tickers], scanning, watched)).toBe(want));
});

describe('sidebar width preference', () => {
  test.each([
    [100, SIDEBAR_WIDTH.min],
    [360.4, 360],
    [5000, SIDEBAR_WIDTH.max],
  ])('clampWidth(%d) = %d', (w, want) => expect(clampWidth(w)).toBe(want));

  test('remembered per site, default when unset, clamped when stored out of range', async () => {
    expect((await getSitePrefs('reuters')).width).toBe(SIDEBAR_WIDTH.default);
    await setSitePrefs('reuters', { width: 520 });
    await setSitePrefs('cnbc', { width: 3000 });
    expect((await getSitePrefs('reuters')).width).toBe(520);
    expect((await getSitePrefs('cnbc')).width).toBe(SIDEBAR_WIDTH.max);
    expect((await getSitePrefs('yahoo')).width).toBe(SIDEBAR_WIDTH.default);
  });
});
