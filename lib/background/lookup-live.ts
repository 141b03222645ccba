/**
 * `lookup --live` outside the browser: the background's own live-data gatherer over Node's fetch
 * with no cache. For a symbol: SEC companyfacts and filing profile, measured 10y-yield beta from
 * Yahoo closes + FRED DGS10, keyed providers whose keys are given (live-gatherer.ts). For
 * `--market`: FRED series and the SEC earnings frame (live-market.ts). Every failed provider call
 * is collected, never thrown, so the CLI can fall back to the snapshot and list them.
 */
import { passThroughQuery } from '../cache/pass-through-query';
import type { SourcedSeries } from '../context/build-market';
import type { MarketContext } from '../context/market-context';
import type { LiveInputs } from '../context/live-inputs';
import { isProviderError } from '../data/providers/http';
import type { SymbolRecord } from '../data/symbol-record';
import type { ProviderKeys } from '../settings/provider-keys-schema';
import { createLiveData } from './live-data';
import { createLiveGatherer } from './live-gatherer';
import { createLiveMarket, type MarketBase } from './live-market';

export interface CliLiveOptions {
  fetchImpl?: typeof fetch;
  /** Declared to SEC (fair-access policy). */
  secUserAgent: string;
  /** Keyed providers with their keys (from the environment). */
  keys?: ProviderKeys;
  timeoutMs?: number;
  now?: () => Date;
}

export interface LiveLookupOptions extends CliLiveOptions {
  embeddedDgs10: SourcedSeries;
}

export interface LiveFailure {
  provider: string;
  kind: string;
  message: string;
}

/** Longer than any provider timeout: the CLI waits for every answer instead of saying "still loading". */
const CLI_WAIT_MS = 120_000;

function describe(e: unknown): Omit<LiveFailure, 'provider'> {
  return { kind: isProviderError(e) ? e.kind : 'error', message: e instanceof Error ? e.message : String(e) };
}

/** LiveData as the service worker builds it, but with live data on, every host granted and no cache. */
function cliLiveData(opts: CliLiveOptions, failures: LiveFailure[]) {
  return createLiveData({
    cache: passThroughQuery(),
    settings: async () => ({ liveData: true, priceSource: 'yahoo' }),
    hasHosts: async () => true,
    secUserAgent: opts.secUserAgent,
    providerKeys: async () => opts.keys ?? {},
    onFailure: (provider, e) => {
      const f = { provider, ...describe(e) };
      // The stock's and the market proxy's charts fail alike offline: one line per provider and kind.
      if (!failures.some((x) => x.provider === f.provider && x.kind === f.kind)) failures.push(f);
    },
    ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
}

/** A market input that fell back to the snapshot: named by input (a series id, "SEC frames CY…"), since two series of one provider can differ. */
export type MarketMiss = Omit<LiveFailure, 'provider'> & { input: string };

/** `lookup --market --live`: the market panel with live FRED series and the SEC frame, built as the service worker builds it. */
export async function marketForLookup(base: MarketBase, opts: CliLiveOptions & { today?: string }): Promise<{ market: MarketContext; misses: MarketMiss[] }> {
  const misses: MarketMiss[] = [];
  const live = cliLiveData(opts, []);
  const onMiss = (input: string, e: unknown) => void misses.push({ input, ...describe(e) });
  const today = opts.today;
  const market = await createLiveMarket({ live, liveOn: async () => true, onMiss, ...(today ? { today: () => today } : {}) }).market(base);
  return { market, misses };
}

export async function gatherLiveForLookup(record: SymbolRecord, opts: LiveLookupOptions): Promise<{ live: LiveInputs; failures: LiveFailure[] }> {
  const failures: LiveFailure[] = [];
  const live = cliLiveData(opts, failures);
  const gatherer = createLiveGatherer({ live, liveOn: async () => true, embeddedDgs10: async () => opts.embeddedDgs10 });
  const entry = (await gatherer.gather([record], CLI_WAIT_MS)).get(record.symbol) ?? {};
  // A beta the data cannot give is not a provider failure, but the CLI lists it with them.
  if (entry.betaPending?.startsWith('not measurable')) failures.push({ provider: 'yahoo', kind: 'insufficient-data', message: `rate beta ${entry.betaPending}` });
  // The failures are listed beside the card; its "still loading / unavailable" notes would repeat them.
  const { secPending: _s, betaPending: _b, industryPending: _i, ...inputs } = entry;
  return { live: inputs, failures };
}
