import { browser } from 'wxt/browser';

/**
 * A setting in plain storage.local with a version and a migrations map, for the settings the
 * content script reads: WXT's storage.defineItem (lib/settings/setting-item.ts) costs the page
 * bundle 3 KB gzipped, this a few hundred bytes for all of them.
 *
 * The version is kept where defineItem keeps it, beside the value under `<key>$` as `{ v }`, so
 * the value itself keeps today's shape: what the options page, the background, the E2E tests and
 * the demo script write (the value alone) still reads, and an older CapLens still reads ours. A
 * value with no version beside it was stored before versions existed and is version 1, which is
 * that same shape. A value from a newer CapLens, or one `read` refuses, reads as null (the caller's
 * defaults) and is never rewritten by a read; the first write over it keeps it under
 * `<key>Unreadable`, as defineSetting does.
 *
 * A value written alone reads as the version beside it. Fine while every setting here is at
 * version 1; the setting that first moves to version 2 must have those writers (the E2E tests and
 * scripts/demo.ts write `detectionSettings` directly) write its `<key>$` too, or remove it.
 */
export type Migrations = Record<number, (old: unknown) => unknown>;

/**
 * `raw` (stored with `meta` beside it) brought to `version` through `migrations[n]` (version n-1
 * to n), or null when its version is not a whole number ≥ 1, is newer than `version`, or has no
 * path to it.
 */
export function migrate(raw: unknown, meta: unknown, version: number, migrations: Migrations): unknown {
  // Number.isInteger checks at run time what the cast only claims.
  let v = (meta as { v?: number } | null | undefined)?.v ?? 1;
  if (!Number.isInteger(v) || v < 1 || v > version) return null;
  while (v < version) {
    const step = migrations[++v];
    if (!step) return null;
    raw = step(raw);
  }
  return raw;
}

/** `read` checks a value of the current version: the setting, or null when it is unreadable. */
export function versionedRecord<T>(key: string, version: number, migrations: Migrations, read: (raw: unknown) => T | null) {
  const metaKey = key + '$';
  const load = async () => {
    const got = await browser.storage.local.get([key, metaKey]);
    const raw = got[key];
    const current = raw === undefined ? null : migrate(raw, got[metaKey], version, migrations);
    return { raw, value: current === null ? null : read(current) };
  };
  return {
    /** The stored setting, or null when there is none or it is unreadable (use the defaults). */
    get: async (): Promise<T | null> => (await load()).value,
    /** Writes `update(current)` with its version, in one storage call; returns what it wrote. */
    async set(update: (current: T | null) => T): Promise<T> {
      const { raw, value } = await load();
      const next = update(value);
      const write: Record<string, unknown> = { [key]: next, [metaKey]: { v: version } };
      if (raw !== undefined && value === null) write[key + 'Unreadable'] = raw;
      await browser.storage.local.set(write);
      return next;
    },
    /**
     * Calls `onChange` with the setting read afresh whenever the value changes: the change event
     * need not carry the version (Chromium leaves out keys written with the value they had), so
     * the new value alone cannot be migrated. Returns the unsubscribe.
     */
    watch(onChange: (value: T | null) => void): () => void {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && key in changes) void load().then((r) => onChange(r.value));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
