import { addDays, daysBetween } from '../dates';
import type { PriceHistory } from '../data/providers/prices';
import { INDEX_CODES } from '../detect/indexes';
import { normalizeSymbol } from '../data/normalize-symbol';
import { unverifiable, type Check } from './check-rates';
import type { ExtractedClaim } from './extracted-claim';
import { TOLERANCE, withinAbs } from './tolerances';

/**
 * Price-return claims ("IWM has surged 6.2% this year", "the Russell 2000 rose 12.8% in 2025")
 * against a daily close history: base = the last close strictly before the window's first day,
 * end = the last close on or before the window's last day (never after the article's date).
 * Price return only: dividends are not added back. Pure.
 */

/** Index codes (lib/detect/indexes.ts) → Yahoo's index symbols. */
export const YAHOO_INDEX: Readonly<Record<string, string>> = {
  SPX: '^GSPC',
  RUT: '^RUT',
  RUI: '^RUI',
  RUA: '^RUA',
  IXIC: '^IXIC',
  NDX: '^NDX',
  DJI: '^DJI',
  VIX: '^VIX',
  SP400: '^MID',
  SML: '^SP600',
};

/** A close this many days or more from the date it stands for means the history has a hole there. */
const MAX_GAP_DAYS = 7;

/**
 * The symbol whose price history answers a claim about `subject`, or why there is none.
 * `indexes`: the price source serves index symbols ('^RUT'); only Yahoo does.
 */
export function priceSymbolFor(subject: string | null, indexes: boolean): { symbol: string } | { reason: string } {
  if (!subject) return { reason: 'The claim names no fund, stock or index, so there is no price history to check it against.' };
  if (INDEX_CODES.has(subject)) {
    const y = YAHOO_INDEX[subject];
    if (!y) return { reason: `No price-history symbol is known for the index ${subject}.` };
    if (!indexes) return { reason: `The price source chosen in Options has no index history for ${subject} (Yahoo has ${y}).` };
    return { symbol: y };
  }
  const n = normalizeSymbol(subject);
  if (!n || n !== subject) return { reason: `"${subject}" is a group or index without a price history of its own in our sources.` };
  return { symbol: n };
}

/** The window a price-return claim is measured over: [from, to], or why it cannot be told. */
export function priceReturnWindow(c: ExtractedClaim, date: string | null): { from: string; to: string } | { reason: string } {
  const w = c.detail.window;
  if (!w?.from) return { reason: 'The claim names no period ("this year", "in 2025", "since March 2025"…), so its starting close cannot be chosen.' };
  const to = w.to && (!date || w.to <= date) ? w.to : date;
  if (!to) return { reason: 'The article has no date, so the end of the period cannot be chosen.' };
  if (w.from > to) return { reason: `The period named starts on ${w.from}, after the article's date (${to}).` };
  return { from: w.from, to };
}

/** Yahoo's chart range long enough to reach the close before `from`, counted back from `today`. */
export function priceRangeFor(from: string, today: string): string {
  const days = daysBetween(addDays(from, -MAX_GAP_DAYS), today);
  if (days <= 360) return '1y';
  if (days <= 725) return '2y';
  if (days <= 1820) return '5y';
  if (days <= 3640) return '10y';
  return 'max';
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(2) : n.toPrecision(6).replace(/\.?0+$/, ''));

export function checkPriceReturn(c: ExtractedClaim, date: string | null, history: PriceHistory): Check {
  const w = priceReturnWindow(c, date);
  if ('reason' in w) return unverifiable(w.reason);
  const closes = history.closes;
  const first = closes[0];
  const baseIdx = closes.findLastIndex((x) => x.date < w.from);
  const base = closes[baseIdx];
  const end = closes.findLast((x) => x.date <= w.to);
  const name = history.symbol;
  if (!first || !base) {
    return unverifiable(
      first
        ? `The ${history.source} history for ${name} starts on ${first.date}; the return from ${w.from} needs the close before it.`
        : `The ${history.source} history for ${name} has no closes.`,
    );
  }
  if (daysBetween(base.date, w.from) > MAX_GAP_DAYS) {
    return unverifiable(`The ${history.source} history for ${name} has no close in the week before ${w.from} (the last is on ${base.date}).`);
  }
  if (!end || end.date < w.from || daysBetween(end.date, w.to) > MAX_GAP_DAYS) {
    const last = closes.at(-1)!;
    return unverifiable(`The ${history.source} history for ${name} has no close in the week up to ${w.to} (its nearest is on ${end?.date ?? last.date}).`);
  }
  const value = Math.round((end.close / base.close - 1) * 10_000) / 100;
  const ours = { value, unit: '%', asOf: end.date, source: history.source };
  const stated = c.stated.value as number;
  const ok = withinAbs(stated, value, TOLERANCE.priceReturnPts, c.detail.qualifier);
  const how =
    `Price return of ${name} (dividends not included), close ${fmt(base.close)} on ${base.date} (the last before ${w.from}) ` +
    `to ${fmt(end.close)} on ${end.date}: ${value.toFixed(2)}%`;
  return ok
    ? { ours, verdict: 'matches', note: `${how}; matches the stated ${stated}% within ±${TOLERANCE.priceReturnPts} percentage points.` }
    : { ours, verdict: 'differs', note: `${how}, not the stated ${stated}% (tolerance ±${TOLERANCE.priceReturnPts} percentage points).` };
}
