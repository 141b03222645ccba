import { z } from 'zod';
import type { KeyedProviderId } from '../data/providers/keyed';

/**
 * The shape of the keyed providers' settings, apart from their storage item
 * (./provider-keys.ts) so the live-data code reads it in Node too (the lookup CLI).
 */
export const KEYED_PROVIDER_IDS = ['finnhub', 'alphavantage', 'fmp'] as const satisfies readonly KeyedProviderId[];

const Entry = z.object({ enabled: z.boolean(), key: z.string().max(200) });
export const ProviderKeysSchema = z.object({
  finnhub: Entry.optional(),
  alphavantage: Entry.optional(),
  fmp: Entry.optional(),
});
export type ProviderKeys = z.infer<typeof ProviderKeysSchema>;
export type ProviderKeyEntry = z.infer<typeof Entry>;

/** Providers that are switched on and have a key. */
export function activeKeyed(keys: ProviderKeys): { id: KeyedProviderId; key: string }[] {
  return KEYED_PROVIDER_IDS.flatMap((id) => {
    const e = keys[id];
    return e?.enabled && e.key.trim() ? [{ id, key: e.key.trim() }] : [];
  });
}
