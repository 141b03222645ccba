import { browser } from 'wxt/browser';
// zod/mini: read by the content script on every supported page.
import * as z from 'zod/mini';

/**
 * Per-site preferences, in extension storage so the content script can read them
 * before asking the background anything. Keyed by site id from lib/sites.
 */
const SiteSettingsSchema = z.record(
  z.string(),
  z.object({ enabled: z.optional(z.boolean()), collapsed: z.optional(z.boolean()), width: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(4000))) }),
);
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;
export type SitePrefs = SiteSettings[string];

// Plain storage.local rather than a storage wrapper library: this runs in every supported page.
const KEY = 'siteSettings';
const read = async (): Promise<unknown> => (await browser.storage.local.get(KEY))[KEY];

/** Unreadable stored settings fall back to defaults rather than breaking the page. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const parsed = SiteSettingsSchema.safeParse(await read());
  return parsed.success ? parsed.data : {};
}

/** The sidebar's width in CSS pixels: default, and the range a drag or the arrow keys may set. */
export const SIDEBAR_WIDTH = { default: 360, min: 280, max: 720 } as const;

export const clampWidth = (w: number): number => Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, w)));

export async function getSitePrefs(siteId: string): Promise<Required<SitePrefs>> {
  const prefs = (await getSiteSettings())[siteId] ?? {};
  return { enabled: prefs.enabled ?? true, collapsed: prefs.collapsed ?? false, width: clampWidth(prefs.width ?? SIDEBAR_WIDTH.default) };
}

export async function setSitePrefs(siteId: string, change: SitePrefs): Promise<void> {
  const all = await getSiteSettings();
  await browser.storage.local.set({ [KEY]: { ...all, [siteId]: { ...all[siteId], ...change } } });
}
