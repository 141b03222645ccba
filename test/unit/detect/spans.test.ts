import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Spans } from '../../../lib/detect/text-scan';

// The flat spans list the finders share (text-scan.ts): its sort must order spans as the stable
// sort of [start, end] pairs by start it replaced, both below and above the insertion-sort limit.
describe('Spans', () => {
  const pairs = fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 80, size: 'max' });

  test('sort: as a stable sort of [start, end] pairs by start', () => {
    let longLists = 0;
    fc.assert(
      fc.property(pairs, (ps) => {
        const spans = new Spans();
        for (const [s, e] of ps) spans.add(s, e);
        if (ps.length > 32) longLists++;
        spans.sort();
        const want = [...ps].sort((a, b) => a[0] - b[0]).flat();
        expect(spans.at.slice(0, spans.n)).toEqual(want);
      }),
    );
    // Some runs took the path past the insertion-sort limit.
    expect(longLists).toBeGreaterThan(0);
  });

  test('emptied by n = 0, the list is reused without its old spans', () => {
    const spans = new Spans();
    spans.add(9, 12);
    spans.add(3, 5);
    spans.n = 0;
    spans.add(7, 8);
    spans.add(1, 2);
    spans.sort();
    expect(spans.at.slice(0, spans.n)).toEqual([1, 2, 7, 8]);
  });
});
