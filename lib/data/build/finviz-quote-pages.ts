import { normalizeSymbol } from '../normalize-symbol';
import {
  DatasetError, EMPTY_FIGURES, debtFromRatio, displayNumber, ebitdaFromRatio, readTable, text, times, type DatasetFigures,
} from './dataset-figures';

/**
 * finviz-quote-pages-2025-12-22/finviz_scored.csv.gz (gunzipped by the caller): Finviz quote-page
 * fundamentals, close of 2025-12-22, US-listed stocks with cap ≥ $300M. Each Finviz field is
 * there twice: `raw__<field>` as shown on the page ("823.00M", "-") and `<field>` parsed by the
 * scraper. The shown text is read (it is what Finviz published) and the parsed column must agree
 * with it — a disagreement means one of the two is broken, so the build stops rather than guess.
 * The scraper's own score/fair-value columns are ignored.
 */

const FIELDS = [
  'market_cap', 'price', 'p_e', 'forward_p_e', 'p_b', 'ev_ebitda', 'income', 'enterprise_value',
  'debt_eq', 'book_sh', 'cash_sh', 'shs_outstand', 'eps_(ttm)', 'eps_next_y',
] as const;
type Field = (typeof FIELDS)[number];

const REQUIRED = ['ticker', 'sector', 'industry', 'country', ...FIELDS, ...FIELDS.map((f) => `raw__${f}`)];

const DATASET = 'finviz-quote-pages-2025-12-22';

export function parseFinvizQuotePages(csvText: string): Map<string, DatasetFigures> {
  const { rows, lines } = readTable(DATASET, csvText, REQUIRED);
  const out = new Map<string, DatasetFigures>();
  rows.forEach((r, i) => {
    const where = `${DATASET} row ${lines[i]} (${r['ticker']})`;
    const symbol = normalizeSymbol(r['ticker']);
    if (!symbol) throw new DatasetError(`${where}: "${r['ticker']}" is not a ticker`);
    if (out.has(symbol)) throw new DatasetError(`${where}: ${symbol} appears twice`);
    const v = {} as Record<Field, number | null>;
    for (const f of FIELDS) {
      const shown = displayNumber(r[`raw__${f}`], `${where} raw__${f}`);
      const parsed = displayNumber(r[f], `${where} ${f}`);
      const agree = shown === null ? parsed === null : parsed !== null && Math.abs(shown - parsed) <= 1e-6 * Math.max(1, Math.abs(shown));
      if (!agree) throw new DatasetError(`${where}: ${f} parsed as ${parsed} but the page shows "${r[`raw__${f}`]}"`);
      v[f] = shown;
    }
    const equity = times(v.book_sh, v.shs_outstand);
    const totalDebt = debtFromRatio(v.debt_eq, equity);
    const cash = times(v.cash_sh, v.shs_outstand);
    out.set(symbol, {
      ...EMPTY_FIGURES,
      marketCap: v.market_cap,
      price: v.price,
      pe: v.p_e,
      forwardPe: v.forward_p_e,
      pb: v.p_b,
      evEbitda: v.ev_ebitda,
      netIncome: v.income,
      ebitda: ebitdaFromRatio(v.enterprise_value, v.ev_ebitda),
      totalDebt,
      // Finviz leaves Cash/sh (and EV) blank for banks: no cash, hence no net debt, rather than zero.
      cash,
      netDebt: totalDebt !== null && cash !== null ? totalDebt - cash : null,
      debtToEquity: v.debt_eq,
      equity,
      eps: v['eps_(ttm)'],
      epsNextYear: v.eps_next_y,
      sector: text(r['sector']),
      industry: text(r['industry']),
      country: text(r['country']),
    });
  });
  return out;
}
