/**
 * SEC EDGAR company metadata: `submissions/CIK##########.json` (name, tickers, exchanges, SIC,
 * latest 10-K/10-Q) and the universe file `company_tickers_exchange.json` (every SEC-listed ticker).
 * Tickers are returned in CapLens' canonical form (SEC writes `BRK-B`, CapLens `BRK.B`).
 */
import { z } from 'zod';
import { normalizeSymbol } from '../normalize-symbol';
import { CikSchema, fetchSecJson, SEC_SOURCE, submissionsUrl, type SecFetchOptions } from './sec';

// ---------- submissions ----------

const strings = z.array(z.string());

export const SubmissionsSchema = z.object({
  cik: CikSchema,
  name: z.string(),
  entityType: z.string().nullable().optional(),
  sic: z.string().nullable().optional(),
  sicDescription: z.string().nullable().optional(),
  tickers: strings,
  exchanges: z.array(z.string().nullable()),
  fiscalYearEnd: z.string().nullable().optional(),
  stateOfIncorporation: z.string().nullable().optional(),
  filings: z.object({
    recent: z.object({
      accessionNumber: strings,
      filingDate: strings,
      reportDate: strings,
      form: strings,
      primaryDocument: strings,
    }),
    files: z.array(z.object({ name: z.string() }).loose()).optional(),
  }),
});
export type Submissions = z.infer<typeof SubmissionsSchema>;

export interface FilingRef {
  form: string;
  accessionNumber: string;
  filingDate: string;
  /** Period the filing covers (empty for forms without one). */
  reportDate: string;
  url: string;
}

export interface SecCompanyProfile {
  cik: string;
  name: string;
  entityType: string | null;
  /** 4-digit SIC code, null when SEC has none (funds, some foreign filers). */
  sic: string | null;
  sicDescription: string | null;
  /** One entry per listed class; `exchange` as SEC writes it ("Nasdaq", "NYSE", "OTC", "CBOE") or null. */
  listings: { symbol: string; exchange: string | null }[];
  /** MMDD, e.g. "1231". */
  fiscalYearEnd: string | null;
  latestAnnual: FilingRef | null;
  latestQuarterly: FilingRef | null;
  /** Newest filing date in `filings.recent`. */
  asOf: string | null;
  source: string;
}

// Originals before amendments: a 10-K/A is usually just the Part III (proxy) supplement.
const ANNUAL = [/^(10-K|20-F|40-F)$/, /^(10-K|20-F|40-F)\/A$/];
const QUARTERLY = [/^10-Q$/, /^10-Q\/A$/];

export function filingUrl(cik: string, accessionNumber: string, primaryDocument: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accessionNumber.replace(/-/g, '')}/${primaryDocument}`;
}

/** Pure; `body` must be schema-validated. `filings.recent` is newest first (SEC's order). */
export function parseSubmissions(body: Submissions): SecCompanyProfile {
  const r = body.filings.recent;
  const find = (patterns: readonly RegExp[]): FilingRef | null => {
    const i = patterns.map((re) => r.form.findIndex((f) => re.test(f))).find((j) => j >= 0) ?? -1;
    if (i < 0) return null;
    return {
      form: r.form[i]!,
      accessionNumber: r.accessionNumber[i] ?? '',
      filingDate: r.filingDate[i] ?? '',
      reportDate: r.reportDate[i] ?? '',
      url: filingUrl(body.cik, r.accessionNumber[i] ?? '', r.primaryDocument[i] ?? ''),
    };
  };
  const listings = body.tickers.flatMap((t, i) => {
    const symbol = normalizeSymbol(t);
    return symbol ? [{ symbol, exchange: body.exchanges[i] ?? null }] : [];
  });
  const dates = [...r.filingDate].sort();
  return {
    cik: body.cik,
    name: body.name,
    entityType: body.entityType || null,
    sic: body.sic || null,
    sicDescription: body.sicDescription || null,
    listings,
    fiscalYearEnd: body.fiscalYearEnd || null,
    latestAnnual: find(ANNUAL),
    latestQuarterly: find(QUARTERLY),
    asOf: dates.at(-1) ?? null,
    source: `${SEC_SOURCE} submissions`,
  };
}

export async function fetchSubmissions(cik: number | string, options: SecFetchOptions = {}): Promise<SecCompanyProfile> {
  return parseSubmissions(await fetchSecJson(submissionsUrl(cik), SubmissionsSchema, options));
}
