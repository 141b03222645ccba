import { describe, expect, test } from 'vitest';
import {
  fetchFredSeries,
  fetchFredSeriesWithKey,
  fredGraphCsvUrl,
  fredObservationsUrl,
  parseFredCsv,
} from '../../../lib/data/providers/fred';
import { ProviderError } from '../../../lib/data/providers/http';
import { differenceSeries } from '../../../lib/data/providers/series';
import { fixtureText, jsonResponse, stubFetch, textResponse } from './helpers';

const DGS10 = fixtureText('fredgraph_DGS10_2026.csv');
const DGS2 = fixtureText('fredgraph_DGS2_2026.csv');

describe('FRED graph CSV (recorded 2026 DGS10 / DGS2)', () => {
  test('observation_date header; holidays (blank) counted as missing', () => {
    const { value, errors } = parseFredCsv(DGS10, 'DGS10');
    expect(errors).toEqual([]);
    expect(value.id).toBe('DGS10');
    expect(value.dates).toHaveLength(174); // 180 rows − 6 holidays
    expect(value.missing).toBe(6);
    expect(value.dates[0]).toBe('2026-01-02');
    expect(value.values[0]).toBe(4.19);
    expect(value.asOf).toBe('2026-09-10');
    expect(value.values.at(-1)).toBe(4.95);
    expect(value.dates).not.toContain('2026-01-19'); // MLK day, blank in the file
    expect(value.source).toBe('FRED, Federal Reserve Bank of St. Louis (DGS10)');
  });

  test('2s10s from two FRED series on common dates', () => {
    const s10 = parseFredCsv(DGS10, 'DGS10').value;
    const s2 = parseFredCsv(DGS2, 'DGS2').value;
    const spread = differenceSeries('2s10s', s10, s2, 'percentage points', 'FRED derived');
    expect(spread.values.at(-1)).toBe(0.39); // 4.95 − 4.56 on 2026-09-10
    expect(spread.values[0]).toBe(0.72); // 4.19 − 3.47 on 2026-01-02
  });

  test('legacy DATE header and "." for missing', () => {
    const { value, errors } = parseFredCsv('DATE,DGS10\n2024-01-01,.\n2024-01-02,3.95\n2024-01-03,3.91\n');
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ id: 'DGS10', dates: ['2024-01-02', '2024-01-03'], values: [3.95, 3.91], missing: 1 });
  });

  test('re-saved date,value copies take the id from the caller', () => {
    expect(parseFredCsv('date,value\n1980-01-02,10.5\n', 'DGS10').value).toMatchObject({ id: 'DGS10', values: [10.5] });
  });

  test('a non-FRED body is an error, not an exception', () => {
    expect(parseFredCsv('<html>', 'DGS10').errors[0]).toContain('not a FRED graph CSV');
    expect(parseFredCsv('observation_date,DGS10\n2024-01-02,abc\nnot-a-date,1\n').errors).toEqual([
      'row 2: unreadable value "abc"',
      'row 3: unreadable date "not-a-date"',
    ]);
  });
});

describe('FRED fetch', () => {
  test('keyless CSV: URL and series', async () => {
    const { impl, calls } = stubFetch(() => textResponse(DGS10));
    const s = await fetchFredSeries('DGS10', { fetchImpl: impl });
    expect(calls[0]!.url).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10');
    expect(s.values.at(-1)).toBe(4.95);
    expect(fredGraphCsvUrl('dgs2', '2024-01-01')).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS2&cosd=2024-01-01');
  });

  test('keyless CSV: header-only body is a schema error', async () => {
    const { impl } = stubFetch(() => textResponse('observation_date,DGS10\n'));
    const e = (await fetchFredSeries('DGS10', { fetchImpl: impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e.kind).toBe('schema');
    expect(e.message).toBe('FRED: no observations for DGS10 (empty file)');
  });

  test('keyed JSON API: "." is missing; the key is redacted on failure', async () => {
    const body = {
      realtime_start: '2026-09-11',
      observations: [
        { realtime_start: '2026-09-11', realtime_end: '2026-09-11', date: '2026-09-07', value: '.' },
        { realtime_start: '2026-09-11', realtime_end: '2026-09-11', date: '2026-09-10', value: '4.95' },
      ],
    };
    const { impl, calls } = stubFetch(() => jsonResponse(body));
    const s = await fetchFredSeriesWithKey('DGS10', 'k3y', { fetchImpl: impl, start: '2026-09-01' });
    expect(calls[0]!.url).toBe(fredObservationsUrl('DGS10', 'k3y', '2026-09-01'));
    expect(calls[0]!.url).toContain('api_key=k3y');
    expect(s).toMatchObject({ dates: ['2026-09-10'], values: [4.95], missing: 1 });

    const bad = stubFetch(() =>
      jsonResponse({ error_code: 400, error_message: 'Bad Request.  The value for variable api_key is not registered.' }, { status: 400 }),
    );
    const e = (await fetchFredSeriesWithKey('DGS10', 'sekrit-key', { fetchImpl: bad.impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e.kind).toBe('http');
    expect(e.status).toBe(400);
    expect(JSON.stringify({ m: e.message, u: e.url })).not.toContain('sekrit-key');
  });

  test('keyed JSON API: renamed field is a schema error', async () => {
    const { impl } = stubFetch(() => jsonResponse({ observations: [{ date: '2026-09-10', val: '4.95' }] }));
    const e = (await fetchFredSeriesWithKey('DGS10', 'k', { fetchImpl: impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e.kind).toBe('schema');
    expect(e.issues[0]).toMatch(/^observations\.0\.value: /);
  });
});
