import type { PriceHistory } from '../data/providers/prices';
import type { SecFigure } from '../data/providers/sec-facts';
import { daysBetween } from '../dates';
import type { SourcedInput } from './sourced-input';
import { secLabel, type SecRateFacts } from './sec-inputs';
import type { SourcedValue } from './ticker-context';

/**
 * Live market cap and the inputs of a live trailing P/E and P/B, from the two live sources a card
 * already has: the price chart (last price, its date) and SEC companyfacts (cover-page share
 * count, net income, stockholders' equity). Pure. Each refusal is a sentence for the card; nothing
 * is estimated, carried forward or stitched from different periods.
 */

/** ~15 months: one annual report plus a quarter of slack. A share count (or a balance sheet) older than that is not paired with a price. */
export const MAX_SEC_AGE_DAYS = 460;

export interface LastPrice {
  value: number;
  /** YYYY-MM-DD of the price. */
  asOf: string;
  source: string;
  currency: string | null;
}

/** The chart's last price with its own date: the quoted price and its time, else the last close and its date (never mixed). */
export function lastPrice(h: PriceHistory): LastPrice | null {
  const last = h.closes.at(-1);
  const [value, asOf] = h.regularMarketPrice !== null && h.asOf ? [h.regularMarketPrice, h.asOf] : [last?.close ?? null, last?.date ?? null];
  if (value === null || !(value > 0) || !asOf) return null;
  return { value, asOf: asOf.slice(0, 10), source: h.source, currency: h.currency };
}

export type Picked<T> = { ok: true; value: T } | { ok: false; reason: string };

const months = (days: number) => Math.round(days / 30.44);
const count = (n: number) => Math.round(n).toLocaleString('en-US');
/** "Yahoo" for the Yahoo chart API, "Stooq" for Stooq's history: the name in the cap's source line. */
const priceName = (source: string) => source.split(' ')[0] ?? source;

function tooOld(f: SecFigure, price: LastPrice, what: string): string | null {
  const age = Math.abs(daysBetween(f.asOf, price.asOf));
  return age > MAX_SEC_AGE_DAYS ? `${what} as of ${f.asOf} is ${months(age)} months from the price date (${price.asOf}); the limit is about 15 months` : null;
}

/** Market cap = last price × cover-page shares, only when both exist, the price is in USD, one share class is reported and the count is recent. */
export function liveMarketCap(price: LastPrice | null, shares: SecFigure | null, noPrice = 'no live price'): Picked<SourcedValue> {
  if (!price) return { ok: false, reason: noPrice };
  if (price.currency !== null && price.currency !== 'USD') return { ok: false, reason: `price quoted in ${price.currency}, not USD` };
  if (!shares) return { ok: false, reason: 'no share count on the SEC cover page (dei:EntityCommonStockSharesOutstanding)' };
  if (shares.derived) {
    // Class A and class B can trade at very different prices (BRK.A vs BRK.B), or one not at all.
    return { ok: false, reason: `several share classes on the SEC cover page (${count(shares.value)} in total); one class's price × all classes would misstate the cap` };
  }
  if (!(shares.value > 0)) return { ok: false, reason: `SEC cover-page share count is ${shares.value}` };
  const old = tooOld(shares, price, 'SEC share count');
  if (old) return { ok: false, reason: old };
  return {
    ok: true,
    value: {
      value: price.value * shares.value,
      asOf: price.asOf,
      source: `${priceName(price.source)} price × SEC shares (${shares.form} cover page: ${count(shares.value)} as of ${shares.asOf}, filed ${shares.filed})`,
    },
  };
}

/**
 * Trailing-twelve-month net income: the derived TTM (one fiscal year + matching year-to-dates), else
 * the last fiscal year when no quarter has ended since (then it is the trailing year). A later
 * quarter without matching year-to-dates is refused rather than stitched.
 */
export function trailingNetIncome(m: SecRateFacts['netIncome']): Picked<SecFigure> {
  if (m.ttm) return { ok: true, value: m.ttm };
  if (m.annual && !(m.quarter && m.quarter.asOf > m.annual.asOf)) return { ok: true, value: m.annual };
  if (m.annual && m.quarter) {
    return { ok: false, reason: `net income TTM not derivable: the quarter ended ${m.quarter.asOf} lacks matching year-to-date figures, and the fiscal year ended ${m.annual.asOf} is no longer the trailing year` };
  }
  return { ok: false, reason: 'no full-year net income in the SEC filings (NetIncomeLoss, NetIncomeLossAvailableToCommonStockholdersBasic, ProfitLoss)' };
}

export interface LiveValuation {
  marketCap: SourcedValue | null;
  earnings: SourcedInput | null;
  equity: SourcedInput | null;
  /** Why a part is missing, one sentence each. */
  notes: string[];
}

const input = (f: SecFigure): SourcedInput => ({ value: f.value, asOf: f.asOf, source: secLabel(f) });

/** Everything a card needs for a live cap, P/E and P/B; parts that fail a rule are null with a note. */
export function liveValuation(facts: SecRateFacts, price: LastPrice | null, noPrice?: string): LiveValuation {
  const notes: string[] = [];
  const cap = liveMarketCap(price, facts.sharesOutstanding.latest, noPrice);
  if (!cap.ok) notes.push(`Live market cap not computed: ${cap.reason}`);

  let earnings: SourcedInput | null = null;
  const ni = trailingNetIncome(facts.netIncome);
  if (!ni.ok) notes.push(`Live P/E: ${ni.reason}`);
  else if (ni.value.unit !== 'USD') notes.push(`Live P/E: net income reported in ${ni.value.unit}, not USD`);
  else {
    const old = price && tooOld(ni.value, price, 'net income');
    if (old) notes.push(`Live P/E: ${old}`);
    else earnings = input(ni.value);
  }

  let equity: SourcedInput | null = null;
  const eq = facts.stockholdersEquity.latest ?? facts.stockholdersEquity.annual;
  if (!eq) notes.push("Live P/B: no stockholders' equity in the SEC filings (StockholdersEquity)");
  else if (eq.unit !== 'USD') notes.push(`Live P/B: equity reported in ${eq.unit}, not USD`);
  else {
    const old = price && tooOld(eq, price, "stockholders' equity");
    if (old) notes.push(`Live P/B: ${old}`);
    else equity = input(eq);
  }
  return { marketCap: cap.ok ? cap.value : null, earnings, equity, notes };
}

/** The live cap replaces the embedded one only when its price is newer than the embedded cap's date. */
export function liveCapFor(embedded: SourcedValue | null, live: LiveValuation | null | undefined): SourcedValue | null {
  const cap = live?.marketCap;
  return cap && (!embedded || cap.asOf > embedded.asOf) ? cap : null;
}
