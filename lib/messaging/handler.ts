import { createReplyCheck } from './reply-check';
import { RequestSchema, type Envelope, type Request } from './protocol';

/** Who sent a request: the tab of a content script; absent for the extension's own pages. */
export interface RequestSender {
  tabId?: number;
}

/** Answers one validated request; the use-cases behind it live in lib/background. */
export type RequestRouter = (req: Request, sender: RequestSender) => Promise<unknown>;

/**
 * Turns an untrusted message into an envelope. Anything that is not a well-formed
 * request of a known type gets `{ok:false}` with a reason; router failures are
 * reported the same way, so the background never crashes on input.
 */
export function createRequestHandler(route: RequestRouter, ready: () => Promise<void> = async () => undefined) {
  const checkReply = createReplyCheck();
  return async function handle(raw: unknown, sender: RequestSender = {}): Promise<Envelope<unknown>> {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : '';
      return { ok: false, error: type ? `Rejected malformed or unknown request "${type}".` : 'Rejected malformed request.' };
    }
    try {
      await ready();
      const data = await route(parsed.data, sender);
      // Replies the content script reads are schema-checked here, before they leave (./reply-check.ts).
      const problem = checkReply(parsed.data.type, data);
      if (problem) return { ok: false, error: `CapLens background produced an invalid ${parsed.data.type} reply (${problem}).` };
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
