/**
 * Registry of live data providers: what each needs (hosts, key), how long its data stays fresh,
 * how hard it may be hit, and on what terms. The manifest's host_permissions / optional
 * host permissions and the options page's provider list are built from this table, so adding a
 * provider here is the one place that grants it network access.
 */
export type ProviderId = 'sec-edgar' | 'treasury' | 'fred' | 'fred-api' | 'yahoo' | 'stooq' | 'finnhub' | 'alphavantage' | 'fmp';
export type DataKind = 'prices' | 'fundamentals' | 'universe' | 'macro';

export interface ProviderInfo {
  id: ProviderId;
  name: string;
  /** Match patterns for manifest host permissions. */
  hostPermissions: string[];
  /** Keyed providers are opt-in: their hosts are optional permissions requested when enabled. */
  needsKey: boolean;
  kinds: DataKind[];
  /** Default cache lifetime per kind this provider serves. */
  ttlMs: Partial<Record<DataKind, number>>;
  /** Per-host politeness limit for the rate limiter (null: no published limit, use the default). */
  maxRequestsPerSecond: number | null;
  /** License / terms, shown on the options page. */
  terms: string;
  homepage: string;
  /** False for providers listed for the options page but without a module yet. */
  implemented: boolean;
  /** Module under lib/data/providers/ that implements it. */
  module: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Prices move by the minute; filings arrive quarterly; the ticker list changes slowly. */
export const DEFAULT_TTL_MS: Record<DataKind, number> = {
  prices: 15 * MINUTE,
  fundamentals: 3 * DAY,
  universe: 14 * DAY,
  // Daily series (H.15 yields, DFF) publish once per business day, late afternoon ET.
  macro: 6 * HOUR,
};

export const PROVIDERS: readonly ProviderInfo[] = [
  {
    id: 'sec-edgar',
    name: 'SEC EDGAR',
    // data.sec.gov only: companyfacts/submissions. The ticker file on www.sec.gov is read at build
    // time (npm run snapshot), so the extension does not ask for that host.
    hostPermissions: ['https://data.sec.gov/*'],
    needsKey: false,
    kinds: ['fundamentals', 'universe'],
    ttlMs: { fundamentals: DEFAULT_TTL_MS.fundamentals, universe: DEFAULT_TTL_MS.universe },
    maxRequestsPerSecond: 10,
    terms:
      'U.S. government public data. SEC fair-access policy: at most 10 requests/s and a declared User-Agent with a contact e-mail; undeclared or excessive clients are blocked (HTTP 403).',
    homepage: 'https://www.sec.gov/search-filings/edgar-application-programming-interfaces',
    implemented: true,
    module: 'sec.ts, sec-facts.ts, sec-submissions.ts',
  },
  {
    id: 'treasury',
    name: 'U.S. Treasury yield curve',
    hostPermissions: ['https://home.treasury.gov/*'],
    needsKey: false,
    kinds: ['macro'],
    ttlMs: { macro: DEFAULT_TTL_MS.macro },
    maxRequestsPerSecond: null,
    terms: 'U.S. government work, public domain.',
    homepage: 'https://home.treasury.gov/resource-center/data-chart-center/interest-rates',
    implemented: true,
    module: 'treasury.ts',
  },
  {
    id: 'fred',
    name: 'FRED (graph CSV)',
    hostPermissions: ['https://fred.stlouisfed.org/*'],
    needsKey: false,
    kinds: ['macro'],
    ttlMs: { macro: DEFAULT_TTL_MS.macro },
    maxRequestsPerSecond: 2,
    terms:
      'FRED terms of use. H.15 Treasury yields and fed funds (DGS2, DGS10, DFF, T10Y2Y) are public domain; some other FRED series are third-party copyrighted and must not be redistributed.',
    homepage: 'https://fred.stlouisfed.org/',
    implemented: true,
    module: 'fred.ts',
  },
  {
    id: 'fred-api',
    name: 'FRED API (with your key)',
    hostPermissions: ['https://api.stlouisfed.org/*'],
    needsKey: true,
    kinds: ['macro'],
    ttlMs: { macro: DEFAULT_TTL_MS.macro },
    maxRequestsPerSecond: 2, // FRED allows 120 requests/minute per key
    terms: 'Free API key from fredaccount.stlouisfed.org; FRED API terms of use. The key is stored locally and never logged.',
    homepage: 'https://fred.stlouisfed.org/docs/api/fred/',
    implemented: true,
    module: 'fred.ts',
  },
  {
    id: 'yahoo',
    name: 'Yahoo Finance chart',
    hostPermissions: ['https://query1.finance.yahoo.com/*'],
    needsKey: false,
    kinds: ['prices'],
    ttlMs: { prices: DEFAULT_TTL_MS.prices },
    maxRequestsPerSecond: 1,
    terms:
      'Unofficial, undocumented endpoint; Yahoo terms allow personal, non-commercial use only. May change shape or answer HTTP 429 without notice.',
    homepage: 'https://finance.yahoo.com/',
    implemented: true,
    module: 'prices.ts',
  },
  {
    id: 'stooq',
    name: 'Stooq daily history',
    hostPermissions: ['https://stooq.com/*'],
    needsKey: false,
    kinds: ['prices'],
    ttlMs: { prices: DEFAULT_TTL_MS.prices },
    maxRequestsPerSecond: 1,
    terms: 'Free CSV downloads for personal use; a daily hit limit applies. Fallback when Yahoo fails.',
    homepage: 'https://stooq.com/',
    implemented: true,
    module: 'prices.ts',
  },
  {
    id: 'finnhub',
    name: 'Finnhub (with your key)',
    hostPermissions: ['https://finnhub.io/*'],
    needsKey: true,
    kinds: ['fundamentals', 'prices'],
    ttlMs: { fundamentals: DEFAULT_TTL_MS.fundamentals, prices: DEFAULT_TTL_MS.prices },
    maxRequestsPerSecond: 1, // free tier: 60 calls/minute
    terms: 'Free tier for personal use under Finnhub terms; key stored locally.',
    homepage: 'https://finnhub.io/docs/api',
    implemented: true,
    module: 'finnhub.ts',
  },
  {
    id: 'alphavantage',
    name: 'Alpha Vantage (with your key)',
    hostPermissions: ['https://www.alphavantage.co/*'],
    needsKey: true,
    kinds: ['fundamentals'],
    ttlMs: { fundamentals: DEFAULT_TTL_MS.fundamentals },
    maxRequestsPerSecond: 1, // free tier: 25 requests/day
    terms: 'Free key, 25 requests/day on the free tier; Alpha Vantage terms; key stored locally.',
    homepage: 'https://www.alphavantage.co/documentation/',
    implemented: true,
    module: 'alphavantage.ts',
  },
  {
    id: 'fmp',
    name: 'Financial Modeling Prep (with your key)',
    hostPermissions: ['https://financialmodelingprep.com/*'],
    needsKey: true,
    kinds: ['fundamentals', 'prices'],
    ttlMs: { fundamentals: DEFAULT_TTL_MS.fundamentals, prices: DEFAULT_TTL_MS.prices },
    maxRequestsPerSecond: 1, // free tier: 250 requests/day
    terms: 'Free key with a daily request cap; FMP terms; key stored locally.',
    homepage: 'https://site.financialmodelingprep.com/developer/docs',
    implemented: true,
    module: 'fmp.ts',
  },
];

export function getProvider(id: ProviderId): ProviderInfo {
  return PROVIDERS.find((p) => p.id === id)!;
}

/** Manifest `host_permissions`: keyless providers that have a module. */
export function requiredHostPermissions(): string[] {
  return [...new Set(PROVIDERS.filter((p) => p.implemented && !p.needsKey).flatMap((p) => p.hostPermissions))].sort();
}

/** Manifest `optional_host_permissions`: keyed providers, requested when the user enables one. */
export function optionalHostPermissions({ includePlanned = false } = {}): string[] {
  return [
    ...new Set(PROVIDERS.filter((p) => p.needsKey && (p.implemented || includePlanned)).flatMap((p) => p.hostPermissions)),
  ].sort();
}

/** TTL for a kind from a given provider, falling back to the default for that kind. */
export function ttlFor(id: ProviderId, kind: DataKind): number {
  return getProvider(id).ttlMs[kind] ?? DEFAULT_TTL_MS[kind];
}

export * from './http';
export * from './series';
export * from './sec';
export * from './sec-facts';
export * from './sec-submissions';
export * from './treasury';
export * from './fred';
export * from './prices';
export * from './keyed';
export * from './finnhub';
export * from './alphavantage';
export * from './fmp';
