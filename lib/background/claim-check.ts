import { isoToday } from '../dates';
import { articleDate } from '../claims/article-date';
import { checkClaim, type PriceReturnCheck } from '../claims/check-claims';
import { checkPriceReturn, priceRangeFor, priceReturnWindow, priceSymbolFor } from '../claims/check-price-return';
import { unverifiable, type Check } from '../claims/check-rates';
import type { ClaimSeries } from '../claims/claim-data-build';
import { symbolFigures } from '../claims/claim-data-build';
import { MAX_ARTICLE_CHARS, type ClaimCheck, type DateHints } from '../claims/claim-schema';
import type { SymbolFigures } from '../claims/claim-data';
import type { ExtractedClaim, Mention } from '../claims/extracted-claim';
import { isProviderError } from '../data/providers/http';
import type { PriceHistory } from '../data/providers/prices';
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
  /** Price history for price-return claims (live only); without it they stay unverifiable, as offline. */
  prices?: ClaimPriceDeps;
}

export interface ClaimPriceDeps {
  /** Options → Data live switch: off, price returns stay unverifiable and nothing is fetched. */
  liveOn: () => Promise<boolean>;
  /** Whether the chosen price source serves index symbols ('^RUT'): Yahoo does, Stooq does not. */
  indexes: () => Promise<boolean>;
  /** Daily closes through the cache; `range` is Yahoo's chart range ('1y', '2y', '5y'…). */
  history: (symbol: string, range: string) => Promise<{ value: PriceHistory; stale?: boolean; error?: string }>;
  /** How long the check waits for histories not yet cached (default 4 s); later ones land in the cache. */
  waitMs?: number;
  now?: () => Date;
}

/** Price histories are waited for this long, all together; the claim check is not held up longer. */
export const PRICE_WAIT_MS = 4000;

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
  const priceReturn = deps.prices ? await priceReturnChecks(extracted, date?.date ?? null, deps.prices) : undefined;
  return {
    enabled: true,
    articleDate: date?.date ?? null,
    dateSource: date?.source ?? null,
    claims: extracted.map((c) => checkClaim(c, date?.date ?? null, data, priceReturn)),
  };
}

/**
 * With live data on: each price-return claim checked against its subject's daily closes, fetched
 * once per symbol and range and waited for at most `waitMs` in all. A history still loading or a
 * provider failure leaves the claim unverifiable, saying why. Off: undefined (the offline note).
 */
async function priceReturnChecks(extracted: ExtractedClaim[], date: string | null, p: ClaimPriceDeps): Promise<PriceReturnCheck | undefined> {
  const claims = extracted.filter((c) => c.kind === 'price-return');
  if (claims.length === 0 || !(await p.liveOn().catch(() => false))) return undefined;
  const indexes = await p.indexes().catch(() => false);
  const today = isoToday(p.now?.());
  const results = new Map<ExtractedClaim, Check>();
  const outcomes = new Map<string, { value: PriceHistory; stale?: boolean; error?: string } | { failed: unknown }>();
  const fetches = new Map<string, Promise<void>>();
  const wanted: Array<[ExtractedClaim, string, string]> = [];
  for (const c of claims) {
    const s = priceSymbolFor(c.subject, indexes);
    if ('reason' in s) {
      results.set(c, unverifiable(s.reason));
      continue;
    }
    const w = priceReturnWindow(c, date);
    if ('reason' in w) {
      results.set(c, unverifiable(w.reason));
      continue;
    }
    const range = priceRangeFor(w.from, today);
    const key = `${s.symbol} ${range}`;
    wanted.push([c, key, s.symbol]);
    if (!fetches.has(key)) {
      fetches.set(
        key,
        p.history(s.symbol, range).then(
          (r) => void outcomes.set(key, r),
          (e: unknown) => void outcomes.set(key, { failed: e }),
        ),
      );
    }
  }
  if (fetches.size > 0) {
    const waitMs = p.waitMs ?? PRICE_WAIT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([Promise.all(fetches.values()), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
  }
  for (const [c, key, symbol] of wanted) {
    const o = outcomes.get(key);
    if (!o) results.set(c, unverifiable(`Price history for ${symbol} is still loading (waited ${Math.round((p.waitMs ?? PRICE_WAIT_MS) / 100) / 10} s); check the page again shortly.`));
    else if ('failed' in o) results.set(c, unverifiable(`Price history for ${symbol} is unavailable (${whyFailed(o.failed)}).`));
    else {
      const check = checkPriceReturn(c, date, o.value);
      results.set(c, o.stale && o.error ? { ...check, note: `${check.note} (Cached history; its refresh failed.)` } : check);
    }
  }
  return (c) => results.get(c) ?? null;
}

function whyFailed(e: unknown): string {
  if (isProviderError(e)) return `${e.kind === 'rate-limited' ? 'rate limited' : e.kind}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** Tickers, indexes and (with names) companies in the text, validated as a scan would, with offsets. */
async function resolveMentions(text: string, deps: ClaimCheckDeps): Promise<Mention[]> {
  const named = deps.names ? await deps.names() : null;
  const found = findPositionedCandidates(text, { names: !!named, capsDemote: true });
  const candidates = found.map((f) => f.candidate);
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
  for (const { candidate: c, start, end } of found) {
    const s = c.evidence === 'name' ? (c.name ? universe.symbolForName?.(c.name) : null) : normalizeSymbol(c.symbol);
    if (s && accepted.has(s)) out.push({ subject: s, start, end });
  }
  return out;
}
