import { PageResponseData } from './page-protocol';
import type { PageRequestSchemas } from './page-requests';
import { createRequester, type Send } from './requester';
import type * as z from 'zod/mini';
import type { Candidate } from '../detect/types';

type PageRequest = { [K in keyof typeof PageRequestSchemas]: z.infer<(typeof PageRequestSchemas)[K]> };

// The page only reads (scan results, market strip, quotes): safe to repeat if the worker stopped mid-request.
const PAGE_READS: ReadonlySet<string> = new Set<keyof PageRequest>(['resolve', 'market', 'quotes', 'claims']);
const requester = createRequester(PageResponseData, { idempotent: PAGE_READS });

/** The content script's client: only the page requests, validated with zod/mini. */
export function pageRequest<T extends keyof PageRequest>(
  send: Send,
  message: PageRequest[T] & { type: T },
): Promise<z.infer<(typeof PageResponseData)[T]>> {
  return requester<T>(send, message);
}

const MAX_CANDIDATES = 5000;
const WEAK = new Set(['bare', 'name']);

/**
 * The background refuses oversized requests outright, so fit the list rather than lose the
 * scan: weakest evidence goes first, and context text is cut to the protocol's limit.
 */
export function fitCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ordered = candidates.length > MAX_CANDIDATES ? [...candidates.filter((c) => !WEAK.has(c.evidence)), ...candidates.filter((c) => WEAK.has(c.evidence))] : candidates;
  return ordered.slice(0, MAX_CANDIDATES).map((c) => (c.context && c.context.length > 200 ? { ...c, context: c.context.slice(0, 200) } : c));
}
