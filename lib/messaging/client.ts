import { ResponseData, type RequestOf, type RequestType, type ResponseOf } from './protocol';
import { createRequester, type Send } from './requester';

export { CapLensError } from './requester';

const requester = createRequester(ResponseData);

/** Typed request to the background from an extension page (popup, options). */
export function request<T extends RequestType>(send: Send, message: RequestOf<T>): Promise<ResponseOf<T>> {
  return requester(send, message as { type: T }) as Promise<ResponseOf<T>>;
}
