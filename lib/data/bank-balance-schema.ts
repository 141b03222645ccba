import { z } from 'zod';
import { SourceId, SymbolText } from './schema-primitives';

/**
 * The snapshot's bank balance-sheet section: for each US-listed bank of one dataset (one scan,
 * one date), equity ÷ total assets and borrowings ÷ total assets, and the 10th percentile,
 * median and 90th percentile of both over all the dataset's banks. Built by
 * lib/data/build/bank-balance.ts; read by the rate model (lib/metrics/bank-scales.ts).
 */
const Spread = z
  .tuple([z.number(), z.number(), z.number()])
  .refine(([a, b, c]) => a < b && b < c, { message: 'peer spread must ascend strictly' });

export const BankBalanceSectionSchema = z.strictObject({
  source: SourceId,
  /** The dataset's industries counted as banks, in its own scheme. */
  industries: z.array(z.string().min(1)).min(1),
  peers: z.strictObject({ count: z.number().int().positive(), equityToAssets: Spread, borrowingsToAssets: Spread }),
  /** [symbol, equity ÷ assets, borrowings ÷ assets], ratios rounded to 4 decimals. */
  rows: z.array(z.tuple([SymbolText, z.number().gt(0).lt(1), z.number().min(0).lt(1)])),
});
export type BankBalanceSection = z.infer<typeof BankBalanceSectionSchema>;
