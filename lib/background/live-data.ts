import { z } from 'zod';
import type { IDBPDatabase } from 'idb';
import type { CachedResult } from '../cache/cached-query';
import type { QueryCache } from '../cache/pass-through-query';
import type { CapLensDB, ProviderStatus } from '../cache/db';
import { fetchFredSeries } from '../data/providers/fred';
import { isProviderError } from '../data/providers/http';
import { getProvider, type ProviderId } from '../data/providers/index';
import { fetchStooqHistory, fetchYahooChart, type PriceHistory } from '../data/providers/prices';
import { createRateLimiter } from '../data/providers/rate-limit';
import { fetchCompanyFacts, SEC_MAX_REQUESTS_PER_SECOND, secUserAgent } from '../data/providers/sec';
import { extractFundamentals } from '../data/providers/sec-facts';
import { fetchSubmissions } from '../data/providers/sec-submissions';
import { fetchEarningsFrame, type EarningsFrame } from '../data/providers/sec-frames';
import { secRateFacts, SecRateFactsSchema, type SecRateFacts } from '../context/sec-inputs';
import type { DataSettings } from '../settings/data-settings';
import { activeKeyed, type ProviderKeys } from '../settings/provider-keys-schema';
import { ProviderError } from '../data/providers/http';
import { alphavantage } from '../data/providers/alphavantage';
import { finnhub } from '../data/providers/finnhub';
import { fmp } from '../data/providers/fmp';
import type { KeyedFundamentals, KeyedProviderId, KeyedProviderModule } from '../data/providers/keyed';

/** What the cache keeps for a price lookup (validated again when read back). */
export const PriceHistorySchema = z.object({
  symbol: z.string(),
  currency: z.string().nullable(),
  regularMarketPrice: z.number().nullable(),
  previousClose: z.number().nullable(),
  asOf: z.string().nullable(),
  closes: z.array(z.object({ date: z.string(), close: z.number() })),
  source: z.string(),
}) satisfies z.ZodType<PriceHistory>;

const SeriesSchema = z.object({ dates: z.array(z.string()), values: z.array(z.number()), source: z.string() });
export type LiveSeries = z.infer<typeof SeriesSchema>;

export const MACRO_SERIES = ['DGS2', 'DGS10', 'T10Y2Y', 'DFF'] as const;
export type MacroSeriesId = (typeof MACRO_SERIES)[number];
export type FedRangeSeriesId = 'DFEDTARL' | 'DFEDTARU'; // the target range's daily bounds (live-market.ts)

export interface LiveDataDeps {
  /** Where provider health is kept for Options → Data; without it (CLI) health is not recorded. */
  db?: IDBPDatabase<CapLensDB>;
  /** The IndexedDB cache in the extension; passThroughQuery() where there is none (CLI). */
  cache: QueryCache;
  settings: () => Promise<DataSettings>;
  /** Whether the browser granted the provider's hosts (optional permissions). */
  hasHosts: (origins: string[]) => Promise<boolean>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** Keys and switches of the keyed providers (storage.local). */
  providerKeys?: () => Promise<ProviderKeys>;
  /** Told of every failed provider call (the CLI lists them); health is recorded either way. */
  onFailure?: (provider: ProviderId, error: unknown) => void;
  /** SEC's declared User-Agent when not built from the settings' contact (the CLI's own). */
  secUserAgent?: string;
  /** Per-request timeout for every provider, when the defaults (SEC 20–30 s, others 15 s) are too long. */
  timeoutMs?: number;
}

const KeyedFundamentalsSchema = z.object({
  provider: z.enum(['finnhub', 'alphavantage', 'fmp']),
  symbol: z.string(),
  forwardPe: z.number().nullable(),
  evEbitda: z.number().nullable(),
  beta: z.number().nullable(),
  interestCoverage: z.number().nullable(),
  asOf: z.string(),
  source: z.string(),
}) satisfies z.ZodType<KeyedFundamentals>;

const EarningsFrameSchema = z.object({
  period: z.string(),
  values: z.record(z.string(), z.number()),
  perTag: z.record(z.string(), z.number()),
  source: z.string(),
}) satisfies z.ZodType<EarningsFrame>;

/** The part of a company's SEC filing profile the cards use (its industry code); the filing index is not kept. */
export const SecIndustryCodeSchema = z.object({
  sic: z.string().nullable(),
  sicDescription: z.string().nullable(),
  /** Newest filing date in the profile. */
  asOf: z.string().nullable(),
  source: z.string(),
});
export type SecIndustryCode = z.infer<typeof SecIndustryCodeSchema>;

