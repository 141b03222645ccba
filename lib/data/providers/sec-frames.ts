/**
 * SEC XBRL "frames": one fact for every filer for one calendar period, in one request —
 * `https://data.sec.gov/api/xbrl/frames/us-gaap/NetIncomeLoss/USD/CY2024.json` holds each
 * company's net income for its fiscal year closest to calendar 2024. That is what makes a
 * small-cap aggregate P/E possible without thousands of companyfacts downloads.
 * Format: https://www.sec.gov/edgar/sec-api-documentation ("frames").
 */
import { z } from 'zod';
import { fetchSecJson, type SecFetchOptions } from './sec';

/** Net income concepts, most specific first: a filer missing the first often reports the next. */
export const EARNINGS_TAGS = ['NetIncomeLoss', 'NetIncomeLossAvailableToCommonStockholdersBasic', 'ProfitLoss'] as const;

const FrameSchema = z.object({
  taxonomy: z.string(),
  tag: z.string(),
  ccp: z.string(),
  uom: z.string(),
  data: z.array(
    z.object({
      accn: z.string().optional(),
      cik: z.number().int().positive(),
      entityName: z.string().optional(),
      end: z.string(),
      val: z.number().finite(),
    }),
  ),
});
export type Frame = z.infer<typeof FrameSchema>;

/** "CY2024": an annual calendar frame (duration), as the frames API names it. */
export const ANNUAL_PERIOD_RE = /^CY(19|20)\d\d$/;

export function framesUrl(tag: string, period: string, unit = 'USD'): string {
  if (!ANNUAL_PERIOD_RE.test(period)) throw new Error(`not an annual frame period: ${period}`);
  if (!/^[A-Za-z]{1,120}$/.test(tag)) throw new Error(`not a us-gaap tag: ${tag}`);
  return `https://data.sec.gov/api/xbrl/frames/us-gaap/${tag}/${unit}/${period}.json`;
}

/**
 * The annual frame that is "trailing" at `capDate`: the last calendar year whose 10-Ks are
 * filed by then (the latest 10-K deadline is 90 days after a December year end, so from April on
 * the previous year; before, the one before it).
 */
export function trailingAnnualPeriod(capDate: string): string | null {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(capDate);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return `CY${month >= 4 ? year - 1 : year - 2}`;
}

/** Net income by CIK for one period: the first tag that has a filer wins for that filer. */
export interface EarningsFrame {
  period: string;
  /** CIK (as a decimal string) → net income in USD. */
  values: Record<string, number>;
  /** Filers found per tag, in EARNINGS_TAGS order (what each fallback added). */
  perTag: Record<string, number>;
  source: string;
}

export function mergeEarningsFrames(period: string, frames: ReadonlyArray<Frame | null>): EarningsFrame {
  const values: Record<string, number> = {};
  const perTag: Record<string, number> = {};
  frames.forEach((f, i) => {
    const tag = EARNINGS_TAGS[i] ?? f?.tag ?? `tag${i}`;
    let added = 0;
    for (const d of f?.data ?? []) {
      const k = String(d.cik);
      if (k in values) continue;
      values[k] = d.val;
      added++;
    }
    perTag[tag] = added;
  });
  return { period, values, perTag, source: `SEC EDGAR XBRL frames (us-gaap ${EARNINGS_TAGS.join(' / ')}, ${period})` };
}

/**
 * Fetches the earnings frames for `period`, one tag after another (SEC's rate limit is the
 * caller's: pass a scheduler). A missing fallback frame (404) is skipped; a failing
 * NetIncomeLoss frame fails the whole fetch, since without it coverage would be misleading.
 */
export async function fetchEarningsFrame(
  period: string,
  options: SecFetchOptions & { schedule?: <T>(f: () => Promise<T>) => Promise<T> } = {},
): Promise<EarningsFrame> {
  const { schedule = (f) => f(), ...fetchOptions } = options;
  const frames: Array<Frame | null> = [];
  for (const [i, tag] of EARNINGS_TAGS.entries()) {
    try {
      frames.push(await schedule(() => fetchSecJson(framesUrl(tag, period), FrameSchema, fetchOptions)));
    } catch (e) {
      if (i === 0) throw e;
      frames.push(null);
    }
  }
  return mergeEarningsFrames(period, frames);
}
