import type { SymbolRecord } from '../data/symbol-record';
import { comparePe, forwardPe as forwardPeMultiple, multipleValue, stockMultiples, type Multiple } from '../metrics/valuation';
import type { ValuationRefs } from './derive';
import type { LiveInputs } from './live-inputs';
import type { TickerContext } from './ticker-context';

const r1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);
const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 100) / 100);

const LABELS = { pe: 'P/E', forwardPe: 'Forward P/E', pb: 'P/B', evEbitda: 'EV/EBITDA' } as const;

/** The card's valuation block: multiples, the gap to the large-cap benchmark and to sector peers. */
export function valuationContext(record: SymbolRecord, refs: ValuationRefs | undefined, live?: LiveInputs): TickerContext['valuation'] {
  const f = record.fundamentals;
  // EV/EBITDA only from a trailing-twelve-month EBITDA; a single quarter would inflate it ~4×.
  const ttmEbitda = f?.ebitda?.period === 'ttm' ? f.ebitda.value : null;
  const multiples = stockMultiples({
    kind: record.kind,
    marketCap: record.marketCap?.value ?? null,
    pe: record.pe?.value ?? null,
    pb: record.pb?.value ?? null,
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
    sectorPeerPes: sector?.peers ?? [],
  });
  const notes = (Object.keys(LABELS) as Array<keyof typeof LABELS>).flatMap((k) => {
    const m: Multiple = multiples[k];
    return m.status === 'nm' ? [`${LABELS[k]} n/m: ${m.reason}`] : [];
  });
  const pe = multipleValue(multiples.pe);
  const pb = multipleValue(multiples.pb);
  let evEbitda = multipleValue(multiples.evEbitda);
  let forwardPe = multipleValue(multiples.forwardPe);
  // Keyed providers (Options → Data): forward P/E from consensus estimates, EV/EBITDA on today's
  // price. Same rules as the snapshot's figures: ≤ 0 is n/m, and EV/EBITDA stays n/m for lenders.
  const fieldSources: { field: 'forwardPe' | 'evEbitda'; source: string; asOf: string }[] = [];
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

  const dated = record.pe ?? record.pb ?? record.marketCap;
  const liveEv = fieldSources.some((x) => x.field === 'evEbitda');
  const sources = [record.pe ?? record.pb, evEbitda !== null && !liveEv ? f?.totalDebt : null, ...fieldSources]
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
