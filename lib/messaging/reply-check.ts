import * as z from 'zod/mini';
import { TickerContextSchema } from '../context/ticker-context';
import { DetectedTickerSchema, PageResponseData } from './page-protocol';
import { ResponseData, type RequestType } from './protocol';

/**
 * The background's check of the replies it sends to the content script, against the protocol's
 * schemas. The page used to parse them itself with zod/mini; that cost it 8 KB gzipped of script
 * and ~10 ms of schema building on every page load (README "Performance"), so the check moved
 * here, where zod is loaded anyway. The page receives runtime replies from the extension's own
 * background only (a web page cannot answer a runtime.sendMessage), so a reply checked before it
 * is sent is the reply the page reads. Extension pages still check their replies themselves.
 */
const PAGE_TYPES: ReadonlySet<string> = new Set(Object.keys(PageResponseData));

// A scan's reply: each ticker's own fields, and its card model checked once per model object.
const TickerShell = z.omit(DetectedTickerSchema, { context: true });

const problemOf = (r: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }, at = ''): string | null => {
  if (r.success) return null;
  const first = r.error?.issues[0];
  return `${[at, ...(first?.path ?? []).map(String)].filter(Boolean).join('.') || '(root)'}: ${first?.message ?? 'invalid'}`;
};

/**
 * Returns the check; it remembers the card models it passed. Only frozen models are remembered
 * (lib/context/context-memo.ts deep-freezes the ones it reuses), so a model cannot change after
 * its check; a page's cards are the same models scan after scan, so each is checked once.
 */
export function createReplyCheck() {
  const checked = new WeakSet<object>();
  const contextProblem = (context: unknown, at: string): string | null => {
    if (typeof context === 'object' && context !== null && checked.has(context)) return null;
    const problem = problemOf(TickerContextSchema.safeParse(context), at);
    if (!problem && typeof context === 'object' && context !== null && Object.isFrozen(context)) checked.add(context);
    return problem;
  };
  return function replyProblem(type: RequestType, data: unknown): string | null {
    if (!PAGE_TYPES.has(type)) return null;
    if (type === 'resolve' && Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        const item = data[i] as { context?: unknown } | null;
        const problem = problemOf(TickerShell.safeParse(item), String(i)) ?? contextProblem(item?.context, `${i}.context`);
        if (problem) return problem;
      }
      return null;
    }
    return problemOf(ResponseData[type].safeParse(data));
  };
}
