// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAME } from '../../../lib/highlight/page-highlighter';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const w = window as unknown as { CSS?: unknown; Highlight?: unknown };
const saved = { CSS: w.CSS, Highlight: w.Highlight };
afterEach(() => {
  w.CSS = saved.CSS;
  w.Highlight = saved.Highlight;
  document.head.innerHTML = '';
});

function mention(symbol: string) {
  document.body.innerHTML = `<p>$${symbol} rose</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return { symbol, range };
}

describe('page highlighter', () => {
  test('without the Custom Highlight API it reports unsupported and touches nothing', () => {
    w.CSS = {};
    w.Highlight = undefined;
    const h = createHighlighter(document, () => undefined);
    expect(h.supported).toBe(false);
    h.paint([mention('ZION')]);
    expect(document.head.querySelector('style')).toBeNull();
    h.clear();
  });

  test('paint registers one named highlight and its ::highlight rule; clear removes both', () => {
    const registry = new Map<string, unknown>();
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    const h = createHighlighter(document, () => undefined);
    expect(h.supported).toBe(true);
    const m = mention('ZION');
    h.paint([m]);
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges).toEqual([m.range]);
    const styles = document.head.querySelectorAll('style');
    expect(styles.length).toBe(1);
    expect(styles[0]!.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    // Repainting replaces the ranges and keeps one style element.
    h.paint([m, mention('KRE')]);
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges.length).toBe(2);
    expect(document.head.querySelectorAll('style').length).toBe(1);
    h.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
  });

  test('painting nothing clears', () => {
    const registry = new Map<string, unknown>();
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    const h = createHighlighter(document, () => undefined);
    h.paint([mention('ZION')]);
    h.paint([]);
    expect(registry.size).toBe(0);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
