import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getRecentLookups, rememberLookup, RECENT_MAX, withRecent } from '../../lib/settings/recent-lookups';

describe('recent lookups', () => {
  test.each([
    [[], 'ZION', ['ZION']],
    [['WAL', 'ZION'], 'ZION', ['ZION', 'WAL']],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], 'I', ['I', 'A', 'B', 'C', 'D', 'E', 'F', 'G']],
  ])('withRecent(%j, %s)', (list, s, want) => expect(withRecent(list, s)).toEqual(want));

  test('front is the newest, no duplicates, never more than the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J')), fc.constantFrom('A', 'K'), (list, s) => {
        const out = withRecent([...new Set(list)], s);
        expect(out[0]).toBe(s);
        expect(new Set(out).size).toBe(out.length);
        expect(out.length).toBeLessThanOrEqual(RECENT_MAX);
      }),
    );
  });

  test('persisted in storage; corrupt data reads as empty', async () => {
    await rememberLookup('ZION');
    await rememberLookup('KRE');
    expect(await getRecentLookups()).toEqual(['KRE', 'ZION']);
    await fakeBrowser.storage.local.set({ recentLookups: 'ZION' });
    expect(await getRecentLookups()).toEqual([]);
  });
});
