import { browser } from 'wxt/browser';
import { customSiteAdapter, urlOnHost } from '../sites/custom';
import type { SiteAdapter } from '../sites/site';

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
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
    const { host, enabled } = e as Record<string, unknown>;
    if (typeof host !== 'string' || host.length > 253 || typeof enabled !== 'boolean') return null;
    out.push({ host, enabled });
  }
  return out;
}

export const CUSTOM_SITES_KEY = 'customSites';

/** Unreadable stored data falls back to "no custom sites" rather than breaking pages. */
export async function getCustomSites(): Promise<CustomSite[]> {
  return readCustomSites((await browser.storage.local.get(CUSTOM_SITES_KEY))[CUSTOM_SITES_KEY]) ?? [];
}

export async function setCustomSites(sites: CustomSite[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_SITES_KEY]: sites });
}

/** Adds (or re-enables) a host; keeps the list's order. */
export async function addCustomSite(host: string): Promise<CustomSite[]> {
  const all = await getCustomSites();
  const next = all.some((s) => s.host === host) ? all.map((s) => (s.host === host ? { ...s, enabled: true } : s)) : [...all, { host, enabled: true }];
  await setCustomSites(next);
  return next;
}

export async function removeCustomSite(host: string): Promise<CustomSite[]> {
  const next = (await getCustomSites()).filter((s) => s.host !== host);
  await setCustomSites(next);
  return next;
}

export async function setCustomSiteEnabled(host: string, enabled: boolean): Promise<CustomSite[]> {
  const next = (await getCustomSites()).map((s) => (s.host === host ? { ...s, enabled } : s));
  await setCustomSites(next);
  return next;
}

/** The adapter for `url` when it is on an enabled user-added site. */
export async function customSiteFor(url: string): Promise<SiteAdapter | undefined> {
  const site = (await getCustomSites()).find((s) => s.enabled && urlOnHost(url, s.host));
  return site ? customSiteAdapter(site.host) : undefined;
}
