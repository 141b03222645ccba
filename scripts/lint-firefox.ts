/**
 * `web-ext lint` on the Firefox build, as a gate: zero errors, and every warning must be a known
 * third-party pattern (see THIRD_PARTY) inside a bundled library — never our own code. Prints the
 * linter's summary and one line per warning with its attribution; exits 1 otherwise.
 *
 * Usage: tsx scripts/lint-firefox.ts [--source-dir .output/firefox-mv2]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeWarning, parseLintReport, type LintMessage } from './lib/lint-report';

const args = process.argv.slice(2);
const at = args.indexOf('--source-dir');
const dir = at >= 0 && args[at + 1] ? args[at + 1]! : '.output/firefox-mv2';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`lint-firefox: ${dir}/manifest.json not found; run \`npm run build:firefox\` first.`);
  process.exit(2);
}

const run = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = parseLintReport(run.stdout);
} catch (e) {
  console.error(`lint-firefox: could not read web-ext's report (${(e as Error).message}); stderr:\n${run.stderr}`);
  process.exit(2);
}

const sourceOf = new Map<string, string>();
const read = (m: LintMessage) => {
  if (!m.file) return '';
  if (!sourceOf.has(m.file)) sourceOf.set(m.file, existsSync(join(dir, m.file)) ? readFileSync(join(dir, m.file), 'utf8') : '');
  return sourceOf.get(m.file)!;
};

console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
let bad = 0;
for (const m of report.errors) {
  bad++;
  console.log(`  error   ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
}
for (const m of report.warnings) {
  const who = attributeWarning(m, read(m));
  if (!who) bad++;
  console.log(`  warning ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} → ${who ?? 'NOT a known library pattern (our code?)'}`);
}
if (bad > 0) {
  console.error(`lint-firefox: ${bad} problem(s) not attributable to a bundled library`);
  process.exit(1);
}
