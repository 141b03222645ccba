import { z } from 'zod';

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
] as const;

/**
 * Per-symbol Russell estimate codes (meaning in `russell.reasons`, rules in lib/data/build/russell-rules.ts):
 * `rk` ranked (russellRank set), `sp` S&P 500 member missing from the rank-day data (counted in the
 * Russell 1000), the rest exclusions. A null code means "no rank-day figure: cannot tell".
 */
export const RUSSELL_CODES = [
  'rk', 'sp',
  'etf', 'adr', 'pref', 'debt', 'warr', 'right', 'unit', 'cef', 'bdc', 'lp', 'llc', 'roy', 'spac', 'otc', 'px', 'cap',
  'ford', 'fform', 'ftag',
] as const;
export type RussellCode = (typeof RUSSELL_CODES)[number];
export const RussellCodeSchema = z.enum(RUSSELL_CODES);

/**
 * Per-symbol statement figures (lib/data/build/valuation-tables.ts), each cell [value, source id]
 * from the newest dataset that has that figure: TTM net income and EBITDA, latest-quarter debt,
 * cash, net debt, debt/equity and equity. USD figures are in MILLIONS, 3 significant digits.
 */
export const FUNDAMENTALS_FIELDS = ['symbol', 'netIncome', 'ebitda', 'totalDebt', 'cash', 'netDebt', 'debtToEquity', 'equity'] as const;

/**
 * Per-symbol multiples: each cell [value, source id] or, when not meaningful, [null, source id,
 * n/m code, the figure that decided it] (codes: lib/data/build/valuation-pick.ts). `industry` is
 * [name, source id] in that dataset's own scheme; `industryPercentile` places the P/E among that
 * industry's positive P/Es of the P/E's dataset (0 = cheapest).
 */
export const VALUATION_FIELDS = ['symbol', 'pe', 'forwardPe', 'pb', 'evEbitda', 'industry', 'industryPercentile'] as const;
export const NM_CODES = ['ni', 'eps', 'feps', 'eq', 'fin', 'ebitda', 'ev'] as const;
export type NmCode = (typeof NM_CODES)[number];

export const ETF_FIELDS = ['symbol', 'name', 'issuer', 'tracks', 'segment', 'leverage', 'sector'] as const;

export const MACRO_SERIES_IDS = ['DGS2', 'DGS10', 'T10Y2Y', 'DFF'] as const;
export type MacroSeriesId = (typeof MACRO_SERIES_IDS)[number];

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
const SourceId = z.string().regex(/^[a-z0-9]{1,12}$/, 'expected a short lower-case source id');
const SymbolText = z.string().min(1).max(12);

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
  z.number().int().positive().nullable(), // russellRank: rank-day rank by total market cap, when ranked
  RussellCodeSchema.nullable(), // russellCode
]);
export type SymbolRow = z.infer<typeof SymbolRowSchema>;

const FigureCell = z.tuple([z.number(), SourceId]).nullable();
const MultipleCell = z.union([z.tuple([z.number().positive(), SourceId]), z.tuple([z.null(), SourceId, z.enum(NM_CODES), z.number().nullable()])]).nullable();

export const FundamentalsRowSchema = z.tuple([
  SymbolText, // symbol, present in symbols.rows
  FigureCell, // net income, $M, trailing twelve months (signed)
  FigureCell, // EBITDA, $M, trailing twelve months (signed)
  FigureCell, // total debt, $M, latest quarter end
  FigureCell, // cash (and short-term investments where the dataset folds them in), $M, latest quarter end
  FigureCell, // net debt, $M (debt − cash of one dataset)
  FigureCell, // total debt ÷ equity
  FigureCell, // stockholders' equity, $M, latest quarter end
]);
export type FundamentalsRow = z.infer<typeof FundamentalsRowSchema>;
export type FigureCellValue = z.infer<typeof FigureCell>;
export type MultipleCellValue = z.infer<typeof MultipleCell>;

export const ValuationRowSchema = z.tuple([
  SymbolText, // symbol, present in symbols.rows
  MultipleCell, // trailing P/E
  MultipleCell, // forward P/E
  MultipleCell, // P/B
  MultipleCell, // EV/EBITDA
  z.tuple([z.string().min(1), SourceId]).nullable(), // industry [name, dataset]
  z.number().int().min(0).max(100).nullable(), // percentile of the P/E in its industry (P/E's dataset)
]);
export type ValuationRow = z.infer<typeof ValuationRowSchema>;

/** Per dataset: the S&P 500 benchmark and industry P/E statistics, over the whole dataset. */
export const DatasetRefsSchema = z.strictObject({
  benchmark: z.strictObject({
    /** Σ cap ÷ Σ TTM earnings of S&P 500 members in the dataset, loss-makers excluded. */
    pe: z.number().positive().nullable(),
    /** The same with losses in. */
    peAll: z.number().nullable(),
    /** Σ cap ÷ Σ (cap ÷ forward P/E), members with a positive forward P/E. */
    forwardPe: z.number().positive().nullable(),
    total: z.number().int().nonnegative(),
    present: z.number().int().nonnegative(),
    used: z.number().int().nonnegative(),
    lossMakers: z.number().int().nonnegative(),
    forwardUsed: z.number().int().nonnegative(),
    capCoverage: z.number().min(0).max(1).nullable(),
  }),
  /** Industry name → [peers with a positive P/E, median, Q1, Q3] (median and quartiles null below 5 peers). */
  industries: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().nullable(), z.number().nullable(), z.number().nullable()])),
});
export type DatasetRefs = z.infer<typeof DatasetRefsSchema>;

