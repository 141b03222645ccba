import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSnapshot } from '../../lib/data/build/build-snapshot';
import { writeSnapshotFile } from '../../lib/data/node-snapshot';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The snapshot built from data/sources by this run's code, once (test/unit/data/real-snapshot.ts reads it). */
    realSnapshotPath: string;
  }
}

/**
 * Builds the real snapshot once per run instead of once per test file (10 s each on a loaded
 * machine, two dozen files). Built from this checkout's code, never a stale public/data copy.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'caplens-unit-'));
  const path = join(dir, 'snapshot.json');
  const snapshot = buildSnapshot(resolve(__dirname, '../../data/sources'));
  writeSnapshotFile(snapshot, path);
  // The CLIs the tests spawn (lookup, scan) read public/data/snapshot.json: the same build, so
  // none of them rebuilds it and none reads one left by older code.
  writeSnapshotFile(snapshot);
  project.provide('realSnapshotPath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
