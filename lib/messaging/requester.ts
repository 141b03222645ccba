import * as z from 'zod/mini';

export class CapLensError extends Error {}

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type Send = (message: unknown) => Promise<unknown>;

/**
 * Typed requests to the background. Each reply is validated against the schema for its
 * request type, so a stale or broken background never hands a UI a bad shape.
 */
export function createRequester<S extends Record<string, z.core.$ZodType>>(schemas: S) {
  return async function request<T extends keyof S & string>(send: Send, message: { type: T }): Promise<z.infer<S[T]>> {
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
    const env = z.safeParse(EnvelopeSchema, raw);
    if (!env.success) throw new CapLensError('CapLens background sent an unreadable reply.');
    if (!env.data.ok) throw new CapLensError(env.data.error);
    const data = z.safeParse(schemas[message.type]!, env.data.data);
    if (!data.success) throw new CapLensError(`CapLens background sent an invalid ${message.type} reply.`);
    return data.data as z.infer<S[T]>;
  };
}
