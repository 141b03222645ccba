import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, sorted, so the hash does not depend on directory order. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/**
 * A hash of everything the snapshot build reads or runs: the source datasets, all of lib/ (the
 * builder and whatever it imports, deliberately broader than needed so no import is missed) and
 * the lockfile. Any change to one of them means a rebuild.
 */
export function snapshotInputsKey(root: string): string {
  const h = createHash('sha256');
  for (const f of [...files(join(root, 'data/sources')), ...files(join(root, 'lib')), join(root, 'package-lock.json')]) {
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}
