/**
 * Push docking: the page's layout narrows by the panel's width instead of the panel covering it.
 *
 * - Normal flow narrows through a right margin on <html> (its width forced back to auto, in
 *   case the page pinned it to 100% or 100vw).
 * - Fixed elements (and sticky ones wider than the new layout, e.g. `width: 100vw`) ignore that
 *   margin: the viewport is their containing block. They are found where they matter, by asking
 *   the browser which elements lie under the panel's strip (elementsFromPoint sees through our
 *   panel to the page below), then walking up to the fixed or sticky box. One that starts left of
 *   the panel (a header or banner spanning the viewport) gets a max-width ending at the panel's
 *   edge; one wholly under the panel (a right-anchored widget) is moved left by the panel's width
 *   with the individual `translate` property, which leaves the page's own `transform` alone.
 *
 * Every inline style it sets is recorded with the page's own value and priority and put back by
 * clear(), so switching to overlay, collapsing or tearing down leaves the page as it was.
 */
export interface PagePusher {
  /** Narrow the page by `width` CSS px (again after a resize, a scroll or a late header). */
  apply(width: number): void;
  /** Undo everything apply() did. */
  clear(): void;
}

type Saved = Map<string, [string, string]>;

export function createPagePusher(doc: Document, isOwn: (el: Element) => boolean): PagePusher {
  const saved = new Map<HTMLElement, Saved>();
  const set = (el: HTMLElement, prop: string, value: string) => {
    let props = saved.get(el);
    if (!props) saved.set(el, (props = new Map()));
    if (!props.has(prop)) props.set(prop, [el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)]);
    el.style.setProperty(prop, value, 'important');
  };
  const clear = () => {
    for (const [el, props] of saved) for (const [prop, [value, priority]] of props) el.style.setProperty(prop, value, priority);
    saved.clear();
  };
  const view = doc.defaultView!;
  const positioned = (el: Element | null): HTMLElement | null => {
    for (let e = el; e && e !== doc.body && e !== doc.documentElement; e = e.parentElement) {
      const p = view.getComputedStyle(e).position;
      if (p === 'fixed' || p === 'sticky') return e as HTMLElement;
    }
    return null;
  };

  const apply = (width: number) => {
    clear();
    const w = Math.max(0, Math.round(width));
    if (!w) return;
    const html = doc.documentElement;
    set(html, 'margin-right', `${w}px`);
    set(html, 'width', 'auto');
    const vw = html.clientWidth; // the root's clientWidth is the viewport's, scrollbar excluded, margins or not
    const edge = vw - w;
    const found = new Set<HTMLElement>();
    // A grid of sample points under the panel (32 px: a "back to top" button is about that size),
    // starting just inside its edge.
    for (let x = edge + 2; x < vw; x += 32) {
      for (let y = 1; y < view.innerHeight; y += 32) {
        for (const el of doc.elementsFromPoint(x, y)) {
          if (isOwn(el)) continue;
          const box = positioned(el);
          if (box && !isOwn(box)) found.add(box);
        }
      }
    }
    for (const el of found) {
      const r = el.getBoundingClientRect();
      if (r.right <= edge + 1) continue;
      if (r.left < edge - 1) set(el, 'max-width', `${Math.max(0, Math.floor(edge - r.left))}px`);
      else set(el, 'translate', `-${w}px 0`);
    }
  };
  return { apply, clear };
}
