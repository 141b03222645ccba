/**
 * `lookup -- SYMBOL --live` outside the browser: the same live inputs the background gathers
 * (SEC companyfacts, measured 10y-yield beta from Yahoo closes + FRED DGS10, keyed providers when
 * their keys are in the environment), fetched directly with Node's fetch and no cache. Every
 * failure is collected, never thrown, so the CLI can fall back to the snapshot and list them.
 */
import { fetchFredSeries } from '../data/providers/fred';
import { isProviderError } from '../data/providers/http';
import type { KeyedFundamentals, KeyedProviderModule } from '../data/providers/keyed';
import { fetchYahooChart } from '../data/providers/prices';
import { fetchCompanyFacts } from '../data/providers/sec';
import { extractFundamentals } from '../data/providers/sec-facts';
import type { SymbolRecord } from '../data/symbol-record';
import type { SourcedSeries } from './build-market';
import type { LiveInputs } from './live-inputs';
import { rateInputsFromSec, secRateFacts } from './sec-inputs';
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
  if (record.cik !== null) {
    tasks.push(
      fetchCompanyFacts(record.cik, { ...net, userAgent: opts.secUserAgent }).then(
        (doc) => void (live.sec = rateInputsFromSec(secRateFacts(extractFundamentals(doc)))),
        (e: unknown) => void failures.push(failure('sec-edgar', e)),
      ),
    );
  }
  tasks.push(
    Promise.all([fetchYahooChart(record.symbol, net), fetchYahooChart(MARKET_PROXY, net)]).then(
      async ([stock, market]) => {
        const fred = await fetchFredSeries('DGS10', { ...net, start }).then(
          (s) => ({ dates: s.dates, values: s.values, source: s.source }),
          (e: unknown) => (failures.push(failure('fred', e)), null),
        );
        const r = measuredYieldBeta(stock, market, [opts.embeddedDgs10, fred]);
        if (r.ok) live.yieldBeta = r.beta;
        else failures.push({ provider: 'yahoo', kind: 'insufficient-data', message: `rate beta not measurable: ${r.reason}` });
      },
      (e: unknown) => void failures.push(failure('yahoo', e)),
    ),
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
  if (c.marketCap) out.marketCap = snap(c.marketCap.source, c.marketCap.asOf);
  if (c.index.method) out.index = `snapshot: ${c.index.method}`;
  if (c.valuation) {
    const liveFields = new Map((c.valuation.fieldSources ?? []).map((f) => [f.field, f]));
    for (const field of ['pe', 'forwardPe', 'pb', 'evEbitda'] as const) {
      if (c.valuation[field] === null) continue;
      const l = liveFields.get(field as 'forwardPe' | 'evEbitda');
      out[`valuation.${field}`] = l ? `live: ${l.source} (${l.asOf})` : snap(c.valuation.source, c.valuation.asOf);
    }
  }
  for (const d of c.rateSensitivity?.drivers ?? []) {
    const key = `rateSensitivity.drivers.${d.name}`;
    if (d.source) out[key] = `${d.source.startsWith('SEC') || /chart|Stooq/.test(d.source) ? 'live' : 'snapshot'}: ${d.source}${d.asOf ? ` (${d.asOf})` : ''}`;
    else out[key] = 'snapshot: sector table / cap class (methodology)';
  }
  return out;
}
