import type { IDBPDatabase } from 'idb';
import { SymbolRecordSchema, type SymbolRecord } from '../data/symbol-record';
import type { CapLensDB } from './db';

const SNAPSHOT_KEY = 'snapshot';

export interface SnapshotMeta {
  /** Identifies the exact snapshot (schema, build date, content hash): a different one reloads. */
  key: string;
  builtAt: string;
  count: number;
  loadedAt: string;
}

const MEMO_LIMIT = 4000;

/**
 * Symbols served from IndexedDB; filled from the embedded snapshot. Validated records are
 * memoised (bounded, oldest dropped first) because pages ask for the same few dozen
 * symbols over and over; the memo is cleared whenever a snapshot is loaded.
 */
export function createSymbolStore(db: IDBPDatabase<CapLensDB>) {
  const memo = new Map<string, SymbolRecord>();
  const remember = (r: SymbolRecord) => {
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    memo.set(r.symbol, r);
  };

  async function snapshotMeta(): Promise<SnapshotMeta | null> {
    const row = await db.get('meta', SNAPSHOT_KEY);
    return (row?.value as SnapshotMeta | undefined) ?? null;
  }

  return {
    snapshotMeta,
    /**
     * Loads the snapshot's records unless this exact build is already loaded, so
     * repeated service-worker starts cost one read. One transaction: a failure
     * (quota, abort) leaves the previous data as it was.
     */
    async loadSnapshot(id: { key: string; builtAt: string }, records: SymbolRecord[], now = new Date()): Promise<boolean> {
      const meta = await snapshotMeta();
      if (meta?.key === id.key && meta.count === records.length) return false;
      memo.clear();
      // Relaxed durability: this data can always be reloaded from the bundle, so skip the fsync wait.
      const tx = db.transaction(['symbols', 'meta'], 'readwrite', { durability: 'relaxed' });
      const symbols = tx.objectStore('symbols');
      await symbols.clear();
      for (const r of records) void symbols.put(r);
      void tx.objectStore('meta').put({
        key: SNAPSHOT_KEY,
        value: { key: id.key, builtAt: id.builtAt, count: records.length, loadedAt: now.toISOString() } satisfies SnapshotMeta,
      });
      await tx.done;
      return true;
    },
    /** A record read back is validated; an invalid one is treated as missing, never shown. */
    async get(symbol: string): Promise<SymbolRecord | undefined> {
      const hit = memo.get(symbol);
      if (hit) return hit;
      const parsed = SymbolRecordSchema.safeParse(await db.get('symbols', symbol));
      if (!parsed.success) return undefined;
      remember(parsed.data);
      return parsed.data;
    },
    async getMany(symbols: string[]): Promise<Map<string, SymbolRecord>> {
      const out = new Map<string, SymbolRecord>();
      const missing = symbols.filter((s) => {
        const hit = memo.get(s);
        if (hit) out.set(s, hit);
        return !hit;
      });
      if (!missing.length) return out;
      const tx = db.transaction('symbols');
      const rows = await Promise.all(missing.map((s) => tx.store.get(s)));
      rows.forEach((row) => {
        const parsed = SymbolRecordSchema.safeParse(row);
        if (!parsed.success) return;
        out.set(parsed.data.symbol, parsed.data);
        remember(parsed.data);
      });
      return out;
    },
    async has(symbol: string): Promise<boolean> {
      return (await db.getKey('symbols', symbol)) !== undefined;
    },
    async all(): Promise<SymbolRecord[]> {
      return (await db.getAll('symbols')).flatMap((row) => {
        const parsed = SymbolRecordSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}

export type SymbolStore = ReturnType<typeof createSymbolStore>;
