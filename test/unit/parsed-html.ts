/**
 * A page parsed by happy-dom in the node environment, for tests that read parsed HTML but need no
 * DOM environment (`@vitest-environment happy-dom` sets a window up per file, about a second each):
 * the scan CLI parses pages the same way (scripts/scan-html.ts). The window is closed after the file.
 */
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';

const window = new Window();
afterAll(() => window.happyDOM.close());

export function parseDocument(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
