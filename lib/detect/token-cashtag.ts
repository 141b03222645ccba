/**
 * Cashtags that name a crypto token whose symbol is also a listed security's: "Ref Finance $REF –
 * DEX", "Burrow $BRRR – Prestamos" in a thread on DeFi protocols (REF is Reformation, BRRR a
 * bitcoin ETF). Read from the mention's own context only (candidates.ts keeps the context of every
 * cashtag after a capitalised word), never from other mentions on the page: a page-level reading
 * differs with the content script's snippet budget, and it took "Internet Software $SPOT" and
 * "@GetInEarly $MEGL" on a page that spoke of crypto elsewhere for tokens.
 */
import { CUE_BEFORE } from './bare-words';
import { CRYPTO_CONTEXT_RE } from './crypto';
import { NAME_SUFFIXES, words } from './name-words';
import type { SymbolUniverse } from './symbol-universe';
import type { Candidate } from './types';

// One to three capitalised words right before the cashtag ("Ref Finance", "Burrow"); not a
// handle ("@GetInEarly") and not glued to another cashtag ("$NIO $BABA" is a list).
const NAME_BEFORE = /(?<![\w$@])((?:[A-Z][a-z][\w&'.-]* ){0,2}[A-Z][a-z][\w&'.-]*) $/;

/**
 * Whether the cashtag `c` (of the listed `symbol`) is a token's: its context speaks of crypto, a
 * name stands right before it, and that name is not the listed company's (the listed name's
 * first word inside it keeps the security: "Coinbase $COIN", "MicroStrategy $MSTR" for Strategy
 * Inc, "Marathon $MARA" for MARA Holdings), nor a word that cues a security ("Buy $COIN", "Long $MSTR").
 */
export function isTokenCashtag(c: Candidate, symbol: string, universe: SymbolUniverse): boolean {
  const ctx = c.context;
  if (ctx === undefined || !CRYPTO_CONTEXT_RE.test(ctx)) return false;
  const at = ctx.toUpperCase().indexOf('$' + symbol);
  const before = at > 0 ? ctx.slice(0, at) : '';
  const name = NAME_BEFORE.exec(before)?.[1];
  if (name === undefined || CUE_BEFORE.test(before)) return false;
  const listed = words(universe.nameOf?.(symbol) ?? '').find((w) => !NAME_SUFFIXES.has(w));
  return listed !== undefined && !words(name).some((w) => w.includes(listed));
}
