// @vitest-environment happy-dom
// Saved real pages link stylesheets and iframes: with loading disabled happy-dom logs an error and
// a stack for each (hundreds per run); treating a disabled load as done keeps the output readable.
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
/**
 * Context snippets in the page's scans (ScanOptions.snippets, issue 12): the content script keeps
 * a snippet for the first few mentions of each symbol only. Mentions whose validation reads the
 * context keep theirs, so the validated answer is the same as with a snippet per mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PAGE_SNIPPETS, scanDom } from '../../../lib/detect/dom-scan';
import { universeFromRecords, validateCandidates, type SymbolUniverse } from '../../../lib/detect/validate';
import { siteForUrl } from '../../../lib/sites/registry';
import { realRecords } from '../data/real-snapshot';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ROOT = resolve(__dirname, '../../..');

describe('snippets per symbol', () => {
  test('only the first mentions of a symbol carry a snippet; every mention is still reported', () => {
    const doc = parse(`<body><p>${Array.from({ length: 5 }, (_, i) => `Day ${i}: $IWM moved and NYSE: WAL too.`).join(' ')}</p></body>`);
    const got = scanDom(doc, { snippets: 2 });
    const iwm = got.filter((c) => c.symbol === 'IWM');
    const wal = got.filter((c) => c.symbol === 'WAL');
    expect(iwm).toHaveLength(5);
    expect(wal).toHaveLength(5);
    expect(iwm.map((c) => c.context !== undefined)).toEqual([true, true, false, false, false]);
    expect(wal.map((c) => c.context !== undefined)).toEqual([true, true, false, false, false]);
    expect(iwm[0]!.context).toContain('$IWM');
  });

  test('without the option every mention carries its snippet (tests, the scan CLI)', () => {
    const doc = parse(`<body><p>${'$IWM up. '.repeat(6)}</p></body>`);
    expect(scanDom(doc).every((c) => c.context !== undefined)).toBe(true);
  });

  test('parentheticals and coin-like cashtags keep their snippet past the limit (the validator reads it)', () => {
    const doc = parse(`<body><p>${'Allstate Corp. (ALL) rose. The $LTC token fell. '.repeat(4)}</p></body>`);
    const got = scanDom(doc, { snippets: 1 });
    expect(got.filter((c) => c.evidence === 'parenthetical')).toHaveLength(4);
    expect(got.filter((c) => c.symbol === 'LTC')).toHaveLength(4);
    expect(got.every((c) => c.context !== undefined)).toBe(true);
  });
});

describe('same validated tickers with PAGE_SNIPPETS as with a snippet per mention', () => {
  let universe: SymbolUniverse;
  beforeAll(() => {
    universe = universeFromRecords(realRecords());
  }, 120_000);

  const dirs = ['test/fixtures/pages', 'test/fixtures/pages/corpus', 'test/fixtures/real-pages'].map((d) => join(ROOT, d));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => join(d, f)));

  test('on every corpus page', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const expPath = file.replace(/\.html$/, '.expected.json');
      const url = (JSON.parse(readFileSync(expPath, 'utf8')) as { url?: string }).url;
      const doc = parse(readFileSync(file, 'utf8'));
      const opts = { site: url ? siteForUrl(url) : undefined, ...(url ? { url } : {}) };
      const full = validateCandidates(scanDom(doc, opts), universe);
      const trimmed = validateCandidates(scanDom(doc, { ...opts, snippets: PAGE_SNIPPETS }), universe);
      expect(trimmed, file.slice(ROOT.length + 1)).toEqual(full);
    }
  }, 240_000);
});
