import { PageResponseData } from './page-protocol';
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

export function pageReplyProblem(type: RequestType, data: unknown): string | null {
  if (!PAGE_TYPES.has(type)) return null;
  const r = ResponseData[type].safeParse(data);
  if (r.success) return null;
  const first = r.error.issues[0];
  return `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`;
}
