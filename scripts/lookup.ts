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
import { runLookup } from './lib/lookup-cli';

// The work is in scripts/lib/lookup-cli.ts (tests run it in-process); this is the process's wiring.
void runLookup({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Imported only when asked for: a usage error answers without the snapshot modules.
  loadSnapshot: async () => (await import('../lib/data/node-snapshot')).loadSnapshotFile(),
}).then((code) => {
  process.exitCode = code;
});
