import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { validateCandidates } from '../../../lib/detect/validate';
import { AMBIGUOUS_SYMBOLS } from '../../../lib/detect/ambiguous-symbols';
import { EVIDENCE_TYPES, type Candidate, type Evidence } from '../../../lib/detect/types';

// A fixture universe that deliberately contains the ambiguous words: they must be rejected by
// the rules, not by happening to be absent.
const UNIVERSE = new Set(['IWM', 'ZION', 'WAL', 'CMA', 'KRE', 'BRK.B', 'BP', 'SHOP', 'ALL', 'IT', 'ON', 'AI', 'A', 'NOW', 'CEO', 'FDIC', 'KEY', 'USD']);
const c = (symbol: string, evidence: Evidence, extra: Partial<Candidate> = {}): Candidate => ({ symbol, evidence, ...extra });

describe('validateCandidates', () => {
  test('aggregates counts and distinct evidence, strongest first', () => {
    const got = validateCandidates(
      [c('ZION', 'parenthetical'), c('ZION', 'exchange-prefix', { exchange: 'NASDAQ' }), c('ZION', 'quote-link'), c('ZION', 'exchange-prefix', { exchange: 'NASDAQ' })],
      UNIVERSE,
    );
    expect(got).toEqual([{ symbol: 'ZION', count: 4, evidence: ['exchange-prefix', 'quote-link', 'parenthetical'] }]);
  });

  test('sorted by count desc, then symbol', () => {
    const got = validateCandidates([c('WAL', 'cashtag'), c('CMA', 'cashtag'), c('IWM', 'cashtag'), c('IWM', 'parenthetical'), c('KRE', 'quote-link')], UNIVERSE);
    expect(got.map((d) => `${d.symbol}:${d.count}`)).toEqual(['IWM:2', 'CMA:1', 'KRE:1', 'WAL:1']);
  });

  test('drops symbols outside the universe', () => {
    expect(validateCandidates([c('TSLA', 'cashtag'), c('XYZ', 'exchange-prefix', { exchange: 'NYSE' })], UNIVERSE)).toEqual([]);
  });

  test('drops foreign-exchange candidates, keeps the same symbol on a US venue', () => {
    const got = validateCandidates(
      [c('BP', 'exchange-prefix', { exchange: 'LSE' }), c('SHOP', 'parenthetical', { exchange: 'TSX' }), c('SHOP', 'exchange-prefix', { exchange: 'NYSE' })],
      UNIVERSE,
    );
    expect(got).toEqual([{ symbol: 'SHOP', count: 1, evidence: ['exchange-prefix'] }]);
  });

  test('US exchanges of every spelling the candidates use are accepted', () => {
    for (const exchange of ['NASDAQ', 'NYSE', 'NYSE AMERICAN', 'NYSE ARCA', 'CBOE', 'OTC']) {
      expect(validateCandidates([c('ZION', 'exchange-prefix', { exchange })], UNIVERSE)).toHaveLength(1);
    }
  });

  describe('ambiguous symbols need strong evidence', () => {
    const rows: Array<[string, Candidate[], string | null]> = [
      ['ALL via parenthetical only', [c('ALL', 'parenthetical')], null],
      ['ALL via bare/name only', [c('ALL', 'bare'), c('ALL', 'name')], null],
      ['ALL via exchange prefix', [c('ALL', 'exchange-prefix', { exchange: 'NYSE' })], 'ALL:1:exchange-prefix'],
      ['IT via cashtag', [c('IT', 'cashtag')], 'IT:1:cashtag'],
      ['ON via quote link', [c('ON', 'quote-link')], 'ON:1:quote-link'],
      ['NOW via main symbol', [c('NOW', 'main-symbol')], 'NOW:1:main-symbol'],
      // weak mentions of an ambiguous symbol are not counted even when a strong one exists
      ['AI strong + weak', [c('AI', 'cashtag'), c('AI', 'parenthetical'), c('AI', 'parenthetical')], 'AI:1:cashtag'],
      ['CEO parenthetical', [c('CEO', 'parenthetical')], null],
      ['A parenthetical', [c('A', 'parenthetical')], null],
      ['USD cashtag (ambiguous but deliberate)', [c('USD', 'cashtag')], 'USD:1:cashtag'],
      // not ambiguous: a parenthetical is enough
      ['KEY parenthetical', [c('KEY', 'parenthetical')], 'KEY:1:parenthetical'],
      ['ZION parenthetical', [c('ZION', 'parenthetical')], 'ZION:1:parenthetical'],
    ];
    test.each(rows)('%s', (_name, cands, want) => {
      const got = validateCandidates(cands, UNIVERSE).map((d) => `${d.symbol}:${d.count}:${d.evidence.join('+')}`);
      expect(got).toEqual(want === null ? [] : [want]);
    });
  });

  test('the ambiguity list covers the words named in the design brief', () => {
    for (const s of 'A I IT ALL ON NOW BE SO ARE ONE OPEN REAL CASH FAST LOVE PLAY AI USA CEO GDP ETF EPS IPO FED BUY SELL DAY GTC IRA USD'.split(' ')) {
      expect(AMBIGUOUS_SYMBOLS.has(s), s).toBe(true);
    }
  });

  test('extra evidence adds to the trail, not to the count', () => {
    const got = validateCandidates([c('IWM', 'quote-link', { extraEvidence: true }), c('IWM', 'cashtag')], UNIVERSE);
    expect(got).toEqual([{ symbol: 'IWM', count: 1, evidence: ['cashtag', 'quote-link'] }]);
    // a symbol seen only as extra evidence still counts once
    expect(validateCandidates([c('KRE', 'quote-link', { extraEvidence: true })], UNIVERSE)[0]?.count).toBe(1);
  });

  test('symbols are normalised before lookup', () => {
    expect(validateCandidates([c('brk-b', 'cashtag')], UNIVERSE)).toEqual([{ symbol: 'BRK.B', count: 1, evidence: ['cashtag'] }]);
  });

  test('property: counts add up, every result is in the universe, order is stable', () => {
    const sym = fc.constantFrom(...UNIVERSE, 'TSLA', 'XYZ');
    const ev = fc.constantFrom(...EVIDENCE_TYPES);
    const cand = fc.record({ symbol: sym, evidence: ev, exchange: fc.option(fc.constantFrom('NYSE', 'NASDAQ', 'LSE'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(cand, { maxLength: 60 }), (cands) => {
        const clean = cands.map(({ exchange, ...rest }) => (exchange === undefined ? rest : { ...rest, exchange })) as Candidate[];
        const got = validateCandidates(clean, UNIVERSE);
        for (const d of got) {
          expect(UNIVERSE.has(d.symbol)).toBe(true);
          expect(d.count).toBeGreaterThan(0);
          expect(new Set(d.evidence).size).toBe(d.evidence.length);
          expect(d.count).toBeLessThanOrEqual(clean.filter((x) => x.symbol === d.symbol).length);
        }
        for (let i = 1; i < got.length; i++) {
          const [a, b] = [got[i - 1]!, got[i]!];
          expect(a.count > b.count || (a.count === b.count && a.symbol < b.symbol)).toBe(true);
        }
      }),
    );
  });
});
