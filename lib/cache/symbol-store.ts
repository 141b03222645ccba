import type { IDBPDatabase } from 'idb';
import { SymbolRecordSchema, type SymbolRecord } from '../data/symbol-record';
import type { CapLensDB, SymbolChunk } from './db';

const SNAPSHOT_KEY = 'snapshot';
const MEMO_LIMIT = 4000;
/** ~80 records per bucket for the 10k-symbol universe. */
export const CHUNK_COUNT = 128;

export interface SnapshotMeta {
  /** Identifies the exact snapshot (schema, build date, content hash): a different one reloads. */
  key: string;
  builtAt: string;
  count: number;
  loadedAt: string;
}

/** Stable bucket of a symbol (FNV-1a), so a lookup reads one small chunk. */
export function chunkOf(symbol: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < symbol.length; i++) h = Math.imul(h ^ symbol.charCodeAt(i), 0x01000193);
  return String((h >>> 0) % CHUNK_COUNT);
}

/**
 * Symbols served from IndexedDB; filled from the embedded snapshot. Records are stored in
 * buckets and validated one by one when read (an invalid record is treated as missing).
 * Validated records are memoised (bounded) because pages ask for the same few dozen symbols
 * over and over; the memo is cleared whenever a snapshot is loaded.
 *
 * Misses are memoised too (null): most of what a page sends are symbol-shaped words that are no
 * ticker (CEO, GDP, AI), and each one used to read and deserialise a whole bucket of ~80 records
 * on every scan of every page, the largest cost of a page's first card once records carried
 * per-dataset valuation and industries.
 */
export function createSymbolStore(db: IDBPDatabase<CapLensDB>) {
  const memo = new Map<string, SymbolRecord | null>();
  const remember = (symbol: string, r: SymbolRecord | null) => {
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    memo.set(symbol, r);
  };

  async function snapshotMeta(): Promise<SnapshotMeta | null> {
    const row = await db.get('meta', SNAPSHOT_KEY);
    return (row?.value as SnapshotMeta | undefined) ?? null;
  }

  function pick(chunk: SymbolChunk | undefined, symbol: string): SymbolRecord | undefined {
    const raw = chunk?.records.find((r) => (r as { symbol?: unknown })?.symbol === symbol);
    const parsed = raw === undefined ? undefined : SymbolRecordSchema.safeParse(raw);
    const record = parsed?.success ? parsed.data : null;
    remember(symbol, record);
    return record ?? undefined;
  }

  return {
    snapshotMeta,
    /**
     * Loads the snapshot's records unless this exact build is already loaded, so repeated
     * service-worker starts cost one read. One transaction: a failure (quota, abort) leaves
     * the previous data as it was.
     */
    async loadSnapshot(id: { key: string; builtAt: string }, records: SymbolRecord[], now = new Date()): Promise<boolean> {
      const meta = await snapshotMeta();
      if (meta?.key === id.key && meta.count === records.length) return false;
      memo.clear();
      const buckets = new Map<string, SymbolRecord[]>();
      for (const r of records) {
        const k = chunkOf(r.symbol);
        (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(r);
      }
      // Relaxed durability: this data can always be reloaded from the bundle, so skip the fsync wait.
      const tx = db.transaction(['symbolChunks', 'meta'], 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('symbolChunks');
      await store.clear();
      for (const [chunkId, chunkRecords] of buckets) void store.put({ id: chunkId, records: chunkRecords });
      void tx.objectStore('meta').put({
        key: SNAPSHOT_KEY,
        value: { key: id.key, builtAt: id.builtAt, count: records.length, loadedAt: now.toISOString() } satisfies SnapshotMeta,
      });
      await tx.done;
      return true;
    },
    async get(symbol: string): Promise<SymbolRecord | undefined> {
      const known = memo.get(symbol);
      if (known !== undefined) return known ?? undefined;
      return pick(await db.get('symbolChunks', chunkOf(symbol)), symbol);
    },
    async getMany(symbols: string[]): Promise<Map<string, SymbolRecord>> {
      const out = new Map<string, SymbolRecord>();
      const missing = new Map<string, string[]>();
      for (const s of symbols) {
        const hit = memo.get(s);
        if (hit) out.set(s, hit);
        else if (hit === undefined) (missing.get(chunkOf(s)) ?? missing.set(chunkOf(s), []).get(chunkOf(s))!).push(s);
      }
      if (!missing.size) return out;
      const tx = db.transaction('symbolChunks');
      await Promise.all(
        [...missing].map(async ([chunkId, wanted]) => {
          const chunk = await tx.store.get(chunkId);
          for (const s of wanted) {
            const r = pick(chunk, s);
            if (r) out.set(s, r);
          }
        }),
      );
      return out;
    },
    async has(symbol: string): Promise<boolean> {
      return (await this.get(symbol)) !== undefined;
    },
    /** Every valid record (for the search index); invalid ones are skipped. */
    async all(): Promise<SymbolRecord[]> {
      return (await db.getAll('symbolChunks')).flatMap((chunk) =>
        chunk.records.flatMap((row) => {
          const parsed = SymbolRecordSchema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        }),
      );
    },
  };
}

export type SymbolStore = ReturnType<typeof createSymbolStore>;
