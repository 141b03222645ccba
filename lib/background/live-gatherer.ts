import type { LiveInputs } from '../context/live-inputs';
import { rateInputsFromSec, type SecRateInputs } from '../context/sec-inputs';
import type { SymbolRecord } from '../data/symbol-record';
import { isProviderError } from '../data/providers/http';
import type { CachedResult } from '../cache/cached-query';
import type { SecRateFacts } from '../context/sec-inputs';
import type { LiveData } from './live-data';
import type { SourcedSeries } from '../context/build-market';
import type { PriceHistory } from '../data/providers/prices';
import { MARKET_PROXY, measuredYieldBeta } from '../context/yield-beta-input';
import { lastPrice, liveValuation } from '../context/live-valuation';
import type { KeyedProviderId } from '../data/providers/keyed';
import { industryFromName } from '../context/industry-hint';
import { industryFromSic } from '../context/sic-industry';

type KeyedProviders = Awaited<ReturnType<LiveData['activeKeyed']>>;

/** At most this many cards per request get live inputs (the rest keep the snapshot figures). */
export const MAX_LIVE_CARDS = 20;

export interface LiveGathererDeps {
  live: Pick<LiveData, 'secFacts' | 'secProfile' | 'price' | 'series' | 'keyed'> & Partial<Pick<LiveData, 'activeKeyed'>>;
  liveOn: () => Promise<boolean>;
  /** The snapshot's DGS10 history; live FRED observations are merged over it. */
  embeddedDgs10: () => Promise<SourcedSeries | null>;
  now?: () => Date;
}

const TIMEOUT = Symbol('timeout');

/**
 * Resolves with the promise's value, or TIMEOUT after `ms`; the promise keeps running (and fills
 * the cache), and is added to `late` so the caller can tell the page when it lands.
 */
function within<T>(p: Promise<T>, ms: number, late: Promise<unknown>[], lateAs: Promise<unknown> = p): Promise<T | typeof TIMEOUT> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => (late.push(lateAs), resolve(TIMEOUT)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e)),
    );
  });
}

function why(e: unknown): string {
  if (isProviderError(e)) return e.kind === 'rate-limited' ? 'rate limited' : e.kind;
  return e instanceof Error ? e.message : String(e);
}

/** A cached value past its life whose refresh failed is labelled on every figure it feeds. */
function staleLabel(inputs: SecRateInputs, r: CachedResult<SecRateFacts>): SecRateInputs {
  if (!r.stale || !r.error) return inputs;
  const mark = <T extends { source: string } | null>(x: T): T => (x ? { ...x, source: `${x.source}; stale since ${new Date(r.fetchedAt).toISOString().slice(0, 10)}` } : x);
  return {
    ...inputs,
    interestCoverage: mark(inputs.interestCoverage),
    leverage: mark(inputs.leverage),
    floatingDebtShare: mark(inputs.floatingDebtShare),
    shortTermDebtShare: mark(inputs.shortTermDebtShare),
  };
}

/**
 * The one live-data gatherer: live inputs for the cards of one request, used by the service
 * worker (live data through the IndexedDB cache) and by `lookup --live` (lib/background/lookup-live.ts,
 * through the pass-through stand-in). Cached figures come back at once (stale
 * ones too, refreshed behind); a cold fetch is waited for up to `waitMs` and then left to land
 * in the cache for the next request, the card saying it is still loading. Nothing here throws:
 * a provider failure becomes a `pending` note on that card.
 */
