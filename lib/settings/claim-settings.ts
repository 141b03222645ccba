import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { CLAIM_SETTINGS_KEY, isClaimCheckOn } from './claim-check-key';

/**
 * Options → Claim check: whether the sidebar reads the article's market claims (fed range, rate
 * moves, yields, the small-cap discount, multiples, caps, returns) and sets them against our data.
 * On by default; when off the article's text is not sent to the background at all.
 */
export const ClaimSettingsSchema = z.object({ enabled: z.boolean() });
export type ClaimSettings = z.infer<typeof ClaimSettingsSchema>;

export const DEFAULT_CLAIM_SETTINGS: Readonly<ClaimSettings> = Object.freeze({ enabled: true });

const item = storage.defineItem<unknown>(`local:${CLAIM_SETTINGS_KEY}`, { fallback: DEFAULT_CLAIM_SETTINGS, version: 1 });

export async function getClaimSettings(): Promise<ClaimSettings> {
  return { enabled: isClaimCheckOn(await item.getValue()) };
}

export async function setClaimSettings(change: Partial<ClaimSettings>): Promise<ClaimSettings> {
  const next = ClaimSettingsSchema.parse({ ...(await getClaimSettings()), ...change });
  await item.setValue(next);
  return next;
}
