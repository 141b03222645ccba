import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EARNINGS_TAGS, fetchEarningsFrame, framesUrl, mergeEarningsFrames, trailingAnnualPeriod } from '../../../lib/data/providers/sec-frames';
import { isProviderError } from '../../../lib/data/providers/http';
import { fixtureJson, jsonResponse, stubFetch, textResponse } from './helpers';

const FRAME = fixtureJson<{ data: Array<{ cik: number; val: number }> }>('frames_NetIncomeLoss_CY2024_documented.json');

describe('frames URLs and periods', () => {
  test('builds the documented URL; refuses anything but an annual CY period and a plain tag', () => {
    expect(framesUrl('NetIncomeLoss', 'CY2024')).toBe('https://data.sec.gov/api/xbrl/frames/us-gaap/NetIncomeLoss/USD/CY2024.json');
    expect(() => framesUrl('NetIncomeLoss', 'CY2024Q1I')).toThrow(/annual/);
    expect(() => framesUrl('../x', 'CY2024')).toThrow(/tag/);
  });

  test.each([
    ['2025-05-02', 'CY2024'],
    ['2025-04-01', 'CY2024'],
    ['2025-03-31', 'CY2023'],
    ['2026-01-15', 'CY2024'],
    ['2026-08-22', 'CY2025'],
    ['not a date', null],
  ])('trailing annual frame at %s → %s', (date, want) => expect(trailingAnnualPeriod(date)).toBe(want));
});

describe('mergeEarningsFrames', () => {
  test('the first tag that has a filer wins; fallbacks only fill gaps and are counted', () => {
    const f = (tag: string, rows: Array<[number, number]>) => ({ taxonomy: 'us-gaap', tag, ccp: 'CY2024', uom: 'USD', data: rows.map(([cik, val]) => ({ cik, val, end: '2024-12-31' })) });
    const m = mergeEarningsFrames('CY2024', [f('NetIncomeLoss', [[1, 10], [2, -5]]), f('NetIncomeLossAvailableToCommonStockholdersBasic', [[2, 99], [3, 7]]), null]);
    expect(m.values).toEqual({ '1': 10, '2': -5, '3': 7 });
    expect(m.perTag).toEqual({ NetIncomeLoss: 2, NetIncomeLossAvailableToCommonStockholdersBasic: 1, ProfitLoss: 0 });
    expect(m.source).toMatch(/SEC EDGAR XBRL frames .*CY2024/);
  });
});

describe('fetchEarningsFrame', () => {
  test('fetches the three tags with SEC headers, skips a missing fallback, keeps the primary', async () => {
    const { impl, calls } = stubFetch((url) => (url.includes('/NetIncomeLoss/') ? jsonResponse(FRAME) : url.includes('ProfitLoss') ? jsonResponse({ ...FRAME, tag: 'ProfitLoss', data: [{ cik: 2002, end: '2024-12-31', val: 5 }] }) : new Response('not found', { status: 404 })));
    const got = await fetchEarningsFrame('CY2024', { fetchImpl: impl, userAgent: 'CapLens test a@b.c' });
    expect(calls.map((c) => c.url.split('/us-gaap/')[1])).toEqual(EARNINGS_TAGS.map((t) => `${t}/USD/CY2024.json`));
    expect(new Headers(calls[0]!.init?.headers).get('user-agent')).toBe('CapLens test a@b.c');
    expect(got.values).toEqual({ '1001': 100_000_000, '1002': -100_000_000, '1003': 100_000_000, '2002': 5 });
    expect(got.perTag).toEqual({ NetIncomeLoss: 3, NetIncomeLossAvailableToCommonStockholdersBasic: 0, ProfitLoss: 1 });
  });

  test('an HTML page or drifted schema for the primary tag is a typed provider error', async () => {
    for (const body of [textResponse('<html>Request rate threshold exceeded</html>', 'text/html'), jsonResponse({ ...FRAME, data: [{ cik: 'x' }] })]) {
      const { impl } = stubFetch(() => body.clone());
      const e = await fetchEarningsFrame('CY2024', { fetchImpl: impl }).catch((x: unknown) => x);
      expect(isProviderError(e)).toBe(true);
    }
  });

  test('merging never throws and never invents a filer', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 30 }), { maxLength: 3 }), (tables) => {
        const frames = tables.map((rows) => ({ taxonomy: 'us-gaap', tag: 'X', ccp: 'CY2024', uom: 'USD', data: rows.map(([cik, val]) => ({ cik, val, end: '2024-12-31' })) }));
        const m = mergeEarningsFrames('CY2024', frames);
        const all = new Set(tables.flat().map(([cik]) => String(cik)));
        expect(Object.keys(m.values).every((k) => all.has(k))).toBe(true);
        expect(Object.keys(m.values).length).toBe(all.size);
      }),
    );
  });
});
