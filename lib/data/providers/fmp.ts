/**
 * Financial Modeling Prep TTM key metrics (`/stable/key-metrics-ttm?symbol=`), with the user's
 * key. Format from the public docs (site.financialmodelingprep.com/developer/docs, "Key Metrics
 * TTM"): a JSON array with one object per symbol, e.g. `{"symbol":"AAPL","evToEBITDATTM":26.1,
 * "netDebtToEBITDATTM":0.4,…}`; an unknown symbol gives `[]`. A bad key gives HTTP 401 with
 * `{"Error Message":"Invalid API KEY…"}`; the plan's cap gives 429 (or 200 + "Limit Reach").
 * FMP has no forward P/E here, so it contributes EV/EBITDA only.
 */
import { z } from 'zod';
import { fetchJson, ProviderError } from './http';
import { numberOrNull, requireKey, today, type KeyedFetchOptions, type KeyedFundamentals, type KeyedProviderModule } from './keyed';
import { normalizeSymbol } from '../normalize-symbol';

export const FMP_SOURCE = 'Financial Modeling Prep key metrics (TTM)';

export const FmpKeyMetricsTtmSchema = z.union([
  z.array(z.object({ symbol: z.string(), evToEBITDATTM: z.number().nullable().optional() })),
  z.object({ 'Error Message': z.string() }),
]);

export function fmpKeyMetricsTtmUrl(symbol: string, apiKey: string): string {
  const params = new URLSearchParams({ symbol, apikey: apiKey });
  return `https://financialmodelingprep.com/stable/key-metrics-ttm?${params.toString()}`;
}

export function parseFmpKeyMetricsTtm(body: z.infer<typeof FmpKeyMetricsTtmSchema>, symbol: string, asOf: string, url?: string): KeyedFundamentals {
  if (!Array.isArray(body)) {
    const msg = body['Error Message'];
    if (/limit/i.test(msg)) throw new ProviderError('rate-limited', 'Financial Modeling Prep: request limit reached', { url, status: 429, retryAfterMs: 3_600_000 });
    throw new ProviderError(/key/i.test(msg) ? 'auth' : 'http', `Financial Modeling Prep: ${/key/i.test(msg) ? 'the API key was refused' : 'request refused'}`, { url });
  }
  const row = body.find((r) => r.symbol.toUpperCase() === symbol.replace(/\./g, '-').toUpperCase()) ?? body[0];
  if (!row) throw new ProviderError('http', `Financial Modeling Prep: no key metrics for ${symbol}`, { url, status: 404 });
  return {
    provider: 'fmp',
    symbol,
    forwardPe: null,
    evEbitda: numberOrNull(row.evToEBITDATTM),
    beta: null,
    interestCoverage: null,
    asOf,
    source: `${FMP_SOURCE} (fetched ${asOf})`,
  };
}

export async function fetchFmpFundamentals(symbol: string, apiKey: string, options: KeyedFetchOptions = {}): Promise<KeyedFundamentals> {
  const key = requireKey(apiKey, 'Financial Modeling Prep');
  const s = normalizeSymbol(symbol);
  if (!s) throw new ProviderError('http', `Financial Modeling Prep: ${JSON.stringify(symbol)} is not a ticker symbol`, { status: 400 });
  const { now, ...rest } = options;
  const url = fmpKeyMetricsTtmUrl(s.replace(/\./g, '-'), key);
  const body = await fetchJson(url, { ...rest, label: 'Financial Modeling Prep', schema: FmpKeyMetricsTtmSchema }).catch((e: unknown) => {
    if (e instanceof ProviderError && e.status === 403) throw new ProviderError('auth', 'Financial Modeling Prep: HTTP 403, the plan does not include this endpoint', { url: e.url, status: 403 });
    throw e;
  });
  return parseFmpKeyMetricsTtm(body, s, today(now), url);
}

export const fmp: KeyedProviderModule = { id: 'fmp', fetch: fetchFmpFundamentals };
