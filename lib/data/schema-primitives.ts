import { z } from 'zod';

/** Building blocks shared by the snapshot schema modules. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
export const SourceId = z.string().regex(/^[a-z0-9]{1,12}$/, 'expected a short lower-case source id');
export const SymbolText = z.string().min(1).max(12);
