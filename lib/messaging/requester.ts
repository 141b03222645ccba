export class CapLensError extends Error {}

/**
 * The envelope every reply comes in, checked by hand: this module is also built into the content
 * script, which carries no zod (README "Performance"). The payload is checked by `check`.
 */
function readEnvelope(raw: unknown): { ok: true; data: unknown } | { ok: false; error: string } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const env = raw as { ok?: unknown; data?: unknown; error?: unknown };
  if (env.ok === true) return { ok: true, data: env.data };
  if (env.ok === false && typeof env.error === 'string') return { ok: false, error: env.error };
  return null;
}

/**
 * Validates a reply's payload for its request type (a zod safeParse result: the parsed data is
 * what the caller gets). Extension pages check every
 * reply with the protocol's zod schemas (lib/messaging/client.ts); the content script's replies are
 * checked by the background against the same schemas before they are sent
 * (lib/messaging/reply-check.ts), so a broken background never hands a UI a bad shape either way.
 */
export type ReplyCheck = (type: string, data: unknown) => { success: boolean; data?: unknown };

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
export function createRequester<R extends Record<string, unknown>>(check: ReplyCheck | null, options: RequesterOptions = {}) {
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

  return async function request<T extends keyof R & string>(send: Send, message: { type: T }): Promise<R[T]> {
    const raw = await sendOnce(send, message, false);
    const env = readEnvelope(raw);
    if (!env) throw new CapLensError('CapLens background sent an unreadable reply.');
    if (!env.ok) throw new CapLensError(env.error);
    if (!check) return env.data as R[T];
    const checked = check(message.type, env.data);
    if (!checked.success) throw new CapLensError(`CapLens background sent an invalid ${message.type} reply.`);
    return checked.data as R[T];
  };
}