const SetCoverage = z.strictObject({
  /** Companies in the set (share classes counted once), present in the dataset, used in the figure. */
  total: z.number().int().nonnegative(),
  present: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  lossMakers: z.number().int().nonnegative(),
  /** Market cap of the companies used ÷ that of the set's companies in the dataset. */
  capCoverage: z.number().min(0).max(1).nullable(),
});

/** One dataset, one date, one basis: estimated Russell 2000 vs S&P 500 aggregate P/E. */
export const SmallVsLargePointSchema = z.strictObject({
  source: SourceId,
  asOf: IsoDate,
  basis: z.enum(['forward', 'trailing-ex-losses', 'trailing-all']),
  smallPe: z.number().nullable(),
  largePe: z.number().nullable(),
  discountPct: z.number().nullable(),
  small: SetCoverage,
  large: SetCoverage,
  /** Why the figure must be read with care (all-in trailing: losses make it meaningless). */
  warning: z.string().nullable(),
  /** Why the figure is withheld, when it is. */
  reason: z.string().nullable(),
});
export type SmallVsLargePoint = z.infer<typeof SmallVsLargePointSchema>;

const RankInt = z.number().int().positive();

/** How the Russell estimate was made; per-symbol results are the russellRank/russellCode columns. */
export const RussellMetaSchema = z
  .strictObject({
    /** Source entry describing the estimate (method, rank-day basis, as-of). */
    source: SourceId,
    /** FTSE Russell rank day the estimate stands in for. */
    rankDay: IsoDate,
    /** Date of the market caps and prices actually ranked. */
    capsAsOf: IsoDate,
    /** Eligible companies ranked. */
    companies: z.number().int().nonnegative(),
    /** S&P 500 companies missing from the rank-day data, counted above the Russell 1000 breakpoint. */
    placeholders: z.number().int().nonnegative(),
    /** Ranks up to this are Russell 1000 (1000 minus placeholders); up to r2000LastRank Russell 2000. */
    r1000LastRank: RankInt,
    r2000LastRank: RankInt,
    /** First and last rank inside FTSE Russell's ±2.5% cumulative-cap band around the 1000 breakpoint. */
    bandRanks: z.tuple([RankInt, RankInt]),
    /** Total market cap, USD, at r1000LastRank and r2000LastRank. */
    breakpointCaps: z.tuple([z.number().positive().nullable(), z.number().positive().nullable()]),
    /** Wording for every exclusion code, and whether it is certain (false) or only a hint (unknown). */
    reasons: z.record(z.string(), z.strictObject({ text: z.string().min(1), certain: z.boolean() })),
  })
  .refine((m) => m.r1000LastRank < m.r2000LastRank, { message: 'r1000LastRank must be below r2000LastRank' })
  .refine((m) => m.bandRanks[0] <= m.bandRanks[1], { message: 'bandRanks must be ascending' })
  .refine((m) => Object.keys(m.reasons).every((k) => (RUSSELL_CODES as readonly string[]).includes(k)), {
    message: 'reasons has a key that is not a Russell code',
  });
export type RussellMeta = z.infer<typeof RussellMetaSchema>;

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
    /** Percent (DGS2, DGS10, DFF) or percentage points (T10Y2Y). */
    values: z.array(z.number()),
  })
  .refine((s) => s.dates.length === s.values.length, { message: 'dates and values differ in length' })
  .refine((s) => s.dates.every((d, i) => i === 0 || s.dates[i - 1]! < d), {
    message: 'dates must be strictly ascending',
  });
export type MacroSeries = z.infer<typeof MacroSeriesSchema>;

/** [decision date, lower bound %, upper bound %], ascending by date. */
export const FomcDecisionSchema = z.tuple([IsoDate, z.number(), z.number()]);

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
    symbols: z.object({ fields: fieldList(SYMBOL_FIELDS), rows: z.array(SymbolRowSchema) }),
    etfs: z.object({ source: SourceId, fields: fieldList(ETF_FIELDS), rows: z.array(EtfRowSchema) }),
    russell: RussellMetaSchema,
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
    macro: z.object({
      fedFunds: z.object({
        source: SourceId,
        decisions: z
          .array(FomcDecisionSchema)
          .min(1)
          .refine((d) => d.every((x, i) => i === 0 || d[i - 1]![0] < x[0]), { message: 'decisions must be ascending by date' }),
      }),
      series: z.object({
        DGS2: MacroSeriesSchema,
        DGS10: MacroSeriesSchema,
        T10Y2Y: MacroSeriesSchema,
        DFF: MacroSeriesSchema,
      }),
    }),
  })
  .superRefine((snap, ctx) => {
    const known = (id: string | null) => id === null || id in snap.sources;
    const seen = new Set<string>();
    snap.symbols.rows.forEach((row, i) => {
      const [symbol, , , , , , , , cap, capSrc, pe, pb, ebitda, valSrc, rank, code] = row;
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
      // A rank exists exactly for ranked symbols; every other code explains the absence of one.
      if ((rank !== null) !== (code === 'rk')) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: Russell rank and code "rk" must come together` });
      }
      if (code !== null && code !== 'rk' && code !== 'sp' && !(code in snap.russell.reasons)) {
        ctx.addIssue({ code: 'custom', path: ['symbols', 'rows', i], message: `${symbol}: Russell code "${code}" has no reason text` });
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
    const ids = [
      snap.etfs.source, snap.russell.source, snap.macro.fedFunds.source, ...Object.values(snap.macro.series).flatMap((s) => s.sources),
      ...Object.keys(snap.valuationRefs), ...snap.smallVsLarge.series.map((p) => p.source),
    ];
    for (const id of ids) {
      if (!known(id)) ctx.addIssue({ code: 'custom', path: ['sources'], message: `unknown source id "${id}"` });
    }
  });

export type Snapshot = z.infer<typeof SnapshotSchema>;
