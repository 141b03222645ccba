import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** lib/context and lib/metrics build card models from inputs: no I/O, no transport, no live data. */
const PURE = ['lib/context', 'lib/metrics'];
const FORBIDDEN = ['lib/data/providers', 'lib/cache', 'lib/background', 'lib/messaging'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Module specifiers a file loads at run time: `import type` and all-`type` specifier lists are erased. */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(re)) {
    if (m[5] || m[6]) {
      out.push((m[5] ?? m[6])!);
      continue;
    }
    if (m[2]) continue;
    const braces = /^\{([\s\S]*)\}$/.exec(m[3]!.trim());
    const allTypes = braces && braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    if (!allTypes) out.push(m[4]!);
  }
  return out;
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

  test.each(PURE)('%s imports no providers, cache, background or messaging at run time, and never fetches', (dir) => {
    const offences: string[] = [];
    for (const file of sourceFiles(dir)) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const spec of runtimeImports(source)) {
        if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
        const target = relative(ROOT, spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(ROOT, dirname(file), spec));
        const hit = FORBIDDEN.find((f) => target === f || target.startsWith(`${f}/`));
        if (hit) offences.push(`${file} imports ${spec} (${hit}) at run time`);
      }
      if (/\bfetch\s*\(/.test(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offences.push(`${file} calls fetch`);
    }
    expect(offences).toEqual([]);
  });
});
