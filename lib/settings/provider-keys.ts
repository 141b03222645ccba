import type { KeyedProviderId } from '../data/providers/keyed';
import { defineSetting } from './setting-item';
import { ProviderKeysSchema, type ProviderKeyEntry, type ProviderKeys } from './provider-keys-schema';

export { KEYED_PROVIDER_IDS, type ProviderKeyEntry, type ProviderKeys } from './provider-keys-schema';

/**
 * Keys for the optional keyed providers, in storage.local of this browser profile only (never
 * synced). The background reads them to call the provider, and nothing else ever sees them:
 * provider URLs are redacted in errors and health records, and no key is logged.
 */
// Version 1: { [provider]: { enabled, key } }.
const item = defineSetting<ProviderKeys>({ key: 'providerKeys', fallback: {}, parse: (v) => ProviderKeysSchema.safeParse(v), version: 1, migrations: {} });

export const getProviderKeys = (): Promise<ProviderKeys> => item.get();

export async function setProviderKey(id: KeyedProviderId, change: Partial<ProviderKeyEntry>): Promise<ProviderKeys> {
  const all = await getProviderKeys();
  const next = ProviderKeysSchema.parse({ ...all, [id]: { enabled: false, key: '', ...all[id], ...change } });
  await item.set(next);
  return next;
}
