import type { SymbolRecord, ValuationFigure } from '../data/symbol-record';
import { forwardPe as forwardPeMultiple, gapPct } from '../metrics/valuation';
import type { ValuationRefs } from './derive';
import type { LiveInputs } from './live-inputs';
import type { TickerContext } from './ticker-context';

/**
 * The card's valuation from the snapshot datasets (Finviz quote pages, TradingView scan, Finviz
 * export, S&P financials), each multiple with its own dataset and date. The P/E is compared with
 * the S&P 500 benchmark and the industry median OF THE SAME DATASET, so no ratio on the card
 * divides a price of one date by earnings of another; when the multiples come from different
 * datasets, the notes say which came from where. Pure.
 */

const r1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);
const r2 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 100) / 100);

const LABELS = { pe: 'P/E', forwardPe: 'Forward P/E', pb: 'P/B', evEbitda: 'EV/EBITDA' } as const;
type Field = keyof typeof LABELS;
const FIELDS = Object.keys(LABELS) as Field[];

export function datasetValuationContext(record: SymbolRecord, refs: ValuationRefs | undefined, live?: LiveInputs): NonNullable<TickerContext['valuation']> {
  const v = record.valuation!;
  const figures: Record<Field, ValuationFigure | null> = { pe: v.pe, forwardPe: v.forwardPe, pb: v.pb, evEbitda: v.evEbitda };
  const values: Record<Field, number | null> = { pe: v.pe?.value ?? null, forwardPe: v.forwardPe?.value ?? null, pb: v.pb?.value ?? null, evEbitda: v.evEbitda?.value ?? null };
  const notes: string[] = [];
  const fieldSources: NonNullable<NonNullable<TickerContext['valuation']>['fieldSources']> = [];
  for (const k of FIELDS) {
    const f = figures[k];
    if (!f) continue;
    if (f.nm) notes.push(`${LABELS[k]} n/m: ${f.nm}`);
    fieldSources.push({ field: k, source: f.source, asOf: f.asOf, origin: 'snapshot' });
  }
  // Keyed providers (Options → Data), when the user turned them on: their forward P/E and
  // EV/EBITDA are each the provider's own ratio of one date, newer than any snapshot dataset, so
  // they replace the snapshot's figure (not a bank's n/m, which no provider figure can fix).
  const replace = (k: 'forwardPe' | 'evEbitda') => {
    const i = fieldSources.findIndex((x) => x.field === k);
    if (i >= 0) fieldSources.splice(i, 1);
    const j = notes.findIndex((n) => n.startsWith(`${LABELS[k]} n/m:`));
    if (j >= 0) notes.splice(j, 1);
  };
  if (live?.forwardPe) {
    replace('forwardPe');
    const fwd = forwardPeMultiple({ pe: live.forwardPe.value });
    values.forwardPe = fwd.status === 'ok' ? fwd.value : null;
    if (fwd.status !== 'ok') notes.push(`Forward P/E n/m: ${fwd.status === 'nm' ? fwd.reason : 'not available'} (${live.forwardPe.source})`);
    fieldSources.push({ field: 'forwardPe', source: live.forwardPe.source, asOf: live.forwardPe.asOf });
  }
  if (live?.evEbitda && !figures.evEbitda?.nm) {
    replace('evEbitda');
    if (live.evEbitda.value > 0) {
      values.evEbitda = live.evEbitda.value;
      fieldSources.push({ field: 'evEbitda', source: live.evEbitda.source, asOf: live.evEbitda.asOf });
    } else {
      values.evEbitda = null;
      notes.push(`EV/EBITDA n/m: provider value ≤ 0 (${live.evEbitda.source})`);
    }
  }
  // What the live market-cap step found (e.g. a share count too old for today's price) still concerns this card.
  if (live?.valuation && record.kind === 'stock') notes.push(...live.valuation.notes.filter((n) => n.startsWith('Live market cap')));

  // Mixed datasets are allowed per figure but never silent.
  const byOrigin = new Map<string, Field[]>();
  for (const x of fieldSources) byOrigin.set(`${x.source} (${x.asOf})`, [...(byOrigin.get(`${x.source} (${x.asOf})`) ?? []), x.field]);
  if (byOrigin.size > 1) {
    notes.push(`Figures come from different datasets and dates: ${[...byOrigin].map(([o, fs]) => `${fs.map((f) => LABELS[f]).join(', ')} from ${o}`).join('; ')}. Each ratio uses price and earnings of its own dataset.`);
  }

  // References of the P/E's dataset (the forward P/E's when there is no trailing verdict).
  const anchor = v.pe ?? v.forwardPe;
  const ds = anchor ? refs?.datasets?.[anchor.sourceId] : undefined;
  const b = ds?.benchmark;
  const industry = record.industry && ds && record.industry.sourceId === anchor!.sourceId ? record.industry : null;
  const stat = industry ? ds!.industries[industry.name] : undefined;
  const median = stat?.[1] ?? null;
  if (industry && stat && median === null) notes.push(`Industry median withheld: ${stat[0]} ${industry.name} peer(s) with a positive P/E in the ${ds!.name} (${ds!.asOf}), need 5`);
  // The forward P/E against the forward benchmark of ITS dataset (which may differ from the P/E's);
  // a keyed provider's forward P/E has no benchmark of its date, so no gap.
  const fwdFromSnapshot = v.forwardPe?.value != null && fieldSources.some((x) => x.field === 'forwardPe' && x.origin === 'snapshot');
  const fwdDs = fwdFromSnapshot ? refs?.datasets?.[v.forwardPe!.sourceId] : undefined;
  const fwdBenchmark = fwdDs?.benchmark.forwardPe ?? null;
  const fwdText = fwdDs && fwdBenchmark !== null && fwdDs !== ds ? `. Forward P/E compared with the S&P 500 aggregate forward P/E of its own dataset, the ${fwdDs.name} of ${fwdDs.asOf}: ${fwdBenchmark} (${fwdDs.benchmark.forwardUsed} members)` : '';
  const pe = values.pe;
  const benchmark = b
    ? `S&P 500 aggregate trailing P/E in the ${ds!.name} of ${ds!.asOf} (the P/E's own dataset and date): Σ market cap ÷ Σ TTM net income of ` +
      `${b.used} of ${b.total} members (${b.present} in the dataset), loss-makers excluded = ${b.pe ?? 'n/a'}; with losses ${b.peAll ?? 'n/a'}` +
      (b.forwardUsed ? `; forward ${b.forwardPe ?? 'n/a'} (${b.forwardUsed} members)` : '; no forward P/E in this dataset') +
      (stat && median !== null ? `. Industry: ${industry!.name} (${industry!.scheme} scheme), median ${median} of ${stat[0]} positive P/Es, quartiles ${stat[2]}–${stat[3]}` : '') +
      fwdText
    : null;
  const sources = [...byOrigin.keys()];
  const [, , q25, q75, p10, p90] = stat ?? [];
  const industryRange =
    median !== null && q25 != null && q75 != null && p10 != null && p90 != null
      ? { p10, q25, median, q75, p90, peers: stat![0], source: ds!.name, asOf: ds!.asOf }
      : undefined;
  return {
    pe: r2(pe),
    forwardPe: r2(values.forwardPe),
    pb: r2(values.pb),
    evEbitda: r2(values.evEbitda),
    benchmarkPe: r2(b?.pe),
    sectorMedianPe: r2(median),
    gapPct: r1(gapPct(pe, b?.pe)),
    asOf: anchor?.asOf ?? fieldSources[0]?.asOf ?? null,
    source: sources.join('; ') || null,
    benchmark,
    sectorGapPct: r1(gapPct(pe, median)),
    sectorPercentile: pe !== null && median !== null ? v.industryPercentile : null,
    sectorPeers: stat && median !== null ? stat[0] - (pe !== null ? 1 : 0) : null,
    notes,
    fieldSources,
    forwardBenchmarkPe: r2(fwdBenchmark),
    forwardGapPct: r1(gapPct(values.forwardPe, fwdBenchmark)),
    ...(industryRange && { industryRange }),
    industry: industry ? `${industry.name} (${industry.scheme}, ${industry.source} ${industry.asOf})` : record.industry ? `${record.industry.name} (${record.industry.scheme}, ${record.industry.source} ${record.industry.asOf})` : null,
  };
}
