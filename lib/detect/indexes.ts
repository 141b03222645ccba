/**
 * Market indexes named in prose ("the Russell 2000", "S&P 500", "Dow Jones Industrial
 * Average") → index codes. Shared by the content script (finding the names) and the
 * validator (accepting the codes without the symbol universe: an index is not a listed
 * security). The codes are the usual quote-vendor codes, chosen so none collides with a
 * listed symbol (COMP is Compass, so the Nasdaq Composite is IXIC); a test checks this
 * against the snapshot.
 *
 * A fund's name contains its index ("iShares Russell 2000 ETF"): that is a mention of the
 * fund, not of the index, so a name followed by ETF/Fund/Trust is not an index mention.
 */

export interface IndexInfo {
  code: string;
  name: string;
}

export const INDEXES: readonly IndexInfo[] = [
  { code: 'SPX', name: 'S&P 500' },
  { code: 'SP400', name: 'S&P MidCap 400' },
  { code: 'SML', name: 'S&P SmallCap 600' },
  { code: 'RUT', name: 'Russell 2000' },
  { code: 'RUI', name: 'Russell 1000' },
  { code: 'RUA', name: 'Russell 3000' },
  { code: 'IXIC', name: 'Nasdaq Composite' },
  { code: 'NDX', name: 'Nasdaq-100' },
  { code: 'DJI', name: 'Dow Jones Industrial Average' },
  { code: 'VIX', name: 'Cboe Volatility Index' },
];

export const INDEX_CODES: ReadonlySet<string> = new Set(INDEXES.map((i) => i.code));

// One space-like character between words (names are written with exactly one).
const S = '[ \\u00a0]';
const SP = `S&(?:amp;)?P${S}?`;

/** [source, code]; alternatives tried left to right, so longer names come first. */
const NAMES: Array<[string, string]> = [
  [`${SP}SmallCap${S}?600`, 'SML'],
  [`${SP}MidCap${S}?400`, 'SP400'],
  [`${SP}600`, 'SML'],
  [`${SP}400`, 'SP400'],
  [`${SP}500`, 'SPX'],
  [`Russell${S}?2000`, 'RUT'],
  [`Russell${S}?1000`, 'RUI'],
  [`Russell${S}?3000`, 'RUA'],
  [`Nasdaq${S}Composite`, 'IXIC'],
  [`Nasdaq${S}?-?${S}?100`, 'NDX'],
  [`Dow${S}Jones${S}Industrial${S}Average`, 'DJI'],
  [`Dow${S}Jones${S}industrials`, 'DJI'],
  [`Dow${S}industrials`, 'DJI'],
  ['DJIA', 'DJI'],
  [`Cboe${S}Volatility${S}Index`, 'VIX'],
  ['VIX', 'VIX'],
];

/** Case-sensitive: "s&p 500" in a URL slug or "russell" the name are not what we want. */
export const INDEX_NAME_RE = new RegExp(`(?<![A-Za-z0-9&])(?:${NAMES.map(([src]) => `(${src})`).join('|')})(?![A-Za-z0-9])`, 'g');

/** INDEX_NAME_RE anchored where it is tried (sticky): see INDEX_NAME_START. */
export const INDEX_NAME_STICKY = new RegExp(INDEX_NAME_RE.source, 'y');

/**
 * The literal words every index name starts with ("S&", "Russell", "Dow", …), derived from
 * NAMES: looking these up with indexOf finds every place INDEX_NAME_RE can match, far faster
 * than trying the whole alternation at every character.
 */
export const INDEX_NAME_WORDS: readonly string[] = [...new Set(NAMES.map(([src]) => /^[A-Za-z&]+/.exec(src)![0]))];

/** The code for the alternative that matched (the first defined capture group). */
export function indexCodeOfMatch(m: RegExpExecArray): string | undefined {
  for (let i = 1; i < m.length && i <= NAMES.length; i++) if (m[i] !== undefined) return NAMES[i - 1]![1];
  return undefined;
}

// After the name: an optional trademark sign, "Index", up to three capitalised words, then a fund word.
const FUND_AFTER = /^[®™]?(?:[ \u00a0][Ii]ndex)?(?:[ \u00a0][A-Z][A-Za-z&.'-]{0,20}){0,3}[ \u00a0](?:ETFs?|ETNs?|[Ff]unds?|Trust|Portfolio|UCITS|[Ii]ndex[ \u00a0][Ff]unds?)(?![A-Za-z])/;
// Issuer names right before the index name: "SPDR S&P 500", "iShares Core S&P 500".
const ISSUER_BEFORE = /(?:iShares|SPDR|Vanguard|Invesco|ProShares|Direxion|Schwab|Fidelity|Xtrackers|WisdomTree|VanEck)(?:[ \u00a0][A-Z][A-Za-z]{0,12}){0,2}[ \u00a0]$/;

/** True when the index name at [start, end) is part of a fund's name. */
export function isFundName(text: string, start: number, end: number): boolean {
  return FUND_AFTER.test(text.slice(end, end + 60)) || ISSUER_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
