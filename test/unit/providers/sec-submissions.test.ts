import { describe, expect, test } from 'vitest';
import {
  fetchSubmissions,
  parseSubmissions,
  SubmissionsSchema,
} from '../../../lib/data/providers/sec-submissions';
import { ProviderError } from '../../../lib/data/providers/http';
import { fixtureJson, jsonResponse, stubFetch } from './helpers';

const TSLA_FILE = 'CIK0001318605_TSLA_submissions.trimmed.json';

describe('SEC submissions: Tesla (recorded, trimmed to 100 filings)', () => {
  const p = parseSubmissions(SubmissionsSchema.parse(fixtureJson(TSLA_FILE)));

  test('name, ticker/exchange, SIC', () => {
    expect(p).toMatchObject({
      cik: '0001318605', // the file has the unpadded string "1318605"
      name: 'Tesla, Inc.',
      entityType: 'operating',
      sic: '3711',
      sicDescription: 'Motor Vehicles & Passenger Car Bodies',
      listings: [{ symbol: 'TSLA', exchange: 'Nasdaq' }],
      fiscalYearEnd: '1231',
      asOf: '2022-11-30',
    });
  });

  test('latest 10-Q, and the original 10-K preferred over a later 10-K/A', () => {
    expect(p.latestQuarterly).toEqual({
      form: '10-Q',
      accessionNumber: '0000950170-22-019867',
      filingDate: '2022-10-24',
      reportDate: '2022-09-30',
      url: 'https://www.sec.gov/Archives/edgar/data/1318605/000095017022019867/tsla-20220930.htm',
    });
    expect(p.latestAnnual).toMatchObject({ form: '10-K', accessionNumber: '0000950170-22-000796', filingDate: '2022-02-07', reportDate: '2021-12-31' });
  });

  test('share-class tickers are canonicalised (BRK-B → BRK.B)', () => {
    const raw = fixtureJson<Record<string, unknown>>(TSLA_FILE);
    const brk = parseSubmissions(SubmissionsSchema.parse({ ...raw, tickers: ['BRK-B', 'BRK-A'], exchanges: ['NYSE', null] }));
    expect(brk.listings).toEqual([
      { symbol: 'BRK.B', exchange: 'NYSE' },
      { symbol: 'BRK.A', exchange: null },
    ]);
  });

  test('fetchSubmissions: URL and schema drift', async () => {
    const ok = stubFetch(() => jsonResponse(fixtureJson(TSLA_FILE)));
    expect((await fetchSubmissions(1318605, { fetchImpl: ok.impl })).name).toBe('Tesla, Inc.');
    expect(ok.calls[0]!.url).toBe('https://data.sec.gov/submissions/CIK0001318605.json');

    const raw = fixtureJson<Record<string, unknown>>(TSLA_FILE);
    const { tickers, ...renamed } = raw;
    const drift = stubFetch(() => jsonResponse({ ...renamed, symbols: tickers }));
    const e = (await fetchSubmissions(1318605, { fetchImpl: drift.impl }).catch((x: unknown) => x)) as ProviderError;
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.kind).toBe('schema');
    expect(e.message).toContain('tickers');
  });
});
