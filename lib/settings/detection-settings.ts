import { isRecord } from '../is-record';
import { versionedRecord } from './versioned-record';

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

const FIELDS = ['highlight', 'companyNames'] as const;

/**
 * A version-1 value over the defaults (a missing field keeps its default), or null when it is
 * unreadable (not an object, or a field that is not a boolean). Checked by hand: the content
 * script reads this on every supported page and carries no zod (README "Performance").
 */
function readDetectionSettings(d: unknown): DetectionSettings | null {
  if (!isRecord(d) || !FIELDS.every((k) => ['boolean', 'undefined'].includes(typeof d[k]))) return null;
  const stored = d as Partial<DetectionSettings>;
  return { highlight: stored.highlight ?? DEFAULT_DETECTION_SETTINGS.highlight, companyNames: stored.companyNames ?? DEFAULT_DETECTION_SETTINGS.companyNames };
}

// Version 1: { highlight?, companyNames? }, the shape stored before versions.
const item = versionedRecord('detectionSettings', 1, {}, readDetectionSettings);

const orDefaults = (s: DetectionSettings | null): DetectionSettings => s ?? { ...DEFAULT_DETECTION_SETTINGS };

export const getDetectionSettings = async (): Promise<DetectionSettings> => orDefaults(await item.get());

export function setDetectionSettings(change: Partial<DetectionSettings>): Promise<DetectionSettings> {
  return item.set((current) => {
    const next = { ...orDefaults(current), ...change };
    const bad = FIELDS.find((k) => typeof next[k] !== 'boolean');
    if (bad) throw new Error(`Detection setting "${bad}" must be on or off.`);
    return next;
  });
}

/** Calls `onChange` with the new settings whenever they change in storage; returns the unsubscribe. */
export const watchDetectionSettings = (onChange: (s: DetectionSettings) => void): (() => void) => item.watch((s) => onChange(orDefaults(s)));
