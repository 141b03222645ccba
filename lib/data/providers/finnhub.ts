/**
 * Finnhub basic financials (`/api/v1/stock/metric?metric=all`), with the user's key.
 * Format from the public docs (finnhub.io/docs/api/company-basic-financials): `{symbol,
 * metricType, metric: {...}, series: {...}}`; the metric keys read here are forwardPE,
 * evEbitdaTTM, beta and netInterestCoverageTTM. An unknown symbol returns an empty `metric`.
 * Errors: 401 `{"error":"Invalid API key"}`, 429 `{"error":"API limit reached…"}`.
 */
import { z } from 'zod';
import { fetchJson, ProviderError } from './http';
import { numberOrNull, requireKey, today, type KeyedFetchOptions, type KeyedFundamentals, type KeyedProviderModule } from './keyed';
import { normalizeSymbol } from '../normalize-symbol';

export const FINNHUB_SOURCE = 'Finnhub basic financials';

export const FinnhubMetricSchema = z.object({
  symbol: z.string().optional(),
  metricType: z.string().optional(),
  // Values are numbers or null; keys come and go between symbols.
  metric: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

export function finnhubMetricUrl(symbol: string, apiKey: string): string {
  const params = new URLSearchParams({ symbol, metric: 'all', token: apiKey });
  return `https://finnhub.io/api/v1/stock/metric?${params.toString()}`;
}

export function parseFinnhubMetric(body: z.infer<typeof FinnhubMetricSchema>, symbol: string, asOf: string): KeyedFundamentals {
  const m = body.metric;
  if (Object.keys(m).length === 0) throw new ProviderError('http', `Finnhub: no basic financials for ${symbol}`, { status: 404 });
  return {
    provider: 'finnhub',
    symbol,
    forwardPe: numberOrNull(m.forwardPE),
    evEbitda: numberOrNull(m.evEbitdaTTM),
    beta: numberOrNull(m.beta),
    interestCoverage: numberOrNull(m.netInterestCoverageTTM),
    asOf,
    source: `${FINNHUB_SOURCE} (fetched ${asOf})`,
  };
}

export async function fetchFinnhubFundamentals(symbol: string, apiKey: string, options: KeyedFetchOptions = {}): Promise<KeyedFundamentals> {
  const key = requireKey(apiKey, 'Finnhub');
  const s = normalizeSymbol(symbol);
  if (!s) throw new ProviderError('http', `Finnhub: ${JSON.stringify(symbol)} is not a ticker symbol`, { status: 400 });
  const { now, ...rest } = options;
  const body = await fetchJson(finnhubMetricUrl(s, key), { ...rest, label: 'Finnhub', schema: FinnhubMetricSchema }).catch((e: unknown) => {
    // Finnhub answers a bad key with 401, and a plan without access to the endpoint with 403.
    if (e instanceof ProviderError && e.status === 403) throw new ProviderError('auth', 'Finnhub: HTTP 403, the key has no access to basic financials', { url: e.url, status: 403 });
    throw e;
  });
  return parseFinnhubMetric(body, s, today(now));
}

export const finnhub: KeyedProviderModule = { id: 'finnhub', fetch: fetchFinnhubFundamentals };
