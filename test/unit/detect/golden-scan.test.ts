/**
 * Detection pinned by its output: the scan CLI's pipeline (scanHtml's parse, then scanParsed: scanDom → validateCandidates,
 * the content script's own) over both corpora, with company names off and on, compared with the
 * golden files in test/fixtures/golden/. A change in any page's tickers, counts, kinds or evidence
 * fails with a readable diff; when the change is meant, regenerate and review the JSON diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run --project unit test/unit/detect/golden-scan.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { Window } from 'happy-dom';
import { parseHtml, scanParsed, type ScanResult } from '../../../scripts/scan-html';
import { realRecords } from '../data/real-snapshot';

const ROOT = resolve(__dirname, '../../..');
const GOLDEN = resolve(ROOT, 'test/fixtures/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

type Ticker = ScanResult['tickers'][number];
/** Per page: the tickers with names off and on. */
type Golden = Record<string, { 'names off': Ticker[]; 'names on': Ticker[] }>;

interface Corpus {
  name: string;
  dirs: string[];
  /** The page's URL when the saved HTML does not declare one (real pages: from the label file). */
  url?: (html: string) => string | undefined;
}

const CORPORA: Corpus[] = [
  { name: 'corpus', dirs: ['test/fixtures/pages', 'test/fixtures/pages/corpus'] },
  {
    name: 'real-pages',
    dirs: ['test/fixtures/real-pages'],
    url: (html) => (JSON.parse(readFileSync(html.replace(/\.html$/, '.expected.json'), 'utf8')) as { url?: string }).url,
  },
];

const pages = (c: Corpus) =>
  c.dirs.flatMap((d) => (existsSync(resolve(ROOT, d)) ? readdirSync(resolve(ROOT, d)).filter((f) => f.endsWith('.html')).sort().map((f) => join(d, f)) : []));

/** One ticker per line, so a changed count or evidence is a one-line diff. */
export function formatGolden(g: Golden): string {
  const pageBlock = ([file, v]: [string, Golden[string]]) =>
    `  ${JSON.stringify(file)}: {\n` +
    (['names off', 'names on'] as const)
      .map((k) => `    ${JSON.stringify(k)}: [${v[k].length ? `\n${v[k].map((t) => `      ${JSON.stringify(t)}`).join(',\n')}\n    ` : ''}]`)
      .join(',\n') +
    '\n  }';
  return `{\n${Object.entries(g).map(pageBlock).join(',\n')}\n}\n`;
}

/** What changed, page by page: "+ ZION ×2 stock [cashtag]" / "- …". */
export function goldenDiff(want: Golden, got: Golden): string[] {
  const line = (t: Ticker) => `${t.symbol} ×${t.count} ${t.kind} [${t.evidence.join(',')}]`;
  const out: string[] = [];
  for (const file of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
    if (!want[file]) out.push(`${file}: new page (not in the golden file)`);
    else if (!got[file]) out.push(`${file}: page gone`);
    else {
      for (const k of ['names off', 'names on'] as const) {
        const w = new Set(want[file][k].map(line));
        const g = new Set(got[file][k].map(line));
        const changes = [...[...w].filter((x) => !g.has(x)).map((x) => `- ${x}`), ...[...g].filter((x) => !w.has(x)).map((x) => `+ ${x}`)];
        if (!changes.length && want[file][k].map(line).join() !== got[file][k].map(line).join()) changes.push('same tickers, new order');
        out.push(...changes.map((c) => `${file} (${k}): ${c}`));
      }
    }
  }
  return out;
}

describe('golden scan outputs', () => {
  let records: SymbolRecord[];
  beforeAll(() => {
    records = realRecords();
  }, 120_000);

  test.each(CORPORA)('$name', async (corpus) => {
    const got: Golden = {};
    for (const file of pages(corpus)) {
      const html = readFileSync(resolve(ROOT, file), 'utf8');
      const url = corpus.url?.(resolve(ROOT, file));
      const opts = url ? { url } : {};
      // One parse for both passes (scanDom only reads the document): the parse is most of the cost.
      const window = new Window();
      try {
        const doc = parseHtml(window, html);
        const [off, on] = [scanParsed(file, doc, records, opts), scanParsed(file, doc, records, { ...opts, names: true })];
        got[relative(corpus.dirs[0]!, file)] = { 'names off': off.tickers, 'names on': on.tickers };
      } finally {
        await window.happyDOM.close();
      }
    }
    expect(Object.keys(got).length).toBeGreaterThan(0);
    const path = join(GOLDEN, `scan-${corpus.name}.json`);
    if (UPDATE) writeFileSync(path, formatGolden(got));
    expect(existsSync(path), `${path} missing: run with UPDATE_GOLDEN=1`).toBe(true);
    const want = JSON.parse(readFileSync(path, 'utf8')) as Golden;
    // The diff first (what a reviewer reads), then the exact comparison.
    expect(goldenDiff(want, got)).toEqual([]);
    expect(got).toEqual(want);
  }, 240_000);

  test('the diff names each change, and the format round-trips', () => {
    const t = (symbol: string, count = 1): Ticker => ({ symbol, count, kind: 'stock', evidence: ['cashtag'] });
    const want: Golden = { 'a.html': { 'names off': [t('ZION'), t('WAL')], 'names on': [] } };
    const got: Golden = { 'a.html': { 'names off': [t('ZION', 2)], 'names on': [t('BAC')] }, 'b.html': { 'names off': [], 'names on': [] } };
    const reordered: Golden = { 'a.html': { 'names off': [t('WAL'), t('ZION')], 'names on': [] } };
    expect(goldenDiff(want, reordered)).toEqual(['a.html (names off): same tickers, new order']);
    expect(goldenDiff(want, got)).toEqual([
      'a.html (names off): - ZION ×1 stock [cashtag]',
      'a.html (names off): - WAL ×1 stock [cashtag]',
      'a.html (names off): + ZION ×2 stock [cashtag]',
      'a.html (names on): + BAC ×1 stock [cashtag]',
      'b.html: new page (not in the golden file)',
    ]);
    expect(JSON.parse(formatGolden(got))).toEqual(got);
  });
});
