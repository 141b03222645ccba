import { z } from 'zod';
import { BankBalanceSectionSchema } from './bank-balance-schema';
import { IsoDate, SourceId, SymbolText } from './schema-primitives';
import { DatasetRefsSchema, FUNDAMENTALS_FIELDS, FundamentalsRowSchema, SmallVsLargePointSchema, VALUATION_FIELDS, ValuationRowSchema } from './valuation-schema';

import { RANKED_RUSSELL_CODES, RussellCodeSchema, RussellMetaSchema } from './russell-schema';

// The valuation tables and the Russell estimate live in their own modules; re-exported so readers
// of the snapshot need one import.
export * from './valuation-schema';
export * from './russell-schema';

/**
 * The embedded data snapshot (public/data/snapshot.json), built by `npm run snapshot` from
 * data/sources/ and expanded by the background into SymbolRecords. Rows are positional tuples
 * rather than objects because ~10k repeated key names would triple the file; the field lists are
 * stored in the file too so that a reader can check it understands the layout.
 * Bump SNAPSHOT_SCHEMA_VERSION whenever a field list or meaning changes.
 */

export const SNAPSHOT_SCHEMA_VERSION = 3;

export const SYMBOL_FIELDS = [
  'symbol',
  'name',
  'cik',
  'exchange',
  'kind',
  'sector',
  'subIndustry',
  'sp500',
  'marketCap',
  'marketCapSource',
  'pe',
  'pb',
  'ebitda',
  'valuationSource',
  'russellRank',
  'russellCode',
  'russellRank2025',
  'russellCode2025',
  'listed',
  'country',
  'listingSector',
  'listingIndustry',
  'price',
] as const;


export const ETF_FIELDS = ['symbol', 'name', 'issuer', 'tracks', 'segment', 'leverage', 'sector'] as const;

export const MACRO_SERIES_IDS = ['DGS2', 'DGS10', 'DGS30', 'T10Y2Y', 'DFF'] as const;
export type MacroSeriesId = (typeof MACRO_SERIES_IDS)[number];

const VocabIndex = z.number().int().nonnegative();

/** Texts that symbol rows refer to by index (positions 19-21). */
export const VocabSchema = z.strictObject({
  country: z.array(z.string().min(1)),
  listingSector: z.array(z.string().min(1)),
  listingIndustry: z.array(z.string().min(1)),
});
export type Vocab = z.infer<typeof VocabSchema>;

export const SnapshotSourceSchema = z.object({
  /** Short human name shown next to every figure, e.g. "Nasdaq screener". */
  name: z.string().min(1),
  url: z.string(),
  asOf: IsoDate,
  license: z.string(),
  note: z.string(),
});
export type SnapshotSource = z.infer<typeof SnapshotSourceSchema>;

export const SymbolKindSchema = z.enum(['stock', 'etf', 'fund', 'adr', 'unknown']);

/** One symbol; positions follow SYMBOL_FIELDS. Figures are raw USD / ratios; source ids point into `sources`. */
export const SymbolRowSchema = z.tuple([
  SymbolText, // symbol, canonical (BRK.B)
  z.string(), // name
  z.number().int().nullable(), // cik
  z.string().nullable(), // exchange
  SymbolKindSchema, // kind
  z.string().nullable(), // sector (GICS sector)
  z.string().nullable(), // subIndustry (GICS sub-industry)
  z.union([z.literal(0), z.literal(1)]), // sp500 member
  z.number().positive().nullable(), // marketCap, USD
  SourceId.nullable(), // marketCapSource
  z.number().positive().nullable(), // pe (trailing, positive only)
  z.number().nullable(), // pb
  z.number().nullable(), // ebitda, USD
  SourceId.nullable(), // valuationSource (pe, pb, ebitda)
  z.number().int().positive().nullable(), // russellRank: 2026 rank-day rank by total market cap, when ranked
  RussellCodeSchema.nullable(), // russellCode: 2026 reconstitution
  z.number().int().positive().nullable(), // russellRank2025: 2025 rank-day rank
  RussellCodeSchema.nullable(), // russellCode2025: 2025 reconstitution
  // Listing columns, all from the Nasdaq screener of 2026-08-21 (source `nq26`):
  z.union([z.literal(0), z.literal(1)]).nullable(), // listed: 1 on the screener, 0 absent from it (merged, delisted, renamed or OTC), null for funds (the stock screener has no ETFs)
  // The three texts repeat across thousands of rows, so rows hold an index into symbols.vocab.
  VocabIndex.nullable(), // country (headquarters, as the screener gives it) → vocab.country
  VocabIndex.nullable(), // listingSector (Nasdaq's scheme, e.g. "Finance"; not GICS) → vocab.listingSector
  VocabIndex.nullable(), // listingIndustry (Nasdaq's scheme, e.g. "Major Banks") → vocab.listingIndustry
  z.number().positive().nullable(), // price: last sale on the screener date, USD
]);
export type SymbolRow = z.infer<typeof SymbolRowSchema>;


