/**
 * Alpha Vantage company OVERVIEW (`/query?function=OVERVIEW`), with the user's key. Format from
 * the public docs (alphavantage.co/documentation/#company-overview): one flat object of strings,
 * e.g. `"ForwardPE": "21.05"`, `"EVToEBITDA": "15.8"`, `"Beta": "1.24"`, `"LatestQuarter":
 * "2026-09-30"`; missing figures are "None" or "-". Alpha Vantage reports most failures with
 * HTTP 200 and a JSON body: `{"Error Message": …}` (bad key or call), `{"Note": …}` or
 * `{"Information": …}` (rate limit / daily cap), `{}` (unknown symbol). Each becomes a typed error.
 */
import { z } from 'zod';
import { fetchJson, ProviderError } from './http';
import { numberOrNull, requireKey, today, type KeyedFetchOptions, type KeyedFundamentals, type KeyedProviderModule } from './keyed';
import { normalizeSymbol } from '../normalize-symbol';

export const ALPHAVANTAGE_SOURCE = 'Alpha Vantage OVERVIEW';

export const AlphaVantageOverviewSchema = z.record(z.string(), z.unknown());
const OverviewFields = z.object({
  Symbol: z.string(),
  ForwardPE: z.string().optional(),
  EVToEBITDA: z.string().optional(),
  Beta: z.string().optional(),
  LatestQuarter: z.string().optional(),
});

export function alphaVantageOverviewUrl(symbol: string, apiKey: string): string {
  const params = new URLSearchParams({ function: 'OVERVIEW', symbol, apikey: apiKey });
  return `https://www.alphavantage.co/query?${params.toString()}`;
}

export function parseAlphaVantageOverview(body: Record<string, unknown>, symbol: string, asOf: string, url?: string): KeyedFundamentals {
  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  if (text('Error Message')) {
    const invalidKey = /api ?key/i.test(text('Error Message'));
    throw new ProviderError(invalidKey ? 'auth' : 'http', `Alpha Vantage: ${invalidKey ? 'the API key was refused' : 'invalid request'}`, { url, status: invalidKey ? 401 : 400 });
  }
  const limit = text('Note') || text('Information');
  if (limit) {
    // Both the per-minute limit and the daily cap arrive as 200 + Note/Information.
    const daily = /per day|daily/i.test(limit);
    throw new ProviderError('rate-limited', `Alpha Vantage: ${daily ? 'daily request limit reached' : 'request frequency limit reached'}`, {
      url,
      status: 429,
      retryAfterMs: daily ? 6 * 3_600_000 : 60_000,
    });
  }
  if (Object.keys(body).length === 0) throw new ProviderError('http', `Alpha Vantage: no overview for ${symbol}`, { url, status: 404 });
  const parsed = OverviewFields.safeParse(body);
  if (!parsed.success) {
    throw new ProviderError('schema', `Alpha Vantage: response shape changed (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`, { url });
  }
  const o = parsed.data;
  const quarter = o.LatestQuarter && /^\d{4}-\d{2}-\d{2}$/.test(o.LatestQuarter) ? `, fiscal quarter ${o.LatestQuarter}` : '';
  return {
    provider: 'alphavantage',
    symbol,
    forwardPe: numberOrNull(o.ForwardPE),
    evEbitda: numberOrNull(o.EVToEBITDA),
    beta: numberOrNull(o.Beta),
    interestCoverage: null,
    asOf,
    source: `${ALPHAVANTAGE_SOURCE} (fetched ${asOf}${quarter})`,
  };
}

export async function fetchAlphaVantageFundamentals(symbol: string, apiKey: string, options: KeyedFetchOptions = {}): Promise<KeyedFundamentals> {
  const key = requireKey(apiKey, 'Alpha Vantage');
  const s = normalizeSymbol(symbol);
  if (!s) throw new ProviderError('http', `Alpha Vantage: ${JSON.stringify(symbol)} is not a ticker symbol`, { status: 400 });
  const { now, ...rest } = options;
  // Alpha Vantage writes class shares with a hyphen (BRK-B).
  const url = alphaVantageOverviewUrl(s.replace(/\./g, '-'), key);
  const body = await fetchJson(url, { ...rest, label: 'Alpha Vantage', schema: AlphaVantageOverviewSchema });
  return parseAlphaVantageOverview(body, s, today(now), url);
}

export const alphavantage: KeyedProviderModule = { id: 'alphavantage', fetch: fetchAlphaVantageFundamentals };
