import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { SHARED_WORKER_DOM_FILES, SHARED_WORKER_FILES } from './test/unit/shared-worker-files';

// CI asks for a machine-readable result per run to print a plain "N passed, N failed" line.
const jsonDir = process.env.CAPLENS_VITEST_JSON;

/** What the two unit projects share: they differ only in their files and in `isolate`. */
const unitTest = {
  // Node by default; files that need a DOM say so with a `// @vitest-environment happy-dom`
  // docblock (a DOM per file costs seconds across the suite).
  environment: 'node',
  setupFiles: ['test/unit/setup.ts'],
  // The real snapshot is built once per run (three ~3–11 MB valuation datasets), not per file.
  globalSetup: ['test/unit/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 30_000,
  // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI
  // machine, which ran the suite file by file while a core idled. The main process only
  // schedules and reports, so every core runs a worker. Threads start faster than forks.
  pool: 'threads' as const,
  maxWorkers: availableParallelism(),
};

export default defineConfig({
  test: {
    reporters: jsonDir ? ['default', ['json', { outputFile: `${jsonDir}/vitest-${process.pid}.json` }]] : ['default'],
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: { ...unitTest, name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: [...SHARED_WORKER_FILES, ...SHARED_WORKER_DOM_FILES] },
      },
      {
        plugins: [WxtVitest(), preact()],
        // Pure-logic files (test/unit/shared-worker-files.ts says which and why): a worker runs
        // them one after another in one module graph, importing zod, the fake browser and lib/
        // once instead of once per file.
        test: { ...unitTest, name: 'unit-pure', include: SHARED_WORKER_FILES, isolate: false },
      },
      {
        plugins: [WxtVitest(), preact()],
        // The same for DOM files that leave the shared document as they found it.
        test: { ...unitTest, name: 'unit-pure-dom', include: SHARED_WORKER_DOM_FILES, environment: 'happy-dom', isolate: false },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