export const EtfRowSchema = z.tuple([
  SymbolText, // symbol
  z.string(), // name
  z.string(), // issuer
  z.string(), // tracks (index name)
  z.enum(['micro', 'small', 'mid', 'large', 'total-market', 'sector']), // segment
  z.number(), // leverage (daily multiple; 1 for plain funds)
  z.string().nullable(), // sector, sector funds only
]);
export type EtfRow = z.infer<typeof EtfRowSchema>;

export const MacroSeriesSchema = z
  .object({
    /** What the series is, in words, with its FRED id. */
    label: z.string(),
    sources: z.array(SourceId).min(1),
    dates: z.array(IsoDate),
    /** Percent (DGS2, DGS10, DGS30, DFF) or percentage points (T10Y2Y). */
    values: z.array(z.number()),
  })
  .refine((s) => s.dates.length === s.values.length, { message: 'dates and values differ in length' })
  .refine((s) => s.dates.every((d, i) => i === 0 || s.dates[i - 1]! < d), {
    message: 'dates must be strictly ascending',
  });
export type MacroSeries = z.infer<typeof MacroSeriesSchema>;

/**
 * One FOMC rate decision, holds included: [decision date, lower bound %, upper bound % (the range
 * after the decision), change in bp (0 for a hold), date the range took effect]. The first three
 * positions are what they always were; the last two were appended.
 */
export const FomcDecisionSchema = z.tuple([IsoDate, z.number(), z.number(), z.number().int(), IsoDate]);
export type FomcDecisionRow = z.infer<typeof FomcDecisionSchema>;

/** The latest daily target-range observation (FRED DFEDTARL/DFEDTARU), which confirms the range still holds. */
export const FedRangeObservationSchema = z.strictObject({ source: SourceId, date: IsoDate, lower: z.number(), upper: z.number() });

const fieldList = (expected: readonly string[]) =>
  z
    .array(z.string())
    .refine((f) => f.length === expected.length && f.every((x, i) => x === expected[i]), {
      message: `field list must be exactly [${expected.join(', ')}]`,
    });

