import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarState } from '@/components/Sidebar';
import { articleText, rangeOf, type ArticleText } from '@/lib/claims/article-text';
import type { CheckedClaim } from '@/lib/claims/claim-schema';
import { dateHintsFromDocument } from '@/lib/claims/date-hints';
import { scanRoots } from '@/lib/detect/dom-scan';
import { pageRequest } from '@/lib/messaging/page-client';
import { CLAIM_SETTINGS_KEY, isClaimCheckOn } from '@/lib/settings/claim-check-key';
import type { SiteAdapter } from '@/lib/sites/site';

interface PageClaimsDeps {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  send: (m: unknown) => Promise<unknown>;
  update: (change: Partial<SidebarState>) => void;
  /** Briefly outlines an element of the page (the controller's mention flash). */
  flash: (el: Element | null | undefined) => void;
}

/**
 * The claim check's page side: the article's text goes to the background (extraction and data
 * live there, so the page bundle stays small); the text kept here maps a claim's sentence back to
 * the page. Follows the Options switch while the page is open.
 */
export function createPageClaims({ ctx, site, send, update, flash }: PageClaimsDeps) {
  let article: ArticleText | null = null;
  let run = 0;
  const check = async () => {
    const mine = ++run;
    const on = isClaimCheckOn((await browser.storage.local.get(CLAIM_SETTINGS_KEY).catch(() => ({})) as Record<string, unknown>)[CLAIM_SETTINGS_KEY]);
    if (!on) {
      article = null;
      return update({ claims: null });
    }
    const read = articleText(scanRoots(document, site));
    try {
      const claims = await pageRequest(send, { type: 'claims', text: read.text, hints: dateHintsFromDocument(document) });
      if (mine !== run || ctx.isInvalid) return;
      article = read;
      update({ claims });
    } catch (e) {
      console.debug('[CapLens] claim check failed', e);
    }
  };
  const select = (claim: CheckedClaim) => {
    const at = article ? article.text.indexOf(claim.sentence) : -1;
    const range = at >= 0 && article ? rangeOf(article, at, at + claim.sentence.length, document) : null;
    const node = range?.startContainer;
    flash(node instanceof Element ? node : node?.parentElement);
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CLAIM_SETTINGS_KEY in changes) void check();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  return { check, select };
}
