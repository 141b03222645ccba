/**
 * README contract 5:
 *   npm run --silent claims -- <file.html> [--date YYYY-MM-DD]
 * prints {"source", "articleDate", "claims": [{"kind", "text", "subject", "stated": {"value",
 * "unit"}, "ours": {"value", "unit", "asOf", "source"} | null, "verdict", "note"}]} and exits 0.
 * The page is parsed with happy-dom; the article text and date are read as the sidebar reads
 * them, and the claims are checked by the background's own use-case against the embedded
 * snapshot (offline: price returns are unverifiable). Bad input → message on stderr, exit 2.
 */
import { InputError, runCli, type CliOutput } from './lib/cli-exit';
import { readHtml } from './lib/html-cli';

const USAGE = 'usage: npm run --silent claims -- <file.html> [--date YYYY-MM-DD]';

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

async function main(argv: readonly string[], out: CliOutput): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(USAGE + '\n');
    return 0;
  }
  const { path, date } = parseArgs(argv);
  const html = await readHtml('claims', path);
  const [{ loadSnapshotFile }, { claimsOfHtml }] = await Promise.all([import('../lib/data/node-snapshot'), import('./claims-html')]);
  const result = await claimsOfHtml(path, html, await loadSnapshotFile(), date);
  out.stdout(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

runCli('claims', main);
