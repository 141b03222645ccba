import { MAX_ARTICLE_CHARS } from './article-limit';

/**
 * The article's text as the claim check reads it: the text nodes under the article roots, a line
 * break at every block boundary, scripts and the sidebar left out. Keeps where each text node
 * starts so a sentence found in the text can be turned back into a Range in the page (to scroll
 * to it). Only text is read; nothing is parsed as HTML.
 */

export interface ArticleText {
  text: string;
  /** Text nodes with their offset in `text`, in document order. */
  segments: Array<{ node: Text; start: number }>;
}

const BLOCK = /^(?:p|div|li|ul|ol|h[1-6]|br|section|article|header|footer|blockquote|tr|td|th|figcaption|dd|dt|pre|main|aside|table)$/;
const SKIP = /^(?:script|style|noscript|template|svg|math|iframe|caplens-sidebar)$/;

export function articleText(roots: readonly Element[]): ArticleText {
  // The text is built as a list of parts joined once, and the last character is tracked rather than
  // read back: `text += …` then `text.endsWith('\n')` at every block made V8 flatten the growing
  // string again at each block (quadratic copying: about 15 ms of one task on a long article).
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const segments: ArticleText['segments'] = [];
  const lineBreak = () => {
    if (length > 0 && last !== '\n') {
      parts.push('\n');
      length++;
      last = '\n';
    }
  };
  const walk = (el: Element) => {
    for (let n = el.firstChild; n && length < MAX_ARTICLE_CHARS; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        segments.push({ node: n as Text, start: length });
        if (data.length === 0) continue;
        parts.push(data);
        length += data.length;
        last = data[data.length - 1]!;
      } else if (n.nodeType === 1) {
        const tag = (n as Element).localName;
        if (SKIP.test(tag)) continue;
        const block = BLOCK.test(tag);
        if (block) lineBreak();
        walk(n as Element);
        if (block) lineBreak();
      }
    }
  };
  for (const r of roots) {
    walk(r);
    lineBreak();
  }
  return { text: parts.join(''), segments };
}

/** The page Range of `text[start, end)`, or null when the nodes changed since. */
export function rangeOf(article: ArticleText, start: number, end: number, doc: Document): Range | null {
  const at = (offset: number): [Text, number] | null => {
    let lo = 0;
    for (let i = 0; i < article.segments.length; i++) if (article.segments[i]!.start <= offset) lo = i;
    const seg = article.segments[lo];
    if (!seg || !seg.node.isConnected) return null;
    return [seg.node, Math.min(offset - seg.start, seg.node.data.length)];
  };
  const a = at(start);
  const b = at(end);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
