import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { KeyedProviderId } from '../data/providers/keyed';

/**
 * Keys for the optional keyed providers, in storage.local of this browser profile only (never
 * synced). The background reads them to call the provider, and nothing else ever sees them:
 * provider URLs are redacted in errors and health records, and no key is logged.
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

const item = storage.defineItem<unknown>('local:providerKeys', { fallback: {} });

export async function getProviderKeys(): Promise<ProviderKeys> {
  const parsed = ProviderKeysSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}

export async function setProviderKey(id: KeyedProviderId, change: Partial<ProviderKeyEntry>): Promise<ProviderKeys> {
  const all = await getProviderKeys();
  const next = ProviderKeysSchema.parse({ ...all, [id]: { enabled: false, key: '', ...all[id], ...change } });
  await item.setValue(next);
  return next;
}

/** Providers that are switched on and have a key. */
export function activeKeyed(keys: ProviderKeys): { id: KeyedProviderId; key: string }[] {
  return KEYED_PROVIDER_IDS.flatMap((id) => {
    const e = keys[id];
    return e?.enabled && e.key.trim() ? [{ id, key: e.key.trim() }] : [];
  });
}
