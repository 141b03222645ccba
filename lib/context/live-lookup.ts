/**
 * `lookup -- SYMBOL --live` outside the browser: the same live inputs the background gathers
 * (SEC companyfacts, measured 10y-yield beta from Yahoo closes + FRED DGS10, keyed providers when
 * their keys are in the environment), fetched directly with Node's fetch and no cache. Every
 * failure is collected, never thrown, so the CLI can fall back to the snapshot and list them.
 */
import { fetchFredSeries } from '../data/providers/fred';
import { isProviderError } from '../data/providers/http';
import type { KeyedFundamentals, KeyedProviderModule } from '../data/providers/keyed';
import { fetchYahooChart, type PriceHistory } from '../data/providers/prices';
import { fetchCompanyFacts } from '../data/providers/sec';
import { extractFundamentals } from '../data/providers/sec-facts';
import type { SymbolRecord } from '../data/symbol-record';
import type { SourcedSeries } from './build-market';
import type { LiveInputs } from './live-inputs';
import { lastPrice, liveValuation } from './live-valuation';
import { rateInputsFromSec, secRateFacts, type SecRateFacts } from './sec-inputs';
import type { TickerContext } from './ticker-context';
import { MARKET_PROXY, measuredYieldBeta } from './yield-beta-input';

export interface LiveLookupOptions {
  fetchImpl?: typeof fetch;
  /** Declared to SEC (fair-access policy). */
  secUserAgent: string;
  embeddedDgs10: SourcedSeries;
  /** Keyed providers with their keys (from the environment). */
  keyed?: { module: KeyedProviderModule; key: string }[];
  timeoutMs?: number;
  now?: () => Date;
}

export interface LiveFailure {
  provider: string;
  kind: string;
  message: string;
}

const failure = (provider: string, e: unknown): LiveFailure => ({
  provider,
  kind: isProviderError(e) ? e.kind : 'error',
  message: e instanceof Error ? e.message : String(e),
});

export async function gatherLiveForLookup(record: SymbolRecord, opts: LiveLookupOptions): Promise<{ live: LiveInputs; failures: LiveFailure[] }> {
  const failures: LiveFailure[] = [];
  const net = { timeoutMs: opts.timeoutMs ?? 15_000, ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}) };
  const live: LiveInputs = {};
  const isStock = record.kind === 'stock' || record.kind === 'adr';
  if (!isStock) return { live, failures };
  const now = opts.now ?? (() => new Date());
  const start = new Date(now().getTime() - 400 * 86_400_000).toISOString().slice(0, 10);

  const tasks: Promise<void>[] = [];
  let facts: SecRateFacts | null = null;
  if (record.cik !== null) {
    tasks.push(
      fetchCompanyFacts(record.cik, { ...net, userAgent: opts.secUserAgent }).then(
        (doc) => {
          facts = secRateFacts(extractFundamentals(doc));
          live.sec = rateInputsFromSec(facts);
        },
        (e: unknown) => void failures.push(failure('sec-edgar', e)),
      ),
    );
  }
  // The stock's chart feeds the live market cap even when the market proxy's chart fails.
  const stockChart = fetchYahooChart(record.symbol, net).catch((e: unknown) => (failures.push(failure('yahoo', e)), null));
  const marketChart = fetchYahooChart(MARKET_PROXY, net).catch((e: unknown) => failure('yahoo', e));
  let stock: PriceHistory | null = null;
  tasks.push(
    Promise.all([stockChart, marketChart]).then(async ([s, market]) => {
      stock = s;
      if (!s) return; // already listed; one Yahoo failure per lookup, as before
      if ('kind' in market) return void failures.push(market);
      const fred = await fetchFredSeries('DGS10', { ...net, start }).then(
        (x) => ({ dates: x.dates, values: x.values, source: x.source }),
        (e: unknown) => (failures.push(failure('fred', e)), null),
      );
      const r = measuredYieldBeta(s, market, [opts.embeddedDgs10, fred]);
      if (r.ok) live.yieldBeta = r.beta;
      else failures.push({ provider: 'yahoo', kind: 'insufficient-data', message: `rate beta not measurable: ${r.reason}` });
    }),
  );
  const keyed: KeyedFundamentals[] = [];
  for (const { module, key } of opts.keyed ?? []) {
    tasks.push(
      module.fetch(record.symbol, key, net).then(
        (k) => void keyed.push(k),
        (e: unknown) => void failures.push(failure(module.id, e)),
      ),
    );
  }
  await Promise.all(tasks);
  if (facts) live.valuation = liveValuation(facts, stock && lastPrice(stock), 'no live price (Yahoo chart unavailable)');
  const pick = (field: 'forwardPe' | 'evEbitda', order: string[]) => {
    for (const id of order) {
      const k = keyed.find((x) => x.provider === id && x[field] !== null);
      if (k) return { value: k[field]!, asOf: k.asOf, source: k.source };
    }
    return null;
  };
  live.forwardPe = pick('forwardPe', ['finnhub', 'alphavantage']);
  live.evEbitda = pick('evEbitda', ['fmp', 'finnhub', 'alphavantage']);
  return { live, failures };
}

/** Which figure of the printed context came from where: "live: …" or "snapshot: …". */
export function provenanceOf(c: TickerContext): Record<string, string> {
  const out: Record<string, string> = {};
  const snap = (s: string | null | undefined, asOf?: string | null) => `snapshot: ${s ?? 'embedded data'}${asOf ? ` (${asOf})` : ''}`;
  // A live cap names both sources: "Yahoo price × SEC shares (10-Q cover page: …)".
  if (c.marketCap) out.marketCap = / × SEC shares \(/.test(c.marketCap.source) ? `live: ${c.marketCap.source} (${c.marketCap.asOf})` : snap(c.marketCap.source, c.marketCap.asOf);
  if (c.index.method) out.index = `snapshot: ${c.index.method}`;
  if (c.valuation) {
    const liveFields = new Map((c.valuation.fieldSources ?? []).map((f) => [f.field, f]));
    for (const field of ['pe', 'forwardPe', 'pb', 'evEbitda'] as const) {
      if (c.valuation[field] === null) continue;
      const l = liveFields.get(field);
      out[`valuation.${field}`] = l && l.origin !== 'snapshot' ? `live: ${l.source} (${l.asOf})` : snap(l?.source ?? c.valuation.source, l?.asOf ?? c.valuation.asOf);
    }
  }
  for (const d of c.rateSensitivity?.drivers ?? []) {
    const key = `rateSensitivity.drivers.${d.name}`;
    if (d.source) out[key] = `${d.source.startsWith('SEC') || /chart|Stooq/.test(d.source) ? 'live' : 'snapshot'}: ${d.source}${d.asOf ? ` (${d.asOf})` : ''}`;
    else out[key] = 'snapshot: sector table / cap class (methodology)';
  }
  return out;
}