const KEYED_MODULES: Record<KeyedProviderId, KeyedProviderModule> = { finnhub, alphavantage, fmp };
/** After a 429 without Retry-After: 1 min, 2 min, 4 min … up to an hour. */
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_MAX_MS = 3_600_000;

export class LiveDataOff extends Error {}

/**
 * Live prices and rates through the cache. Each provider call records its health so the
 * options page can say what works; failures fall back to cached or embedded data, labelled.
 */
export function createLiveData(deps: LiveDataDeps) {
  const now = deps.now ?? (() => new Date());
  // SEC fair access: ≤ 10 requests/s from this client, whatever asks for filings.
  const secLimiter = createRateLimiter(SEC_MAX_REQUESTS_PER_SECOND);
  // Free tiers allow about one call a second; their daily caps are enforced by the backoff below.
  const keyedLimiters = new Map(Object.keys(KEYED_MODULES).map((id) => [id, createRateLimiter(1)]));
  const backoff = new Map<ProviderId, { until: number; strikes: number }>();

  /** A provider that answered 429 is left alone until its Retry-After (or an exponential pause) has passed. */
  async function withBackoff<T>(provider: ProviderId, fetcher: () => Promise<T>): Promise<T> {
    const b = backoff.get(provider);
    const t = now().getTime();
    if (b && t < b.until) {
      throw new ProviderError('rate-limited', `${getProvider(provider).name}: backing off after HTTP 429 until ${new Date(b.until).toISOString()}`, {
        retryAfterMs: b.until - t,
      });
    }
    try {
      const v = await fetcher();
      backoff.delete(provider);
      return v;
    } catch (e) {
      if (isProviderError(e) && e.kind === 'rate-limited') {
        const strikes = (b?.strikes ?? 0) + 1;
        const wait = e.retryAfterMs ?? Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (strikes - 1));
        backoff.set(provider, { until: now().getTime() + wait, strikes });
      }
      throw e;
    }
  }

  /** Fetch options shared by every provider call: the injected fetch and the timeout. */
  const net = (defaultTimeoutMs?: number) => {
    const timeoutMs = deps.timeoutMs ?? defaultTimeoutMs;
    return { ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}), ...(timeoutMs ? { timeoutMs } : {}) };
  };
  const secAgent = async () => deps.secUserAgent ?? secUserAgent((await deps.settings()).secContact ?? '');

  async function guard(provider: ProviderId): Promise<void> {
    const settings = await deps.settings();
    if (!settings.liveData) throw new LiveDataOff('Live data is off (Options → Data).');
    if (!(await deps.hasHosts(getProvider(provider).hostPermissions))) {
      throw new LiveDataOff(`${getProvider(provider).name} is not allowed yet: turn live data on again in Options to grant it.`);
    }
  }

  async function record(provider: ProviderId, error: unknown | null): Promise<void> {
    if (error) deps.onFailure?.(provider, error);
    if (!deps.db) return;
    const prev = (await deps.db.get('providerStatus', provider)) ?? { provider, lastSuccess: null, lastError: null };
    const at = now().toISOString();
    const next: ProviderStatus = error
      ? { ...prev, lastError: { at, kind: isProviderError(error) ? error.kind : 'error', message: error instanceof Error ? error.message : String(error) } }
      : { ...prev, lastSuccess: at };
    await deps.db.put('providerStatus', next).catch(() => undefined);
  }

  async function tracked<T>(provider: ProviderId, fetcher: () => Promise<T>): Promise<T> {
    try {
      const value = await fetcher();
      await record(provider, null);
      return value;
    } catch (e) {
      await record(provider, e);
      throw e;
    }
  }

  return {
    /**
     * Daily closes (and the last price) for `symbol`. `range` asks Yahoo for a longer history than
     * its default year (the claim check's older windows); Stooq always sends its whole history.
     */
    async price(symbol: string, range?: string): Promise<CachedResult<PriceHistory>> {
      const { priceSource } = await deps.settings();
      await guard(priceSource);
      const { refreshMinutes } = await deps.settings();
      const longer = priceSource === 'yahoo' && range && range !== '1y' ? range : null;
      return deps.cache.query({
        key: `price:${priceSource}:${symbol}${longer ? `:${longer}` : ''}`,
        kind: 'price',
        ...(refreshMinutes ? { maxAge: refreshMinutes * 60_000 } : {}),
        schema: PriceHistorySchema,
        fetch: () =>
          tracked(priceSource, () =>
            withBackoff(priceSource, () => (priceSource === 'yahoo' ? fetchYahooChart(symbol, { ...net(), ...(longer ? { range: longer } : {}) }) : fetchStooqHistory(symbol, net()))),
          ),
      });
    },
    async series(id: MacroSeriesId | FedRangeSeriesId): Promise<CachedResult<LiveSeries>> {
      await guard('fred');
      const start = new Date(now().getTime() - 400 * 86_400_000).toISOString().slice(0, 10);
      return deps.cache.query({
        key: `fred:${id}`,
        kind: 'macro',
        schema: SeriesSchema,
        fetch: () =>
          tracked('fred', async () => {
            const s = await fetchFredSeries(id, { start, ...net() });
            return { dates: s.dates, values: s.values, source: s.source };
          }),
      });
    },
    /**
     * The rate-relevant figures from a company's SEC filings (companyfacts), cached with the
     * fundamentals TTL (days) and served stale while a refresh runs. Only the extracted figures
     * are kept: the companyfacts document itself is megabytes.
     */
    async secFacts(cik: number | string): Promise<CachedResult<SecRateFacts>> {
      await guard('sec-edgar');
      const userAgent = await secAgent();
      return deps.cache.query({
        key: `sec:facts:${String(cik).padStart(10, '0')}`,
        kind: 'fundamentals',
        schema: SecRateFactsSchema,
        fetch: () =>
          tracked('sec-edgar', () =>
            secLimiter.schedule(async () => {
              const doc = await fetchCompanyFacts(cik, { userAgent, ...net(20_000) });
              return secRateFacts(extractFundamentals(doc));
            }),
          ),
      });
    },
    /**
     * The SIC code of a company's SEC filing profile (submissions), cached with the fundamentals
     * TTL like the filings: an industry code changes rarely.
     */
    async secProfile(cik: number | string): Promise<CachedResult<SecIndustryCode>> {
      await guard('sec-edgar');
      const userAgent = await secAgent();
      return deps.cache.query({
        key: `sec:submissions:${String(cik).padStart(10, '0')}`,
        kind: 'fundamentals',
        schema: SecIndustryCodeSchema,
        fetch: () =>
          tracked('sec-edgar', () =>
            secLimiter.schedule(async () => {
              const p = await fetchSubmissions(cik, { userAgent, ...net(20_000) });
              return { sic: p.sic, sicDescription: p.sicDescription, asOf: p.asOf, source: p.source };
            }),
          ),
      });
    },
    /**
     * Every filer's annual net income for `period` (SEC frames, three requests at most), cached
     * for weeks: the small-cap side of the small-vs-large discount.
     */
    async earningsFrame(period: string): Promise<CachedResult<EarningsFrame>> {
      await guard('sec-edgar');
      const userAgent = await secAgent();
      return deps.cache.query({
        key: `sec:frames:earnings:${period}`,
        kind: 'universe',
        schema: EarningsFrameSchema,
        fetch: () =>
          tracked('sec-edgar', () =>
            fetchEarningsFrame(period, {
              userAgent,
              schedule: (f) => secLimiter.schedule(f),
              ...net(30_000),
            }),
          ),
      });
    },
    /**
     * Forward P/E, EV/EBITDA (and beta, coverage) from each keyed provider the user enabled and
     * granted, cached with the fundamentals TTL. Settled per provider: one failing does not hide another.
     */
    /** The keyed providers switched on with a key (one storage read; pass it to `keyed` for a batch). */
    async activeKeyed(): Promise<{ id: KeyedProviderId; key: string }[]> {
      return activeKeyed((await deps.providerKeys?.()) ?? {});
    },
    async keyed(symbol: string, active?: { id: KeyedProviderId; key: string }[]): Promise<PromiseSettledResult<CachedResult<KeyedFundamentals>>[]> {
      active ??= activeKeyed((await deps.providerKeys?.()) ?? {});
      return Promise.allSettled(
        active.map(async ({ id, key }) => {
          if (!(await deps.hasHosts(getProvider(id).hostPermissions))) {
            throw new LiveDataOff(`${getProvider(id).name} is not allowed yet: enable it again in Options → Data to grant its site.`);
          }
          const mod = KEYED_MODULES[id];
          return deps.cache.query({
            key: `keyed:${id}:${symbol}`,
            kind: 'fundamentals',
            schema: KeyedFundamentalsSchema,
            fetch: () =>
              tracked(id, () =>
                withBackoff(id, () => keyedLimiters.get(id)!.schedule(() => mod.fetch(symbol, key, net()))),
              ),
          });
        }),
      );
    },
    async statuses(): Promise<ProviderStatus[]> {
      return deps.db ? deps.db.getAll('providerStatus') : [];
    },
  };
}

export type LiveData = ReturnType<typeof createLiveData>;
