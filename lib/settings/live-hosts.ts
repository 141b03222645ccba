import { getProvider, type ProviderId } from '../data/providers/index';

/** Providers the live-data switch turns on (background fetches), in the order the options page lists them. */
export const LIVE_PROVIDERS: readonly ProviderId[] = ['sec-edgar', 'fred', 'yahoo', 'stooq'];

/**
 * Their hosts are optional permissions: nothing is requested at install, and the options page
 * asks for them only when the user turns live data on.
 */
export function liveDataHosts(): string[] {
  return [...new Set(LIVE_PROVIDERS.flatMap((id) => getProvider(id).hostPermissions))].sort();
}

/** Optional hosts of the keyed providers, each requested only when the user enables that provider. */
export function keyedProviderHosts(id?: ProviderId): string[] {
  const ids: ProviderId[] = id ? [id] : ['finnhub', 'alphavantage', 'fmp'];
  return [...new Set(ids.flatMap((p) => getProvider(p).hostPermissions))].sort();
}
