import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { fetchJson, fetchText, parseRetryAfter, ProviderError, redactUrl } from '../../../lib/data/providers/http';
import { hangingFetch, jsonResponse, stubFetch, textResponse } from './helpers';

const URL_ = 'https://example.test/data.json';

/** Runs the request and returns the ProviderError it must reject with. */
async function failure(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderError);
    return e as ProviderError;
  }
  throw new Error('expected a ProviderError, but the request succeeded');
}

describe('fetchJson fault handling', () => {
  test('success: parses and validates, sends Accept and custom headers', async () => {
    const { impl, calls } = stubFetch(() => jsonResponse({ a: 1 }));
    const body = await fetchJson(URL_, { fetchImpl: impl, schema: z.object({ a: z.number() }), headers: { 'X-Test': 'y' } });
    expect(body).toEqual({ a: 1 });
    const headers = calls[0]!.init!.headers as Record<string, string>;
    expect(headers['Accept']).toBe('application/json');
    expect(headers['X-Test']).toBe('y');
  });

  test('timeout: a server that never answers', async () => {
    const e = await failure(fetchJson(URL_, { fetchImpl: hangingFetch, timeoutMs: 20, label: 'Test' }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toBe('Test: no response within 20 ms');
  });

  test('timeout: headers arrive but the body stalls', async () => {
    const stalled = { ok: true, status: 200, statusText: 'OK', headers: new Headers(), text: () => new Promise<string>(() => {}) };
    const { impl } = stubFetch(() => stalled as unknown as Response);
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, timeoutMs: 20 }));
    expect(e.kind).toBe('timeout');
  });

  test('caller abort is "aborted", not a provider timeout', async () => {
    const controller = new AbortController();
    const p = fetchJson(URL_, { fetchImpl: hangingFetch, timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    expect((await failure(p)).kind).toBe('aborted');
    expect((await failure(fetchJson(URL_, { fetchImpl: hangingFetch, signal: controller.signal }))).kind).toBe('aborted');
  });

  test('429 with Retry-After in seconds', async () => {
    const { impl } = stubFetch(() => new Response('Too Many Requests', { status: 429, headers: { 'Retry-After': '120' } }));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, label: 'Yahoo' }));
    expect(e.kind).toBe('rate-limited');
    expect(e.status).toBe(429);
    expect(e.retryAfterMs).toBe(120_000);
    expect(e.message).toBe('Yahoo: rate limited (HTTP 429), retry after 120 s');
  });

  test('429 with an HTTP-date Retry-After, and without one', async () => {
    const now = Date.parse('2026-02-02T12:00:00Z');
    expect(parseRetryAfter('Mon, 02 Feb 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Feb 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    const { impl } = stubFetch(() => new Response('', { status: 429 }));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl }));
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.message).toContain('no Retry-After given');
  });

  test('other HTTP errors carry the status and a snippet of the body', async () => {
    const html = '<!DOCTYPE html><html><head><title>Your Request Originates from an Undeclared Automated Tool</title></head></html>';
    const { impl } = stubFetch(() => new Response(html, { status: 403, statusText: 'Forbidden', headers: { 'content-type': 'text/html' } }));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, label: 'SEC EDGAR' }));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(403);
    expect(e.message).toContain('SEC EDGAR: HTTP 403 Forbidden');
    expect(e.message).toContain('Undeclared Automated Tool');
  });

  test('HTML page with status 200 is "not-json" (captive portal, bot wall)', async () => {
    const { impl } = stubFetch(() => textResponse('\n  <html><head><title>Sign in to Wi-Fi</title></head></html>', 'text/html; charset=utf-8'));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl }));
    expect(e.kind).toBe('not-json');
    expect(e.message).toContain('expected JSON but got text/html; charset=utf-8 page "Sign in to Wi-Fi"');
  });

  test('HTML with a JSON content-type is still caught by its first character', async () => {
    const { impl } = stubFetch(() => jsonResponse('<html>oops</html>'));
    expect((await failure(fetchJson(URL_, { fetchImpl: impl }))).kind).toBe('not-json');
  });

  test('JSON mislabelled as text/html is accepted', async () => {
    const { impl } = stubFetch(() => textResponse('{"ok":true}', 'text/html'));
    expect(await fetchJson(URL_, { fetchImpl: impl })).toEqual({ ok: true });
  });

  test('truncated JSON', async () => {
    const cut = '{"chart":{"result":[{"meta":{"symbol":"^TN';
    const { impl } = stubFetch(() => jsonResponse(cut));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, label: 'Yahoo' }));
    expect(e.kind).toBe('truncated');
    expect(e.message).toMatch(new RegExp(`^Yahoo: invalid JSON \\(${cut.length} chars\\): Unterminated string`));
  });

  test('empty body is truncated', async () => {
    const { impl } = stubFetch(() => jsonResponse(''));
    expect((await failure(fetchJson(URL_, { fetchImpl: impl }))).kind).toBe('truncated');
  });

  test('schema drift lists the failing paths', async () => {
    const schema = z.object({ meta: z.object({ price: z.number(), currency: z.string() }) });
    const { impl } = stubFetch(() => jsonResponse({ meta: { regularMarketPrice: 4.2 } }));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, schema, label: 'Yahoo' }));
    expect(e.kind).toBe('schema');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toMatch(/^Yahoo: response shape changed: meta\.price: .+; meta\.currency: .+/);
  });

  test('schema message shows at most three paths', async () => {
    const schema = z.object({ a: z.number(), b: z.number(), c: z.number(), d: z.number(), e: z.number() });
    const { impl } = stubFetch(() => jsonResponse({}));
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, schema }));
    expect(e.message).toContain('(+2 more)');
    expect(e.issues).toHaveLength(5);
  });

  test('offline: fetch rejects with TypeError', async () => {
    const impl = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const e = await failure(fetchJson(URL_, { fetchImpl: impl, label: 'FRED' }));
    expect(e.kind).toBe('offline');
    expect(e.message).toBe('FRED: network request failed (offline, DNS, CORS or host permission): TypeError: Failed to fetch');
  });

  test('a fetch that throws synchronously or rejects with a non-Error is still a ProviderError', async () => {
    const sync = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    expect((await failure(fetchJson(URL_, { fetchImpl: sync }))).kind).toBe('offline');
    const odd = (() => Promise.reject('string reason')) as unknown as typeof fetch;
    expect((await failure(fetchJson(URL_, { fetchImpl: odd }))).kind).toBe('offline');
  });

  test('the body stream failing midway is truncated', async () => {
    const broken = { ok: true, status: 200, statusText: 'OK', headers: new Headers(), text: () => Promise.reject(new TypeError('network error')) };
    const { impl } = stubFetch(() => broken as unknown as Response);
    expect((await failure(fetchJson(URL_, { fetchImpl: impl }))).kind).toBe('truncated');
  });
});

