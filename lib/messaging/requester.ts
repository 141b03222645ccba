import * as z from 'zod/mini';

export class CapLensError extends Error {}

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type Send = (message: unknown) => Promise<unknown>;

export interface RequesterOptions {
  /**
   * Request types that read only, so asking twice is harmless: when the service worker stops
   * after receiving one (the reply port closes), it is sent once more. Writes are never
   * repeated: the user is told to try again instead, since the first may have landed.
   */
  idempotent?: ReadonlySet<string>;
  /** Pause before a retry, in ms (the worker is starting up). */
  retryDelayMs?: number;
}

type Transport = 'invalidated' | 'not-delivered' | 'interrupted' | 'other';

/** What a failed runtime.sendMessage means, from the browsers' error texts. */
function transportFault(text: string): Transport {
  if (/context invalidated/i.test(text)) return 'invalidated';
  if (/could not establish connection|receiving end does not exist/i.test(text)) return 'not-delivered';
  if (/message port closed|message channel (?:is )?closed|before a response was received/i.test(text)) return 'interrupted';
  return 'other';
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Typed requests to the background. Each reply is validated against the schema for its
 * request type, so a stale or broken background never hands a UI a bad shape. A message the
 * worker never received is sent once more; an extension update asks for a page reload.
 */
export function createRequester<S extends Record<string, z.core.$ZodType>>(schemas: S, options: RequesterOptions = {}) {
  const delay = options.retryDelayMs ?? 150;
  async function sendOnce(send: Send, message: { type: string }, retried: boolean): Promise<unknown> {
    try {
      return await send(message);
    } catch (e) {
      const text = errorText(e);
      const fault = transportFault(text);
      const mayRetry = fault === 'not-delivered' || (fault === 'interrupted' && options.idempotent?.has(message.type) === true);
      if (!retried && mayRetry) {
        await new Promise((r) => setTimeout(r, delay));
        return sendOnce(send, message, true);
      }
      if (fault === 'invalidated') throw new CapLensError('CapLens was updated. Reload the page to reconnect.');
      if (fault === 'interrupted') throw new CapLensError('CapLens restarted before answering. Please try again.');
      throw new CapLensError(`CapLens background unavailable: ${text}`);
    }
  }

  return async function request<T extends keyof S & string>(send: Send, message: { type: T }): Promise<z.infer<S[T]>> {
    const raw = await sendOnce(send, message, false);
    const env = z.safeParse(EnvelopeSchema, raw);
    if (!env.success) throw new CapLensError('CapLens background sent an unreadable reply.');
    if (!env.data.ok) throw new CapLensError(env.data.error);
    const data = z.safeParse(schemas[message.type]!, env.data.data);
    if (!data.success) throw new CapLensError(`CapLens background sent an invalid ${message.type} reply.`);
    return data.data as z.infer<S[T]>;
  };
}
