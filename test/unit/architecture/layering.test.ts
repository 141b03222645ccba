import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { layeringOffences, runtimeImports } from './import-graph';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** lib/context and lib/metrics build card models from inputs: no I/O, no transport, no live data. */
const PURE = ['lib/context', 'lib/metrics'];
const FORBIDDEN = ['lib/data/providers', 'lib/cache', 'lib/background', 'lib/messaging'];

/** A throwaway project tree: path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'caplens-layering-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

describe('layering', () => {
  test('the scanner tells run-time imports from type-only ones', () => {
    const src = [
      "import type { A } from '../cache/db';",
      "import { type B, type C } from '../cache/cached-query';",
      "import { d, type E } from '../background/live-data';",
      "export { f } from '../messaging/protocol';",
      "import * as z from 'zod/mini';",
      "import '../data/providers/side-effect';",
      "const g = await import('../data/providers/sec');",
      'import {\n  h,\n  type I,\n} from "../lib/x";',
    ].join('\n');
    expect(runtimeImports(src)).toEqual(['../background/live-data', '../messaging/protocol', 'zod/mini', '../data/providers/side-effect', '../data/providers/sec', '../lib/x']);
  });

  test('the check catches a breach through another module, an alias and a fetch; type-only imports pass', () => {
    const root = tree({
      'lib/context/card.ts': "import { figures } from '../data/figures';\nimport type { Db } from '../cache/db';\nexport const card = figures;",
      'lib/data/figures.ts': "import { cached } from '../cache/cached-query';\nexport const figures = cached;",
      'lib/cache/cached-query.ts': 'export const cached = 1;',
      'lib/metrics/gap.ts': "import { send } from '@/lib/messaging/client';\nexport const gap = () => fetch('https://example.com');",
      'lib/metrics/clean.ts': "import type { Reply } from '~/lib/messaging/client';\nexport const clean = 1;",
    });
    expect(layeringOffences(root, PURE, FORBIDDEN).sort()).toEqual([
      'lib/context/card.ts → lib/data/figures.ts → lib/cache/cached-query.ts (lib/cache) at run time',
      'lib/metrics/gap.ts calls fetch',
      'lib/metrics/gap.ts → lib/messaging/client (lib/messaging) at run time',
    ]);
  });

  test('lib/context and lib/metrics import no providers, cache, background or messaging at run time, even indirectly, and never fetch', () => {
    expect(layeringOffences(ROOT, PURE, FORBIDDEN)).toEqual([]);
  });
});
