import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TickerCard } from '../../../components/TickerCard';
import { digest } from '../../../components/Sidebar';
import type { TickerContext } from '../../../lib/context/ticker-context';

afterEach(cleanup);

const zion: TickerContext = {
  symbol: 'ZION',
  name: 'Zions Bancorporation',
  kind: 'stock',
  exchange: 'Nasdaq',
  sector: 'Financials',
  marketCap: { value: 6_706_892_268, asOf: '2025-05-02', source: 'Nasdaq screener' },
  capClass: 'mid',
  index: { sp500: false, russell1000: null, russell2000: null, method: 'S&P 500 list as of 8 Aug 2026' },
  valuation: null,
  rateSensitivity: null,
};

describe('TickerCard', () => {
  test('carries the contract attributes and shows cap, source and as-of', () => {
    const { container } = render(<TickerCard context={zion} count={3} evidence={['exchange-prefix']} />);
    const card = container.querySelector('[data-symbol="ZION"]')!;
    expect(card.getAttribute('data-cap-class')).toBe('mid');
    expect(screen.getByText('Mid cap')).toBeTruthy();
    expect(card.textContent).toContain('$6.71B');
    expect(card.textContent).toContain('as of 2 May 2025 · Nasdaq screener');
    expect(card.textContent).toContain('3× on page');
    expect(screen.getByLabelText('S&P 500: not a member')).toBeTruthy();
    expect(screen.getByLabelText('Russell 2000: not estimated')).toBeTruthy();
  });

  test('renders hostile names as text, never as HTML', () => {
    const evil = { ...zion, symbol: 'EVIL', name: '<img src=x onerror="alert(1)">' };
    const { container } = render(<TickerCard context={evil} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });

  test('ETF cards show what the fund tracks and flag leverage; no cap class', () => {
    const tza: TickerContext = {
      ...zion,
      symbol: 'TZA',
      kind: 'etf',
      capClass: null,
      marketCap: null,
      etf: { tracks: 'Russell 2000', segment: 'small', leverage: -3 },
    };
    const { container } = render(<TickerCard context={tza} />);
    expect(container.querySelector('[data-symbol="TZA"]')!.getAttribute('data-cap-class')).toBe('');
    expect(container.textContent).toContain('Russell 2000');
    expect(container.textContent).toContain('Inverse −3× daily');
    expect(container.textContent).not.toContain('Mid cap');
  });
});

describe('sidebar digest', () => {
  const t = (symbol: string, kind: TickerContext['kind'], capClass: TickerContext['capClass']) => ({
    symbol,
    count: 1,
    evidence: ['cashtag' as const],
    context: { ...zion, symbol, kind, capClass },
  });
  test.each([
    [[], false, 'No tickers'],
    [[], true, 'Scanning…'],
    [[t('ZION', 'stock', 'mid')], false, '1 ticker: 1 mid cap'],
    [[t('ZION', 'stock', 'mid'), t('WAL', 'stock', 'mid'), t('IWM', 'etf', null)], false, '3 tickers: 2 mid caps, 1 ETF'],
  ])('%#', (tickers, scanning, text) => expect(digest(tickers, scanning)).toBe(text));
});
