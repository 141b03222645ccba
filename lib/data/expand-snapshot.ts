import type { SourcedValue } from '../context/ticker-context';
import { valuationExpander } from './expand-valuation';
import { russellIndexOf } from './russell-index';
import { SnapshotSchema, type RussellCode, type Snapshot, type SnapshotSource } from './snapshot-schema';
import type { RussellEstimate, SymbolRecord } from './symbol-record';

/**
 * Snapshot → the shapes the background serves. Pure and free of Node APIs: the service worker
 * runs it on install. Each figure gets its source's short name and as-of date here, so nothing
 * downstream can show a number without them.
 */

/** Validates untrusted JSON (the fetched snapshot file). Throws an Error naming the first problems. */
export function parseSnapshot(json: unknown): Snapshot {
  const result = SnapshotSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  const more = result.error.issues.length > 3 ? ` (+${result.error.issues.length - 3} more)` : '';
  throw new Error(`Invalid CapLens data snapshot: ${issues}${more}`);
}

export function expandSnapshot(snapshot: Snapshot): SymbolRecord[] {
  const { sources } = snapshot;
  const figure = (value: number | null, sourceId: string | null): SourcedValue | null => {
    const src: SnapshotSource | undefined = sourceId === null ? undefined : sources[sourceId];
    return value === null || !src ? null : { value, asOf: src.asOf, source: src.name };
  };

  const etfSource = sources[snapshot.etfs.source];
  const etfs = new Map(
    snapshot.etfs.rows.map(([symbol, , issuer, tracks, segment, leverage]) => [
      symbol,
      { tracks, segment, issuer, leverage, ...(etfSource ? { source: `${etfSource.name} (${etfSource.asOf})` } : {}) },
    ]),
  );

  const russell = russellExpander(snapshot.russell);
  const valuation = valuationExpander(snapshot);
  const listingSrc = sources[LISTING_SOURCE];
  const bb = snapshot.bankBalance;
  const bbSrc = sources[bb.source];
  const banks = new Map(bb.rows.map(([symbol, equityToAssets, borrowingsToAssets]) => [symbol, { equityToAssets, borrowingsToAssets }]));
  const bankBalance = (symbol: string) => {
    const b = banks.get(symbol);
    return b && bbSrc ? { ...b, peers: bb.peers, source: `${bbSrc.name} (latest quarter end)`, asOf: bbSrc.asOf } : null;
  };
  const { vocab } = snapshot.symbols;
  const word = (list: readonly string[], i: number | null) => (i === null ? null : (list[i] ?? null));

  return snapshot.symbols.rows.map((row): SymbolRecord => {
    const [symbol, name, cik, exchange, kind, sector, subIndustry, sp500, cap, capSrc, pe, pb, ebitda, valSrc, rank, code, , , listed, country, lSector, lIndustry, price] = row;
    const listing =
      listed === null || !listingSrc
        ? null
        : {
            status: listed === 1 ? ('listed' as const) : ('not-listed' as const),
            asOf: listingSrc.asOf,
            source: listingSrc.name,
            note:
              listed === 1
                ? null
                : `not on the ${listingSrc.name} of ${listingSrc.asOf} (NASDAQ, NYSE, NYSE American)${exchange === 'OTC' ? '; the SEC lists it as traded over the counter' : ': merged, delisted or renamed since'}. No current market cap is shown.`,
          };
    const v = valuation(symbol);
    return {
      listing,
      country: word(vocab.country, country),
      listingSector: word(vocab.listingSector, lSector),
      listingIndustry: word(vocab.listingIndustry, lIndustry),
      price: figure(price, price === null ? null : LISTING_SOURCE),
      symbol,
      name,
      cik,
      exchange,
      kind,
      sector,
      subIndustry,
      marketCap: figure(cap, capSrc),
      pe: figure(pe, valSrc),
      pb: figure(pb, valSrc),
      ebitda: figure(ebitda, valSrc),
      sp500: sp500 === 1,
      etf: etfs.get(symbol) ?? null,
      russell: russell(rank, code),
      fundamentals: v.fundamentals,
      valuation: v.valuation,
      debtToEquity: v.debtToEquity,
      industry: v.industry,
      bankBalance: bankBalance(symbol),
    };
  });
}

