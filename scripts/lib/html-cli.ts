import { readFile } from 'node:fs/promises';
import { looksLikeHtml } from '../looks-like-html';

/**
 * What the page CLIs (`scan`, `claims`) share: reading a saved page with a plain message for each
 * way it can fail, and the exit codes of their contracts (bad input 2 with the message on stderr,
 * an internal failure 1).
 */
export class InputError extends Error {}

export async function readHtml(cli: string, path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(e);
    throw new InputError(`${cli}: cannot read ${path}: ${why}`);
  }
  if (!looksLikeHtml(text)) throw new InputError(`${cli}: ${path} does not look like an HTML page`);
  return text;
}

export function runCli(cli: string, main: (argv: readonly string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof InputError) {
        process.stderr.write(e.message + '\n');
        process.exit(2);
      }
      process.stderr.write(`${cli}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
