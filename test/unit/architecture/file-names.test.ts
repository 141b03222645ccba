import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { duplicateNames } from './import-graph';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

test('the check finds two files of one name in different folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'caplens-names-'));
  for (const f of ['lib/csv.ts', 'lib/data/build/csv.ts', 'lib/data/other.ts']) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), '');
  }
  expect(duplicateNames(root, 'lib')).toEqual([['lib/csv.ts', 'lib/data/build/csv.ts']]);
});

// A name should say what the file is: two `csv.ts` (or `live-inputs.ts`) in lib/ are two things under one name.
test('no two files in lib/ share a name', () => {
  expect(duplicateNames(ROOT, 'lib')).toEqual([]);
});
