import { buildContext, type IndexMeta } from '../context/build-context';
import type { ContextMemo } from '../context/context-memo';
import type { LiveInputs } from '../context/live-inputs';
import { specialContext } from '../context/special-context';
import type { TickerContext } from '../context/ticker-context';
import type { SymbolStore } from '../cache/symbol-store';
import { normalizeSymbol } from '../data/normalize-symbol';
import type { SymbolRecord } from '../data/symbol-record';
import { universeFromRecords, validateCandidates, type SymbolUniverse } from '../detect/validate';
import type { RequestOf, ResponseOf } from '../messaging/protocol';

/** A page's cards should not wait long on a cold fetch; a lookup the user asked for may wait longer. */
export const LIVE_WAIT_MS = { resolve: 1500, lookup: 8000 } as const;

export interface CardDeps {
  symbols: Pick<SymbolStore, 'get' | 'getMany'>;
  /**
   * Company names → symbols over the whole universe, for 'name' candidates (the content
   * script's "company names" setting). Without it, name candidates resolve to nothing.
   */
  names?: () => Promise<Pick<SymbolUniverse, 'symbolForName'>>;
  /** Dates and names behind index membership, and the benchmark figures cards compare against. */
  contextRefs: () => Promise<{ meta: IndexMeta; refs?: Parameters<typeof buildContext>[3] }>;
  /**
   * Live inputs per symbol (SEC filings, measured beta, keyed providers) when live data is on;
   * waits at most `waitMs` for figures not cached yet. Absent or empty: snapshot-only cards.
   */
  liveInputs?: (records: SymbolRecord[], waitMs: number, onLate?: (symbols: string[]) => void) => Promise<Map<string, LiveInputs>>;
  /** Builds a card, reusing snapshot-only models while their inputs are the same (lib/context/context-memo.ts). */
  contextFor?: ContextMemo;
}

/**
 * The "resolve" use-case: a page's candidates → validated tickers, each with its card. Live
 * figures that miss the page's wait are announced through `onLate` when they land.
 */
export async function resolveCards(req: RequestOf<'resolve'>, deps: CardDeps, onLate?: (symbols: string[]) => void): Promise<ResponseOf<'resolve'>> {
  // A company name needs the whole universe's name index; its symbol's record is then read with the others.
  const named = deps.names && req.candidates.some((c) => c.evidence === 'name') ? await deps.names() : null;
  const wanted = uniqueSymbols(req.candidates);
  if (named) for (const c of req.candidates) if (c.evidence === 'name' && c.name) wanted.push(named.symbolForName?.(c.name) ?? '');
  // One read: the records that validate the candidates are the ones the cards are built from.
  const records = await deps.symbols.getMany([...new Set(wanted.filter(Boolean))]);
  // With names, "(OPEN)" after "Opendoor Technologies" is the company; after a phrase it abbreviates, it is not.
  const universe: SymbolUniverse = universeFromRecords(records.values());
  if (named?.symbolForName) universe.symbolForName = named.symbolForName;
  const detections = validateCandidates(req.candidates, universe);
  const detected = detections.flatMap((d) => (d.kind ? [] : [records.get(d.symbol)].filter((r): r is SymbolRecord => !!r)));
  // Independent reads (settings in extension storage): side by side, not one after the other.
  const [{ meta, refs }, gathered] = await Promise.all([deps.contextRefs(), deps.liveInputs?.(detected, LIVE_WAIT_MS.resolve, onLate)]);
  const live = gathered ?? new Map<string, LiveInputs>();
  return detections.map(({ kind, ...d }) => ({
    ...d,
    context: kind ? specialContext(kind, d.symbol) : (deps.contextFor ?? buildContext)(records.get(d.symbol), d.symbol, meta, refs, live.get(d.symbol)),
  }));
}

/** The "lookup" use-case: one symbol's card (popup, context menu), live inputs waited for longer. */
export async function lookupCard(symbol: string, deps: CardDeps): Promise<TickerContext> {
  const { meta, refs } = await deps.contextRefs();
  const record = await deps.symbols.get(symbol);
  const live = record ? await deps.liveInputs?.([record], LIVE_WAIT_MS.lookup) : undefined;
  return (deps.contextFor ?? buildContext)(record, symbol, meta, refs, live?.get(symbol));
}

function uniqueSymbols(candidates: { symbol: string }[]): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    const s = normalizeSymbol(c.symbol);
    if (s) out.add(s);
  }
  return [...out];
}
