import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .ts/.tsx file under `dir` (relative to `root`), as root-relative paths. */
export function sourceFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(root, join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every file under `dir` (relative to `root`), whatever its extension. */
export function allFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(root, join(dir, e.name)) : [join(dir, e.name)]));
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

/**
 * The root-relative file a project specifier names (relative, or WXT's `@/` and `~/` aliases for
 * the project root), or null for a package.
 */
export function resolveImport(root: string, fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(root, dirname(fromFile), spec);
  else if (/^[@~]\//.test(spec)) base = join(root, spec.slice(2));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return relative(root, base);
}

/**
 * Each file `file` loads at run time, directly or through other project files, with the chain
 * that reaches it: a pure module importing a helper that imports the cache does I/O all the same.
 */
export function runtimeClosure(root: string, file: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length) {
    const current = queue.shift()!;
    if (!/\.tsx?$/.test(current) || !existsSync(join(root, current))) continue;
    for (const spec of runtimeImports(readFileSync(join(root, current), 'utf8'))) {
      const target = resolveImport(root, current, spec);
      if (target === null || chains.has(target)) continue;
      chains.set(target, [...chains.get(current)!, target]);
      queue.push(target);
    }
  }
  return chains;
}

/** Files of `pureDirs` that reach a `forbidden` folder at run time (directly or not), or call fetch. */
export function layeringOffences(root: string, pureDirs: readonly string[], forbidden: readonly string[]): string[] {
  const offences: string[] = [];
  for (const dir of pureDirs) {
    for (const file of sourceFiles(root, dir)) {
      for (const [target, chain] of runtimeClosure(root, file)) {
        const hit = forbidden.find((f) => target === f || target.startsWith(`${f}/`));
        if (hit) offences.push(`${chain.join(' → ')} (${hit}) at run time`);
      }
      const source = readFileSync(join(root, file), 'utf8');
      if (/\bfetch\s*\(/.test(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offences.push(`${file} calls fetch`);
    }
  }
  return offences;
}

/** Groups of files under `dir` that share a file name. */
export function duplicateNames(root: string, dir: string): string[][] {
  const byName = new Map<string, string[]>();
  for (const f of allFiles(root, dir)) {
    const name = f.split('/').pop()!;
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  return [...byName.values()].filter((paths) => paths.length > 1);
}
