// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { IndustryRange } from '../../../components/IndustryRange';

afterEach(cleanup);

const range = { p10: 8, q25: 10, median: 12, q75: 15, p90: 20, peers: 312, source: 'Finviz quote pages', asOf: '2025-12-22' };
const dot = (c: Element) => c.querySelector('circle')!;
const cx = (c: Element) => Number(dot(c).getAttribute('cx'));

describe('IndustryRange', () => {
  test('labels the dot with where it falls, the spread, the source and the date', () => {
    const { container } = render(<IndustryRange pe={10.8} range={range} industry="Banks - Regional" />);
    expect(container.textContent).toContain('In the middle half of 312 Banks - Regional P/Es');
    expect(container.textContent).toContain('as of 22 Dec 2025 · Finviz quote pages');
    expect(container.textContent).toContain('(10th–90th percentile 8.0×–20.0×, median 12.0×)');
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toMatch(/^P\/E 10\.8× in the middle half of 312 Banks - Regional P\/Es/);
  });

  test('the dot moves with the P/E, between the quartile box edges for a P/E between the quartiles', () => {
    const at = (pe: number) => {
      const r = render(<IndustryRange pe={pe} range={range} industry="X" />);
      const box = r.container.querySelector('rect')!;
      const out = { cx: cx(r.container), x0: Number(box.getAttribute('x')), x1: Number(box.getAttribute('x')) + Number(box.getAttribute('width')) };
      cleanup();
      return out;
    };
    const a = at(11);
    const b = at(14);
    expect(a.cx).toBeLessThan(b.cx);
    expect(a.cx).toBeGreaterThan(a.x0);
    expect(b.cx).toBeLessThan(b.x1);
  });

  test('a P/E beyond the whiskers sits at the end as an open dot and says so', () => {
    const high = render(<IndustryRange pe={95} range={range} industry="X" />);
    expect(dot(high.container).getAttribute('class')).toContain('cl-range__dot--out');
    expect(high.container.textContent).toContain('Above the 90th percentile');
    const end = cx(high.container);
    cleanup();
    const atP90 = render(<IndustryRange pe={20} range={range} industry="X" />);
    expect(cx(atP90.container)).toBe(end);
    expect(dot(atP90.container).getAttribute('class')).not.toContain('--out');
  });
});
