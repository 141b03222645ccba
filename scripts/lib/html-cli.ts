import { readFile } from 'node:fs/promises';
import { looksLikeHtml } from '../looks-like-html';
import { InputError } from './cli-exit';

/** What the page CLIs (`scan`, `claims`) share: reading a saved page, with a plain message for each way it can fail. */
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
