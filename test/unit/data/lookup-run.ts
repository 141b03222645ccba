/**
 * The lookup CLI two ways: `lookupProcess` runs scripts/lookup.ts as `npm run lookup` does (Node
 * with tsx's loader, optionally with the fetch stub preloaded), for the wiring — arguments, exit
 * code, stdout; `lookupInProcess` runs the same work (scripts/lib/lookup-cli.ts) in this worker for
 * the cases about what it prints: no Node start, tsx compile and module loading per case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshotFile } from '../../../lib/data/node-snapshot';
import { runLookup } from '../../../scripts/lib/lookup-cli';
import { routedFetch, type Route, type RoutedRequest } from '../../fixtures/cli/routed-fetch';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const STUB = join(ROOT, 'test/fixtures/cli/stub-fetch.mjs');

export interface LookupRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the live providers asked for (only with routes). */
  requests: RoutedRequest[];
}

/** No keyed provider and no declared SEC contact unless a test sets one. */
const QUIET_ENV = { FINNHUB_API_KEY: '', ALPHAVANTAGE_API_KEY: '', FMP_API_KEY: '', CAPLENS_SEC_USER_AGENT: '' };

/** scripts/lookup.ts in its own process; with `routes`, fetch is stubbed (stub-fetch.mjs) and the requests logged. */
export function lookupProcess(args: string[], routes?: Route[], env: Record<string, string> = {}): LookupRun {
  if (!routes) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lookup.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, requests: [] };
  }
  const log = join(mkdtempSync(join(tmpdir(), 'caplens-cli-')), 'requests.jsonl');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', STUB, 'scripts/lookup.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...QUIET_ENV, ...env, CAPLENS_STUB_ROUTES: JSON.stringify(routes), CAPLENS_STUB_LOG: log },
  });
  const requests = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as RoutedRequest);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, requests };
}

/**
 * The same work in this worker, on the same public/data/snapshot.json (loaded as the CLI loads it,
 * each run its own copy); fetch answers from `routes` only (none: offline), as with the stub preloaded.
 */
export async function lookupInProcess(args: string[], routes: Route[] = [], env: Record<string, string> = {}): Promise<LookupRun> {
  const requests: RoutedRequest[] = [];
  let stdout = '';
  let stderr = '';
  const status = await runLookup({
    argv: args,
    env: { ...process.env, ...QUIET_ENV, ...env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    fetchImpl: routedFetch(routes, (r) => void requests.push(r)),
    loadSnapshot: () => loadSnapshotFile(),
    // A fixed day for the FOMC calendar of `--market` (the day these cases were written).
    today: '2026-12-05',
  });
  return { status, stdout, stderr, requests };
}
