import { browser } from 'wxt/browser';
// zod/mini: the content script reads this list on pages that are not built-in sites.
import * as z from 'zod/mini';
import { customSiteAdapter, urlOnHost } from '../sites/custom';
import type { SiteAdapter } from '../sites/site';

/** Sites the user added in Options, in storage.local so the content script can read them. */
const CustomSitesSchema = z.array(z.object({ host: z.string().check(z.maxLength(253)), enabled: z.boolean() }));
export type CustomSite = z.infer<typeof CustomSitesSchema>[number];

export const CUSTOM_SITES_KEY = 'customSites';

/** Unreadable stored data falls back to "no custom sites" rather than breaking pages. */
export async function getCustomSites(): Promise<CustomSite[]> {
  const parsed = CustomSitesSchema.safeParse((await browser.storage.local.get(CUSTOM_SITES_KEY))[CUSTOM_SITES_KEY]);
  return parsed.success ? parsed.data : [];
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
