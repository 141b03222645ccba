import { storage } from 'wxt/utils/storage';
import type { KeyedProviderId } from '../data/providers/keyed';
import { ProviderKeysSchema, type ProviderKeyEntry, type ProviderKeys } from './provider-keys-schema';

export { KEYED_PROVIDER_IDS, type ProviderKeyEntry, type ProviderKeys } from './provider-keys-schema';

/**
 * Keys for the optional keyed providers, in storage.local of this browser profile only (never
 * synced). The background reads them to call the provider, and nothing else ever sees them:
 * provider URLs are redacted in errors and health records, and no key is logged.
 */
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
