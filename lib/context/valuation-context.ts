import type { SymbolRecord } from '../data/symbol-record';
import { comparePe, forwardPe as forwardPeMultiple, multipleValue, stockMultiples, type Multiple } from '../metrics/valuation';
import { datasetValuationContext } from './dataset-valuation';
import type { ValuationRefs } from './derive';
import type { LiveInputs } from './live-inputs';
import { liveCapFor } from './live-valuation';
import type { TickerContext } from './ticker-context';

const r1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);
const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 100) / 100);

const LABELS = { pe: 'P/E', forwardPe: 'Forward P/E', pb: 'P/B', evEbitda: 'EV/EBITDA' } as const;

/**
 * The sector's peer P/Es less the stock's own: the list (lib/context/derive.ts) holds every S&P 500
 * member of the sector with a positive P/E, this one among them, and a stock is no peer of itself.
 */
function peersWithout(record: SymbolRecord, peers: readonly number[]): number[] {
  const own = record.sp500 && record.pe && record.pe.value > 0 ? peers.indexOf(record.pe.value) : -1;
  return own < 0 ? [...peers] : [...peers.slice(0, own), ...peers.slice(own + 1)];
}

/** The card's valuation block: multiples, the gap to the large-cap benchmark and to sector peers. */
export function valuationContext(record: SymbolRecord, refs: ValuationRefs | undefined, live?: LiveInputs): TickerContext['valuation'] {
  // Snapshot datasets first: a trailing P/E verdict (value or n/m) or a P/B there wins over the
  // live price × SEC-shares figures below, which remain for symbols the datasets do not cover.
  const v = record.valuation;
  if (record.kind !== 'etf' && record.kind !== 'fund' && v && (v.pe || v.pb || v.forwardPe || v.evEbitda)) return datasetValuationContext(record, refs, live);
  const f = record.fundamentals;
  // EV/EBITDA only from a trailing-twelve-month EBITDA; a single quarter would inflate it ~4×.
  const ttmEbitda = f?.ebitda?.period === 'ttm' ? f.ebitda.value : null;
  // Live P/E and P/B only where the snapshot has none: the embedded (S&P 500) figures are the ones
  // the benchmark and sector medians are computed from, so members keep them.
  // ADRs are left out (see buildContext): price per ADR × ordinary shares is not a market cap.
  const lv = record.kind === 'stock' && record.pe === null && record.pb === null ? live?.valuation : undefined;
  const liveCap = lv ? liveCapFor(record.marketCap, lv) : null;
  const multiples = stockMultiples({
    kind: record.kind,
    marketCap: liveCap?.value ?? record.marketCap?.value ?? null,
    pe: record.pe?.value ?? null,
    pb: record.pb?.value ?? null,
    ...(liveCap ? { earnings: lv!.earnings?.value ?? null, bookValue: lv!.equity?.value ?? null } : {}),
    totalDebt: f?.totalDebt?.value ?? null,
    cash: f?.cash?.value ?? null,
    ebitda: ttmEbitda,
    sector: record.sector,
    subIndustry: record.subIndustry,
  });
  const sector = record.sector ? refs?.sectors[record.sector] : undefined;
  const cmp = comparePe(multiples.pe, {
    benchmarkPe: refs?.benchmarkPe ?? null,
    sectorMedianPe: sector?.medianPe ?? null,
    sectorPeerPes: peersWithout(record, sector?.peers ?? []),
  });
  const liveBasis = { pe: lv?.earnings, pb: lv?.equity } as const;
  const notes = (Object.keys(LABELS) as Array<keyof typeof LABELS>).flatMap((k) => {
    const m: Multiple = multiples[k];
    const basis = liveCap && (k === 'pe' || k === 'pb') ? liveBasis[k] : null;
    return m.status === 'nm' ? [`${LABELS[k]} n/m: ${m.reason}${basis ? ` (${basis.source})` : ''}`] : [];
  });
  if (lv) notes.push(...lv.notes);
  const pe = multipleValue(multiples.pe);
  const pb = multipleValue(multiples.pb);
  let evEbitda = multipleValue(multiples.evEbitda);
  let forwardPe = multipleValue(multiples.forwardPe);
  // Keyed providers (Options → Data): forward P/E from consensus estimates, EV/EBITDA on today's
  // price. Same rules as the snapshot's figures: ≤ 0 is n/m, and EV/EBITDA stays n/m for lenders.
  const fieldSources: { field: 'pe' | 'forwardPe' | 'pb' | 'evEbitda'; source: string; asOf: string }[] = [];
  if (liveCap) {
    const divisor = { pe: 'net income', pb: "stockholders' equity" } as const;
    for (const k of ['pe', 'pb'] as const) {
      const basis = liveBasis[k];
      if (multiples[k].status === 'ok' && basis) fieldSources.push({ field: k, source: `${liveCap.source} ÷ ${divisor[k]} (${basis.source})`, asOf: liveCap.asOf });
    }
    if (multiples.pe.status === 'ok' && refs?.asOf && refs.asOf !== liveCap.asOf) {
      notes.push(`Benchmark and sector median are embedded S&P 500 figures as of ${refs.asOf}; this P/E is priced ${liveCap.asOf}`);
    }
  }
  if (live?.forwardPe) {
    const fwd = forwardPeMultiple({ pe: live.forwardPe.value });
    if (fwd.status === 'ok') forwardPe = fwd.value;
    else notes.push(`Forward P/E n/m: ${fwd.status === 'nm' ? fwd.reason : 'not available'} (${live.forwardPe.source})`);
    fieldSources.push({ field: 'forwardPe', source: live.forwardPe.source, asOf: live.forwardPe.asOf });
  }
  if (live?.evEbitda && multiples.evEbitda.status !== 'nm') {
    if (live.evEbitda.value > 0) {
      evEbitda = live.evEbitda.value;
      fieldSources.push({ field: 'evEbitda', source: live.evEbitda.source, asOf: live.evEbitda.asOf });
    } else notes.push(`EV/EBITDA n/m: provider value ≤ 0 (${live.evEbitda.source})`);
  }
  if (pe === null && pb === null && evEbitda === null && forwardPe === null && !notes.length) return null;

  const dated = liveCap ?? record.pe ?? record.pb ?? record.marketCap;
  const liveEv = fieldSources.some((x) => x.field === 'evEbitda');
  const liveParts = liveCap ? [liveCap, pe !== null ? lv!.earnings : null, pb !== null ? lv!.equity : null] : [];
  const sources = [record.pe ?? record.pb, ...liveParts, evEbitda !== null && !liveEv ? f?.totalDebt : null, ...fieldSources.filter((x) => x.field !== 'pe' && x.field !== 'pb')]
    .filter(Boolean)
    .map((v) => `${v!.source} (${v!.asOf})`);
  return {
    pe: r2(pe),
    forwardPe: r2(forwardPe),
    pb: r2(pb),
    evEbitda: r2(evEbitda),
    benchmarkPe: r2(refs?.benchmarkPe),
    sectorMedianPe: r2(sector?.medianPe),
    gapPct: r1(cmp.gapPct),
    asOf: dated?.asOf ?? null,
    source: [...new Set(sources)].join('; ') || null,
    benchmark: refs ? `${refs.benchmark}, as of ${refs.asOf ?? 'the snapshot date'}` : null,
    sectorGapPct: r1(cmp.sectorGapPct),
    sectorPercentile: cmp.sectorPercentile === null ? null : Math.round(cmp.sectorPercentile),
    sectorPeers: cmp.sectorPeerCount || null,
    notes,
    ...(fieldSources.length ? { fieldSources } : {}),
  };
}
