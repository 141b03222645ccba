import { z } from 'zod';
import { EtfInfoSchema, SourcedValueSchema } from '../context/ticker-context';

/**
 * One symbol as stored in IndexedDB and expanded from the snapshot. This is the unit the
 * background serves lookups from; `buildContext` turns it into the card model.
 */
export const SymbolRecordSchema = z.object({
  /** Upper case, share class with a dot (BRK.B). */
  symbol: z.string().min(1).max(12),
  name: z.string(),
  cik: z.number().int().nullable(),
  exchange: z.string().nullable(),
  kind: z.enum(['stock', 'etf', 'fund', 'adr', 'unknown']),
  sector: z.string().nullable(),
  subIndustry: z.string().nullable(),
  marketCap: SourcedValueSchema.nullable(),
  pe: SourcedValueSchema.nullable(),
  pb: SourcedValueSchema.nullable(),
  ebitda: SourcedValueSchema.nullable(),
  /** Member of the current S&P 500 constituents list (source + as-of in `sp500Source`). */
  sp500: z.boolean(),
  etf: EtfInfoSchema.nullable(),
});
export type SymbolRecord = z.infer<typeof SymbolRecordSchema>;
