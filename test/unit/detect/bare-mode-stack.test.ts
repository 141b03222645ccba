// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { scanDom } from '../../../lib/detect/dom-scan';
import { structuralBareMode } from '../../../lib/detect/furniture';
import { blockOf } from '../../../lib/detect/text-run-walk';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const nest = (open: string, close: string, n: number, inner: string) => open.repeat(n) + inner + close.repeat(n);
const bareSymbols = (root: ParentNode) => scanDom(root).filter((c) => c.evidence === 'bare').map((c) => c.symbol);

const NO_BARE_TAGS = new Set('h1 h2 h3 h4 h5 h6 td th caption figcaption header footer nav aside address button label legend dt small cite time menu'.split(' '));

/**
 * The lookup as it was before the walk read it from its stack (furniture.ts before bareModeStack),
 * for the markers these pages use (tags, role="navigation", class words): from the block up to the
 * scan root, at most 12 elements, <body> and <html> ending the search unread.
 */
function referenceMode(block: Node, stop: Node): 'all' | 'none' {
  let n: Node | null = block.nodeType === 1 ? block : block.parentNode;
  for (let depth = 0; n && n.nodeType === 1 && depth < 12; depth++, n = n.parentNode) {
    const el = n as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    const words = `${el.getAttribute('class') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
    if (NO_BARE_TAGS.has(el.localName) || el.getAttribute('role') === 'navigation' || words.some((w) => ['byline', 'footnote', 'credit'].includes(w))) return 'none';
    if (n === stop) break;
  }
  return 'all';
}

// Every block of these pages must get the reference's answer from the walk (its stack) and from
// structuralBareMode (the chain of ancestors read the same way, for added nodes).
function agree(doc: Document, root: Element): void {
  const expected: string[] = [];
  const w = doc.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const m = /[A-Z]{4}/.exec(n.nodeValue ?? '');
    if (!m) continue;
    const block = blockOf(n, root);
    expect(structuralBareMode(block, root)).toBe(referenceMode(block, root));
    if (referenceMode(block, root) === 'all') expected.push(m[0]);
  }
  expect(bareSymbols(root)).toEqual(expected);
}

describe('bare-word modes in the walk', () => {
  test('a marker 11 ancestors up still counts, 12 up does not (structuralBareMode reads 12 elements)', () => {
    const doc = parse(`<body>
      <div class="byline">${nest('<div>', '</div>', 10, '<p>shares of ABCD rose</p>')}</div>
      <div class="byline">${nest('<div>', '</div>', 11, '<p>shares of EFGH rose</p>')}</div>
      <div class="byline">${nest('<section>', '</section>', 11, '<div><span>shares of IJKL rose</span><p>shares of MNOP rose</p> then shares of QRST rose</div>') + nest('<section>', '</section>', 10, '<p>shares of UVWX rose</p>')}</div>
    </body>`);
    expect(bareSymbols(doc)).toEqual(['EFGH', 'IJKL', 'MNOP', 'QRST']);
    agree(doc, doc.body);
  });

  test('markers by tag, role and attribute words, siblings and nested blocks after them', () => {
    const doc = parse(`<body><main>
      <header><p>shares of ABCD rose</p></header><p>shares of EFGH rose</p>
      <div role="navigation"><div><p>shares of IJKL rose</p></div><p>shares of MNOP rose</p></div>
      <div><div class="ArticleFootnote">${nest('<div>', '</div>', 3, 'shares of QRST rose')}<p>shares of UVWX rose</p>shares of YZAB rose</div>shares of CDEF rose</div>
      <ul><li>shares of GHIJ rose<ul><li class="credit">shares of KLMN rose</li></ul>shares of OPQR rose</li></ul>
    </main></body>`);
    expect(bareSymbols(doc)).toEqual(['EFGH', 'CDEF', 'GHIJ', 'OPQR']);
    agree(doc, doc.body);
  });

  test('the scan root itself as a marker, and a root below the body', () => {
    const doc = parse(`<body><nav id="n"><p>shares of ABCD rose</p>shares of EFGH rose</nav><div id="d">${nest('<div>', '</div>', 12, '<p>shares of IJKL rose</p>')}</div></body>`);
    expect(bareSymbols(doc.getElementById('n')!)).toEqual([]);
    agree(doc, doc.getElementById('n')!);
    agree(doc, doc.getElementById('d')!);
  });
});
