import { buildMarketContext, MACRO_SERIES_IDS, pickNewer, type MacroData, type MacroSeriesId, type SourcedSeries } from '../context/build-market';
import type { SmallVsLargeRefs } from '../context/derive';
import { rangeFromSeries, type RangeObservation } from '../context/fed-range';
import type { MarketContext } from '../context/market-context';
import { smallVsLargeWithFrame } from '../context/small-vs-large-live';
import { trailingAnnualPeriod } from '../data/providers/sec-frames';
import type { SymbolRecord } from '../data/symbol-record';
import type { LiveData } from './live-data';
import { isoToday } from '../dates';

export interface LiveMarketDeps {
  /** Live data through the IndexedDB cache (service worker) or the pass-through stand-in (CLI). */
  live: Pick<LiveData, 'series' | 'earningsFrame'>;
  liveOn: () => Promise<boolean>;
  /** Told of each live input that could not be had (the CLI prints them); the embedded figure stands either way. */
  onMiss?: (what: string, error: unknown) => void;
  /** Today as an ISO date (places the FOMC calendar); the system clock when absent. */
  today?: () => string;
}

/** The embedded figures the live ones are laid over. */
export interface MarketBase {
  macro: MacroData;
  smallVsLarge: SmallVsLargeRefs;
  /** Date of the large-cap side (the S&P 500 aggregate of the embedded valuation data). */
  largeAsOf: string | null;
  /** Rank-day caps of the estimated Russell 2000: the SEC earnings year trails them. */
  capsAsOf: string | null;
  /** Every symbol record; read only when the SEC frame arrived (it is the whole universe). */
  records: () => Promise<readonly SymbolRecord[]>;
}

/**
 * The market panel's share of the one live-data gatherer (lib/background/live-gatherer.ts has the
 * cards'): FRED series laid over the embedded ones when newer, and the small-cap side of the
 * small-vs-large discount from SEC frames. The service worker and `lookup --market --live` both
 * build their MarketContext here, differing only in the LiveData they pass (cache or none).
 * Nothing throws for a provider: a miss leaves the embedded figure, with its own date.
 */
export function createLiveMarket(deps: LiveMarketDeps) {
  // Recomputing the discount walks every record; once per frame fetch is enough.
  let svlMemo: { at: number; period: string; value: SmallVsLargeRefs } | undefined;

  async function liveSeries(): Promise<Partial<Record<MacroSeriesId, SourcedSeries>>> {
    const fresh: Partial<Record<MacroSeriesId, SourcedSeries>> = {};
    await Promise.all(
      MACRO_SERIES_IDS.map((id) =>
        deps.live.series(id).then(
          (r) => void (fresh[id] = { ...r.value, source: `${r.value.source}${r.stale ? ' (cached, refresh failed)' : ''}` }),
          (e: unknown) => deps.onMiss?.(id, e),
        ),
      ),
    );
    return fresh;
  }

  /** Today's target range from FRED's daily bounds; null (and a miss) when either cannot be had. */
  async function liveRange(): Promise<RangeObservation | null> {
    try {
      const [lower, upper] = await Promise.all([deps.live.series('DFEDTARL'), deps.live.series('DFEDTARU')]);
      const stale = lower.stale || upper.stale ? ' (cached, refresh failed)' : '';
      return rangeFromSeries(lower.value, upper.value, `FRED DFEDTARL/DFEDTARU, Federal Reserve Bank of St. Louis${stale}`);
    } catch (e) {
      deps.onMiss?.('DFEDTARL/DFEDTARU', e);
      return null;
    }
  }

  async function liveSmallVsLarge(base: MarketBase): Promise<SmallVsLargeRefs | null> {
    const period = base.capsAsOf ? trailingAnnualPeriod(base.capsAsOf) : null;
    if (!period) return null;
    try {
      const r = await deps.live.earningsFrame(period);
      if (svlMemo?.at !== r.fetchedAt || svlMemo.period !== period) {
        const value = smallVsLargeWithFrame(await base.records(), r.value, base.largeAsOf);
        svlMemo = { at: r.fetchedAt, period, value: { ...value, basis: 'sec-frames', series: base.smallVsLarge.series ?? [] } };
      }
      return svlMemo.value;
    } catch (e) {
      deps.onMiss?.(`SEC frames ${period}`, e);
      return null;
    }
  }

  const today = deps.today ?? (() => isoToday());
  return {
    async market(base: MarketBase): Promise<MarketContext> {
      if (!(await deps.liveOn())) return buildMarketContext(base.macro, base.smallVsLarge, today());
      const [fresh, range, svl] = await Promise.all([liveSeries(), liveRange(), liveSmallVsLarge(base)]);
      return buildMarketContext(pickNewer(base.macro, fresh, range), svl ?? base.smallVsLarge, today());
    },
  };
}
