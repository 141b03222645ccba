import { PageResponseData, type PageRequestSchemas } from './page-protocol';
import { createRequester, type Send } from './requester';
import type * as z from 'zod/mini';

type PageRequest = { [K in keyof typeof PageRequestSchemas]: z.infer<(typeof PageRequestSchemas)[K]> };

const requester = createRequester(PageResponseData);

/** The content script's client: only the page requests, validated with zod/mini. */
export function pageRequest<T extends keyof PageRequest>(
  send: Send,
  message: PageRequest[T] & { type: T },
): Promise<z.infer<(typeof PageResponseData)[T]>> {
  return requester<T>(send, message);
}
