import type { SymbolRecord } from '../data/symbol-record';
import { rateSensitivity, type RateSensitivityInput } from '../metrics/rate-sensitivity';
import { sectorPriorFor } from '../metrics/rate-sector-priors';
import { industryPriorFor } from '../metrics/rate-industry-priors';
import { industryFromName } from './industry-hint';
import type { LiveInputs } from './live-inputs';
import type { CapClass, TickerContext } from './ticker-context';

type Cited = { source: string; asOf: string };

/**
 * Rate sensitivity from the evidence at hand: the sector prior (GICS, or the industry the name
 * reveals, or with live data the SIC code of the SEC filing profile), cap class and net debt / EBITDA from the embedded snapshot; with live data on, SEC
 * filings (interest coverage, leverage, floating-rate share, debt due within a year) and the
 * measured 10y-yield beta replace or add to them. Each company-specific driver carries its source
 * and period; inputs that are absent are listed as missing, never filled in.
 */
export function rateContext(record: SymbolRecord, capClass: CapClass | null, live?: LiveInputs, capCite?: Cited | null): TickerContext['rateSensitivity'] {
  if (record.kind !== 'stock' && record.kind !== 'adr') return null;
  const f = record.fundamentals;
  const ttmIncome = f?.netIncome?.period === 'ttm' ? f.netIncome.value : null;
  // GICS, then Finviz's industry, then Nasdaq's: the most specific classification decides.
  const classified = industryPriorFor({
    gicsSector: record.sector,
    gicsSubIndustry: record.subIndustry,
    finvizIndustry: record.industry?.scheme === 'Finviz' ? record.industry.name : null,
    tradingViewIndustry: record.industry?.scheme === 'TradingView' ? record.industry.name : null,
    nasdaqIndustry: record.listingIndustry,
    capClass,
    cashBurn: ttmIncome === null ? null : ttmIncome <= 0,
  });
  const nameHint = record.sector || classified ? null : industryFromName(record.name);
  // Last resort, live only: the industry code of the SEC filing profile.
  const sicHint = record.sector || classified || nameHint ? null : (live?.secIndustry ?? null);
  const hint = nameHint ?? sicHint;
  const prior = classified?.prior ?? sectorPriorFor(record.sector ?? hint?.sector, record.subIndustry ?? hint?.subIndustry);
  const cites: Partial<Record<string, Cited>> = {};
  if (sicHint && prior) cites.sector = { source: sicHint.source, asOf: sicHint.asOf };
  if (classified && classified.scheme !== 'GICS') {
    const src = classified.scheme === 'Finviz' || classified.scheme === 'TradingView' ? record.industry : record.listing;
    if (src) cites.sector = { source: `${classified.scheme} industry “${classified.industry}” (${src.source})`, asOf: src.asOf };
  }
  const input: RateSensitivityInput = { sectorPrior: prior, capClass };

  const ttmEbitda = f?.ebitda?.period === 'ttm' ? f.ebitda.value : null;
  // Net debt of ONE dataset when the snapshot states it (debt and cash picked separately may be of different dates).
  const snapNetDebt = f?.netDebt ? f.netDebt.value : f?.totalDebt && f.cash ? f.totalDebt.value - f.cash.value : null;
  const sec = live?.sec;
  if (sec?.leverage) {
    input.netDebt = sec.leverage.netDebt;
    input.ebitda = sec.leverage.ebitda;
    cites.leverage = sec.leverage;
  } else if (snapNetDebt !== null) {
    input.netDebt = snapNetDebt;
    input.ebitda = ttmEbitda;
    const cited = f?.netDebt ?? f?.totalDebt;
    if (cited) cites.leverage = { source: cited.source, asOf: cited.asOf };
  }
  if (record.debtToEquity) {
    input.debtToEquity = record.debtToEquity.value;
    cites.gearing = { source: record.debtToEquity.source, asOf: record.debtToEquity.asOf };
  }
  if (record.bankBalance) {
    const { source, asOf, ...ratios } = record.bankBalance;
    input.bankBalance = ratios;
    cites.capital = cites.funding = { source, asOf };
  }
  if (sec?.interestCoverage) {
    input.interestCoverage = sec.interestCoverage.value;
    cites.coverage = sec.interestCoverage;
  }
  if (sec?.floatingDebtShare) {
    input.floatingDebtShare = { value: sec.floatingDebtShare.value, source: 'SEC filing' };
    cites.floating = sec.floatingDebtShare;
  }
  if (sec?.shortTermDebtShare) {
    input.shortTermDebtShare = sec.shortTermDebtShare.value;
    cites.maturity = sec.shortTermDebtShare;
  }
  if (live?.yieldBeta) {
    input.yieldBeta = live.yieldBeta;
    cites.beta = live.yieldBeta;
  }
  const rs = rateSensitivity(input);

  // The size driver names the market cap it was classed from.
  if (capClass && capCite) cites.cap = { source: `class of the market cap (${capCite.source})`, asOf: capCite.asOf };
  const drivers = rs.components.map((c) => {
    const d = { name: c.name, value: c.value, note: c.note };
    const how = sicHint ? `industry from the ${sicHint.source}` : `industry inferred from the name “${hint?.evidence}”`;
    if (classified && classified.scheme !== 'GICS' && c.key === 'sector') {
      const withWhy = { ...d, note: `${d.note} (${classified.scheme} industry “${classified.industry}”)` };
      const cite = cites.sector;
      return cite ? { ...withWhy, source: cite.source, asOf: cite.asOf } : withWhy;
    }
    const hinted = hint && prior && c.key === 'sector' ? { ...d, note: `${d.note} (${how})` } : d;
    const cite = cites[c.key];
    return cite ? { ...hinted, source: cite.source, asOf: cite.asOf } : hinted;
  });
  // The size driver's cite is left out: the cap's date is not the model's as-of (caps are of 2026, the balance sheets of 2025).
  const citeList = Object.entries(cites).flatMap(([k, c]) => (c && k !== 'cap' ? [c] : []));
  const liveUsed = citeList.some((c) => c.source.startsWith('SEC') || c.source.includes('chart') || c.source.includes('Stooq'));
  const newest = citeList.map((c) => c.asOf).sort().at(-1);
  const secWhy = live?.secPending ?? (live?.sec ? 'not reported in SEC companyfacts' : undefined);
  const why = (m: string) =>
    /beta/.test(m) ? live?.betaPending : /coverage|floating|maturity|EBITDA/.test(m) ? secWhy : /sector/.test(m) ? live?.industryPending : undefined;
  const missing = rs.missing.map((m) => (why(m) ? `${m} (${why(m)})` : m));
  return {
    level: rs.level,
    score: rs.score === null ? null : Math.round(rs.score),
    drivers,
    asOf: newest ?? record.marketCap?.asOf ?? null,
    source: liveUsed
      ? 'CapLens rate model (see methodology) on live SEC filings and prices plus the embedded snapshot'
      : 'CapLens rate model (see methodology) on the embedded snapshot',
    confidence: rs.confidence,
    missing,
  };
}
