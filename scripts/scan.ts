/**
 * DESIGN.md contract 1:
 *   npm run --silent scan -- <file.html>
 * prints {"source": "<path>", "tickers": [{"symbol","count","kind","evidence"}]} and exits 0.
 * The page is parsed with happy-dom and run through the content script's own pipeline
 * (scanDom → validateCandidates) against the embedded snapshot's universe. The site adapter
 * comes from the page's canonical URL (<link rel="canonical"> or og:url), as it would in the
 * browser. Bad input (missing, unreadable, not HTML) → message on stderr, exit 2; an internal
 * failure (snapshot cannot be loaded) → exit 1.
 */
import { readFile } from 'node:fs/promises';
import { looksLikeHtml } from './looks-like-html';

const USAGE = 'usage: npm run --silent scan -- <file.html>';

class InputError extends Error {}

async function readHtml(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(e);
    throw new InputError(`scan: cannot read ${path}: ${why}`);
  }
  if (!looksLikeHtml(text)) throw new InputError(`scan: ${path} does not look like an HTML page`);
  return text;
}

async function main(argv: readonly string[]): Promise<number> {
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const unknown = argv.find((a) => a.startsWith('-'));
  if (unknown) throw new InputError(`scan: unknown option ${unknown}\n${USAGE}`);
  if (positional.length !== 1) {
    throw new InputError(`scan: ${positional.length === 0 ? 'missing file' : 'expected one file'}\n${USAGE}`);
  }
  const path = positional[0]!;
  const html = await readHtml(path);
  // Loaded only once the input is known good: happy-dom and the snapshot take a second or two.
  const [{ loadSymbolRecords }, { scanHtml }] = await Promise.all([import('../lib/data/node-snapshot'), import('./scan-html')]);
  const records = await loadSymbolRecords();
  const result = await scanHtml(path, html, records);
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
    process.stderr.write(`scan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
