import fc from 'fast-check';
import { expect, test } from 'vitest';
import { collapseSpace } from '../../../lib/detect/candidates';

// The scanner's hand-written whitespace collapse must agree with the regex it replaced.
test('collapseSpace is replace(/\\s+/g, " ").trim()', () => {
  const chars = fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\ufeff', '\u3000', '.');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (t) => {
      expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 1000 },
  );
});
