/**
 * DESIGN.md contract 2, offline from the embedded snapshot:
 *   npm run --silent lookup -- <SYMBOL>     → TickerContext JSON, exit 0 (unknown symbols too)
 *   npm run --silent lookup -- --market     → MarketContext JSON, exit 0
 *   npm run --silent lookup -- --index russell2000|russell1000 [--reconstitution 2025|2026]
 *                                           → {"index", "reconstitution", "rankDay", "method", "symbols"}, exit 0
 * A malformed argument prints a message on stderr and exits 2; an internal failure exits 1.
 *
 * With --live a symbol's context also uses the live providers, gathered exactly as the extension's
 * background does (lib/background/live-gatherer.ts, Node fetch, no cache): SEC companyfacts and the
 * filing profile's SIC industry (User-Agent from CAPLENS_SEC_USER_AGENT, else one naming CapLens),
 * Yahoo closes + FRED DGS10 for the measured rate beta, and keyed providers whose keys are in FINNHUB_API_KEY,
 * ALPHAVANTAGE_API_KEY or FMP_API_KEY. The output gains `provenance` (field → "live: …" or
 * "snapshot: …") and `liveFailures`; offline or on failure it is the snapshot result with the
 * failures listed, still exit 0. `--market --live` lays live FRED series and the SEC earnings frame
 * (small-vs-large) over the snapshot's through the same background code (lib/background/live-market.ts);
 * each input it could not get is named on stderr. Contract 2's keys are unchanged.
 */
import { MAX_SYMBOL_LENGTH, normalizeSymbol } from '../lib/data/normalize-symbol';
import type { ProviderKeys } from '../lib/settings/provider-keys-schema';

/** SEC asks for a product name and a contact; the default names the project and says none was set. */
const CLI_SEC_USER_AGENT = 'CapLens/0.1.0 lookup CLI (no contact set: CAPLENS_SEC_USER_AGENT)';

/** Keyed providers whose keys are in the environment, switched on. */
function keyedFromEnv(): ProviderKeys {
  const env = process.env;
  const entry = (key: string | undefined) => (key?.trim() ? { enabled: true, key: key.trim() } : undefined);
  const keys = { finnhub: entry(env.FINNHUB_API_KEY), alphavantage: entry(env.ALPHAVANTAGE_API_KEY), fmp: entry(env.FMP_API_KEY) };
  return Object.fromEntries(Object.entries(keys).filter(([, v]) => v)) as ProviderKeys;
}

const USAGE =
  'usage: npm run --silent lookup -- <SYMBOL> [--live]  |  npm run --silent lookup -- --market [--live]' +
  '  |  npm run --silent lookup -- --index russell2000|russell1000 [--reconstitution 2025|2026]';

class UsageError extends Error {}

const INDEXES = ['russell1000', 'russell2000'] as const;
const RECONSTITUTIONS = [2025, 2026] as const;
type IndexRequest = { index: (typeof INDEXES)[number]; reconstitution: (typeof RECONSTITUTIONS)[number] };
type Request = { market: true; live: boolean } | { market: false; live: boolean; symbol: string } | ({ market: false; live: false } & IndexRequest);

