import type { Snapshot } from '../data/snapshot-schema';
import type { SymbolRecord } from '../data/symbol-record';
import type { ClaimData, SymbolFigures } from './claim-data';

/**
 * The snapshot's dated series for claim checks (kept by the background with its other derived
 * data) and a symbol record's figures. Pure.
 */

export type ClaimSeries = Omit<ClaimData, 'symbols'>;

export function claimSeriesFromSnapshot(snapshot: Snapshot): ClaimSeries {
  const { fedFunds, series } = snapshot.macro;
  const name = (id: string) => snapshot.sources[id]?.name ?? id;
  const dated = (id: 'DGS2' | 'DGS10' | 'DGS30') => ({ dates: series[id].dates, values: series[id].values, source: series[id].label });
  return {
    yields: { '2y': dated('DGS2'), '10y': dated('DGS10'), '30y': dated('DGS30') },
    fed: { decisions: fedFunds.decisions, source: name(fedFunds.source), coveredTo: fedFunds.range.date },
    smallVsLarge: snapshot.smallVsLarge.series,
    // The dataset's name alone: the point carries its own date.
    sourceNames: Object.fromEntries(Object.entries(snapshot.sources).map(([id, s]) => [id, s.name])),
  };
}

export function symbolFigures(r: SymbolRecord): SymbolFigures {
  const multiple = (f: NonNullable<SymbolRecord['valuation']>['pe'] | undefined) => (f && f.value !== null ? { value: f.value, asOf: f.asOf, source: f.source } : null);
  return {
    symbol: r.symbol,
    name: r.name,
    marketCap: r.marketCap ? { value: r.marketCap.value, asOf: r.marketCap.asOf, source: r.marketCap.source } : null,
    pe: multiple(r.valuation?.pe),
    forwardPe: multiple(r.valuation?.forwardPe),
  };
}
