import { browser } from 'wxt/browser';
// zod/mini: read by the content script on every supported page.
import * as z from 'zod/mini';

/**
 * Per-site preferences, in extension storage so the content script can read them
 * before asking the background anything. Keyed by site id from lib/sites.
 */
const SitePrefsSchema = z.object({
  enabled: z.optional(z.boolean()),
  collapsed: z.optional(z.boolean()),
  width: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(4000))),
  /** Docking: true pushes the page aside (it narrows by the panel's width); false overlays it. */
  push: z.optional(z.boolean()),
});
export type SitePrefs = z.infer<typeof SitePrefsSchema>;
export type SiteSettings = Record<string, SitePrefs>;

// Plain storage.local rather than a storage wrapper library: this runs in every supported page.
const KEY = 'siteSettings';
const read = async (): Promise<unknown> => (await browser.storage.local.get(KEY))[KEY];

/**
 * Each site's entry is schema-checked on its own: an unreadable one falls back to that site's
 * defaults, and the other sites keep theirs (the next write would otherwise drop them all).
 * A loop rather than z.record(), which would add 0.5 KB gzipped to the content script.
 */
export async function getSiteSettings(): Promise<SiteSettings> {
  const raw = await read();
  const out: SiteSettings = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [id, value] of Object.entries(raw)) {
    const parsed = SitePrefsSchema.safeParse(value);
    if (parsed.success && id !== '__proto__') out[id] = parsed.data;
  }
  return out;
}

/** The sidebar's width in CSS pixels: default, and the range a drag or the arrow keys may set. */
export const SIDEBAR_WIDTH = { default: 360, min: 280, max: 720 } as const;

export const clampWidth = (w: number): number => Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, w)));

export async function getSitePrefs(siteId: string): Promise<Required<SitePrefs>> {
  const prefs = (await getSiteSettings())[siteId] ?? {};
  return { enabled: prefs.enabled ?? true, collapsed: prefs.collapsed ?? false, width: clampWidth(prefs.width ?? SIDEBAR_WIDTH.default), push: prefs.push ?? false };
}

export async function setSitePrefs(siteId: string, change: SitePrefs): Promise<void> {
  const all = await getSiteSettings();
  await browser.storage.local.set({ [KEY]: { ...all, [siteId]: { ...all[siteId], ...change } } });
}
