/**
 * A setting in extension storage, read once and kept until storage reports a change to its key.
 *
 * The background reads the same three settings (live data, provider keys, cap thresholds) on
 * every request; each read is a round trip from the service worker to the browser process, and
 * they were the largest part of a page's request once the cards themselves were cached. Storage
 * tells every context when a key changes (storage.onChanged), so the value is dropped then and
 * read afresh on next use. A failed read is not kept. The worker may be stopped at any time: a new
 * one starts with nothing cached.
 */
type OnChanged = {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
};

export function createSettingCache(onChanged: OnChanged, area = 'local') {
  const held = new Map<string, Promise<unknown>>();
  onChanged.addListener((changes, changedArea) => {
    if (changedArea !== area) return;
    for (const key of Object.keys(changes)) held.delete(key);
  });
  return function cached<T>(key: string, read: () => Promise<T>): () => Promise<T> {
    return () => {
      let p = held.get(key) as Promise<T> | undefined;
      if (!p) {
        p = read();
        held.set(key, p);
        // Not cached when it fails, and not dropped if a newer read has replaced it meanwhile.
        p.catch(() => held.get(key) === p && held.delete(key));
      }
      return p;
    };
  };
}
