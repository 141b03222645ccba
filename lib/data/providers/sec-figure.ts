/**
 * One figure picked out of SEC companyfacts, with its provenance (form, filing date, accession,
 * tag), and the shape of a metric built from such figures. The duration and instant rules
 * build figures the same way here, so every value a card shows carries the same source line.
 */
import type { SourcedValue } from '../../context/ticker-context';
import { SEC_SOURCE, type SecFact } from './sec';

export interface SecFigure extends SourcedValue {
  /** Tag(s) the value came from, e.g. "us-gaap:InterestExpenseNonoperating", or "derived". */
  concept: string;
  unit: string;
  basis: 'annual' | 'quarter' | 'ttm' | 'instant';
  form: string;
  filed: string;
  accn: string;
  /** Period start for durations (null for instants); `asOf` is the period end. */
  start: string | null;
  /** How the value was computed when it is not a single reported fact. */
  derived: string | null;
}

export interface SecMetric {
  annual: SecFigure | null;
  quarter: SecFigure | null;
  /** Durations only. */
  ttm: SecFigure | null;
  /** What a card should show: TTM, else the last fiscal year (durations); the newest instant otherwise. */
  latest: SecFigure | null;
  notes: string[];
}

export function figure(f: SecFact, loc: { concept: string; unit: string }, basis: SecFigure['basis'], value = f.val, derived: string | null = null): SecFigure {
  return {
    value,
    asOf: f.end,
    source: `${SEC_SOURCE} ${f.form} (filed ${f.filed})`,
    concept: loc.concept,
    unit: loc.unit,
    basis,
    form: f.form,
    filed: f.filed,
    accn: f.accn,
    start: f.start ?? null,
    derived,
  };
}

/** "us-gaap:InterestExpense" → "InterestExpense": notes and derivations name tags without their taxonomy. */
export const short = (q: string) => q.replace(/^[^:]+:/, '');
export const emptyMetric = (notes: string[]): SecMetric => ({ annual: null, quarter: null, ttm: null, latest: null, notes });
