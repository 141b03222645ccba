/**
 * Messages the background sends to a tab's content script. Kept free of zod so the
 * content script stays small; the check is exact (one known shape) rather than partial.
 */
export type TabMessage = { type: 'sidebar:toggle' };

export function isTabMessage(m: unknown): m is TabMessage {
  return typeof m === 'object' && m !== null && Object.keys(m).length === 1 && (m as { type?: unknown }).type === 'sidebar:toggle';
}