describe('fetchText', () => {
  test('returns CSV text', async () => {
    const { impl, calls } = stubFetch(() => textResponse('a,b\n1,2\n'));
    expect(await fetchText(URL_, { fetchImpl: impl })).toBe('a,b\n1,2\n');
    expect((calls[0]!.init!.headers as Record<string, string>)['Accept']).toContain('text/csv');
  });

  test('an HTML page instead of CSV is not-json (wrong format)', async () => {
    const { impl } = stubFetch(() => textResponse('<!doctype html><title>Access Denied</title>', 'text/html'));
    const e = await failure(fetchText(URL_, { fetchImpl: impl, label: 'U.S. Treasury' }));
    expect(e.kind).toBe('not-json');
    expect(e.message).toContain('U.S. Treasury: expected CSV/text but got text/html page "Access Denied"');
  });
});

describe('secrets never reach messages', () => {
  test('api_key is redacted from the error url and message', async () => {
    const url = 'https://api.stlouisfed.org/fred/series/observations?series_id=DGS10&api_key=abcd1234secret&file_type=json';
    const impl = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const e = await failure(fetchJson(url, { fetchImpl: impl }));
    expect(e.url).toContain('api_key=REDACTED');
    expect(`${e.url} ${e.message}`).not.toContain('abcd1234secret');
  });

  test('redactUrl handles several parameter names and unparsable urls', () => {
    expect(redactUrl('https://x.test/q?symbol=A&token=t1&apikey=k2')).toBe('https://x.test/q?symbol=A&token=REDACTED&apikey=REDACTED');
    expect(redactUrl('not a url?api_key=zzz')).toBe('not a url?api_key=REDACTED');
  });
});
