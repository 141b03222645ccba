import { articleDate } from '../claims/article-date';
import { checkClaim } from '../claims/check-claims';
import type { ClaimSeries } from '../claims/claim-data-build';
import { symbolFigures } from '../claims/claim-data-build';
import { MAX_ARTICLE_CHARS, type ClaimCheck, type DateHints } from '../claims/claim-schema';
import type { SymbolFigures } from '../claims/claim-data';
import type { Mention } from '../claims/extracted-claim';
import { extractClaims } from '../claims/extract-claims';
import { groupOf } from '../claims/subjects';
import type { SymbolRecord } from '../data/symbol-record';
import { normalizeSymbol } from '../data/normalize-symbol';
import { findPositionedCandidates } from '../detect/candidates';
import { universeFromRecords, validateCandidates, type SymbolUniverse } from '../detect/validate';

/**
 * The claim check use-case: an article's text and date hints → its market claims, each set
 * against our data at the article's date. The subjects are the tickers, indexes and company
 * names the detector finds in the same text (validated against the universe as in a scan), so
 * "the iShares Russell 2000 ETF (IWM) has surged 6.2%" is a claim about IWM. Used by the
 * background (message 'claims') and the claims CLI.
 */

export interface ClaimCheckDeps {
  /** Options → Claim check; off means nothing is read. */
  enabled: () => Promise<boolean>;
  series: () => Promise<ClaimSeries>;
  records: (symbols: string[]) => Promise<Map<string, SymbolRecord>>;
  /** Company names → symbols over the whole universe; without it only tickers and indexes are subjects. */
  names?: () => Promise<Pick<SymbolUniverse, 'symbolForName'>>;
}

export interface ClaimCheckRequest {
  text: string;
  hints: DateHints;
  /** An explicit date (the CLI's --date) wins over the page's. */
  date?: string | null;
}

export async function checkArticleClaims(req: ClaimCheckRequest, deps: ClaimCheckDeps): Promise<ClaimCheck> {
  if (!(await deps.enabled())) return { enabled: false, articleDate: null, dateSource: null, claims: [] };
  const text = req.text.slice(0, MAX_ARTICLE_CHARS);
  const date = articleDate(req.hints, text, req.date);
  const mentions = await resolveMentions(text, deps);
  const extracted = extractClaims(text, mentions, date?.date ?? null);
  // Figures for the subjects, and for every member of a group named as one.
  const wanted = new Set<string>();
  for (const c of extracted) {
    if (c.kind !== 'pe-multiple' && c.kind !== 'market-cap') continue;
    for (const s of groupOf(c.subject)?.members ?? (c.subject ? [c.subject] : [])) wanted.add(s);
  }
  const records = wanted.size ? await deps.records([...wanted]) : new Map<string, SymbolRecord>();
  const symbols = new Map<string, SymbolFigures>([...records].map(([s, r]) => [s, symbolFigures(r)]));
  const data = { ...(await deps.series()), symbols };
  return {
    enabled: true,
    articleDate: date?.date ?? null,
    dateSource: date?.source ?? null,
    claims: extracted.map((c) => checkClaim(c, date?.date ?? null, data)),
  };
}

/** Tickers, indexes and (with names) companies in the text, validated as a scan would, with offsets. */
async function resolveMentions(text: string, deps: ClaimCheckDeps): Promise<Mention[]> {
  const named = deps.names ? await deps.names() : null;
  const candidates = findPositionedCandidates(text, { names: !!named, capsDemote: true });
  const wanted = new Set<string>();
  for (const c of candidates) {
    const s = c.evidence === 'name' ? (c.name ? named?.symbolForName?.(c.name) : null) : normalizeSymbol(c.symbol);
    if (s) wanted.add(s);
  }
  const records = await deps.records([...wanted]);
  const universe: SymbolUniverse = universeFromRecords(records.values());
  if (named?.symbolForName) universe.symbolForName = named.symbolForName;
  const accepted = new Set(validateCandidates(candidates, universe).map((d) => d.symbol));
  const out: Mention[] = [];
  for (const c of candidates) {
    const s = c.evidence === 'name' ? (c.name ? universe.symbolForName?.(c.name) : null) : normalizeSymbol(c.symbol);
    if (s && accepted.has(s)) out.push({ subject: s, start: c.start, end: c.end });
  }
  return out;
}
