import { parseCsv } from '../../csv';

/**
 * One company's figures in one third-party dataset (Finviz export, TradingView scan, Finviz quote
 * pages), in USD and plain ratios. Every parser returns the same shape so the per-symbol pick and
 * the per-dataset references treat them alike. null means "the dataset does not give it" — never 0.
 */
export interface DatasetFigures {
  marketCap: number | null;
  price: number | null;
  /** The dataset's own trailing P/E: price and earnings of that dataset's date. */
  pe: number | null;
  forwardPe: number | null;
  pb: number | null;
  evEbitda: number | null;
  /** Trailing-twelve-month net income, signed. */
  netIncome: number | null;
  /** Trailing-twelve-month EBITDA, signed. */
  ebitda: number | null;
  totalDebt: number | null;
  cash: number | null;
  netDebt: number | null;
  debtToEquity: number | null;
  equity: number | null;
  /** Total assets at the latest quarter end (the lenders' balance-sheet drivers divide by it). */
  totalAssets: number | null;
  /** Diluted EPS (TTM) and next year's consensus EPS, where the dataset has them (they decide "n/m" when a P/E is blank). */
  eps: number | null;
  epsNextYear: number | null;
  sector: string | null;
  industry: string | null;
  country: string | null;
}

export const EMPTY_FIGURES: DatasetFigures = {
  marketCap: null, price: null, pe: null, forwardPe: null, pb: null, evEbitda: null, netIncome: null, ebitda: null,
  totalDebt: null, cash: null, netDebt: null, debtToEquity: null, equity: null, totalAssets: null, eps: null, epsNextYear: null,
  sector: null, industry: null, country: null,
};

/** A malformed source file: the message names the dataset, row and column so nothing is dropped silently. */
export class DatasetError extends Error {}

/**
 * Header + rows with every required column present; a missing column is an error (a renamed
 * column would otherwise turn into a dataset of nulls). Rows keep the required columns only: the
 * quote-page file has 448 columns and CapLens reads about 30.
 */
export function readTable(dataset: string, text: string, required: readonly string[]): { rows: Record<string, string>[]; lines: number[] } {
  const [header, ...body] = parseCsv(text);
  if (!header || header.length < 2) throw new DatasetError(`${dataset}: no header row`);
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new DatasetError(`${dataset}: missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}`);
  const index = required.map((c) => [c, header.indexOf(c)] as const);
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  body.forEach((r, i) => {
    if (r.length === 1 && r[0] === '') return;
    if (r.length !== header.length) throw new DatasetError(`${dataset}: row ${i + 2} has ${r.length} fields, the header ${header.length}`);
    const row: Record<string, string> = {};
    for (const [c, j] of index) row[c] = r[j]!;
    rows.push(row);
    lines.push(i + 2);
  });
  return { rows, lines };
}

const SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * A display number: "823.00M", "$845,000,000", "$-431,816,000", "-0.03", "12.5%", "1.2e9".
 * Blank, "-" and "—" are absent (null); anything else that is not a number throws, naming where.
 * `%` is returned as written (12.5 for "12.5%"); callers that want a fraction divide.
 */
export function displayNumber(raw: string | undefined, where: string): number | null {
  const s = (raw ?? '').trim();
  if (s === '' || s === '-' || s === '—' || s.toLowerCase() === 'nan') return null;
  const m = /^\$?(-?)\$?([\d,]*\.?\d+(?:[eE][-+]?\d+)?)([KMBT%]?)$/.exec(s);
  if (!m) throw new DatasetError(`${where}: "${s.slice(0, 30)}" is not a number`);
  const n = Number(m[2]!.replace(/,/g, '')) * (m[3] === '%' ? 1 : SCALE[m[3]!]!) * (m[1] ? -1 : 1);
  if (!Number.isFinite(n)) throw new DatasetError(`${where}: "${s.slice(0, 30)}" is not a finite number`);
  return n;
}

export const text = (raw: string | undefined): string | null => {
  const s = (raw ?? '').trim();
  return s === '' || s === '-' ? null : s;
};

/** a × b (× c), null when any factor is. */
export const times = (...xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((p, x) => p * x!, 1));

/**
 * Total debt rebuilt from a rounded debt/equity ratio and book value. Finviz shows D/E with two
 * decimals, so below 0.05 the rounding alone is over 10% of the figure: then only an exact zero
 * (no debt) is kept and anything else is left to a dataset that states debt directly.
 */
export function debtFromRatio(debtToEquity: number | null, equity: number | null): number | null {
  if (debtToEquity === null || equity === null || equity <= 0 || debtToEquity < 0) return null;
  if (debtToEquity === 0) return 0;
  return debtToEquity < 0.05 ? null : debtToEquity * equity;
}

/** EBITDA rebuilt from EV and EV/EBITDA (Finviz has no EBITDA column); only for positive ratios. */
export function ebitdaFromRatio(ev: number | null, evEbitda: number | null): number | null {
  return ev === null || evEbitda === null || evEbitda <= 0 || ev <= 0 ? null : ev / evEbitda;
}
