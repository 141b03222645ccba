/**
 * `lookup -- SYMBOL --live` outside the browser: the background's own live-data gatherer
 * (SEC companyfacts and filing profile, measured 10y-yield beta from Yahoo closes + FRED DGS10,
 * keyed providers whose keys are given), over Node's fetch with no cache. Every failed provider
 * call is collected, never thrown, so the CLI can fall back to the snapshot and list them.
 */
import { passThroughQuery } from '../cache/pass-through-query';
import type { SourcedSeries } from '../context/build-market';
import type { LiveInputs } from '../context/live-inputs';
import { isProviderError } from '../data/providers/http';
import type { SymbolRecord } from '../data/symbol-record';
import type { ProviderKeys } from '../settings/provider-keys-schema';
import { createLiveData } from './live-data';
import { createLiveGatherer } from './live-gatherer';

export interface LiveLookupOptions {
  fetchImpl?: typeof fetch;
  /** Declared to SEC (fair-access policy). */
  secUserAgent: string;
  embeddedDgs10: SourcedSeries;
  /** Keyed providers with their keys (from the environment). */
  keys?: ProviderKeys;
  timeoutMs?: number;
  now?: () => Date;
}

export interface LiveFailure {
  provider: string;
  kind: string;
  message: string;
}

/** Longer than any provider timeout: the CLI waits for every answer instead of saying "still loading". */
const CLI_WAIT_MS = 120_000;

export async function gatherLiveForLookup(record: SymbolRecord, opts: LiveLookupOptions): Promise<{ live: LiveInputs; failures: LiveFailure[] }> {
  const failures: LiveFailure[] = [];
  const live = createLiveData({
    cache: passThroughQuery(),
    settings: async () => ({ liveData: true, priceSource: 'yahoo' }),
    hasHosts: async () => true,
    secUserAgent: opts.secUserAgent,
    providerKeys: async () => opts.keys ?? {},
    onFailure: (provider, e) => {
      const f = { provider, kind: isProviderError(e) ? e.kind : 'error', message: e instanceof Error ? e.message : String(e) };
      // The stock's and the market proxy's charts fail alike offline: one line per provider and kind.
      if (!failures.some((x) => x.provider === f.provider && x.kind === f.kind)) failures.push(f);
    },
    ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const gatherer = createLiveGatherer({ live, liveOn: async () => true, embeddedDgs10: async () => opts.embeddedDgs10 });
  const entry = (await gatherer.gather([record], CLI_WAIT_MS)).get(record.symbol) ?? {};
  // A beta the data cannot give is not a provider failure, but the CLI lists it with them.
  if (entry.betaPending?.startsWith('not measurable')) failures.push({ provider: 'yahoo', kind: 'insufficient-data', message: `rate beta ${entry.betaPending}` });
  // The failures are listed beside the card; its "still loading / unavailable" notes would repeat them.
  const { secPending: _s, betaPending: _b, industryPending: _i, ...inputs } = entry;
  return { live: inputs, failures };
}
