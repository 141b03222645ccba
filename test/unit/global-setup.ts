import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSnapshot } from '../../lib/data/build/build-snapshot';
import { writeSnapshotFile } from '../../lib/data/node-snapshot';
import { snapshotInputsKey } from './snapshot-inputs-key';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The snapshot built from data/sources by this run's code, once (test/unit/data/real-snapshot.ts reads it). */
    realSnapshotPath: string;
  }
}

const ROOT = resolve(__dirname, '../..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/caplens-unit');

/**
 * Builds the real snapshot once per run instead of once per test file (10 s each on a loaded
 * machine, two dozen files). Built from this checkout's code, never a stale public/data copy: a
 * build is reused from node_modules/.cache only when every input (data/sources, lib/, the
 * lockfile) hashes the same as when it was written. A fresh clone builds it (the cache is empty).
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'caplens-unit-'));
  const path = join(dir, 'snapshot.json');
  const cached = join(CACHE_DIR, `snapshot-${snapshotInputsKey(ROOT)}.json`);
  if (existsSync(cached)) copyFileSync(cached, path);
  else {
    writeSnapshotFile(buildSnapshot(join(ROOT, 'data/sources')), path);
    // One entry: builds for older inputs are never read again.
    rmSync(CACHE_DIR, { recursive: true, force: true });
    mkdirSync(CACHE_DIR, { recursive: true });
    copyFileSync(path, `${cached}.${process.pid}.tmp`);
    renameSync(`${cached}.${process.pid}.tmp`, cached);
  }
  // The CLIs the tests spawn (lookup, scan) read public/data/snapshot.json: the same build, so
  // none of them rebuilds it and none reads one left by older code.
  // Via a temporary file and a rename, as writeSnapshotFile does: a reader never sees half a file.
  const target = resolve(ROOT, 'public/data/snapshot.json');
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(path, `${target}.${process.pid}.tmp`);
  renameSync(`${target}.${process.pid}.tmp`, target);
  project.provide('realSnapshotPath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
