// @vitest-environment happy-dom
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
    expect(screen.getByLabelText('Russell 2000: unknown')).toBeTruthy();
  });

  test('listing, industry and last sale: a listed stock shows them with their source; a merged-away one says so and shows no cap', () => {
    const listed: TickerContext = {
      ...zion,
      marketCap: { value: 9_945_261_610, asOf: '2026-08-21', source: 'Nasdaq.com screener' },
      price: { value: 68.14, asOf: '2026-08-21', source: 'Nasdaq.com screener' },
      listing: { status: 'listed', asOf: '2026-08-21', source: 'Nasdaq.com screener' },
      industry: { name: 'Banks - Regional', scheme: 'Finviz', source: 'Finviz quote pages', asOf: '2025-12-22' },
      country: 'United States',
    };
    const a = render(<TickerCard context={listed} />);
    expect(a.container.textContent).toContain('$9.95B · last $68.14');
    expect(a.container.textContent).toContain('Banks - RegionalFinviz scheme · Finviz quote pages, 2025-12-22');
    expect(a.container.querySelector('[data-listing]')).toBeNull();
    cleanup();
    const gone: TickerContext = {
      ...zion,
      symbol: 'CMA',
      marketCap: null,
      capClass: null,
      listing: { status: 'not-listed', asOf: '2026-08-21', source: 'Nasdaq.com screener', note: 'not on the Nasdaq.com screener of 2026-08-21: merged, delisted or renamed since.' },
    };
    const b = render(<TickerCard context={gone} />);
    expect(b.container.querySelector('[data-listing="not-listed"]')?.textContent).toContain('Not listed on 21 Aug 2026');
    expect(screen.getByText('Not listed')).toBeTruthy();
    expect(b.container.textContent).not.toContain('Market cap');
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

describe('valuation and rate blocks', () => {
  const jpm: TickerContext = {
    ...zion,
    symbol: 'JPM',
    capClass: 'mega',
    index: { sp500: true, russell1000: true, russell2000: false, method: 'm', note: null },
    valuation: {
      pe: 15.06, forwardPe: null, pb: 2.64, evEbitda: null, benchmarkPe: 24.99, sectorMedianPe: 15.19, gapPct: -39.7,
      asOf: '2026-08-22', source: 'S&P 500 financials', sectorGapPct: -0.9, sectorPercentile: 48, sectorPeers: 65,
      notes: ['EV/EBITDA n/m: not meaningful for banks'],
    },
    rateSensitivity: {
      level: 'moderate', score: 50, confidence: 'medium', asOf: '2026-08-22', source: 'CapLens rate model',
      drivers: [{ name: 'Sector', value: 'Bank', note: 'net interest margin' }], missing: ['measured 10y-yield beta'],
    },
  };

  test('gap to the benchmark and the sector in words, n/m reasons, meter with its value', () => {
    const { container } = render(<TickerCard context={jpm} />);
    const text = container.textContent!;
    expect(text).toContain('vs large caps (25.0×)');
    expect(text).toContain('40% below');
    expect(text).toContain('1% below');
    expect(text).toContain('Cheaper than 52% of 65 sector peers');
    expect(text).toContain('EV/EBITDA n/m: not meaningful for banks');
    expect(screen.getByRole('img', { name: 'P/E 40% below the large-cap benchmark' })).toBeTruthy();
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('50');
    expect(text).toContain('Moderate');
    expect(text).toContain('Missing inputs (they would lower or raise the score): measured 10y-yield beta');
  });

  test('a live driver shows where it came from and its date', () => {
    const live = {
      ...jpm,
      rateSensitivity: {
        ...jpm.rateSensitivity!,
        drivers: [{ name: 'Interest coverage', value: 'coverage 2.5×', note: 'EBIT ÷ interest', source: 'SEC 10-K, FY ended 2025-12-31 (filed 2026-02-20), companyfacts', asOf: '2025-12-31' }],
      },
    };
    const { container } = render(<TickerCard context={live} />);
    expect(container.textContent).toContain('coverage 2.5× (SEC filing, 2025-12-31)');
    expect(container.querySelector('.cl-drivers li')?.getAttribute('title')).toContain('Source: SEC 10-K, FY ended 2025-12-31');
  });

  test('unknown rate sensitivity has no meter and says so', () => {
    const unknown = { ...jpm, rateSensitivity: { ...jpm.rateSensitivity!, level: 'unknown' as const, score: null, drivers: [] } };
    render(<TickerCard context={unknown} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText('Unknown')).toBeTruthy();
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

  test('adds high rate sensitivity and the median gap to large caps', () => {
    const withRate = (x: ReturnType<typeof t>, level: 'high' | 'low', gapPct: number | null) => ({
      ...x,
      context: {
        ...x.context,
        rateSensitivity: { level, score: 70, drivers: [], asOf: null, source: null },
        valuation: gapPct === null ? null : { pe: 10, forwardPe: null, pb: null, evEbitda: null, benchmarkPe: 25, sectorMedianPe: null, gapPct, asOf: null, source: null },
      },
    });
    const list = [withRate(t('ZION', 'stock', 'mid'), 'high', null), withRate(t('KEY', 'stock', 'large'), 'high', -49), withRate(t('JPM', 'stock', 'mega'), 'low', -40), withRate(t('AAPL', 'stock', 'mega'), 'low', 42)];
    expect(digest(list, false)).toBe('4 tickers: 2 mega caps, 1 mid cap, 1 large cap; 2 with high rate sensitivity; median P/E 40% below large caps');
  });
});
