import { z } from 'zod';
import { CLAIM_SETTINGS_KEY } from './claim-check-key';
import { defineSetting } from './setting-item';

/**
 * Options → Claim check: whether the sidebar reads the article's market claims (fed range, rate
 * moves, yields, the small-cap discount, multiples, caps, returns) and sets them against our data.
 * On by default; when off the article's text is not sent to the background at all.
 */
export const ClaimSettingsSchema = z.object({ enabled: z.boolean() });
export type ClaimSettings = z.infer<typeof ClaimSettingsSchema>;

export const DEFAULT_CLAIM_SETTINGS: Readonly<ClaimSettings> = Object.freeze({ enabled: true });

// Version 1: { enabled }. The content script reads the raw value by hand (./claim-check-key.ts).
const item = defineSetting<ClaimSettings>({ key: CLAIM_SETTINGS_KEY, fallback: DEFAULT_CLAIM_SETTINGS, parse: (v) => ClaimSettingsSchema.safeParse(v), version: 1, migrations: {} });

export const getClaimSettings = (): Promise<ClaimSettings> => item.get();

export async function setClaimSettings(change: Partial<ClaimSettings>): Promise<ClaimSettings> {
  const next = ClaimSettingsSchema.parse({ ...(await getClaimSettings()), ...change });
  await item.set(next);
  return next;
}
