import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { expandSnapshot, parseSnapshot } from '../../../lib/data/expand-snapshot';
import type { Snapshot } from '../../../lib/data/snapshot-schema';
import type { SymbolRecord } from '../../../lib/data/symbol-record';

// A string, not `new URL(...)`: under happy-dom the global URL is not Node's, which fileURLToPath rejects.
export const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/sources');

const BUILT_PATH = inject('realSnapshotPath');
// The builder (and the dataset parsers under it) is loaded only when this run has no built
// snapshot to read (a file run without test/unit/global-setup.ts): importing it statically cost
// ~5 s of worker time over the ~30 files that read the snapshot.
const buildSnapshot = BUILT_PATH ? undefined : (await import('../../../lib/data/build/build-snapshot')).buildSnapshot;

let cached: Snapshot | undefined;
/**
 * The snapshot built from the repo's data/sources by this checkout's code: built once per run
 * by test/unit/global-setup.ts and read here (built here only when run without it).
 */
export function realSnapshot(): Snapshot {
  if (cached) return cached;
  return (cached = BUILT_PATH ? (JSON.parse(readFileSync(BUILT_PATH, 'utf8')) as Snapshot) : buildSnapshot!(SOURCES_DIR));
}

let records: SymbolRecord[] | undefined;
/**
 * The real snapshot validated and expanded as the CLIs' loadSymbolRecords does, once per test file:
 * files that scan a whole corpus used to validate and expand the 2.9 MB snapshot up to three times.
 */
export function realRecords(): SymbolRecord[] {
  return (records ??= expandSnapshot(parseSnapshot(realSnapshot())));
}
