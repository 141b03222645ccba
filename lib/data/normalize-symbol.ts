/**
 * Canonical ticker form used everywhere in CapLens: upper case, share class after a dot.
 * Sources disagree on the class separator (SEC `BRK-B`, Nasdaq screener `BRK/B`, S&P `BRK.B`),
 * so every symbol entering the system goes through here before it is compared or stored.
 */

export const MAX_SYMBOL_LENGTH = 12;

// One or more alphanumeric runs separated by single class separators; no leading/trailing separator.
const SYMBOL_SHAPE = /^[A-Z0-9]+(?:\.[A-Z0-9]+)*$/;

/** Returns the canonical symbol, or null when `raw` cannot be a ticker. Never throws. */
export function normalizeSymbol(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SYMBOL_LENGTH) return null;
  // Reject anything outside the documented alphabet before rewriting separators, so that
  // "BRK B" or "BRK_B" are refused rather than silently turned into something else.
  if (!/^[A-Za-z0-9./-]+$/.test(trimmed)) return null;
  const symbol = trimmed.toUpperCase().replace(/[-/]/g, '.');
  return SYMBOL_SHAPE.test(symbol) ? symbol : null;
}
