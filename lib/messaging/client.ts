import { z } from 'zod';
import { ResponseData, type RequestOf, type RequestType, type ResponseOf } from './protocol';

export class CapLensError extends Error {}

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

type Send = (message: unknown) => Promise<unknown>;

/**
 * Typed request to the background. The reply is validated against the schema for
 * that request type, so a stale or broken background never hands the UI a bad shape.
 */
export async function request<T extends RequestType>(
  send: Send,
  message: RequestOf<T>,
): Promise<ResponseOf<T>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch (e) {
    // Typically "Extension context invalidated" after an update: say what to do.
    const text = e instanceof Error ? e.message : String(e);
    throw new CapLensError(
      /context invalidated/i.test(text) ? 'CapLens was updated. Reload the page to reconnect.' : `CapLens background unavailable: ${text}`,
    );
  }
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) throw new CapLensError('CapLens background sent an unreadable reply.');
  if (!env.data.ok) throw new CapLensError(env.data.error);
  const schema = ResponseData[message.type as T];
  const data = schema.safeParse(env.data.data);
  if (!data.success) throw new CapLensError(`CapLens background sent an invalid ${message.type} reply.`);
  return data.data as ResponseOf<T>;
}
