import { isRecord } from '../is-record';
import { customSiteAdapter, urlOnHost } from '../sites/custom';
import type { SiteAdapter } from '../sites/site';
import { versionedRecord } from './versioned-record';

/** Sites the user added in Options, in storage.local so the content script can read them. */
export interface CustomSite {
  /** A host name (at most 253 characters). */
  host: string;
  enabled: boolean;
}

/**
 * The stored list with each entry's known fields, or null when any entry is malformed. Checked by
 * hand: the content script reads it on pages that are not built-in sites and carries no zod.
 */
export function readCustomSites(raw: unknown): CustomSite[] | null {
  if (!Array.isArray(raw)) return null;
  const out: CustomSite[] = [];
  for (const e of raw as unknown[]) {
    if (!isRecord(e)) return null;
    const { host, enabled } = e;
    if (typeof host !== 'string' || host.length > 253 || typeof enabled !== 'boolean') return null;
    out.push({ host, enabled });
  }
  return out;
}

export const CUSTOM_SITES_KEY = 'customSites';

// Version 1: the list above, the shape stored before versions (./versioned-record.ts).
const item = versionedRecord(CUSTOM_SITES_KEY, 1, {}, readCustomSites);

/** Unreadable stored data falls back to "no custom sites" rather than breaking pages. */
export const getCustomSites = async (): Promise<CustomSite[]> => (await item.get()) ?? [];

/** Adds (or re-enables) a host; keeps the list's order. */
export const addCustomSite = (host: string): Promise<CustomSite[]> =>
  item.set((all) => (all?.some((s) => s.host === host) ? all.map((s) => (s.host === host ? { ...s, enabled: true } : s)) : [...(all ?? []), { host, enabled: true }]));

export const removeCustomSite = (host: string): Promise<CustomSite[]> => item.set((all) => (all ?? []).filter((s) => s.host !== host));

export const setCustomSiteEnabled = (host: string, enabled: boolean): Promise<CustomSite[]> =>
  item.set((all) => (all ?? []).map((s) => (s.host === host ? { ...s, enabled } : s)));

/** The adapter for `url` when it is on an enabled user-added site. */
export async function customSiteFor(url: string): Promise<SiteAdapter | undefined> {
  const site = (await getCustomSites()).find((s) => s.enabled && urlOnHost(url, s.host));
  return site ? customSiteAdapter(site.host) : undefined;
}
