/**
 * The lookup CLI's work (scripts/lookup.ts runs it on the process's arguments, environment and
 * output; tests run it in-process): DESIGN.md contract 2, documented in scripts/lookup.ts.
 */
import { isoToday } from '../../lib/dates';
import { MAX_SYMBOL_LENGTH, normalizeSymbol } from '../../lib/data/normalize-symbol';
import type { Snapshot } from '../../lib/data/snapshot-schema';
import type { ProviderKeys } from '../../lib/settings/provider-keys-schema';
import { cliExitCode, InputError, type CliOutput } from './cli-exit';

/** What the CLI reads and writes, so a test can run it in-process; scripts/lookup.ts passes the process's own. */
export interface LookupIo extends CliOutput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The live providers' fetch; Node's global fetch when absent. */
  fetchImpl?: typeof fetch;
  /** public/data/snapshot.json, validated (lib/data/node-snapshot.ts loadSnapshotFile). */
  loadSnapshot: () => Promise<Snapshot>;
  /** Today as an ISO date: places the FOMC calendar in `--market`. The system clock when absent. */
  today?: string;
}

/** SEC asks for a product name and a contact; the default names the project and says none was set. */
const CLI_SEC_USER_AGENT = 'CapLens/0.1.0 lookup CLI (no contact set: CAPLENS_SEC_USER_AGENT)';

/** Keyed providers whose keys are in the environment, switched on. */
function keyedFromEnv(env: LookupIo['env']): ProviderKeys {
  const entry = (key: string | undefined) => (key?.trim() ? { enabled: true, key: key.trim() } : undefined);
  const keys = { finnhub: entry(env.FINNHUB_API_KEY), alphavantage: entry(env.ALPHAVANTAGE_API_KEY), fmp: entry(env.FMP_API_KEY) };
  return Object.fromEntries(Object.entries(keys).filter(([, v]) => v)) as ProviderKeys;
}

const USAGE =
  'usage: npm run --silent lookup -- <SYMBOL> [--live]  |  npm run --silent lookup -- --market [--live]' +
  '  |  npm run --silent lookup -- --index russell2000|russell1000 [--reconstitution 2025|2026]';

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
    if (value === undefined || value.startsWith('--')) throw new InputError(`${m[1]} needs a value\n${USAGE}`);
    if (m[1] === '--index') index = value;
    else year = value;
  }
  if (index === undefined) {
    if (year !== undefined) throw new InputError(`--reconstitution goes with --index\n${USAGE}`);
    return { request: null, rest };
  }
  if (!(INDEXES as readonly string[]).includes(index)) throw new InputError(`unknown index "${index.slice(0, 40)}": use ${INDEXES.join(' or ')}\n${USAGE}`);
  const reconstitution = year === undefined ? 2026 : Number(year);
  if (!(RECONSTITUTIONS as readonly number[]).includes(reconstitution) || !/^\d{4}$/.test(year ?? '2026')) {
    throw new InputError(`unknown reconstitution "${String(year).slice(0, 40)}": use ${RECONSTITUTIONS.join(' or ')}\n${USAGE}`);
  }
  if (rest.length > 0) throw new InputError(`--index takes no other arguments (got ${rest[0]!.slice(0, 40)})\n${USAGE}`);
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
    else if (arg === '--help' || arg === '-h') throw new InputError(USAGE);
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (market) {
    if (positional.length > 0) throw new InputError(`give either a symbol or --market, not both\n${USAGE}`);
    return { market, live };
  }
  if (positional.length !== 1) {
    throw new InputError(positional.length === 0 ? `missing symbol\n${USAGE}` : `expected one symbol, got ${positional.length}\n${USAGE}`);
  }
  const raw = positional[0]!;
  const symbol = normalizeSymbol(raw);
  if (!symbol) {
    throw new InputError(
      `"${raw.slice(0, 40)}" is not a ticker symbol: use 1-${MAX_SYMBOL_LENGTH} characters A-Z, 0-9 and a class separator (. - /), e.g. ZION or BRK.B`,
    );
  }
  return { market, live, symbol };
}

/** The exit code: 0, 2 for a malformed argument (message on stderr), 1 for an internal failure. */
export function runLookup(io: LookupIo): Promise<number> {
  return cliExitCode('lookup', () => lookup(io), io.argv, io);
}

async function lookup(io: LookupIo): Promise<number> {
  const request = parseArgs(io.argv);
  // Loaded only once the arguments are known good: a usage error answers without the context,
  // provider and snapshot modules (a second of imports).
  const [
    { buildContext },
    { buildMarketContext, macroDataFromSnapshot },
    { deriveRefs },
    { MarketContextSchema },
    { TickerContextSchema },
    { expandSnapshot, indexMetaFromSnapshot },
    { russellIndexMembers },
    { gatherLiveForLookup, marketForLookup },
    { provenanceOf },
  ] = await Promise.all([
    import('../../lib/context/build-context'),
    import('../../lib/context/build-market'),
    import('../../lib/context/derive'),
    import('../../lib/context/market-context'),
    import('../../lib/context/ticker-context'),
    import('../../lib/data/expand-snapshot'),
    import('../../lib/data/russell-index'),
    import('../../lib/background/lookup-live'),
    import('../../lib/context/provenance'),
  ]);
  const snapshot = await io.loadSnapshot();
  const net = io.fetchImpl ? { fetchImpl: io.fetchImpl } : {};
  const secUserAgent = io.env.CAPLENS_SEC_USER_AGENT?.trim() || CLI_SEC_USER_AGENT;
  const today = io.today ?? isoToday();
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
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
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
        { secUserAgent, ...net, today },
      );
      for (const m of misses) io.stderr(`lookup: live ${m.input} unavailable (${m.kind}): ${m.message}; the snapshot's figure stands\n`);
      output = MarketContextSchema.parse(market);
    } else {
      output = MarketContextSchema.parse(buildMarketContext(macroDataFromSnapshot(snapshot), refs.smallVsLarge, today));
    }
  } else {
    const symbol = request.symbol;
    const record = records.find((r) => r.symbol === symbol);
    if (request.live && record) {
      const { live, failures } = await gatherLiveForLookup(record, {
        secUserAgent,
        ...net,
        embeddedDgs10: macroDataFromSnapshot(snapshot).series.DGS10,
        keys: keyedFromEnv(io.env),
        timeoutMs: 10_000,
      });
      for (const f of failures) io.stderr(`lookup: live ${f.provider} unavailable (${f.kind}): ${f.message}\n`);
      const context = TickerContextSchema.parse(buildContext(record, symbol, indexMetaFromSnapshot(snapshot), refs, live));
      output = { ...context, provenance: provenanceOf(context), liveFailures: failures };
    } else {
      const context = TickerContextSchema.parse(buildContext(record, symbol, indexMetaFromSnapshot(snapshot), refs));
      output = request.live ? { ...context, provenance: provenanceOf(context), liveFailures: [] } : context;
    }
  }
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