export const SnapshotSchema = z
  .strictObject({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    /** Date of the newest source in the build (not the wall clock), so rebuilds are byte-identical. */
    builtAt: IsoDate,
    sources: z.record(SourceId, SnapshotSourceSchema),
    symbols: z.object({ fields: fieldList(SYMBOL_FIELDS), vocab: VocabSchema, rows: z.array(SymbolRowSchema) }),
    etfs: z.object({ source: SourceId, fields: fieldList(ETF_FIELDS), rows: z.array(EtfRowSchema) }),
    /** The 2026 reconstitution (russellRank/russellCode). */
    russell: RussellMetaSchema,
    /** The 2025 reconstitution (russellRank2025/russellCode2025). */
    russell2025: RussellMetaSchema,
    fundamentals: z.strictObject({
      fields: fieldList(FUNDAMENTALS_FIELDS),
      rows: z.array(FundamentalsRowSchema),
    }),
    valuation: z.strictObject({
      fields: fieldList(VALUATION_FIELDS),
      rows: z.array(ValuationRowSchema),
    }),
    /** Source id of each dataset → its references. */
    valuationRefs: z.record(SourceId, DatasetRefsSchema),
    smallVsLarge: z.strictObject({ series: z.array(SmallVsLargePointSchema) }),
    /** Banks' equity and borrowings ÷ assets, one dataset, with the peer spread (rate drivers). */
    bankBalance: BankBalanceSectionSchema,
    macro: z.object({
      fedFunds: z.object({
        source: SourceId,
        decisions: z
          .array(FomcDecisionSchema)
          .min(1)
          .refine((d) => d.every((x, i) => i === 0 || d[i - 1]![0] < x[0]), { message: 'decisions must be ascending by date' }),
        range: FedRangeObservationSchema,
        /**
         * The calendar's meetings after the last decision (decision dates, ascending): scheduled when the
         * data was taken. Which of them is "next", and which were held since, depends on the day it is read.
         */
        scheduled: z.array(IsoDate).refine((d) => d.every((x, i) => i === 0 || d[i - 1]! < x), { message: 'scheduled meetings must be ascending' }),
      }),
      series: z.object({
        DGS2: MacroSeriesSchema,
        DGS10: MacroSeriesSchema,
        DGS30: MacroSeriesSchema,
        T10Y2Y: MacroSeriesSchema,
        DFF: MacroSeriesSchema,
      }),
    }),
  })
  .superRefine((snap, ctx) => {
    const known = (id: string | null) => id === null || id in snap.sources;
    const seen = new Set<string>();
    snap.symbols.rows.forEach((row, i) => {
      const [symbol, , , , , , , , cap, capSrc, pe, pb, ebitda, valSrc, rank, code, rank25, code25, , country, lSector, lIndustry] = row;
      const vocab = snap.symbols.vocab;
      if ((country !== null && country >= vocab.country.length) || (lSector !== null && lSector >= vocab.listingSector.length) || (lIndustry !== null && lIndustry >= vocab.listingIndustry.length)) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: vocabulary index out of range` });
      }
      if (seen.has(symbol)) ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `duplicate symbol ${symbol}` });
      seen.add(symbol);
      if (!known(capSrc) || !known(valSrc)) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: unknown source id` });
      }
      // A figure without a source would be shown without attribution.
      if ((cap === null) !== (capSrc === null)) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: market cap and its source must come together` });
      }
      if ((pe !== null || pb !== null || ebitda !== null) && valSrc === null) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: valuation figures need a source` });
      }
      for (const [r, c, meta, label] of [
        [rank, code, snap.russell, 'Russell'],
        [rank25, code25, snap.russell2025, 'Russell 2025'],
      ] as const) {
        // A rank exists exactly for ranked symbols; every other code explains the absence of one.
        const ranked = c !== null && RANKED_RUSSELL_CODES.includes(c);
        if ((r !== null) !== ranked) {
          ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: ${label} rank and a ranked code (rk, b1, b2) must come together` });
        }
        if (c !== null && !ranked && c !== 'sp' && !(c in meta.reasons)) {
          ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: ${label} code "${c}" has no reason text` });
        }
      }
    });
    for (const table of ['fundamentals', 'valuation'] as const) {
      const seenHere = new Set<string>();
      snap[table].rows.forEach((row, i) => {
        const symbol = row[0];
        // Figures must hang off a known symbol, once, and name a known source.
        if (!seen.has(symbol) || seenHere.has(symbol)) {
          ctx.addIssue({ code: 'custom', path: [table, 'rows', i], message: `${symbol}: unknown or duplicate ${table} symbol` });
        }
        seenHere.add(symbol);
        if (table === 'fundamentals' && [row[3], row[4]].some((c) => Array.isArray(c) && (c[0] as number) < 0)) {
          ctx.addIssue({ code: 'custom', path: [table, 'rows', i], message: `${symbol}: negative debt or cash` });
        }
        for (const cell of row.slice(1)) {
          if (Array.isArray(cell) && !known(cell[1] as string)) ctx.addIssue({ code: 'custom', path: [table, 'rows', i], message: `${symbol}: unknown source id "${cell[1]}"` });
        }
      });
    }
    snap.bankBalance.rows.forEach(([symbol], i) => {
      if (!seen.has(symbol)) ctx.addIssue({ code: 'custom', path: ['bankBalance', 'rows', i], message: `${symbol}: unknown symbol` });
    });
    const ids = [
      snap.bankBalance.source,
      snap.etfs.source, snap.russell.source, snap.russell2025.source, snap.macro.fedFunds.source, snap.macro.fedFunds.range.source, ...Object.values(snap.macro.series).flatMap((s) => s.sources),
      ...Object.keys(snap.valuationRefs), ...snap.smallVsLarge.series.map((p) => p.source),
    ];
    for (const id of ids) {
      if (!known(id)) ctx.addIssue({ code: 'custom', path: ['sources'], message: `unknown source id "${id}"` });
    }
  });

export type Snapshot = z.infer<typeof SnapshotSchema>;
