import { describe, expect, test } from 'vitest';
import { articleDate, isoDay, writtenDate } from '../../../lib/claims/article-date';

describe('article date', () => {
  test.each([
    [{ published: '2026-01-06T20:41:00Z' }, '', null, { date: '2026-01-06', source: 'article:published_time' }],
    [{ time: '2025-12-22' }, '', null, { date: '2025-12-22', source: '<time datetime>' }],
    [{ jsonLd: '2025-10-24T09:00:00-04:00', time: '2025-10-25' }, '', null, { date: '2025-10-24', source: 'JSON-LD datePublished' }],
    [{}, 'As of January 6, 2026, the iShares Russell 2000 ETF', null, { date: '2026-01-06', source: 'the article text' }],
    [{}, 'Published 6 Jan 2026 — Markets', null, { date: '2026-01-06', source: 'the article text' }],
    [{ published: '2026-01-06' }, '', '2025-08-21', { date: '2025-08-21', source: 'given' }],
    [{ published: 'yesterday' }, 'Sept 18 (Reuters) - Shares rose', null, null],
    [{ published: '2026-02-30T00:00:00Z' }, '', null, null],
  ])('%j %s %s', (hints, text, override, want) => {
    expect(articleDate(hints, text, override)).toEqual(want);
  });

  test('isoDay and writtenDate reject what is not a calendar date', () => {
    expect(isoDay('2026-13-01')).toBeNull();
    expect(isoDay('20260106')).toBeNull();
    expect(writtenDate('Revenue was $6 billion in 2026')).toBeNull();
  });
});
