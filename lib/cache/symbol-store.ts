import type { IDBPDatabase } from 'idb';
import { SymbolRecordSchema, type SymbolRecord } from '../data/symbol-record';
import type { CapLensDB } from './db';

const SNAPSHOT_KEY = 'snapshot';

export interface SnapshotMeta {
  builtAt: string;
  count: number;
  loadedAt: string;
}

/** Symbols served from IndexedDB; filled from the embedded snapshot. */
export function createSymbolStore(db: IDBPDatabase<CapLensDB>) {
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
    async loadSnapshot(builtAt: string, records: SymbolRecord[], now = new Date()): Promise<boolean> {
      const meta = await snapshotMeta();
      if (meta?.builtAt === builtAt && meta.count === records.length) return false;
      const tx = db.transaction(['symbols', 'meta'], 'readwrite');
      const symbols = tx.objectStore('symbols');
      await symbols.clear();
      for (const r of records) void symbols.put(r);
      void tx.objectStore('meta').put({
        key: SNAPSHOT_KEY,
        value: { builtAt, count: records.length, loadedAt: now.toISOString() } satisfies SnapshotMeta,
      });
      await tx.done;
      return true;
    },
    /** A record read back is validated; an invalid one is treated as missing, never shown. */
    async get(symbol: string): Promise<SymbolRecord | undefined> {
      const parsed = SymbolRecordSchema.safeParse(await db.get('symbols', symbol));
      return parsed.success ? parsed.data : undefined;
    },
    async getMany(symbols: string[]): Promise<Map<string, SymbolRecord>> {
      const tx = db.transaction('symbols');
      const rows = await Promise.all(symbols.map((s) => tx.store.get(s)));
      const out = new Map<string, SymbolRecord>();
      rows.forEach((row) => {
        const parsed = SymbolRecordSchema.safeParse(row);
        if (parsed.success) out.set(parsed.data.symbol, parsed.data);
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
