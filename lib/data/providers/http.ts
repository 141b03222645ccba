/**
 * The one network primitive every live provider goes through (background only: plain `fetch`,
 * no DOM, no Node APIs). Its job is to turn every way a free data source can fail into one typed
 * `ProviderError`, so the cache layer can keep the last good value and label it "stale since …"
 * instead of showing a broken card. Nothing else is ever thrown from here.
 */
import type { z } from 'zod';

export type ProviderErrorKind =
  | 'timeout' // no complete response within timeoutMs
  | 'aborted' // the caller's own AbortSignal fired (not a provider fault; do not mark the provider unhealthy)
  | 'rate-limited' // HTTP 429; retryAfterMs when the server said how long to wait
  | 'auth' // HTTP 401/403 or an "invalid API key" body: the user's key is wrong, expired or lacks access
  | 'http' // any other non-2xx status
  | 'not-json' // 2xx but the body is not the expected format (typically an HTML page: captive portal, bot wall)
  | 'truncated' // looked like JSON but did not parse (cut-off download) or was empty
  | 'schema' // parsed, but the shape changed (zod / CSV header check failed)
  | 'offline'; // fetch itself rejected: no network, DNS, CORS, missing host permission

export interface ProviderErrorInit {
  url?: string;
  status?: number;
  retryAfterMs?: number;
  issues?: string[];
  cause?: unknown;
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly kind: ProviderErrorKind;
  /** The requested URL with secrets (api_key, token, …) redacted; safe to log and show. */
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** For 'schema': the first few failing paths, e.g. `chart.result.0.meta.regularMarketPrice: expected number`. */
  readonly issues: string[];

  constructor(kind: ProviderErrorKind, message: string, init: ProviderErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.url = init.url === undefined ? undefined : redactUrl(init.url);
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.issues = init.issues ?? [];
  }
}

export function isProviderError(e: unknown): e is ProviderError {
  return e instanceof ProviderError;
}

export interface FetchOptions<T = unknown> {
  /** Validates the parsed body; a failure becomes kind 'schema'. fetchText applies it to the raw text. */
  schema?: z.ZodType<T>;
  /** Whole request including reading the body. Default 15 s. */
  timeoutMs?: number;
  /** Caller cancellation (e.g. the tab closed); becomes kind 'aborted'. */
  signal?: AbortSignal;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  headers?: Record<string, string>;
  /** Provider name for messages ("SEC EDGAR: …"). */
  label?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_ISSUES_IN_MESSAGE = 3;

// Query parameters that carry credentials; keys must never reach logs or the options page.
const SECRET_PARAMS = /^(api_?key|apikey|token|key|access_?token)$/i;

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const name of [...u.searchParams.keys()]) {
      if (SECRET_PARAMS.test(name)) u.searchParams.set(name, 'REDACTED');
    }
    return u.toString();
  } catch {
    return url.replace(/((?:api_?key|apikey|token|access_?token)=)[^&#]*/gi, '$1REDACTED');
  }
}

/** `Retry-After` is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Fetches and parses JSON. Resolves with the (schema-validated) body or rejects with a ProviderError. */
export async function fetchJson<T = unknown>(url: string, options: FetchOptions<T> = {}): Promise<T> {
  const { text, contentType } = await request(url, options, 'application/json');
  const label = prefix(options.label);
  const first = text.trimStart().charAt(0);
  if (first === '<' || (/html|xml/i.test(contentType) && first !== '{' && first !== '[')) {
    throw new ProviderError('not-json', `${label}expected JSON but got ${describeBody(contentType, text)}`, { url });
  }
  if (first === '') throw new ProviderError('truncated', `${label}empty response body`, { url });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    // A body that starts like JSON but does not parse was cut off (or corrupted) in transit.
    const kind = first === '{' || first === '[' ? 'truncated' : 'not-json';
    const detail = e instanceof Error ? e.message : String(e);
    throw new ProviderError(kind, `${label}invalid JSON (${text.length} chars): ${detail}`, { url, cause: e });
  }
  return validate(parsed, options.schema, url, options.label);
}

