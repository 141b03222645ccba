/**
 * Messages the background sends to a tab's content script. Checked here by hand, exactly
 * (known keys only, no extras), so the content script stays free of zod; the background checks
 * the same shapes with zod before sending (./tab-message-schema.ts), and a test keeps the two equal.
 */
import { isRecord } from '../is-record';

export type TabMessage = { type: 'sidebar:toggle' } | { type: 'cards:update'; symbols: string[] };

/** The message if it is one of ours, else null. */
export function parseTabMessage(m: unknown): TabMessage | null {
  if (!isRecord(m)) return null;
  const keys = Object.keys(m);
  if (m['type'] === 'sidebar:toggle') return keys.length === 1 ? { type: 'sidebar:toggle' } : null;
  if (m['type'] !== 'cards:update' || keys.length !== 2 || !Array.isArray(m['symbols'])) return null;
  const symbols = m['symbols'] as unknown[];
  if (symbols.length > 50 || !symbols.every((s) => typeof s === 'string' && s.length >= 1 && s.length <= 16)) return null;
  return { type: 'cards:update', symbols: [...(symbols as string[])] };
}
