/**
 * A figure fetched live, with the provider and period it describes. Its own module: the live
 * inputs (./live-inputs.ts) hold such figures and so do the parts they are built from
 * (./sec-inputs.ts, ./live-valuation.ts); defined in any one of them, the others import it back.
 */
export interface SourcedInput {
  value: number;
  asOf: string;
  source: string;
}
