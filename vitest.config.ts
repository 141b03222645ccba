import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// CI asks for a machine-readable result per run to print a plain "N passed, N failed" line.
const jsonDir = process.env.CAPLENS_VITEST_JSON;

export default defineConfig({
  test: {
    reporters: jsonDir ? ['default', ['json', { outputFile: `${jsonDir}/vitest-${process.pid}.json` }]] : ['default'],
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
          // Files that build the real snapshot parse three ~3–11 MB valuation datasets first (~4 s alone, more under parallel load).
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
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
