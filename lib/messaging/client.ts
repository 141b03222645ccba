import { ResponseData, type RequestOf, type RequestType, type ResponseOf } from './protocol';
import { createRequester, type Send } from './requester';

// Reads may be repeated if the service worker stops mid-request; writes (watchlists, cache clear) never are.
const READS: ReadonlySet<string> = new Set<RequestType>(['lookup', 'search', 'status', 'data:status', 'watchlists:list', 'watchlists:import-plan', 'market', 'resolve', 'quotes']);
type Replies = { [T in RequestType]: ResponseOf<T> };
// Extension pages carry zod anyway: they check every reply's payload themselves.
const requester = createRequester<Replies>((type, data) => ResponseData[type as RequestType].safeParse(data), { idempotent: READS });

/** Typed request to the background from an extension page (popup, options). */
export function request<T extends RequestType>(send: Send, message: RequestOf<T>): Promise<ResponseOf<T>> {
  return requester(send, message as { type: T }) as Promise<ResponseOf<T>>;
}
