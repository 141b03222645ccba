/**
 * Inline highlighting of detected tickers with the CSS Custom Highlight API (Chromium 105+,
 * Firefox 140+): Ranges are registered under one name and painted by a `::highlight()` rule, so
 * the page's DOM and layout never change (no wrapper elements, no classes). The rule lives in a
 * small <style> of ours in the page (a highlight is styled by the document's sheets, not by our
 * shadow root's), added on the first paint and removed by clear(). Where the API is missing,
 * every method is a no-op.
 *
 * Hover: mousemove is hit-tested once per animation frame (caret position at the point, then
 * the ranges' client rects) and reported as the hovered mention's symbol and box, or null.
 */
import { SIDEBAR_TAG } from '../detect/dom-scan';
import type { MentionRange } from './mention-ranges';

export const HIGHLIGHT_NAME = 'caplens-ticker';
const STYLE = `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(250,204,21,.38);text-decoration:underline dotted #1f5fbf}`;

export interface HoverTarget {
  symbol: string;
  /** The hovered line box of the mention, in viewport coordinates. */
  rect: { left: number; top: number; bottom: number };
}

export interface PageHighlighter {
  readonly supported: boolean;
  /** Replaces what is highlighted; an empty list clears. */
  paint(mentions: readonly MentionRange[]): void;
  /** Removes the highlight, our style and the listeners. */
  clear(): void;
}

interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window | null): HighlightApi | null {
  const w = win as (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] }) | null;
  const registry = w?.CSS?.highlights;
  return registry && typeof w?.Highlight === 'function' ? { registry, Highlight: w.Highlight } : null;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): [Node, number] | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? [p.offsetNode, p.offset] : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? [r.startContainer, r.startOffset] : null;
}

export function createHighlighter(doc: Document, onHover: (target: HoverTarget | null) => void): PageHighlighter {
  const api = highlightApi(doc.defaultView);
  let mentions: readonly MentionRange[] = [];
  let style: HTMLStyleElement | null = null;
  let hovered: MentionRange | null = null;
  let frame = 0;
  let point: [number, number] = [0, 0];

  const setHover = (m: MentionRange | null, rect?: DOMRect) => {
    if (m === hovered) return;
    hovered = m;
    onHover(m && rect ? { symbol: m.symbol, rect: { left: rect.left, top: rect.top, bottom: rect.bottom } } : null);
  };

  const hitTest = () => {
    frame = 0;
    const [x, y] = point;
    if (doc.elementFromPoint(x, y)?.localName === SIDEBAR_TAG) return setHover(null);
    const caret = caretAt(doc as CaretDoc, x, y);
    for (const m of mentions) {
      if (caret) {
        try {
          if (!m.range.isPointInRange(caret[0], caret[1])) continue;
        } catch {
          continue; // the caret is in another document or a shadow root
        }
      }
      for (const r of m.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return setHover(m, r);
      }
    }
    setHover(null);
  };

  const onMove = (e: MouseEvent) => {
    point = [e.clientX, e.clientY];
    if (!frame) frame = requestAnimationFrame(hitTest);
  };
  // The card is placed at the mention; once the page scrolls it would point elsewhere.
  const onScroll = () => setHover(null);
  const listen = { capture: true, passive: true } as const;

  const clear = () => {
    if (!api) return;
    api.registry.delete(HIGHLIGHT_NAME);
    style?.remove();
    style = null;
    mentions = [];
    doc.removeEventListener('mousemove', onMove, listen);
    doc.removeEventListener('scroll', onScroll, listen);
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    setHover(null);
  };

  return {
    supported: api !== null,
    clear,
    paint(next) {
      if (!api) return;
      if (next.length === 0) return clear();
      mentions = next;
      api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...next.map((m) => m.range)));
      if (!style?.isConnected) {
        style = doc.createElement('style');
        style.textContent = STYLE;
        (doc.head ?? doc.documentElement).append(style);
      }
      doc.addEventListener('mousemove', onMove, listen);
      doc.addEventListener('scroll', onScroll, listen);
      if (hovered && !next.includes(hovered)) setHover(null);
    },
  };
}
