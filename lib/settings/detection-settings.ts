import { browser } from 'wxt/browser';

/**
 * What the content script does with a page, beyond the sidebar's cards. Both are off by default:
 * - `highlight`: mark the detected tickers in the page's text (CSS Custom Highlight API: no DOM or
 *   layout change, but a page script can see that a highlight is registered).
 * - `companyNames`: also report companies named without a symbol ("Bank of America" → BAC). Off
 *   because names are lower-confidence evidence, make every text run with a capital worth parsing, and the scan CLI
 *   (DESIGN.md contract 1) reports tickers only by default: off, the sidebar equals the CLI.
 */
export interface DetectionSettings {
  highlight: boolean;
  companyNames: boolean;
}

export const DEFAULT_DETECTION_SETTINGS: Readonly<DetectionSettings> = Object.freeze({ highlight: false, companyNames: false });

const KEY = 'detectionSettings';

const FIELDS = ['highlight', 'companyNames'] as const;

/**
 * Stored values over the defaults (a missing field keeps its default); an unreadable value (not an
 * object, or a field that is not a boolean) gives the defaults. Checked by hand: the content script
 * reads this on every supported page and carries no zod (README "Performance").
 */
export function parseDetectionSettings(raw: unknown): DetectionSettings {
  const d = raw ?? {};
  const ok = typeof d === 'object' && !Array.isArray(d) && FIELDS.every((k) => ['boolean', 'undefined'].includes(typeof (d as Record<string, unknown>)[k]));
  const stored = ok ? (d as Partial<DetectionSettings>) : {};
  return { highlight: stored.highlight ?? DEFAULT_DETECTION_SETTINGS.highlight, companyNames: stored.companyNames ?? DEFAULT_DETECTION_SETTINGS.companyNames };
}

export async function getDetectionSettings(): Promise<DetectionSettings> {
  return parseDetectionSettings((await browser.storage.local.get(KEY))[KEY]);
}

export async function setDetectionSettings(change: Partial<DetectionSettings>): Promise<DetectionSettings> {
  const next = { ...(await getDetectionSettings()), ...change };
  const bad = FIELDS.find((k) => typeof next[k] !== 'boolean');
  if (bad) throw new Error(`Detection setting "${bad}" must be on or off.`);
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
