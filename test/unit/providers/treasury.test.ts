import { describe, expect, test } from 'vitest';
import { ProviderError } from '../../../lib/data/providers/http';
import { fetchTreasuryCurve, parseTreasuryCsv, tenorKey, treasuryCsvUrl, treasurySeries } from '../../../lib/data/providers/treasury';
import { fixtureText, stubFetch, textResponse } from './helpers';

const CSV = fixtureText('daily-treasury-rates_2023.csv');

describe('Treasury par yield curve CSV (recorded 2023 file)', () => {
  const { value, errors } = parseTreasuryCsv(CSV);

  test('all rows read, ascending, tenors by name', () => {
    expect(errors).toEqual([]);
    expect(value.rows).toHaveLength(169); // every data row in the file (its SOURCE.md says 168; counted here)
    expect(value.rows[0]!.date).toBe('2023-01-03');
    expect(value.rows.at(-1)!.date).toBe('2023-09-01');
    expect(value.tenors).toEqual(['1m', '2m', '3m', '4m', '6m', '1y', '2y', '3y', '5y', '7y', '10y', '20y', '30y']);
    const dates = value.rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test('values from the file: 2023-09-01 10 Yr = 4.18, 2 Yr = 4.87; 2023-01-03 10 Yr = 3.79', () => {
    expect(value.rows.at(-1)!.yields).toMatchObject({ '10y': 4.18, '2y': 4.87, '30y': 4.29, '1m': 5.51 });
    expect(value.rows[0]!.yields).toMatchObject({ '10y': 3.79, '2y': 4.4 });
  });

  test('2y, 10y and 2s10s series', () => {
    const s = treasurySeries(value.rows);
    expect(s.ust10y.dates).toHaveLength(169);
    expect(s.ust10y.asOf).toBe('2023-09-01');
    expect(s.ust10y.values.at(-1)).toBe(4.18);
    expect(s.ust2y.values.at(-1)).toBe(4.87);
    expect(s.spread2s10s.values.at(-1)).toBe(-0.69);
    expect(s.spread2s10s.values[0]).toBe(-0.61); // 3.79 − 4.40
    expect(s.spread2s10s.unit).toBe('percentage points');
    expect(s.ust10y.source).toContain('Treasury');
  });
});

describe('Treasury CSV format tolerance', () => {
  test('added tenors ("1.5 Month", "6 Wk") and a reordered/missing column are mapped by name', () => {
    const csv = 'Date,"6 Wk","1 Mo","1.5 Month","10 Yr","2 Yr"\n02/03/2025,4.30,4.31,4.32,4.54,4.25\n01/31/2025,4.29,,4.30,4.58,4.22\n';
    const { value, errors } = parseTreasuryCsv(csv);
    expect(errors).toEqual([]);
    expect(value.tenors).toEqual(['6w', '1m', '1.5m', '10y', '2y']);
    expect(value.rows[0]).toEqual({ date: '2025-01-31', yields: { '6w': 4.29, '1.5m': 4.3, '10y': 4.58, '2y': 4.22 } });
    expect(treasurySeries(value.rows).spread2s10s.values).toEqual([0.36, 0.29]);
  });

  test('tenorKey', () => {
    expect(tenorKey('2 Yr')).toBe('2y');
    expect(tenorKey(' 1.5 Month ')).toBe('1.5m');
    expect(tenorKey('6 Wk')).toBe('6w');
    expect(tenorKey('13 Week')).toBe('13w');
    expect(tenorKey('Date')).toBeNull();
  });

  test('bad dates are reported, good rows kept', () => {
    const { value, errors } = parseTreasuryCsv('Date,10 Yr\n13/45/2023,4.1\n09/01/2023,4.18\n');
    expect(value.rows).toEqual([{ date: '2023-09-01', yields: { '10y': 4.18 } }]);
    expect(errors).toEqual(['row 2: unreadable date "13/45/2023"']);
  });

  test('no Date column or no tenors → empty with an error', () => {
    expect(parseTreasuryCsv('Day,10 Yr\n1,2').errors[0]).toContain('no "Date" column');
    expect(parseTreasuryCsv('Date,Foo\n09/01/2023,1').errors[0]).toContain('no tenor columns');
    expect(parseTreasuryCsv('')).toEqual({ value: { tenors: [], rows: [] }, errors: ['empty CSV'] });
  });
});

describe('fetchTreasuryCurve', () => {
  test('fetches each year by URL and merges ascending', async () => {
    const { impl, calls } = stubFetch((url) =>
      textResponse(url.includes('/2022/') ? 'Date,"2 Yr","10 Yr"\n12/30/2022,4.41,3.88\n' : CSV),
    );
    const r = await fetchTreasuryCurve([2022, 2023], { fetchImpl: impl });
    expect(calls.map((c) => c.url)).toEqual([treasuryCsvUrl(2022), treasuryCsvUrl(2023)]);
    expect(calls[0]!.url).toBe(
      'https://home.treasury.gov/resource-center/data-chart-center/interest-rates/daily-treasury-rates.csv/2022/all?type=daily_treasury_yield_curve&field_tdr_date_value=2022&page&_format=csv',
    );
    expect(r.rows[0]!.date).toBe('2022-12-30');
    expect(r.ust10y.values.slice(0, 2)).toEqual([3.88, 3.79]);
    expect(r.rows).toHaveLength(170);
  });

  test('an HTML page with 200 is not-json; a CSV without rows is a schema error', async () => {
    const html = stubFetch(() => textResponse('<html><title>Maintenance</title></html>', 'text/html'));
    const e1 = (await fetchTreasuryCurve([2023], { fetchImpl: html.impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e1.kind).toBe('not-json');

    const renamed = stubFetch(() => textResponse('Record Date,10 Yr\n09/01/2023,4.18\n'));
    const e2 = (await fetchTreasuryCurve([2023], { fetchImpl: renamed.impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e2.kind).toBe('schema');
    expect(e2.message).toContain('no "Date" column');
  });
});
