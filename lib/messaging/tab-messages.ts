import * as z from 'zod/mini';

/**
 * Messages the background sends to a tab's content script, checked there like every reply
 * (zod/mini, which the page already carries for those). Exact shapes: unknown keys are refused.
 */
export const TabMessageSchema = z.discriminatedUnion('type', [
  // The keyboard shortcut (commands API).
  z.strictObject({ type: z.literal('sidebar:toggle') }),
  // Live figures for these symbols landed in the cache after the page's cards were answered.
  z.strictObject({ type: z.literal('cards:update'), symbols: z.array(z.string().check(z.minLength(1), z.maxLength(16))).check(z.maxLength(50)) }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;

/** The message if it is one of ours, else null. */
export function parseTabMessage(m: unknown): TabMessage | null {
  const r = z.safeParse(TabMessageSchema, m);
  return r.success ? r.data : null;
}
