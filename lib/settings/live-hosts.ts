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
