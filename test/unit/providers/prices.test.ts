import { describe, expect, test } from 'vitest';
import { ProviderError } from '../../../lib/data/providers/http';
import {
  fetchStooqHistory,
  fetchYahooChart,
  fromYahooSymbol,
  parseStooqCsv,
  parseYahooChart,
  stooqHistoryUrl,
  toStooqSymbol,
  toYahooSymbol,
  YahooChartSchema,
  yahooChartUrl,
} from '../../../lib/data/providers/prices';
import { fixtureJson, jsonResponse, stubFetch, textResponse } from './helpers';

const TNX_FILE = 'chart_TNX_5m_1d.json';
type Chart = { chart: { result: { meta: Record<string, unknown>; timestamp: number[]; indicators: { quote: { close: (number | null)[] }[] } }[] } };
const tnx = () => fixtureJson<Chart>(TNX_FILE);

describe('Yahoo chart v8 (recorded ^TNX, 5-minute bars)', () => {
  const p = parseYahooChart(YahooChartSchema.parse(tnx()));

  test('meta values from the file', () => {
    expect(p).toMatchObject({
      symbol: '^TNX',
      currency: 'USD',
      regularMarketPrice: 4.275,
      previousClose: 4.227,
      asOf: '2026-02-02T19:59:52.000Z', // regularMarketTime 1770062392
      source: 'Yahoo Finance chart API',
    });
  });

  test('intraday bars collapse to one daily close (exchange-local date, last bar)', () => {
    expect(p.closes).toEqual([{ date: '2026-02-02', close: 4.275000095367432 }]);
  });

  test('nulls in the close array are skipped; previous close derived from daily bars when meta lacks it', () => {
    const raw = tnx();
    const r = raw.chart.result[0]!;
    // Three daily bars (Thu 29 Jan, Fri 30 Jan, Mon 2 Feb 2026) stamped 08:30 CST; Friday's close is null (a data gap).
    r.timestamp = [1769697000, 1769783400, 1770042600];
    r.indicators.quote[0]!.close = [4.2, null, 4.25];
    r.meta['range'] = '1y';
    delete r.meta['previousClose'];
    const q = parseYahooChart(YahooChartSchema.parse(raw));
    expect(q.closes).toEqual([
      { date: '2026-01-29', close: 4.2 },
      { date: '2026-02-02', close: 4.25 },
    ]);
    // chartPreviousClose (4.227) is the close before the *range*, so it must not be used for range=1y.
    expect(q.previousClose).toBe(4.2);
  });

  test('fetchYahooChart: URL with Yahoo symbol mapping', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(tnx()));
    await fetchYahooChart('BRK.B', { fetchImpl: impl });
    expect(calls[0]!.url).toBe('https://query1.finance.yahoo.com/v8/finance/chart/BRK-B?range=1y&interval=1d');
    expect(yahooChartUrl('^TNX', '1d', '5m')).toBe('https://query1.finance.yahoo.com/v8/finance/chart/%5ETNX?range=1d&interval=5m');
  });

  test('schema drift: renamed regularMarketPrice', async () => {
    const raw = tnx();
    const meta = raw.chart.result[0]!.meta;
    meta['lastPrice'] = meta['regularMarketPrice'];
    delete meta['regularMarketPrice'];
    const { impl } = stubFetch(() => jsonResponse(raw));
    const e = (await fetchYahooChart('^TNX', { fetchImpl: impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e.kind).toBe('schema');
    expect(e.message).toMatch(/^Yahoo: response shape changed: chart\.result\.0\.meta\.regularMarketPrice: /);
  });

  test('unknown symbol: Yahoo error object → http 404 (with or without the 404 status)', async () => {
    const body = { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } };
    const with404 = stubFetch(() => jsonResponse(body, { status: 404, statusText: 'Not Found' }));
    const e1 = (await fetchYahooChart('ZZZZ', { fetchImpl: with404.impl }).catch((x: unknown) => x)) as ProviderError;
    expect([e1.kind, e1.status]).toEqual(['http', 404]);
    const with200 = stubFetch(() => jsonResponse(body));
    const e2 = (await fetchYahooChart('ZZZZ', { fetchImpl: with200.impl }).catch((x: unknown) => x)) as ProviderError;
    expect([e2.kind, e2.status]).toEqual(['http', 404]);
    expect(e2.message).toBe('Yahoo: Not Found — No data found, symbol may be delisted');
    expect(e2.url).toContain('/chart/ZZZZ');
  });
});

// No recorded Stooq response exists (see SOURCE.md); these use Stooq's documented CSV layout.
describe('Stooq CSV (documented format)', () => {
  const HISTORY = 'Date,Open,High,Low,Close,Volume\n2025-05-01,41.1,41.9,40.8,41.5,2100000\n2025-05-02,41.6,42.4,41.2,42.1,1900000\n';

  test('daily history → ascending closes, last close as price', () => {
    const { value, errors } = parseStooqCsv(HISTORY, 'ZION');
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ symbol: 'ZION', regularMarketPrice: 42.1, previousClose: 41.5, asOf: '2025-05-02', source: 'Stooq daily history' });
    expect(value.closes).toHaveLength(2);
  });

  test('quote layout with N/D for an unknown symbol', () => {
    const { value, errors } = parseStooqCsv('Symbol,Date,Time,Open,High,Low,Close,Volume\nZZZZ.US,N/D,N/D,N/D,N/D,N/D,N/D,N/D\n', 'ZZZZ');
    expect(value.closes).toEqual([]);
    expect(errors[0]).toContain('N/D');
  });

  test('"No data" body and the over-quota notice', async () => {
    expect(parseStooqCsv('No data', 'ZZZZ').errors).toEqual(['Stooq: No data']);
    const nodata = stubFetch(() => textResponse('No data', 'text/plain'));
    const e1 = (await fetchStooqHistory('ZZZZ', { fetchImpl: nodata.impl }).catch((x: unknown) => x)) as ProviderError;
    expect([e1.kind, e1.status]).toEqual(['http', 404]);
    const quota = stubFetch(() => textResponse('Exceeded the daily hits limit', 'text/plain'));
    const e2 = (await fetchStooqHistory('ZION', { fetchImpl: quota.impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e2.kind).toBe('rate-limited');
  });

  test('fetchStooqHistory: URL with Stooq symbol mapping', async () => {
    const { impl, calls } = stubFetch(() => textResponse(HISTORY));
    const h = await fetchStooqHistory('BRK.B', { fetchImpl: impl });
    expect(calls[0]!.url).toBe('https://stooq.com/q/d/l/?s=brk-b.us&i=d');
    expect(h.symbol).toBe('BRK.B');
    expect(stooqHistoryUrl('zion.us')).toBe('https://stooq.com/q/d/l/?s=zion.us&i=d');
  });
});

describe('symbol mapping', () => {
  test.each([
    ['BRK.B', 'BRK-B', 'brk-b.us'],
    ['brk/b', 'BRK-B', 'brk-b.us'],
    ['ZION', 'ZION', 'zion.us'],
    ['^TNX', '^TNX', null],
    ['BRK B', null, null],
    ['', null, null],
  ])('%s → Yahoo %s, Stooq %s', (input, yahoo, stooq) => {
    expect(toYahooSymbol(input)).toBe(yahoo);
    expect(toStooqSymbol(input)).toBe(stooq);
  });

  test('Yahoo symbols back to CapLens form', () => {
    expect(fromYahooSymbol('BRK-B')).toBe('BRK.B');
    expect(fromYahooSymbol('^tnx')).toBe('^TNX');
  });
});
