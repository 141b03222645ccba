import { describe, expect, test } from 'vitest';
import {
  fetchFredSeries,
  fredGraphCsvUrl,
  parseFredCsv,
} from '../../../lib/data/providers/fred';
import { ProviderError } from '../../../lib/data/providers/http';
import { fixtureText, jsonResponse, stubFetch, textResponse } from './helpers';

const DGS10 = fixtureText('fredgraph_DGS10_2026.csv');

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
});
