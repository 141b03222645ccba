import { z } from 'zod';
import { defineSetting } from './setting-item';

/**
 * Live data is opt-in: turning it on asks for the provider hosts (optional permissions) and
 * tells the user which tickers leave the machine (symbols only, to the price source).
 */
export const DataSettingsSchema = z.object({
  liveData: z.boolean(),
  priceSource: z.enum(['yahoo', 'stooq']),
  /**
   * Contact e-mail for SEC's fair-access User-Agent ("CapLens/0.1.0 you@example.com"). Sent to
   * sec.gov only; empty: a generic CapLens User-Agent is declared instead.
   */
  secContact: z.string().max(200).optional(),
  /** How long a price stays fresh before the background refetches it (minutes). */
  refreshMinutes: z.union([z.literal(15), z.literal(60), z.literal(240)]).optional(),
});
export type DataSettings = z.infer<typeof DataSettingsSchema>;

export const DEFAULT_DATA_SETTINGS: DataSettings = { liveData: false, priceSource: 'yahoo' };

// Version 1: the shape above.
const item = defineSetting<DataSettings>({ key: 'dataSettings', fallback: DEFAULT_DATA_SETTINGS, parse: (v) => DataSettingsSchema.safeParse(v), version: 1, migrations: {} });

export const getDataSettings = (): Promise<DataSettings> => item.get();

export async function setDataSettings(change: Partial<DataSettings>): Promise<DataSettings> {
  const next = DataSettingsSchema.parse({ ...(await getDataSettings()), ...change });
  await item.set(next);
  return next;
}
