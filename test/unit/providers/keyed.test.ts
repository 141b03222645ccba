import { describe, expect, test } from 'vitest';
import { fetchAlphaVantageFundamentals } from '../../../lib/data/providers/alphavantage';
import { fetchFinnhubFundamentals } from '../../../lib/data/providers/finnhub';
import { fetchFmpFundamentals } from '../../../lib/data/providers/fmp';
import { ProviderError } from '../../../lib/data/providers/http';
import { numberOrNull } from '../../../lib/data/providers/keyed';
import { fixtureText, jsonResponse, stubFetch, textResponse } from './helpers';

const KEY = 'sk_live_SECRET123';
const now = () => new Date('2026-11-30T15:00:00Z');
const FINNHUB = fixtureText('keyed/finnhub_metric_documented.json');
const AV = fixtureText('keyed/alphavantage_overview_documented.json');
const FMP = fixtureText('keyed/fmp_key_metrics_ttm_documented.json');

async function fails(p: Promise<unknown>): Promise<ProviderError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ProviderError);
  const err = e as ProviderError;
  // The key never leaks into what is logged or shown.
  expect(err.message).not.toContain(KEY);
  expect(err.url ?? '').not.toContain(KEY);
  return err;
}

describe('Finnhub basic financials (documented format)', () => {
  test('reads forwardPE, evEbitdaTTM (null stays null), beta, netInterestCoverageTTM; key only in the request', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(FINNHUB));
    const r = await fetchFinnhubFundamentals('zion', KEY, { fetchImpl: impl, now });
    expect(r).toEqual({
      provider: 'finnhub', symbol: 'ZION', forwardPe: 11.5, evEbitda: null, beta: 1.25, interestCoverage: 3.2,
      asOf: '2026-11-30', source: 'Finnhub basic financials (fetched 2026-11-30)',
    });
    expect(calls[0]!.url).toBe(`https://finnhub.io/api/v1/stock/metric?symbol=ZION&metric=all&token=${KEY}`);
  });

  test.each([
    ['401 invalid key', () => jsonResponse({ error: 'Invalid API key' }, { status: 401 }), 'auth'],
    ['403 plan without access', () => jsonResponse({ error: 'You don\'t have access to this resource.' }, { status: 403 }), 'auth'],
    ['429 with Retry-After', () => new Response('{"error":"API limit reached"}', { status: 429, headers: { 'retry-after': '30' } }), 'rate-limited'],
    ['HTML with 200', () => textResponse('<!doctype html><title>Just a moment...</title>', 'text/html'), 'not-json'],
    ['schema drift (metric became a list)', () => jsonResponse({ metric: [1, 2], symbol: 'ZION' }), 'schema'],
    ['unknown symbol (empty metric)', () => jsonResponse({ metric: {}, metricType: 'all', series: {}, symbol: 'ZZZZ' }), 'http'],
  ] as const)('%s → %s', async (_, respond, kind) => {
    const { impl } = stubFetch(respond);
    const e = await fails(fetchFinnhubFundamentals('ZION', KEY, { fetchImpl: impl }));
    expect(e.kind).toBe(kind);
    if (kind === 'rate-limited') expect(e.retryAfterMs).toBe(30_000);
  });

  test('no key: refused before any request', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(FINNHUB));
    expect((await fails(fetchFinnhubFundamentals('ZION', '  ', { fetchImpl: impl }))).kind).toBe('auth');
    expect(calls).toEqual([]);
  });
});

describe('Alpha Vantage OVERVIEW (documented format)', () => {
  test('ForwardPE "10.8" → 10.8, EVToEBITDA "-" → null, fiscal quarter in the source', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(AV));
    const r = await fetchAlphaVantageFundamentals('ZION', KEY, { fetchImpl: impl, now });
    expect(r).toMatchObject({ forwardPe: 10.8, evEbitda: null, beta: 1.25, source: 'Alpha Vantage OVERVIEW (fetched 2026-11-30, fiscal quarter 2026-09-30)' });
    expect(calls[0]!.url).toBe(`https://www.alphavantage.co/query?function=OVERVIEW&symbol=ZION&apikey=${KEY}`);
  });

  test('class shares are sent with a hyphen', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse({ ...JSON.parse(AV), Symbol: 'BRK-B' }));
    await fetchAlphaVantageFundamentals('BRK.B', KEY, { fetchImpl: impl });
    expect(calls[0]!.url).toContain('symbol=BRK-B');
  });

  test.each([
    ['200 + Error Message about the key', { 'Error Message': 'the parameter apikey is invalid or missing.' }, 'auth', undefined],
    ['200 + Note (per-minute limit)', { Note: 'Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute.' }, 'rate-limited', 60_000],
    ['200 + Information (daily cap)', { Information: 'We have detected your API key and our standard API rate limit is 25 requests per day.' }, 'rate-limited', 6 * 3_600_000],
    ['200 + {} (unknown symbol)', {}, 'http', undefined],
    ['schema drift (Symbol missing)', { ForwardPE: '10' }, 'schema', undefined],
  ] as const)('%s → %s', async (_, body, kind, retry) => {
    const { impl } = stubFetch(() => jsonResponse(body));
    const e = await fails(fetchAlphaVantageFundamentals('ZION', KEY, { fetchImpl: impl }));
    expect(e.kind).toBe(kind);
    expect(e.retryAfterMs).toBe(retry);
  });
});

describe('Financial Modeling Prep key metrics TTM (documented format)', () => {
  test('EV/EBITDA read as given (a negative value is left for the card to mark n/m)', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse(FMP));
    const r = await fetchFmpFundamentals('SNOW', KEY, { fetchImpl: impl, now });
    expect(r).toMatchObject({ provider: 'fmp', evEbitda: -45, forwardPe: null, asOf: '2026-11-30' });
    expect(calls[0]!.url).toBe(`https://financialmodelingprep.com/stable/key-metrics-ttm?symbol=SNOW&apikey=${KEY}`);
  });

  test.each([
    ['401 Invalid API KEY', () => jsonResponse({ 'Error Message': 'Invalid API KEY. Feel free to create a Free API Key.' }, { status: 401 }), 'auth'],
    ['200 + Limit Reach', () => jsonResponse({ 'Error Message': 'Limit Reach . Please upgrade your plan.' }), 'rate-limited'],
    ['429', () => new Response('', { status: 429 }), 'rate-limited'],
    ['[] (unknown symbol)', () => jsonResponse([]), 'http'],
    ['HTML with 200', () => textResponse('<html><body>Maintenance</body></html>', 'text/html'), 'not-json'],
  ] as const)('%s → %s', async (_, respond, kind) => {
    const { impl } = stubFetch(respond);
    expect((await fails(fetchFmpFundamentals('SNOW', KEY, { fetchImpl: impl }))).kind).toBe(kind);
  });
});

test.each([
  [12.5, 12.5], ['21.05', 21.05], ['-3.2', -3.2], ['None', null], ['-', null], ['', null], [null, null], [Number.NaN, null], ['1e3', 1000], ['12abc', null],
] as const)('numberOrNull(%j) = %j', (input, out) => expect(numberOrNull(input)).toBe(out));
