import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from '../../../lib/data/build/build-snapshot';
import type { Snapshot } from '../../../lib/data/snapshot-schema';

// A string, not `new URL(...)`: under happy-dom the global URL is not Node's, which fileURLToPath rejects.
export const SOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/sources');

let cached: Snapshot | undefined;
/** The snapshot built from the repo's data/sources, once per test file. */
export function realSnapshot(): Snapshot {
  return (cached ??= buildSnapshot(SOURCES_DIR));
}