/** Fetches text (CSV). An HTML page where text was expected becomes 'not-json' (wrong format). */
export async function fetchText(url: string, options: FetchOptions<string> = {}): Promise<string> {
  const { text, contentType } = await request(url, options, 'text/csv, text/plain;q=0.9, */*;q=0.5');
  const first = text.trimStart().charAt(0);
  // Judge by the body, not the label: some servers send CSV as text/html, but a CSV never starts with '<'.
  if (first === '<') {
    throw new ProviderError('not-json', `${prefix(options.label)}expected CSV/text but got ${describeBody(contentType, text)}`, { url });
  }
  return validate(text, options.schema, url, options.label);
}

/** Runs a zod schema and converts its failure into a 'schema' ProviderError listing the first paths. */
export function validate<T>(value: unknown, schema: z.ZodType<T> | undefined, url?: string, label?: string): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).join('; ');
  const more = issues.length > MAX_ISSUES_IN_MESSAGE ? ` (+${issues.length - MAX_ISSUES_IN_MESSAGE} more)` : '';
  return throwSchema(`${prefix(label)}response shape changed: ${shown}${more}`, url, issues);
}

function throwSchema(message: string, url: string | undefined, issues: string[]): never {
  throw new ProviderError('schema', message, { url, issues });
}

function prefix(label: string | undefined): string {
  return label ? `${label}: ` : '';
}

function describeBody(contentType: string, text: string): string {
  const title = /<title[^>]*>([^<]{0,80})/i.exec(text)?.[1]?.trim();
  const type = contentType || 'no content-type';
  return title ? `${type} page "${title}"` : `${type} starting ${JSON.stringify(text.trimStart().slice(0, 40))}`;
}

async function request(url: string, options: Omit<FetchOptions, 'schema'>, accept: string) {
  const label = prefix(options.label);
  const fetchImpl = options.fetchImpl ?? globalThis.fetch?.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (options.signal?.aborted) throw new ProviderError('aborted', `${label}request cancelled before it started`, { url });
  if (!fetchImpl) throw new ProviderError('offline', `${label}fetch is not available in this context`, { url });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  // Both the headers and the body must arrive before the deadline: a stalled body is still a timeout.
  const abortError = () =>
    timedOut
      ? new ProviderError('timeout', `${label}no response within ${timeoutMs} ms`, { url })
      : new ProviderError('aborted', `${label}request cancelled`, { url });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(abortError()), { once: true });
  });
  aborted.catch(() => undefined); // observed by the race below; avoid an unhandled rejection if unused

  try {
    let response: Response;
    try {
      response = await Promise.race([
        fetchImpl(url, { headers: { Accept: accept, ...options.headers }, signal: controller.signal }),
        aborted,
      ]);
    } catch (e) {
      if (e instanceof ProviderError) throw e;
      if (controller.signal.aborted) throw abortError();
      // fetch rejects with TypeError for network failures, DNS, CORS and blocked permissions alike.
      const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      throw new ProviderError('offline', `${label}network request failed (offline, DNS, CORS or host permission): ${detail}`, { url, cause: e });
    }

    const contentType = response.headers.get('content-type') ?? '';
    if (response.status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      const wait = retryAfterMs === undefined ? 'no Retry-After given' : `retry after ${Math.ceil(retryAfterMs / 1000)} s`;
      throw new ProviderError('rate-limited', `${label}rate limited (HTTP 429), ${wait}`, { url, status: 429, retryAfterMs });
    }
    let text: string;
    try {
      text = await Promise.race([response.text(), aborted]);
    } catch (e) {
      if (e instanceof ProviderError) throw e;
      throw new ProviderError('truncated', `${label}connection dropped while reading the body`, { url, cause: e });
    }
    if (!response.ok) {
      const snippet = text.trimStart().startsWith('<') ? describeBody(contentType, text) : JSON.stringify(text.slice(0, 120));
      // 401 is always a credential problem; keyed providers also map their own 403/"invalid key" bodies to 'auth'.
      throw new ProviderError(response.status === 401 ? 'auth' : 'http', `${label}HTTP ${response.status} ${response.statusText}`.trimEnd() + ` — ${snippet}`, {
        url,
        status: response.status,
      });
    }
    return { text, contentType };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}
