import { describe, expect, test, vi } from 'vitest';
import { buildContext } from '../../../lib/context/build-context';
import { createContextMemo } from '../../../lib/context/context-memo';
import { TickerContextSchema } from '../../../lib/context/ticker-context';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { createReplyCheck } from '../../../lib/messaging/reply-check';

const record: SymbolRecord = {
  symbol: 'ZION',
  name: 'Zions Bancorporation',
  cik: 109380,
  exchange: 'Nasdaq',
  kind: 'stock',
  sector: null,
  subIndustry: null,
  marketCap: { value: 9.9e9, asOf: '2026-08-21', source: 'Nasdaq.com screener' },
  pe: null,
  pb: null,
  ebitda: null,
  sp500: false,
  etf: null,
};
const ticker = (context: unknown) => ({ symbol: 'ZION', count: 2, evidence: ['cashtag'], context });

describe('replies to the page, checked by the background', () => {
  test('a scan reply passes with well-formed cards and is refused with the path of a bad one', () => {
    const check = createReplyCheck();
    const good = buildContext(record, 'ZION', {});
    expect(check('resolve', [ticker(good)])).toBeNull();
    expect(check('resolve', [ticker(good), ticker({ ...good, capClass: 'huge' })])).toMatch(/^1\.context\.capClass: /);
    expect(check('resolve', [{ ...ticker(good), count: 0 }])).toMatch(/^0\.count: /);
    expect(check('resolve', [null])).toMatch(/^0: /);
    expect(check('resolve', { tickers: [] })).toMatch(/^\(root\): /);
    expect(check('market', { fedFunds: 'high' })).not.toBeNull();
    // Replies only extension pages read are theirs to check.
    expect(check('status', { anything: true })).toBeNull();
  });

  test('a frozen card model (reused across scans) is checked once; an unfrozen one every time', () => {
    const check = createReplyCheck();
    const spy = vi.spyOn(TickerContextSchema, 'safeParse');
    const frozen = createContextMemo()(record, 'ZION', {}, undefined);
    for (let i = 0; i < 3; i++) expect(check('resolve', [ticker(frozen)])).toBeNull();
    expect(spy).toHaveBeenCalledTimes(1);
    const fresh = buildContext(record, 'ZION', {});
    for (let i = 0; i < 2; i++) expect(check('resolve', [ticker(fresh)])).toBeNull();
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });
});
