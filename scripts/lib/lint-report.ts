/** Reading `web-ext lint --output json` and telling library warnings from ours (scripts/lint-firefox.ts). */
import * as z from 'zod';

const Message = z.object({
  code: z.string(),
  message: z.string().default(''),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type LintMessage = z.infer<typeof Message>;

const Report = z.object({
  errors: z.array(Message),
  warnings: z.array(Message),
  notices: z.array(Message).default([]),
});
export type LintReport = z.infer<typeof Report>;

/** web-ext prints the JSON report on stdout (sometimes after a banner line): take the outermost object. */
export function parseLintReport(stdout: string): LintReport {
  const start = stdout.indexOf('{');
  const end = stdout.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error('no JSON object in the output');
  return Report.parse(JSON.parse(stdout.slice(start, end + 1)));
}

/**
 * Third-party code the linter flags in our bundles, by a signature of the minified source around
 * the flagged position. Each is a library feature CapLens does not use for page data:
 * - Preact's `dangerouslySetInnerHTML` branch (our components never pass that prop; a unit test greps for it);
 * - zod 4's JIT capability probe `Function('')` guarded by `jitless` (it only checks whether eval is allowed).
 */
export const THIRD_PARTY: ReadonlyArray<{ code: string; library: string; signature: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: "preact (dangerouslySetInnerHTML branch)", signature: /\.innerHTML\s*=\s*[\w$]+\.__html/ },
  { code: 'DANGEROUS_EVAL', library: "zod (jitless capability probe)", signature: /jitless[\s\S]{0,200}Function\((?:``|''|"")\)/ },
];

const WINDOW = 240;

/** The library a warning belongs to, or null when it cannot be attributed (treat as ours). */
export function attributeWarning(m: LintMessage, source: string): string | null {
  if (!m.line || m.column === undefined) return null;
  const lines = source.split('\n');
  const text = lines[m.line - 1];
  if (text === undefined) return null;
  const col = Math.max(0, m.column - 1);
  if (col > text.length) return null;
  const around = text.slice(Math.max(0, col - WINDOW), col + WINDOW);
  for (const t of THIRD_PARTY) if (t.code === m.code && t.signature.test(around)) return t.library;
  return null;
}
