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
const NAME_BEFORE = /(?<![\w$@])((?:[A-Z][a-z][\w&'.-]{0,24} ){0,2}[A-Z][a-z][\w&'.-]{0,24}) $/;
// A word of the sentence rather than a name ("The $COIN rally", "Why $MSTR?"), or the topic itself
// ("Bitcoin $MSTR"): right before the cashtag, no token's name.
const NOT_A_NAME = /(?:^|\s)(?:The|This|That|These|Those|My|Our|Your|His|Her|Their|Its|And|But|Or|So|If|Is|Are|Was|Why|How|What|When|Who|Will|Can|Not|Also|Just|Only|Now|Today|In|On|At|For|To|Of|With|From|Via|Vs)$/;

/**
 * Whether the cashtag `c` (of the listed `symbol`) is a token's: its context speaks of crypto, a
 * name stands right before it, and that name is not the listed company's (the listed name's
 * first word inside it keeps the security: "Coinbase $COIN", "MicroStrategy $MSTR" for Strategy
 * Inc, "Marathon $MARA" for MARA Holdings), nor a word that cues a security ("Buy $COIN", "Long
 * $MSTR"), a word of the sentence ("The $COIN rally") or a crypto word ("Bitcoin $MSTR").
 */
export function isTokenCashtag(c: Candidate, symbol: string, universe: SymbolUniverse): boolean {
  const ctx = c.context;
  if (ctx === undefined || !CRYPTO_CONTEXT_RE.test(ctx)) return false;
  const at = ctx.toUpperCase().indexOf('$' + symbol);
  const before = at > 0 ? ctx.slice(0, at) : '';
  const name = NAME_BEFORE.exec(before)?.[1];
  if (name === undefined || NOT_A_NAME.test(name) || CRYPTO_CONTEXT_RE.test(name) || CUE_BEFORE.test(before)) return false;
  const listed = words(universe.nameOf?.(symbol) ?? '').find((w) => !NAME_SUFFIXES.has(w));
  return listed !== undefined && !words(name).some((w) => w.includes(listed));
}
