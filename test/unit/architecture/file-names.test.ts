import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

// A name should say what the file is: two `csv.ts` (or `live-inputs.ts`) in lib/ are two things under one name.
test('no two files in lib/ share a name', () => {
  const byName = new Map<string, string[]>();
  for (const f of files('lib')) {
    const name = f.split('/').pop()!;
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
});
