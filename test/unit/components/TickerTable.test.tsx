// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DigestLine } from '../../../components/DigestLine';
import { Sidebar, type SidebarState } from '../../../components/Sidebar';
import type { TickerContext } from '../../../lib/context/ticker-context';
import type { DetectedTicker } from '../../../lib/messaging/protocol';

afterEach(cleanup);

const ticker = (symbol: string, capClass: TickerContext['capClass'], pe: number | null, kind: TickerContext['kind'] = 'stock'): DetectedTicker => ({
  symbol,
  count: 1,
  evidence: ['cashtag'],
  context: {
    symbol,
    name: `${symbol} Inc.`,
    kind,
    exchange: 'NYSE',
    sector: null,
    marketCap: null,
    capClass,
    index: { sp500: false, russell1000: capClass === 'large', russell2000: capClass === 'small', method: 'test' },
    valuation: pe === null ? null : ({ pe, gapPct: pe - 25, asOf: '2025-12-22', source: 'Finviz quote pages' } as TickerContext['valuation']),
    rateSensitivity: null,
  },
});
const TICKERS = [ticker('ZION', 'mid', 10.8), ticker('IWM', null, null, 'etf'), ticker('AAPL', 'large', 35), ticker('SMID', 'small', 8)];
const state = (view: SidebarState['view']): SidebarState => ({ collapsed: false, tickers: TICKERS, market: null, error: null, scanning: false, quotes: {}, watchlists: [], width: 360, view });
const noop = () => undefined;
const mount = (view: SidebarState['view'], onView = vi.fn(), onDock = vi.fn()) =>
  render(<Sidebar state={state(view)} onToggle={noop} onSelect={noop} onOpenOptions={noop} onWatch={async () => undefined} onResize={noop} onView={onView} onDock={onDock} />);
const rowSymbols = (c: Element) => [...c.querySelectorAll('[data-view="table"] [data-row]')].map((r) => r.getAttribute('data-symbol'));

describe('sidebar table view', () => {
  test('one row per ticker with the contract attributes, in the page order; no cards until a row opens', () => {
    const { container } = mount('table');
    expect(rowSymbols(container)).toEqual(['ZION', 'IWM', 'AAPL', 'SMID']);
    const zion = container.querySelector('[data-row][data-symbol="ZION"]')!;
    expect(zion.getAttribute('data-cap-class')).toBe('mid');
    expect(container.querySelector('[data-row][data-symbol="IWM"]')!.getAttribute('data-cap-class')).toBe('');
    expect(zion.textContent).toBe('ZIONMid—10.8×−14%—');
    expect(container.querySelector('[data-row][data-symbol="AAPL"]')!.textContent).toContain('R1000');
    expect(container.querySelector('article.cl-card')).toBeNull();
    expect(container.querySelector('.cl-table > .cl-source')!.textContent).toContain('Finviz quote pages, as of 22 Dec 2025 (3)');
  });

  test('a header button sorts and sets aria-sort; a second press reverses; blanks stay last', () => {
    const { container } = mount('table');
    const pe = [...container.querySelectorAll('thead button')].find((b) => b.textContent!.startsWith('P/E'))!;
    fireEvent.click(pe);
    expect(rowSymbols(container)).toEqual(['SMID', 'ZION', 'AAPL', 'IWM']);
    expect(pe.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(pe);
    expect(rowSymbols(container)).toEqual(['AAPL', 'ZION', 'SMID', 'IWM']);
    expect(pe.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect([...container.querySelectorAll('th[aria-sort="none"]')].length).toBe(5);
  });

  test('a row click opens its full card in place, below the row; its button (Enter) does the same once; again closes it', () => {
    const { container } = mount('table');
    const row = container.querySelector('[data-row][data-symbol="AAPL"]')!;
    fireEvent.click(row.querySelector('td')!);
    const card = container.querySelector('article.cl-card[data-symbol="AAPL"]')!;
    expect(card).not.toBeNull();
    expect(row.nextElementSibling!.contains(card)).toBe(true);
    const button = row.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button); // what Enter or Space on the focused button dispatches
    expect(container.querySelector('article.cl-card')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(container.querySelectorAll('article.cl-card').length).toBe(1);
  });

  test('cards view shows cards, no table; the switches show the state and ignore a page script\'s (untrusted) clicks', () => {
    const onView = vi.fn();
    const onDock = vi.fn();
    const { container, getByText } = mount('cards', onView, onDock);
    expect(container.querySelector('[data-view="table"]')).toBeNull();
    expect(container.querySelectorAll('article.cl-card').length).toBe(4);
    expect(getByText('Cards').getAttribute('aria-pressed')).toBe('true');
    expect(getByText('Overlay').getAttribute('aria-pressed')).toBe('true');
    // A user's (trusted) click is exercised in test/e2e/sidebar-table-push.test.ts.
    (getByText('Table') as HTMLButtonElement).click();
    fireEvent.click(getByText('Push'));
    expect(onView).not.toHaveBeenCalled();
    expect(onDock).not.toHaveBeenCalled();
  });
});

describe('digest line', () => {
  const TEXT = '8 tickers: 4 mid caps, 3 ETFs; 2 with high rate sensitivity; median P/E 49% below large caps';
  test('narrow panel: whole phrases, full text on hover and behind "more"', () => {
    const { container, getByText } = render(<DigestLine text={TEXT} width={360} />);
    const el = container.querySelector('.cl-digest')!;
    expect(el.getAttribute('title')).toBe(TEXT);
    expect(el.firstChild!.textContent).toBe('8 tickers: 4 mid caps, 3 ETFs');
    fireEvent.click(getByText('more…'));
    expect(el.firstChild!.textContent).toBe(TEXT);
    expect(getByText('less').getAttribute('aria-expanded')).toBe('true');
  });
  test('wide panel: the whole text, no button', () => {
    const { container } = render(<DigestLine text={TEXT} width={700} />);
    expect(container.querySelector('.cl-digest')!.textContent).toBe(TEXT);
    expect(container.querySelector('button')).toBeNull();
  });
});