/** `--index NAME [--reconstitution YEAR]` (either order, `--opt=value` too); null when --index is absent. */
function parseIndexArgs(argv: readonly string[]): { request: IndexRequest | null; rest: string[] } {
  const rest: string[] = [];
  let index: string | undefined;
  let year: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const m = /^(--index|--reconstitution)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) {
      rest.push(argv[i]!);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${m[1]} needs a value\n${USAGE}`);
    if (m[1] === '--index') index = value;
    else year = value;
  }
  if (index === undefined) {
    if (year !== undefined) throw new UsageError(`--reconstitution goes with --index\n${USAGE}`);
    return { request: null, rest };
  }
  if (!(INDEXES as readonly string[]).includes(index)) throw new UsageError(`unknown index "${index.slice(0, 40)}": use ${INDEXES.join(' or ')}\n${USAGE}`);
  const reconstitution = year === undefined ? 2026 : Number(year);
  if (!(RECONSTITUTIONS as readonly number[]).includes(reconstitution) || !/^\d{4}$/.test(year ?? '2026')) {
    throw new UsageError(`unknown reconstitution "${String(year).slice(0, 40)}": use ${RECONSTITUTIONS.join(' or ')}\n${USAGE}`);
  }
  if (rest.length > 0) throw new UsageError(`--index takes no other arguments (got ${rest[0]!.slice(0, 40)})\n${USAGE}`);
  return { request: { index: index as IndexRequest['index'], reconstitution: reconstitution as IndexRequest['reconstitution'] }, rest };
}

function parseArgs(argv: readonly string[]): Request {
  const { request: indexRequest } = parseIndexArgs(argv);
  if (indexRequest) return { market: false, live: false, ...indexRequest };
  let market = false;
  let live = false;
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg === '--market') market = true;
    else if (arg === '--live') live = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (market) {
    if (positional.length > 0) throw new UsageError(`give either a symbol or --market, not both\n${USAGE}`);
    return { market, live };
  }
  if (positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? `missing symbol\n${USAGE}` : `expected one symbol, got ${positional.length}\n${USAGE}`);
  }
  const raw = positional[0]!;
  const symbol = normalizeSymbol(raw);
  if (!symbol) {
    throw new UsageError(
      `"${raw.slice(0, 40)}" is not a ticker symbol: use 1-${MAX_SYMBOL_LENGTH} characters A-Z, 0-9 and a class separator (. - /), e.g. ZION or BRK.B`,
    );
  }
  return { market, live, symbol };
}

async function main(): Promise<number> {
  let request: Request;
  try {
    request = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  // Loaded only once the arguments are known good: a usage error answers without the context,
  // provider and snapshot modules (a second of imports).
  const [
    { buildContext },
    { buildMarketContext, macroDataFromSnapshot },
    { deriveRefs },
    { MarketContextSchema },
    { TickerContextSchema },
    { expandSnapshot, indexMetaFromSnapshot },
    { loadSnapshotFile },
    { russellIndexMembers },
    { gatherLiveForLookup, marketForLookup },
    { provenanceOf },
  ] = await Promise.all([
    import('../lib/context/build-context'),
    import('../lib/context/build-market'),
    import('../lib/context/derive'),
    import('../lib/context/market-context'),
    import('../lib/context/ticker-context'),
    import('../lib/data/expand-snapshot'),
    import('../lib/data/node-snapshot'),
    import('../lib/data/russell-index'),
    import('../lib/background/lookup-live'),
    import('../lib/context/provenance'),
  ]);
  const snapshot = await loadSnapshotFile();
  if ('index' in request) {
    const meta = request.reconstitution === 2026 ? snapshot.russell : snapshot.russell2025;
    const source = snapshot.sources[meta.source];
    const out = {
      index: request.index,
      reconstitution: meta.reconstitution,
      rankDay: meta.rankDay,
      method: source ? `${source.name}: ${source.note}` : 'CapLens Russell estimate',
      symbols: russellIndexMembers(snapshot, request.reconstitution, request.index === 'russell1000' ? 'r1000' : 'r2000'),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const records = expandSnapshot(snapshot);
  const refs = deriveRefs(records, snapshot);
  let output: unknown;
  if (request.market) {
    if (request.live) {
      // The background's own market gatherer without a cache; a miss is reported and the snapshot's figure stands.
      const { market, misses } = await marketForLookup(
        {
          macro: macroDataFromSnapshot(snapshot),
          smallVsLarge: refs.smallVsLarge,
          largeAsOf: refs.valuation.asOf,
          capsAsOf: snapshot.russell.capsAsOf,
          records: async () => records,
        },
        { secUserAgent: process.env.CAPLENS_SEC_USER_AGENT?.trim() || CLI_SEC_USER_AGENT },
      );
      for (const m of misses) console.error(`lookup: live ${m.input} unavailable (${m.kind}): ${m.message}; the snapshot's figure stands`);
      output = MarketContextSchema.parse(market);
    } else {
      output = MarketContextSchema.parse(buildMarketContext(macroDataFromSnapshot(snapshot), refs.smallVsLarge));
    }
  } else {
    const symbol = request.symbol;
    const record = records.find((r) => r.symbol === symbol);
    if (request.live && record) {
      const { live, failures } = await gatherLiveForLookup(record, {
        secUserAgent: process.env.CAPLENS_SEC_USER_AGENT?.trim() || CLI_SEC_USER_AGENT,
        embeddedDgs10: macroDataFromSnapshot(snapshot).series.DGS10,
        keys: keyedFromEnv(),
        timeoutMs: 10_000,
      });
      for (const f of failures) console.error(`lookup: live ${f.provider} unavailable (${f.kind}): ${f.message}`);
      const context = TickerContextSchema.parse(buildContext(record, symbol, indexMetaFromSnapshot(snapshot), refs, live));
      output = { ...context, provenance: provenanceOf(context), liveFailures: failures };
    } else {
      const context = TickerContextSchema.parse(buildContext(record, symbol, indexMetaFromSnapshot(snapshot), refs));
      output = request.live ? { ...context, provenance: provenanceOf(context), liveFailures: [] } : context;
    }
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`lookup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
