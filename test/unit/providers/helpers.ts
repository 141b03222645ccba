/** Shared test plumbing: recorded fixtures and a stubbed fetch (no test touches the network). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(__dirname, '../../fixtures/providers');

export function fixtureText(name: string): string {
  return readFileSync(resolve(DIR, name), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export interface StubCall {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that answers every call with `respond(url)`; records the calls. */
export function stubFetch(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const calls: StubCall[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    calls.push({ url, init });
    return respond(url, init);
  }) as typeof fetch;
  return { impl, calls };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

export function textResponse(body: string, contentType = 'text/csv', status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': contentType } });
}

/** A fetch that never answers until its signal aborts (then rejects like a browser does). */
export const hangingFetch = ((_: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  })) as typeof fetch;
