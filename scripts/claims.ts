/**
 * README contract 5:
 *   npm run --silent claims -- <file.html> [--date YYYY-MM-DD]
 * prints {"source", "articleDate", "claims": [{"kind", "text", "subject", "stated": {"value",
 * "unit"}, "ours": {"value", "unit", "asOf", "source"} | null, "verdict", "note"}]} and exits 0.
 * The page is parsed with happy-dom; the article text and date are read as the sidebar reads
 * them, and the claims are checked by the background's own use-case against the embedded
 * snapshot (offline: price returns are unverifiable). Bad input → message on stderr, exit 2.
 */
import { readFile } from 'node:fs/promises';
import { looksLikeHtml } from './looks-like-html';

const USAGE = 'usage: npm run --silent claims -- <file.html> [--date YYYY-MM-DD]';

class InputError extends Error {}

function parseArgs(argv: readonly string[]): { path: string; date: string | null } {
  const positional: string[] = [];
  let date: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--date' || a.startsWith('--date=')) {
      const v = a === '--date' ? argv[++i] : a.slice('--date='.length);
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
        throw new InputError(`claims: --date needs a calendar date as YYYY-MM-DD, got ${v ?? 'nothing'}\n${USAGE}`);
      }
      date = v;
    } else if (a.startsWith('-')) throw new InputError(`claims: unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new InputError(`claims: ${positional.length === 0 ? 'missing file' : 'expected one file'}\n${USAGE}`);
  return { path: positional[0]!, date };
}

async function readHtml(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(e);
    throw new InputError(`claims: cannot read ${path}: ${why}`);
  }
  if (!looksLikeHtml(text)) throw new InputError(`claims: ${path} does not look like an HTML page`);
  return text;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const { path, date } = parseArgs(argv);
  const html = await readHtml(path);
  const [{ loadSnapshotFile }, { claimsOfHtml }] = await Promise.all([import('../lib/data/node-snapshot'), import('./claims-html')]);
  const result = await claimsOfHtml(path, html, await loadSnapshotFile(), date);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n');
      process.exit(2);
    }
    process.stderr.write(`claims: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
