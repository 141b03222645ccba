import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { russellIndexOf } from '../../../lib/data/russell-index';
import { SNAPSHOT_SCHEMA_VERSION, SnapshotSchema, SYMBOL_FIELDS } from '../../../lib/data/snapshot-schema';
import { realSnapshot, SOURCES_DIR } from './real-snapshot';

const REQUIRED_ETFS = 'IWM IWB IWV IWC IJR IJH SPY VOO IVV QQQ DIA VB VTWO SCHA KRE KBE XLF XLE XLI XBI TNA TZA'.split(' ');
const col = (name: (typeof SYMBOL_FIELDS)[number]) => SYMBOL_FIELDS.indexOf(name);

describe('snapshot built from data/sources', () => {
  const snap = realSnapshot();
  const rows = snap.symbols.rows;
  const bySymbol = new Map(rows.map((r) => [r[0], r]));

  test('is schema-valid and deterministic', () => {
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(snap.builtAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('covers the universe with market caps', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6000);
    expect(rows.filter((r) => r[col('marketCap')] !== null).length).toBeGreaterThanOrEqual(5000);
    expect(rows.filter((r) => r[col('sp500')] === 1).length).toBe(503);
  });

  test('is small enough to ship', () => {
    const gz = gzipSync(JSON.stringify(snap), { level: 9 }).length;
    console.log(`snapshot: ${rows.length} symbols, ${(JSON.stringify(snap).length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);
    // 650 KB since the funds of the Finviz export joined the universe (4,466 names, +42 KB).
    expect(gz).toBeLessThan(650 * 1024);
  });

  test('has ETF facts for every listed fund, and those funds are in the universe as ETFs', () => {
    const etfs = new Map(snap.etfs.rows.map((r) => [r[0], r]));
    for (const s of REQUIRED_ETFS) {
      expect(etfs.has(s), s).toBe(true);
      expect(bySymbol.get(s)?.[col('kind')], s).toBe('etf');
    }
    expect(etfs.get('TNA')?.slice(3, 6)).toEqual(['Russell 2000', 'small', 3]);
    expect(etfs.get('TZA')?.[5]).toBe(-3);
    expect(etfs.get('KRE')?.[3]).toBe('S&P Regional Banks Select Industry');
  });

  test('share classes use a dot; BRK.B is a mega-cap S&P 500 stock with a sourced market cap', () => {
    const brk = bySymbol.get('BRK.B')!;
    expect(brk).toBeDefined();
    expect(bySymbol.has('BRK-B')).toBe(false);
    expect(brk[col('kind')]).toBe('stock');
    expect(brk[col('sp500')]).toBe(1);
    expect(brk[col('marketCap')]).toBeGreaterThan(200e9);
    expect(brk[col('marketCapSource')]).not.toBeNull();
  });

  test('S&P 500 members take their cap from the 2026-08-21 listings like everyone, their P/E from the S&P financials; bad and stale rows do not leak in', () => {
    const aapl = bySymbol.get('AAPL')!;
    expect(aapl[col('marketCapSource')]).toBe('nq26');
    expect(aapl[col('marketCap')]).toBe(4514709583000);
    expect(aapl[col('valuationSource')]).toBe('spf');
    expect(aapl[col('pe')]).toBeGreaterThan(0);
    // PARA has left the index; its financials row (market cap $4.6M) must not be used anywhere.
    const para = bySymbol.get('PARA');
    if (para) expect(para[col('marketCapSource')]).not.toBe('spf');
    for (const r of rows) {
      if (r[col('marketCapSource')] === 'spf') expect(r[col('marketCap')]!).toBeGreaterThanOrEqual(100e6);
      if (r[col('valuationSource')] === 'spf') expect(r[col('sp500')]).toBe(1);
      if (r[col('pe')] !== null) expect(r[col('pe')]!).toBeGreaterThan(0);
    }
  });

  test('non-members take the 2026-08-21 listings cap; preferreds get no market cap', () => {
    const zion = bySymbol.get('ZION')!;
    expect(zion[col('marketCapSource')]).toBe('nq26');
    expect(zion[col('marketCap')]).toBe(9945261610);
    expect(zion[col('kind')]).toBe('stock');
    expect(zion[col('listed')]).toBe(1);
    expect(snap.symbols.vocab.country[zion[col('country')] as number]).toBe('United States');
    expect(bySymbol.get('CCZ')?.[col('marketCap')] ?? null).toBeNull();
  });

  test('stocks gone from the 2026-08-21 listings (mergers: Comerica, Synovus) are not listed and show no cap', () => {
    for (const s of ['CMA', 'SNV']) {
      const r = bySymbol.get(s)!;
      expect(r[col('kind')], s).toBe('stock');
      expect(r[col('listed')], s).toBe(0);
      expect(r[col('marketCap')], s).toBeNull();
    }
  });

  test('every listed stock with a cap has the listings columns; most small and mid caps have an industry', () => {
    const listedStocks = rows.filter((r) => r[col('listed')] === 1 && r[col('marketCapSource')] === 'nq26');
    expect(listedStocks.length).toBeGreaterThan(5000);
    const withIndustry = listedStocks.filter((r) => r[col('listingIndustry')] !== null).length;
    expect(withIndustry / listedStocks.length).toBeGreaterThan(0.95);
  });

  test('Russell estimates: 2026 banded against 2025, each on its own rank day', () => {
    expect(snap.russell).toMatchObject({ source: 'rus', reconstitution: 2026, rankDay: '2026-04-30', capsAsOf: '2026-04-30', bandingFrom: 2025 });
    expect(snap.russell2025).toMatchObject({ source: 'rus25', reconstitution: 2025, rankDay: '2025-04-30', capsAsOf: '2025-04-30', bandingFrom: null });
    expect(snap.sources['rus']?.asOf).toBe('2026-04-30');
    expect(snap.sources['rus25']?.asOf).toBe('2025-04-30');
    expect(col('russellRank2025')).toBe(16);
    expect(col('russellCode2025')).toBe(17);
    // Banding moves some companies both years: 2026 against the 2025 estimate (and published tags),
    // 2025 against Finviz's published Russell 2000 tags (no 2024 membership may ship).
    const codes = (i: number) => new Set(rows.map((r) => r[i]));
    expect(codes(15).has('b1') && codes(15).has('b2')).toBe(true);
    expect(codes(17).has('b1') && codes(17).has('b2')).toBe(true);
    expect(snap.russell2025.bandingBasis).toMatch(/Finviz's Russell 2000 tags of 2025-12-22/);
    expect(snap.russell.bandingBasis).toBeUndefined();
  });

  test('Russell 2025 estimate: about 3,400 ranked companies, breakpoint near the published one', () => {
    const m = snap.russell2025;
    expect(m.companies).toBeGreaterThan(3000);
    expect(m.r1000LastRank).toBe(1000 - m.placeholders);
    expect(m.r2000LastRank).toBe(3000 - m.placeholders);
    // LSEG press release on the 2025 reconstitution: the large/small breakpoint "held steady at $4.6 billion".
    // A check against a public fact, independent of the IWM oracle.
    expect(m.breakpointCaps[0]!).toBeGreaterThan(4.6e9 * 0.9);
    expect(m.breakpointCaps[0]!).toBeLessThan(4.6e9 * 1.1);
    const ranked = rows.filter((r) => r[col('russellCode2025')] === 'rk');
    expect(ranked.length).toBeGreaterThan(3000);
    expect(col('russellRank')).toBe(14);
    const r2000 = rows.filter((r) => russellIndexOf(r[16], r[17], m) === 'r2000');
    expect(r2000.length).toBeGreaterThan(1900);
    expect(r2000.length).toBeLessThan(2100);
    // ZION: rank-day cap $6.7B ranks in the Russell 1000.
    expect(bySymbol.get('ZION')?.[col('russellCode2025')]).toBe('rk');
    expect(bySymbol.get('ZION')![16]!).toBeLessThanOrEqual(m.r1000LastRank);
  });

  test('never ships the IWM holdings or index-owner series', () => {
    expect(existsSync(`${SOURCES_DIR}/russell2000-iwm`)).toBe(false);
    expect(existsSync(`${SOURCES_DIR}/fred-history/SP500.csv`)).toBe(false);
    expect(existsSync(`${SOURCES_DIR}/fred-history/VIXCLS.csv`)).toBe(false);
  });
});
