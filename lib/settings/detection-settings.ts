import { browser } from 'wxt/browser';
// zod/mini: read by the content script on every supported page.
import * as z from 'zod/mini';

/**
 * What the content script does with a page, beyond the sidebar's cards. Both are off by default:
 * - `highlight`: mark the detected tickers in the page's text (CSS Custom Highlight API: no DOM or
 *   layout change, but a page script can see that a highlight is registered).
 * - `companyNames`: also report companies named without a symbol ("Bank of America" → BAC). Off
 *   because names are lower-confidence evidence, cost a second scan of the page, and the scan CLI
 *   (DESIGN.md contract 1) reports tickers only by default: off, the sidebar equals the CLI.
 */
export const DetectionSettingsSchema = z.object({ highlight: z.boolean(), companyNames: z.boolean() });
export type DetectionSettings = z.infer<typeof DetectionSettingsSchema>;

export const DEFAULT_DETECTION_SETTINGS: Readonly<DetectionSettings> = Object.freeze({ highlight: false, companyNames: false });

const KEY = 'detectionSettings';

// Field by field rather than z.partial(), which would add 0.4 KB gzipped to the content script.
const StoredSchema = z.object({ highlight: z.optional(z.boolean()), companyNames: z.optional(z.boolean()) });

/** Stored values over the defaults (a missing field keeps its default); an unreadable value gives the defaults. */
export function parseDetectionSettings(raw: unknown): DetectionSettings {
  const parsed = StoredSchema.safeParse(raw ?? {});
  const d = parsed.success ? parsed.data : {};
  return { highlight: d.highlight ?? DEFAULT_DETECTION_SETTINGS.highlight, companyNames: d.companyNames ?? DEFAULT_DETECTION_SETTINGS.companyNames };
}

export async function getDetectionSettings(): Promise<DetectionSettings> {
  return parseDetectionSettings((await browser.storage.local.get(KEY))[KEY]);
}

export async function setDetectionSettings(change: Partial<DetectionSettings>): Promise<DetectionSettings> {
  const next = DetectionSettingsSchema.parse({ ...(await getDetectionSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change in storage; returns the unsubscribe. */
export function watchDetectionSettings(onChange: (s: DetectionSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseDetectionSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
