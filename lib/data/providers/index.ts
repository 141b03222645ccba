/**
 * Registry of live data providers: what each needs (hosts, key), how hard it may be hit, and on
 * what terms. The manifest's optional host permissions (lib/settings/live-hosts.ts) and the
 * options page's provider texts are read from this table. How long each answer stays fresh is
 * the cache's business (lib/cache/cache-entry.ts, per kind of data).
 */
export type ProviderId = 'sec-edgar' | 'fred' | 'yahoo' | 'stooq' | 'finnhub' | 'alphavantage' | 'fmp';

export interface ProviderInfo {
  id: ProviderId;
  name: string;
  /** Match patterns for manifest host permissions. */
  hostPermissions: string[];
  /** Keyed providers are opt-in: their hosts are optional permissions requested when enabled. */
  needsKey: boolean;
  /** Per-host politeness limit for the rate limiter (null: no published limit, use the default). */
  maxRequestsPerSecond: number | null;
  /** License / terms, shown on the options page. */
  terms: string;
  homepage: string;
}

export const PROVIDERS: readonly ProviderInfo[] = [
  {
    id: 'sec-edgar',
    name: 'SEC EDGAR',
    // data.sec.gov only: companyfacts/submissions. The ticker file on www.sec.gov is read at build
    // time (npm run snapshot), so the extension does not ask for that host.
    hostPermissions: ['https://data.sec.gov/*'],
    needsKey: false,
    maxRequestsPerSecond: 10,
    terms:
      'U.S. government public data. SEC fair-access policy: at most 10 requests/s and a declared User-Agent with a contact e-mail; undeclared or excessive clients are blocked (HTTP 403).',
    homepage: 'https://www.sec.gov/search-filings/edgar-application-programming-interfaces',
  },
  {
    id: 'fred',
    name: 'FRED (graph CSV)',
    hostPermissions: ['https://fred.stlouisfed.org/*'],
    needsKey: false,
    maxRequestsPerSecond: 2,
    terms:
      'FRED terms of use. H.15 Treasury yields and fed funds (DGS2, DGS10, DFF, T10Y2Y) are public domain; some other FRED series are third-party copyrighted and must not be redistributed.',
    homepage: 'https://fred.stlouisfed.org/',
  },
  {
    id: 'yahoo',
    name: 'Yahoo Finance chart',
    hostPermissions: ['https://query1.finance.yahoo.com/*'],
    needsKey: false,
    maxRequestsPerSecond: 1,
    terms:
      'Unofficial, undocumented endpoint; Yahoo terms allow personal, non-commercial use only. May change shape or answer HTTP 429 without notice.',
    homepage: 'https://finance.yahoo.com/',
  },
  {
    id: 'stooq',
    name: 'Stooq daily history',
    hostPermissions: ['https://stooq.com/*'],
    needsKey: false,
    maxRequestsPerSecond: 1,
    terms: 'Free CSV downloads for personal use; a daily hit limit applies. Fallback when Yahoo fails.',
    homepage: 'https://stooq.com/',
  },
  {
    id: 'finnhub',
    name: 'Finnhub (with your key)',
    hostPermissions: ['https://finnhub.io/*'],
    needsKey: true,
    maxRequestsPerSecond: 1, // free tier: 60 calls/minute
    terms: 'Free tier for personal use under Finnhub terms; key stored locally.',
    homepage: 'https://finnhub.io/docs/api',
  },
  {
    id: 'alphavantage',
    name: 'Alpha Vantage (with your key)',
    hostPermissions: ['https://www.alphavantage.co/*'],
    needsKey: true,
    maxRequestsPerSecond: 1, // free tier: 25 requests/day
    terms: 'Free key, 25 requests/day on the free tier; Alpha Vantage terms; key stored locally.',
    homepage: 'https://www.alphavantage.co/documentation/',
  },
  {
    id: 'fmp',
    name: 'Financial Modeling Prep (with your key)',
    hostPermissions: ['https://financialmodelingprep.com/*'],
    needsKey: true,
    maxRequestsPerSecond: 1, // free tier: 250 requests/day
    terms: 'Free key with a daily request cap; FMP terms; key stored locally.',
    homepage: 'https://site.financialmodelingprep.com/developer/docs',
  },
];

export function getProvider(id: ProviderId): ProviderInfo {
  return PROVIDERS.find((p) => p.id === id)!;
}