/** Source id of the listings behind the listed/country/industry/price columns. */
export const LISTING_SOURCE = 'nq26';

// Thousands separators without Intl: toLocaleString costs ~20 µs a call, and expansion runs it for
// every ranked symbol on each snapshot load.
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Snapshot Russell columns → the record's estimate, with the basis spelled out from the snapshot's
 * own wording. Cards show the 2026 reconstitution (`snapshot.russell`); the same expander reads the
 * 2025 columns with `snapshot.russell2025`.
 */
export function russellExpander(m: Snapshot['russell']) {
  const ranges = `Russell 1000 = ranks 1-${fmt(m.r1000LastRank)}, Russell 2000 = ${fmt(m.r1000LastRank + 1)}-${fmt(m.r2000LastRank)}`;
  const placeholders = m.placeholders > 0 ? ` (${m.placeholders} S&P 500 members absent from the data count above the breakpoint)` : '';
  const estimated = `estimated ${m.reconstitution} reconstitution`;
  const companies = fmt(m.companies);
  const band = `FTSE Russell's banding zone (ranks ${fmt(m.bandRanks[0])}-${fmt(m.bandRanks[1])})`;
  return (rank: number | null, code: RussellCode | null): RussellEstimate | null => {
    if (code === null) return null;
    const base = { asOf: m.capsAsOf };
    const index = russellIndexOf(rank, code, m);
    if (rank !== null && index !== null) {
      const notes = [`${estimated}: rank ${fmt(rank)} of ${companies} eligible companies by total market cap; ${ranges}${placeholders}`];
      const because = m.bandingFrom !== null ? `the ${m.bandingFrom} estimate had it there` : `last year's index per ${m.bandingBasis ?? 'an outside source'}`;
      if (code === 'b1') notes.push(`in ${band}, kept in the Russell 1000 because ${because}`);
      else if (code === 'b2') notes.push(`in ${band}, kept in the Russell 2000 because ${because}`);
      else if (rank >= m.bandRanks[0] && rank <= m.bandRanks[1]) {
        notes.push(
          m.bandingFrom !== null
            ? `in ${band}, placed by rank (not in the other index in the ${m.bandingFrom} estimate)`
            : m.bandingBasis
              ? `in ${band}, placed by rank (${m.bandingBasis} do not put it in the other index)`
              : `in ${band}: a company there keeps last year's index, which this estimate does not know`,
        );
      }
      if (index === 'micro') notes.push('below the Russell 2000 (microcap range)');
      return { ...base, rank, r1000: index === 'r1000', r2000: index === 'r2000', basis: notes.join('; ') };
    }
    if (code === 'sp') {
      return { ...base, rank: null, r1000: true, r2000: false, basis: `${estimated}: S&P 500 member missing from the rank-day data; S&P 500 companies rank far above the Russell 1000 breakpoint` };
    }
    const reason = m.reasons[code];
    if (!reason) return null;
    return reason.certain
      ? { ...base, rank: null, r1000: false, r2000: false, basis: `${estimated}: not eligible: ${reason.text}` }
      : { ...base, rank: null, r1000: null, r2000: null, basis: `${estimated}: not ranked, membership unknown: ${reason.text}` };
  };
}

/** How the S&P 500 flag and the Russell estimate were determined, for the card's index.method text. */
export function indexMetaFromSnapshot(snapshot: Snapshot): { sp500ListAsOf: string | null; sp500ListSource: string | null; russellCapsAsOf: string | null } {
  const src = snapshot.sources['spc'];
  return { sp500ListAsOf: src?.asOf ?? null, sp500ListSource: src?.name ?? null, russellCapsAsOf: snapshot.russell.capsAsOf };
}
