import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Per-site preferences, in extension storage so the content script can read them
 * before asking the background anything. Keyed by site id from lib/sites.
 */
const SiteSettingsSchema = z.record(
  z.string(),
  z.object({ enabled: z.boolean().optional(), collapsed: z.boolean().optional() }),
);
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;
export type SitePrefs = SiteSettings[string];

const item = storage.defineItem<unknown>('local:siteSettings', { fallback: {} });

/** Unreadable stored settings fall back to defaults rather than breaking the page. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const parsed = SiteSettingsSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}

export async function getSitePrefs(siteId: string): Promise<Required<SitePrefs>> {
  const prefs = (await getSiteSettings())[siteId] ?? {};
  return { enabled: prefs.enabled ?? true, collapsed: prefs.collapsed ?? false };
}

export async function setSitePrefs(siteId: string, change: SitePrefs): Promise<void> {
  const all = await getSiteSettings();
  await item.setValue({ ...all, [siteId]: { ...all[siteId], ...change } });
}

export function watchSiteSettings(cb: (s: SiteSettings) => void): () => void {
  return item.watch((v) => {
    const parsed = SiteSettingsSchema.safeParse(v);
    cb(parsed.success ? parsed.data : {});
  });
}
