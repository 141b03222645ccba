/**
 * The scan CLI's work, importable by tests: parse HTML with happy-dom, run the content
 * script's pipeline (scanDom → validateCandidates) and map kinds to DESIGN.md contract 1.
 */
import { Window } from 'happy-dom';
import { scanDom } from '../lib/detect/dom-scan';
import { universeFromRecords, validateCandidates } from '../lib/detect/validate';
import type { Evidence } from '../lib/detect/types';
import type { SymbolRecord } from '../lib/data/symbol-record';
import { siteForUrl } from '../lib/sites/registry';

export { looksLikeHtml } from './looks-like-html';

/** DESIGN.md contract 2's kinds; 'index' and 'crypto' come from the detection itself. */
export type ScanKind = 'stock' | 'etf' | 'index' | 'crypto' | 'unknown';

export interface ScanResult {
  source: string;
  tickers: Array<{ symbol: string; count: number; kind: ScanKind; evidence: Evidence[] }>;
}

/** Snapshot kinds → contract kinds: ADRs trade like stocks; mutual funds are grouped with ETFs. */
export function contractKind(kind: SymbolRecord['kind']): Exclude<ScanKind, 'index' | 'crypto'> {
  if (kind === 'stock' || kind === 'adr') return 'stock';
  if (kind === 'etf' || kind === 'fund') return 'etf';
  return 'unknown';
}

/** The page's own URL, if it declares one; only http(s). */
function declaredUrl(doc: Document): string | undefined {
  const raw =
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ??
    undefined;
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Scan one HTML string against the given records. Pure apart from the happy-dom window it opens and closes. */
export interface ScanHtmlOptions {
  /** Company names without a ticker as lower-confidence mentions (evidence 'name'); default off, as in the sidebar's default. */
  names?: boolean;
  /** The page's URL when the saved HTML does not declare it (real pages saved without a canonical link); wins over the declared one. */
  url?: string;
}

export async function scanHtml(source: string, html: string, records: readonly SymbolRecord[], options: ScanHtmlOptions = {}): Promise<ScanResult> {
  const window = new Window();
  try {
    return scanParsed(source, parseHtml(window, html), records, options);
  } finally {
    await window.happyDOM.close();
  }
}

/** happy-dom's parse of a saved page: the costly step, so a caller scanning one page twice can do it once. */
export function parseHtml(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

// The universe and kind map depend only on the records; a test scanning a whole corpus against
// one records array used to rebuild both (10k records) for every page.
const lookups = new WeakMap<readonly SymbolRecord[], { universe: ReturnType<typeof universeFromRecords>; kinds: Map<string, SymbolRecord['kind']> }>();
function lookupsOf(records: readonly SymbolRecord[]) {
  let l = lookups.get(records);
  if (!l) lookups.set(records, (l = { universe: universeFromRecords(records), kinds: new Map(records.map((r) => [r.symbol, r.kind])) }));
  return l;
}

/** scanHtml after the parse; scanDom only reads the document, so one parse serves several option sets. */
export function scanParsed(source: string, doc: Document, records: readonly SymbolRecord[], options: ScanHtmlOptions = {}): ScanResult {
  const url = options.url ?? declaredUrl(doc);
  const site = url ? siteForUrl(url) : undefined;
  const candidates = scanDom(doc, { site, ...(url ? { url } : {}), ...(options.names ? { names: true } : {}) });
  const { universe, kinds } = lookupsOf(records);
  const detections = validateCandidates(candidates, universe);
  return {
    source,
    tickers: detections.map((d) => ({
      symbol: d.symbol,
      count: d.count,
      kind: d.kind ?? contractKind(kinds.get(d.symbol) ?? 'unknown'),
      evidence: d.evidence,
    })),
  };
}
