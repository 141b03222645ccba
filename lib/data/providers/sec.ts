/**
 * SEC EDGAR (no key, U.S. public data). Endpoints, the fair-access User-Agent, and the zod schema
 * for XBRL `companyfacts`. Picking figures out of the facts lives in sec-facts.ts; submissions and
 * the ticker universe in sec-submissions.ts.
 *
 * User-Agent: SEC's fair-access policy asks automated clients to declare themselves
 * ("Sample Company Name AdminContact@<sample company domain>.com") and to stay ≤ 10 requests/s;
 * undeclared tools get HTTP 403 with an HTML notice. A browser extension cannot reliably set that
 * header from `fetch`: Chromium silently drops a `User-Agent` request header (it is still treated
 * as forbidden there), while Firefox and Node honour it. So we send it in the request (works where
 * allowed) AND export `secUserAgentRule()`, a declarativeNetRequest `modifyHeaders` rule the
 * background installs for data.sec.gov so Chromium sends it too. Without either the
 * browser's own UA goes out, which SEC has so far tolerated for low-volume use — but not promised.
 */
import { z } from 'zod';
import { fetchJson, ProviderError, type FetchOptions } from './http';
import { isIsoDate } from './series';

export const SEC_SOURCE = 'SEC EDGAR';
/** ≤ 10 requests/s per SEC fair-access policy (shared by every sec.gov host). */
export const SEC_MAX_REQUESTS_PER_SECOND = 10;
export const SEC_DEFAULT_USER_AGENT = 'CapLens browser extension (set a contact e-mail in Options)';

/** "CapLens/0.1.0 jane@example.com": product + contact, the shape SEC asks for. */
export function secUserAgent(contactEmail: string, product = 'CapLens/0.1.0'): string {
  const email = contactEmail.trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? `${product} ${email}` : SEC_DEFAULT_USER_AGENT;
}

/** Headers for every sec.gov request. `User-Agent` takes effect in Firefox/Node; Chromium needs the DNR rule. */
export function secRequestHeaders(userAgent: string = SEC_DEFAULT_USER_AGENT): Record<string, string> {
  return { 'User-Agent': userAgent, Accept: 'application/json' };
}

/**
 * A `chrome.declarativeNetRequest` rule that sets the declared User-Agent on the extension's own
 * requests to SEC hosts. `tabIds: [-1]` limits it to requests not made by any tab (the background
 * service worker), so the user's own browsing of sec.gov is untouched. `tabIds` is only allowed in
 * session rules: install it with `updateSessionRules` on every service-worker start. Needs the
 * "declarativeNetRequestWithHostAccess" permission plus the SEC host permissions. Plain data here.
 */
export function secUserAgentRule(userAgent: string, id = 1001) {
  return {
    id,
    priority: 1,
    action: {
      type: 'modifyHeaders' as const,
      requestHeaders: [{ header: 'User-Agent', operation: 'set' as const, value: userAgent }],
    },
    condition: {
      requestDomains: ['data.sec.gov'],
      tabIds: [-1],
      resourceTypes: ['xmlhttprequest' as const],
    },
  };
}

/** 10-digit zero-padded CIK as used in SEC URLs, or null when the input cannot be a CIK. */
export function cik10(cik: number | string): string | null {
  const s = typeof cik === 'number' ? (Number.isSafeInteger(cik) && cik >= 0 ? String(cik) : '') : cik.trim().replace(/^CIK/i, '');
  return /^\d{1,10}$/.test(s) ? s.padStart(10, '0') : null;
}

function requireCik(cik: number | string): string {
  const c = cik10(cik);
  if (c === null) throw new ProviderError('http', `SEC EDGAR: ${JSON.stringify(cik)} is not a CIK`, { status: 400 });
  return c;
}

export function companyFactsUrl(cik: number | string): string {
  return `https://data.sec.gov/api/xbrl/companyfacts/CIK${requireCik(cik)}.json`;
}

export function submissionsUrl(cik: number | string): string {
  return `https://data.sec.gov/submissions/CIK${requireCik(cik)}.json`;
}

const IsoDate = z.string().refine(isIsoDate, 'expected yyyy-mm-dd');

/** SNOW's file has `"cik": 1640147`, LPA's `"cik": "0001997711"`: accept both, normalise to 10 digits. */
export const CikSchema = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d{1,10}$/, 'expected digits')])
  .transform((v) => cik10(v)!);

export const SecFactSchema = z.object({
  /** Absent for instants (balance sheet, cover page); present for durations (income, cash flow). */
  start: IsoDate.optional(),
  end: IsoDate,
  val: z.number(),
  accn: z.string(),
  fy: z.number().nullable().optional(),
  fp: z.string().nullable().optional(),
  form: z.string(),
  filed: IsoDate,
  frame: z.string().optional(),
});
export type SecFact = z.infer<typeof SecFactSchema>;

export const SecConceptSchema = z.object({
  label: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  units: z.record(z.string(), z.array(SecFactSchema)),
});

/** Taxonomies are open-ended (us-gaap, ifrs-full, dei, srt, invest, …); none is assumed present. */
export const CompanyFactsSchema = z.object({
  cik: CikSchema,
  entityName: z.string(),
  facts: z.record(z.string(), z.record(z.string(), SecConceptSchema)),
});
export type CompanyFacts = z.infer<typeof CompanyFactsSchema>;

export interface SecFetchOptions extends Omit<FetchOptions<never>, 'schema'> {
  /** Declared User-Agent (see secUserAgent); merged into headers. */
  userAgent?: string;
}

function secOptions(options: SecFetchOptions) {
  const { userAgent, headers, ...rest } = options;
  return { label: SEC_SOURCE, ...rest, headers: { ...secRequestHeaders(userAgent), ...headers } };
}

export async function fetchCompanyFacts(cik: number | string, options: SecFetchOptions = {}): Promise<CompanyFacts> {
  return fetchJson(companyFactsUrl(cik), { ...secOptions(options), schema: CompanyFactsSchema });
}

/** Exposed for sec-submissions.ts so every SEC request carries the same headers and label. */
export async function fetchSecJson<T>(url: string, schema: z.ZodType<T>, options: SecFetchOptions = {}): Promise<T> {
  return fetchJson(url, { ...secOptions(options), schema });
}
