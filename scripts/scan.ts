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
import { InputError, readHtml, runCli } from './lib/html-cli';

const USAGE = 'usage: npm run --silent scan -- <file.html>';

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
  const html = await readHtml('scan', path);
  // Loaded only once the input is known good: happy-dom and the snapshot take a second or two.
  const [{ loadSymbolRecords }, { scanHtml }] = await Promise.all([import('../lib/data/node-snapshot'), import('./scan-html')]);
  const records = await loadSymbolRecords();
  const result = await scanHtml(path, html, records);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

runCli('scan', main);
