import { describe, expect, test } from 'vitest';
import type { Candidate } from '../../../lib/detect/types';
import { fitCandidates } from '../../../lib/messaging/page-client';
import { PageRequestSchemas } from '../../../lib/messaging/page-requests';

describe('fitCandidates', () => {
  test('keeps strong evidence when the page has more candidates than the protocol allows', () => {
    const bare: Candidate[] = Array.from({ length: 6000 }, () => ({ symbol: 'ZION', evidence: 'bare' }));
    const strong: Candidate[] = [{ symbol: 'WAL', evidence: 'exchange-prefix', exchange: 'NYSE' }];
    const out = fitCandidates([...bare, ...strong]);
    expect(out).toHaveLength(5000);
    expect(out[0]).toEqual(strong[0]);
    expect(PageRequestSchemas.resolve.safeParse({ type: 'resolve', candidates: out }).success).toBe(true);
  });

  test('cuts over-long context so one hostile paragraph cannot void the request', () => {
    const out = fitCandidates([{ symbol: 'IWM', evidence: 'cashtag', context: 'x'.repeat(5000) }]);
    expect(out[0]!.context).toHaveLength(200);
    expect(PageRequestSchemas.resolve.safeParse({ type: 'resolve', candidates: out }).success).toBe(true);
  });
});
