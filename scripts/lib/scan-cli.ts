/**
 * The scan CLI's work (scripts/scan.ts runs it on the process's arguments and output; tests run it
 * in-process): DESIGN.md contract 1, documented in scripts/scan.ts.
 */
import { InputError, type CliOutput } from './cli-exit';
import { readHtml } from './html-cli';

const USAGE = 'usage: npm run --silent scan -- <file.html>';

/** DESIGN.md contract 1 (scripts/scan.ts); a test runs it in-process with cliExitCode. */
export async function scanMain(argv: readonly string[], out: CliOutput): Promise<number> {
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(USAGE + '\n');
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
  const [{ loadSymbolRecords }, { scanHtml }] = await Promise.all([import('../../lib/data/node-snapshot'), import('../scan-html')]);
  const records = await loadSymbolRecords();
  const result = await scanHtml(path, html, records);
  out.stdout(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

