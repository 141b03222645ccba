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
import { runCli } from './lib/cli-exit';
import { scanMain } from './lib/scan-cli';

// The work is in scripts/lib/scan-cli.ts (tests run it in-process); this is the process's wiring.
runCli('scan', scanMain);
