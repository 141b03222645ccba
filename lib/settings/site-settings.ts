import { isRecord } from '../is-record';
import { versionedRecord } from './versioned-record';

/**
 * Per-site preferences, in extension storage so the content script can read them
 * before asking the background anything. Keyed by site id from lib/sites.
 */
export interface SitePrefs {
  enabled?: boolean;
  collapsed?: boolean;
  /** CSS pixels, an integer 0–4000 (clamped to SIDEBAR_WIDTH when used). */
  width?: number;
  /** Docking: true pushes the page aside (it narrows by the panel's width); false overlays it. */
  push?: boolean;
}

const optionalBoolean = (v: unknown) => v === undefined || typeof v === 'boolean';

/**
 * One site's stored entry with its known fields only, or null when one of them has the wrong type.
 * Checked by hand rather than with a schema library: this runs in every supported page, and the
 * content script carries no zod (README "Performance"). Storage is written by CapLens alone.
 */
export function readSitePrefs(v: unknown): SitePrefs | null {
  if (!isRecord(v)) return null;
  const { enabled, collapsed, width, push } = v;
  if (!optionalBoolean(enabled) || !optionalBoolean(collapsed) || !optionalBoolean(push)) return null;
  if (width !== undefined && !(Number.isInteger(width) && (width as number) >= 0 && (width as number) <= 4000)) return null;
  const out: SitePrefs = {};
  if (enabled !== undefined) out.enabled = enabled as boolean;
  if (collapsed !== undefined) out.collapsed = collapsed as boolean;
  if (width !== undefined) out.width = width as number;
  if (push !== undefined) out.push = push as boolean;
  return out;
}
export type SiteSettings = Record<string, SitePrefs>;

/**
 * Each site's entry is checked on its own: an unreadable one falls back to that site's defaults,
 * and the other sites keep theirs (the next write would otherwise drop them all). Null when the
 * whole value is not a map of sites.
 */
function readSiteSettings(raw: unknown): SiteSettings | null {
  if (!isRecord(raw)) return null;
  const out: SiteSettings = {};
  for (const [id, value] of Object.entries(raw)) {
    const prefs = readSitePrefs(value);
    if (prefs && id !== '__proto__') out[id] = prefs;
  }
  return out;
}

// Version 1: { [siteId]: SitePrefs }, the shape stored before versions (./versioned-record.ts:
// plain storage.local, as this runs in every supported page).
const item = versionedRecord('siteSettings', 1, {}, readSiteSettings);

export const getSiteSettings = async (): Promise<SiteSettings> => (await item.get()) ?? {};

/** The sidebar's width in CSS pixels: default, and the range a drag or the arrow keys may set. */
export const SIDEBAR_WIDTH = { default: 360, min: 280, max: 720 } as const;

export const clampWidth = (w: number): number => Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, w)));

export async function getSitePrefs(siteId: string): Promise<Required<SitePrefs>> {
  const prefs = (await getSiteSettings())[siteId] ?? {};
  return { enabled: prefs.enabled ?? true, collapsed: prefs.collapsed ?? false, width: clampWidth(prefs.width ?? SIDEBAR_WIDTH.default), push: prefs.push ?? false };
}

export async function setSitePrefs(siteId: string, change: SitePrefs): Promise<void> {
  await item.set((all) => ({ ...all, [siteId]: { ...all?.[siteId], ...change } }));
}