export function createLiveGatherer(deps: LiveGathererDeps) {
  type SecPart = Pick<LiveInputs, 'sec' | 'secPending'> & { facts?: SecRateFacts };
  async function sec(record: SymbolRecord, waitMs: number, late: Promise<unknown>[]): Promise<SecPart> {
    if (record.cik === null) return {};
    try {
      const r = await within(deps.live.secFacts(record.cik), waitMs, late);
      if (r === TIMEOUT) return { secPending: 'SEC filings still loading' };
      return { sec: staleLabel(rateInputsFromSec(r.value), r), facts: r.value };
    } catch (e) {
      return { secPending: `SEC filings unavailable (${why(e)})` };
    }
  }

  /**
   * The SIC industry from the SEC filing profile, looked up only when nothing offline names the
   * industry (no GICS sector, no telling word in the name): the sector prior's last resort.
   */
  async function industry(record: SymbolRecord, waitMs: number, late: Promise<unknown>[]): Promise<Pick<LiveInputs, 'secIndustry' | 'industryPending'>> {
    if (record.cik === null || record.sector || industryFromName(record.name)) return {};
    try {
      const r = await within(deps.live.secProfile(record.cik), waitMs, late);
      if (r === TIMEOUT) return { industryPending: 'SEC filing profile still loading' };
      const hint = industryFromSic(r.value.sic, r.value.sicDescription);
      if (!hint) return {};
      const asOf = r.value.asOf ?? new Date(r.fetchedAt).toISOString().slice(0, 10);
      return { secIndustry: { ...hint, source: `SEC filing profile: ${hint.evidence}`, asOf } };
    } catch (e) {
      return { industryPending: `SEC filing profile unavailable (${why(e)})` };
    }
  }

  /** Shared by every card of one request: the market proxy's history and the 10y yield. */
  async function betaContext(waitMs: number, late: Promise<unknown>[]) {
    const [market, dgs10Live, dgs10Embedded] = await Promise.all([
      within(deps.live.price(MARKET_PROXY), waitMs, late).catch((e: unknown) => e),
      within(deps.live.series('DGS10'), waitMs, late).catch(() => null),
      deps.embeddedDgs10().catch(() => null),
    ]);
    const liveSeries = dgs10Live && dgs10Live !== TIMEOUT ? { ...dgs10Live.value } : null;
    return { market, yields: [dgs10Embedded, liveSeries] };
  }

  /** The card's own price history (for the beta and the live market cap), or why there is none. */
  async function stockPrice(record: SymbolRecord, waitMs: number, late: Promise<unknown>[]): Promise<{ history: PriceHistory } | { pending: string }> {
    try {
      const stock = await within(deps.live.price(record.symbol), waitMs, late);
      return stock === TIMEOUT ? { pending: 'prices still loading' } : { history: stock.value };
    } catch (e) {
      return { pending: `prices unavailable (${why(e)})` };
    }
  }

  function beta(
    stock: Awaited<ReturnType<typeof stockPrice>>,
    ctx: Awaited<ReturnType<typeof betaContext>>,
  ): Pick<LiveInputs, 'yieldBeta' | 'betaPending'> {
    const { market } = ctx;
    if (market === TIMEOUT) return { betaPending: 'prices still loading' };
    if (market instanceof Error || !market || typeof market !== 'object' || !('value' in market)) {
      return { betaPending: `prices unavailable (${why(market)})` };
    }
    if ('pending' in stock) return { betaPending: stock.pending };
    const r = measuredYieldBeta(stock.history, market.value as PriceHistory, ctx.yields);
    // Too little history (a recent listing) is a fact about the data, not a provider fault.
    return r.ok ? { yieldBeta: r.beta } : { betaPending: `not measurable: ${r.reason}` };
  }

  /** Forward P/E from Finnhub, then Alpha Vantage; EV/EBITDA from FMP, Finnhub, then Alpha Vantage. */
  async function keyed(record: SymbolRecord, waitMs: number, late: Promise<unknown>[], active?: KeyedProviders): Promise<Pick<LiveInputs, 'forwardPe' | 'evEbitda'>> {
    const call = deps.live.keyed(record.symbol, active);
    // The providers' answers come settled one by one: a late batch in which every one failed is no news for the page.
    const news = call.then((rs) => (rs.some((r) => r.status === 'fulfilled') ? rs : Promise.reject(new Error('no keyed provider answered'))));
    news.catch(() => undefined);
    const settled = await within(call, waitMs, late, news).catch((): typeof TIMEOUT => TIMEOUT);
    if (settled === TIMEOUT) return {};
    const got = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value.value] : []));
    const pick = (field: 'forwardPe' | 'evEbitda', order: KeyedProviderId[]) => {
      for (const id of order) {
        const hit = got.find((g) => g.provider === id && g[field] !== null);
        if (hit) return { value: hit[field]!, asOf: hit.asOf, source: hit.source };
      }
      return null;
    };
    return { forwardPe: pick('forwardPe', ['finnhub', 'alphavantage']), evEbitda: pick('evEbitda', ['fmp', 'finnhub', 'alphavantage']) };
  }

  return {
    /**
     * `onLate`: called once with the symbols when answers that missed `waitMs` have landed (at
     * least one of them successfully), so the page can ask for its cards again.
     */
    async gather(records: readonly SymbolRecord[], waitMs: number, onLate?: (symbols: string[]) => void): Promise<Map<string, LiveInputs>> {
      const out = new Map<string, LiveInputs>();
      const late: Promise<unknown>[] = [];
      const stocks = records.filter((r) => r.kind === 'stock' || r.kind === 'adr').slice(0, MAX_LIVE_CARDS);
      if (!stocks.length) return out;
      // Keyed providers are switched on one by one in Options; the free sources by the live-data switch.
      // Settings are read once per request, not per card: each storage read is a round trip out of
      // the worker (~0.3 ms), and 20 cards used to cost 20 reads of the provider keys.
      const [free, active] = await Promise.all([deps.liveOn(), deps.live.activeKeyed?.()]);
      const started = Date.now();
      // Filings first (they take longest), then the shared market and yield series.
      const secs = stocks.map((r): Promise<SecPart> => (free ? sec(r, waitMs, late) : Promise.resolve({})));
      const industries = stocks.map((r) => (free ? industry(r, waitMs, late) : Promise.resolve({})));
      const keys = stocks.map((r) => (active?.length === 0 ? Promise.resolve({}) : keyed(r, waitMs, late, active)));
      const ctx = free ? await betaContext(waitMs, late) : null;
      const left = () => Math.max(0, waitMs - (Date.now() - started));
      await Promise.all(
        stocks.map(async (r, i) => {
          const [{ facts, ...s }, price, k, ind] = await Promise.all([
            secs[i]!,
            ctx ? stockPrice(r, left(), late) : Promise.resolve(null),
            keys[i]!,
            industries[i]!,
          ]);
          const b = ctx && price ? beta(price, ctx) : {};
          // Market cap, P/E and P/B need both the filings and the price; each missing part is a note on the card.
          const history = price && 'history' in price ? price.history : null;
          const valuation = facts ? liveValuation(facts, history && lastPrice(history), price && 'pending' in price ? price.pending : undefined) : undefined;
          const entry: LiveInputs = { ...s, ...b, ...k, ...ind, ...(valuation ? { valuation } : {}) };
          if (Object.values(entry).some((v) => v !== null && v !== undefined)) out.set(r.symbol, entry);
        }),
      );
      if (late.length && onLate) {
        const symbols = stocks.map((r) => r.symbol);
        void Promise.allSettled(late).then((settled) => {
          // All failed: nothing new to show, and asking again would only start the same fetches.
          if (settled.some((x) => x.status === 'fulfilled')) onLate(symbols);
        });
      }
      return out;
    },
  };
}

