import * as z from 'zod/mini';
import type { TabMessage } from './tab-messages';

/**
 * The zod shape of the messages the background sends to a tab, checked before each is sent
 * (the background carries zod anyway). The page checks the same shape by hand in
 * ./tab-messages.ts, so the content script carries no zod (README "Performance").
 */
export const TabMessageSchema = z.discriminatedUnion('type', [
  // The keyboard shortcut (commands API).
  z.strictObject({ type: z.literal('sidebar:toggle') }),
  // Live figures for these symbols landed in the cache after the page's cards were answered.
  z.strictObject({ type: z.literal('cards:update'), symbols: z.array(z.string().check(z.minLength(1), z.maxLength(16))).check(z.maxLength(50)) }),
]);

/** The message, checked; throws on a shape the page would refuse. */
export function checkedTabMessage(m: TabMessage): TabMessage {
  return z.parse(TabMessageSchema, m);
}
