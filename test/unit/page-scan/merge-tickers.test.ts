import { describe, expect, test } from 'vitest';
import type { DetectedTicker } from '../../../lib/messaging/page-protocol';
import { mergeTickers } from '../../../lib/page-scan/merge-tickers';

// Only the fields merging reads; a card's context is opaque to it beyond its kind.
const t = (symbol: string, count: number, evidence: string[], kind = 'stock', note = ''): DetectedTicker =>
  ({ symbol, count, evidence, context: { kind, note } }) as unknown as DetectedTicker;

describe('mergeTickers', () => {
  test('counts add up, evidence is the union, and the newer card replaces the older', () => {
    const merged = mergeTickers([t('ZION', 2, ['cashtag'], 'stock', 'old'), t('IWM', 1, ['cashtag'], 'etf')], [t('ZION', 1, ['bare', 'cashtag'], 'stock', 'new')]);
    expect(merged).toEqual([t('ZION', 3, ['cashtag', 'bare'], 'stock', 'new'), t('IWM', 1, ['cashtag'], 'etf')]);
  });

  test('new symbols join, most mentioned first; ties keep the cards already shown first', () => {
    const merged = mergeTickers([t('KRE', 1, ['cashtag'])], [t('WAL', 3, ['parenthetical']), t('AMD', 1, ['cashtag'])]);
    expect(merged.map((x) => `${x.symbol}×${x.count}`)).toEqual(['WAL×3', 'KRE×1', 'AMD×1']);
  });

  test('a coin and a listed security with the same symbol stay two cards', () => {
    const merged = mergeTickers([t('BTC', 1, ['cashtag'], 'crypto')], [t('BTC', 1, ['exchange-prefix'], 'etf')]);
    expect(merged.map((x) => `${x.symbol}:${x.context.kind}×${x.count}`)).toEqual(['BTC:crypto×1', 'BTC:etf×1']);
  });
});
