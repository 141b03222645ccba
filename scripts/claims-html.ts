/**
 * The claims CLI's work, importable by tests: parse the page with happy-dom, read its article
 * text and date hints as the content script does, and run the background's claim-check use-case
 * over the snapshot. Output: README contract 5.
 */
import { Window } from 'happy-dom';
import { checkArticleClaims } from '../lib/background/claim-check';
import { articleText } from '../lib/claims/article-text';
import { claimSeriesFromSnapshot } from '../lib/claims/claim-data-build';
import type { CheckedClaim } from '../lib/claims/claim-schema';
import { dateHintsFromDocument } from '../lib/claims/date-hints';
import { expandSnapshot } from '../lib/data/expand-snapshot';
import type { Snapshot } from '../lib/data/snapshot-schema';
import { scanRoots } from '../lib/detect/dom-scan';
import { universeFromRecords } from '../lib/detect/validate';
import { siteForUrl } from '../lib/sites/registry';

export interface ClaimsResult {
  source: string;
  articleDate: string | null;
  claims: Array<Omit<CheckedClaim, 'sentence'>>;
}

function declaredUrl(doc: Document): string | undefined {
  const raw = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  try {
    return raw ? new URL(raw.trim()).href : undefined;
  } catch {
    return undefined;
  }
}

export async function claimsOfHtml(source: string, html: string, snapshot: Snapshot, date: string | null = null): Promise<ClaimsResult> {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const url = declaredUrl(doc);
    const site = url ? siteForUrl(url) : undefined;
    const { text } = articleText(scanRoots(doc, site));
    const records = expandSnapshot(snapshot);
    const bySymbol = new Map(records.map((r) => [r.symbol, r]));
    const universe = universeFromRecords(records);
    const result = await checkArticleClaims(
      { text, hints: dateHintsFromDocument(doc), date },
      {
        enabled: async () => true,
        series: async () => claimSeriesFromSnapshot(snapshot),
        records: async (symbols) => new Map(symbols.flatMap((s) => (bySymbol.has(s) ? [[s, bySymbol.get(s)!] as const] : []))),
        names: async () => universe,
      },
    );
    return {
      source,
      articleDate: result.articleDate,
      claims: result.claims.map((c) => ({ kind: c.kind, text: c.text, subject: c.subject, stated: c.stated, ours: c.ours, verdict: c.verdict, note: c.note })),
    };
  } finally {
    await window.happyDOM.close();
  }
}
