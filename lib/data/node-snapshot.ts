import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from './build/build-snapshot';
import { expandSnapshot, parseSnapshot } from './expand-snapshot';
import { snapshotHash } from './snapshot-hash';
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

/**
 * The hash (lib/data/snapshot-hash.ts) of the last snapshot text validated on this machine, kept
 * outside public/ (which ships) as the extension build keeps its own (wxt.config.ts): every CLI run
 * (lookup, scan, claims) read and validated the same 2.9 MB, half a second each, although only
 * bytes that differ from the validated ones can be invalid. A missing or unwritable note only
 * costs that half second.
 */
const VALIDATED_NOTE = join(REPO_ROOT, 'node_modules/.cache/caplens/validated-snapshot-hash');

function validatedHash(): string | null {
  try {
    return readFileSync(VALIDATED_NOTE, 'utf8');
  } catch {
    return null;
  }
}

function noteValidated(hash: string): void {
  try {
    mkdirSync(dirname(VALIDATED_NOTE), { recursive: true });
    const tmp = `${VALIDATED_NOTE}.${process.pid}.tmp`;
    writeFileSync(tmp, hash);
    renameSync(tmp, VALIDATED_NOTE);
  } catch {
    // Only a speed-up: the next run validates again.
  }
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
    // buildSnapshot validates what it returns.
    const snapshot = buildSnapshot(sources);
    writeSnapshotFile(snapshot, target);
    noteValidated(snapshotHash(serializeSnapshot(snapshot)));
    return snapshot;
  }
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(target, 'utf8');
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`Cannot read ${target}: ${e instanceof Error ? e.message : String(e)} (rebuild it with npm run snapshot)`);
  }
  // The very bytes validated before (a rebuilt or edited file hashes differently): as the extension's worker does.
  const hash = snapshotHash(text);
  if (hash === validatedHash()) return json as Snapshot;
  const snapshot = parseSnapshot(json);
  noteValidated(hash);
  return snapshot;
}

export async function loadSymbolRecords(path = DEFAULT_SNAPSHOT_PATH): Promise<SymbolRecord[]> {
  return expandSnapshot(await loadSnapshotFile(path));
}
