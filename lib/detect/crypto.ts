/**
 * Crypto-asset symbols, for telling "$BTC" (the coin) from BTC the listed Grayscale trust.
 * Validator-side rules (lib/detect/validate.ts):
 *   - CORE symbols are crypto whenever the writer used a cashtag or a parenthetical
 *     ("Bitcoin (BTC)"), and BARE_CRYPTO ones also as a bare word; exchange prefixes, quote
 *     links, symbol cells and a quote page's main symbol still mean the listed security.
 *   - OTHER symbols collide with established stocks ($LTC is LTC Properties, $LINK
 *     Interlink): crypto only with a crypto marker — StockTwits' "$LTC.X", or crypto words
 *     ("coin", "token", "crypto", …) in the mention's context.
 */
// Pure: the page imports OTHER_CRYPTO only (cashtags keep their context), so the rest is shaken out of it.
export const CORE_CRYPTO: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'BTC ETH SOL XRP DOGE ADA SHIB USDT USDC BNB AVAX DOT MATIC PEPE HBAR XLM'.split(' '),
);

/** Core coins whose symbol is no everyday word or abbreviation: a bare "BTC" is the coin. */
export const BARE_CRYPTO: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ 'BTC ETH XRP DOGE USDT USDC SHIB'.split(' '));

export const OTHER_CRYPTO: ReadonlySet<string> = new Set(
  'LTC LINK ATOM SUI APT TRX BCH UNI OP ARB NEAR TON FIL ICP ETC POL AAVE ALGO'.split(' '),
);

export const CRYPTO_CONTEXT_RE = /\b(?:crypto(?:currency|currencies|s)?|coins?|tokens?|blockchain|bitcoin|ethereum|altcoins?|stablecoins?|defi|dex|staking|nfts?|airdrops?|web3|on-chain|memecoins?)\b/i;

/** "$BTC.X" (StockTwits) → "BTC" when BTC is a known crypto symbol, else null. */
export function cryptoBaseOfMarked(symbol: string): string | null {
  if (!symbol.endsWith('.X')) return null;
  const base = symbol.slice(0, -2);
  return CORE_CRYPTO.has(base) || OTHER_CRYPTO.has(base) ? base : null;
}
