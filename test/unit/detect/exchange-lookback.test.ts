import { describe, expect, it } from 'vitest';
import { findTextCandidates } from '../../../lib/detect/candidates';
import { EXCHANGE_LOOKBACK } from '../../../lib/detect/exchange-qualified';
import { EXCHANGE_NAMES_SOURCE } from '../../../lib/detect/exchanges';

/** The longest string the exchange-name source matches (its grammar: letters, [ -], (?:…|…), ?). */
function maxMatchLength(src: string): number {
  let i = 0;
  const alt = (): number => {
    let best = seq();
    while (src[i] === '|') {
      i++;
      best = Math.max(best, seq());
    }
    return best;
  };
  const seq = (): number => {
    let n = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') n += atom();
    return n;
  };
  const atom = (): number => {
    let len: number;
    if (src.startsWith('(?:', i)) {
      i += 3;
      len = alt();
      if (src[i] !== ')') throw new Error(`unclosed group at ${i}`);
      i++;
    } else if (src[i] === '[') {
      i = src.indexOf(']', i) + 1;
      len = 1;
    } else if (/[a-z]/i.test(src[i]!)) {
      i++;
      len = 1;
    } else {
      throw new Error(`unexpected ${src[i]} at ${i}: extend maxMatchLength`);
    }
    if (src[i] === '?') i++;
    return len;
  };
  const n = alt();
  if (i !== src.length) throw new Error(`stopped at ${i}`);
  return n;
}

describe('exchange-qualified lookback', () => {
  it('reaches back over the longest exchange name and three blanks', () => {
    expect(maxMatchLength('nyse[ -]?american|otc')).toBe(13);
    expect(maxMatchLength(EXCHANGE_NAMES_SOURCE) + 3).toBeLessThanOrEqual(EXCHANGE_LOOKBACK);
  });

  it('finds the longest names with three blanks before the colon, after prose', () => {
    const c = findTextCandidates('shares of Imperial Oil (TSX: IMO, NYSE American   : IMO) and Otc Markets   : ABCD rose', { bare: 'none' });
    expect(c.map((x) => [x.symbol, x.exchange])).toEqual([
      ['IMO', 'TSX'],
      ['IMO', 'NYSE AMERICAN'],
      ['ABCD', 'OTC'],
    ]);
  });
});
