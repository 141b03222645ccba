// @vitest-environment happy-dom
/**
 * Context snippets in the page's scans (ScanOptions.snippets, issue 12): the content script keeps
 * a snippet for the first few mentions of each symbol only. Mentions whose validation reads the
 * context keep theirs, so the validated answer is the same as with a snippet per mention (checked
 * on every saved page in saved-pages.test.ts, where each page is parsed once for all its checks).
 */
import { describe, expect, test } from 'vitest';
import { scanDom } from '../../../lib/detect/dom-scan';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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

  test('a cashtag after a capitalised word keeps its snippet past the limit (a token\'s name, maybe: "Ref Finance $REF")', () => {
    const doc = parse(`<body><p>${'Ref Finance $REF is a DEX. I bought $REF today. '.repeat(3)}</p></body>`);
    const got = scanDom(doc, { snippets: 1 }).filter((c) => c.symbol === 'REF');
    expect(got.map((c) => c.context !== undefined)).toEqual([true, true, true, false, true, false]);
  });
});
