import { storage } from 'wxt/utils/storage';

/**
 * A setting of the extension pages and the background in storage.local, through WXT's
 * storage.defineItem with a version and a migrations map. Version 1 is the shape every setting
 * had when versions were introduced; a value stored before that (no version beside it) is read
 * as version 1, which is that same shape. A later shape raises `version` and adds the function
 * that turns version N-1 into N under `migrations[N]`.
 *
 * A stored value the schema refuses (hand-edited, or written by a newer CapLens) reads as the
 * fallback, with a console error naming the key and the reason, and loses nothing: reading never
 * writes, and the first write over it keeps the old value under `<key>Unreadable` first.
 * (The content script's settings, and the popup's recent lookups, use ./versioned-record.ts
 * instead, the same versions and storage layout without this wrapper's 3 KB gzipped.)
 */
export interface SettingSpec<T> {
  key: string;
  fallback: T;
  /** A zod-style safeParse: the value as T, or the reason it is not one. */
  parse: (raw: unknown) => { success: true; data: T } | { success: false; error: { message: string } };
  version: number;
  migrations: Record<number, (old: unknown) => unknown>;
}

export function defineSetting<T>(spec: SettingSpec<T>) {
  const item = storage.defineItem<unknown>(`local:${spec.key}`, { fallback: spec.fallback, version: spec.version, migrations: spec.migrations });
  const read = async (): Promise<{ value: T; unreadable?: unknown }> => {
    const raw = await item.getValue();
    const parsed = spec.parse(raw);
    if (parsed.success) return { value: parsed.data };
    console.error(`[CapLens] The stored setting "${spec.key}" is unreadable and was left as it is; using the defaults. ${parsed.error.message}`);
    return { value: spec.fallback, unreadable: raw };
  };
  return {
    get: async (): Promise<T> => (await read()).value,
    async set(next: T): Promise<void> {
      const { unreadable } = await read();
      if (unreadable !== undefined) await storage.setItem(`local:${spec.key}Unreadable`, unreadable);
      await item.setValue(next);
    },
  };
}
