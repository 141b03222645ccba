/**
 * The interface every keyed provider module implements (finnhub.ts, alphavantage.ts, fmp.ts):
 * one call per symbol returning the valuation and rate figures CapLens reads, each possibly
 * null. Keys are passed in per call (from storage.local), never stored here, and never appear
 * in errors: ProviderError redacts `token`/`apikey` query parameters from URLs, and messages
 * never include the key.
 */
import { isoToday } from '../../dates';
import type { FetchOptions } from './http';
import { ProviderError } from './http';

export type KeyedProviderId = 'finnhub' | 'alphavantage' | 'fmp';

export interface KeyedFundamentals {
  provider: KeyedProviderId;
  symbol: string;
  forwardPe: number | null;
  evEbitda: number | null;
  beta: number | null;
  interestCoverage: number | null;
  /** The day the figures were fetched (they are computed from the provider's current price). */
  asOf: string;
  /** e.g. "Alpha Vantage OVERVIEW (fiscal quarter 2026-09-30)". */
  source: string;
}

export type KeyedFetchOptions = Omit<FetchOptions<never>, 'schema' | 'label'> & { now?: () => Date };

export interface KeyedProviderModule {
  id: KeyedProviderId;
  fetch(symbol: string, apiKey: string, options?: KeyedFetchOptions): Promise<KeyedFundamentals>;
}

/** Providers write numbers as numbers, numeric strings, "None", "-" or null; only finite numbers survive. */
export function numberOrNull(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

export function requireKey(apiKey: string, label: string): string {
  const k = apiKey.trim();
  if (!k) throw new ProviderError('auth', `${label}: no API key set (Options → Data)`);
  return k;
}

export const today = (now: () => Date = () => new Date()) => isoToday(now());
