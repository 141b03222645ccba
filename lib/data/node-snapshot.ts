import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from './build/build-snapshot';
import { expandSnapshot, parseSnapshot } from './expand-snapshot';
import type { Snapshot } from './snapshot-schema';
import type { SymbolRecord } from './symbol-record';

/**
 * Node-only snapshot access for the CLIs (lookup, scan, demo). Paths are resolved from the repo
 * root rather than the working directory so the scripts work from anywhere.
 */

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SNAPSHOT_PATH = 'public/data/snapshot.json';
export const DEFAULT_SOURCES_DIR = 'data/sources';

const fromRoot = (p: string) => (isAbsolute(p) ? p : resolve(REPO_ROOT, p));

/** Minified JSON, the exact bytes `npm run snapshot` writes. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot);
}

/** Writes via a temporary file and a rename, so a concurrent reader never sees half a file. */
export function writeSnapshotFile(snapshot: Snapshot, path = DEFAULT_SNAPSHOT_PATH): string {
  const target = fromRoot(path);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeSnapshot(snapshot));
  renameSync(tmp, target);
  return target;
}

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Reads and validates the snapshot. public/data/ is git-ignored, so on a fresh checkout the file
 * is missing; and after an edit to data/sources it is stale. In both cases it is rebuilt from
 * data/sources and written, exactly as `npm run snapshot` would (the build is deterministic, so a
 * needless rebuild changes nothing).
 */
export async function loadSnapshotFile(path = DEFAULT_SNAPSHOT_PATH, sourcesDir = DEFAULT_SOURCES_DIR): Promise<Snapshot> {
  const target = fromRoot(path);
  const sources = fromRoot(sourcesDir);
  if (!existsSync(target) || statSync(target).mtimeMs < newestMtime(sources)) {
    const snapshot = buildSnapshot(sources);
    writeSnapshotFile(snapshot, target);
    return snapshot;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(target, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read ${target}: ${e instanceof Error ? e.message : String(e)} (rebuild it with npm run snapshot)`);
  }
  return parseSnapshot(json);
}

export async function loadSymbolRecords(path = DEFAULT_SNAPSHOT_PATH): Promise<SymbolRecord[]> {
  return expandSnapshot(await loadSnapshotFile(path));
}
