/**
 * Exchange names as written in prose ("NASDAQ:", "NYSE Arca:", "TSX:") and as Refinitiv RIC
 * suffixes (".O", ".N", ".TO"), normalised to the codes stored on Candidate.exchange.
 * US venues map to the six codes the validator accepts; anything else is foreign and the
 * validator drops it instead of guessing a US symbol (BP on the LSE is not BP on the NYSE
 * in price, currency or cap).
 */

export const US_EXCHANGES: ReadonlySet<string> = new Set(['NASDAQ', 'NYSE', 'NYSE AMERICAN', 'NYSE ARCA', 'CBOE', 'OTC']);

/** True when the candidate names an exchange and it is not a US venue. No exchange = not foreign. */
export function isForeignExchange(exchange: string | undefined): boolean {
  return exchange !== undefined && !US_EXCHANGES.has(exchange);
}

// Foreign prose names → one code (several spellings per venue).
const FOREIGN_ALIASES: Record<string, string> = {
  LON: 'LSE',
  AIM: 'LSE',
  TSXV: 'TSXV',
  TSXVENTURE: 'TSXV',
  HKG: 'HKEX',
  SEHK: 'HKEX',
  ETR: 'XETRA',
  TYO: 'TYO',
};

/** "Nasdaq GS", "NYSE American", "nyse-arca", "OTCQX" … → NASDAQ, NYSE AMERICAN, NYSE ARCA, OTC … */
export function normalizeExchangeName(raw: string): string {
  const k = raw.toUpperCase().replace(/[\s\u00a0-]+/g, '');
  if (k.startsWith('NASDAQ')) return 'NASDAQ';
  if (k === 'NYSEAMERICAN' || k === 'NYSEMKT' || k === 'AMEX') return 'NYSE AMERICAN';
  if (k === 'NYSEARCA' || k === 'ARCA') return 'NYSE ARCA';
  if (k === 'NMS') return 'NASDAQ';
  if (k === 'PINK') return 'OTC';
  if (k === 'NYSE') return 'NYSE';
  if (k.startsWith('CBOE') || k === 'BATS') return 'CBOE';
  if (k.startsWith('OTC')) return 'OTC';
  return FOREIGN_ALIASES[k] ?? k;
}

// Venue labels of broker screens (IBKR: "NASDAQ.NMS", "ARCA", "TSE", "LSE", "SEHK") that are not prose prefixes.
const SCREEN_LABELS = new Set(['TSE', 'SEHK', 'SBF', 'IBIS', 'FWB', 'AEB', 'EBS', 'BVME', 'VENTURE', 'ISLAND', 'NMS', 'ARCA', 'PINK']);

/**
 * An exchange label next to a symbol in a table cell ("AAPL · NASDAQ.NMS", "SHOP · TSE"), normalised;
 * undefined when `raw` is not a venue we know (then nothing is claimed about the listing).
 */
export function exchangeLabel(raw: string): string | undefined {
  const token = raw.trim().toUpperCase().split('.')[0]!;
  if (token === '' || token.length > 12) return undefined;
  if (!SCREEN_LABELS.has(token) && !KNOWN_EXCHANGE_RE.test(token) && !Object.values(RIC_SUFFIXES).includes(token)) return undefined;
  return normalizeExchangeName(token);
}

/**
 * Prose exchange prefixes, for a case-insensitive regex. Order matters: longer names first
 * so "NYSE Arca" is not read as "NYSE" followed by a symbol "Arca".
 */
export const EXCHANGE_NAMES_SOURCE = [
  'nasdaq(?:[ -]?(?:gs|gm|cm))?',
  'nyse[ -]?american',
  'nyse[ -]?arca',
  'nyse[ -]?mkt',
  'nyse',
  'amex',
  'cboe(?:[ -]?bzx)?',
  'bats',
  'otcqx',
  'otcqb',
  'otc[ -]?pink',
  'otc[ -]?markets',
  'otc',
  'tsx[ -]?v(?:enture)?',
  'tsx',
  'cse',
  'lse',
  'lon',
  'aim',
  'asx',
  'hkex',
  'hkg',
  'sehk',
  'tyo',
  'xetra',
  'etr',
  'fra',
  'epa',
  'euronext',
  'six',
  'bme',
  'nse',
  'bse',
  'krx',
  'sgx',
  'jse',
  'bmv',
  'nzx',
].join('|');

const KNOWN_EXCHANGE_RE = new RegExp(`^(?:${EXCHANGE_NAMES_SOURCE})$`, 'i');

/** RIC suffix → exchange code. US suffixes map to US venues; the rest are foreign. */
const RIC_SUFFIXES: Record<string, string> = {
  O: 'NASDAQ',
  OQ: 'NASDAQ',
  N: 'NYSE',
  K: 'NYSE',
  A: 'NYSE AMERICAN',
  P: 'NYSE ARCA',
  Z: 'CBOE',
  PK: 'OTC',
  OB: 'OTC',
  L: 'LSE',
  TO: 'TSX',
  V: 'TSXV',
  T: 'TYO',
  HK: 'HKEX',
  DE: 'XETRA',
  PA: 'EPA',
  AS: 'AMS',
  MI: 'MIL',
  SW: 'SIX',
  AX: 'ASX',
  MC: 'BME',
  NS: 'NSE',
  BO: 'BSE',
  KS: 'KRX',
  SI: 'SGX',
  SS: 'SSE',
  SZ: 'SZSE',
};

export function ricSuffixExchange(suffix: string): string | undefined {
  return RIC_SUFFIXES[suffix];
}

/**
 * Parse a RIC: base symbol, optional lower-case share class letter, optional exchange suffix
 * (ZION.O, BRKb.N, SHOP.TO, KRE). Returns null for anything else or an unknown suffix.
 */
export function parseRic(ric: string): { symbol: string; exchange?: string } | null {
  const m = /^([A-Z]{1,5})([a-z])?(?:\.([A-Z]{1,2}))?$/.exec(ric);
  if (!m) return null;
  const symbol = m[2] ? `${m[1]}.${m[2].toUpperCase()}` : m[1]!;
  if (m[3] === undefined) return { symbol };
  const exchange = ricSuffixExchange(m[3]);
  return exchange === undefined ? null : { symbol, exchange };
}
