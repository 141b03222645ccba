/**
 * The real-page corpus (issue 12): saved HTML of real sites in test/fixtures/real-pages/ (origins in
 * SOURCES.md), labelled by reading them, through the same scan pipeline as the synthetic corpus.
 * Prints a per-page table and micro-averaged precision and recall, separately from the synthetic
 * corpus; fails on any forbidden hit and below the floors.
 *
 * Target (issue 12): recall ≥ 0.95 at precision ≥ 0.97 on real pages, asserted (see the floors).
 *
 * A third of the pages are held out (`"heldOut": true`): their figures are printed only with
 * CAPLENS_HELDOUT=1, so rules are not tuned against them (they still count for forbidden hits and
 * the whole-corpus floors).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SymbolRecord } from '../../../lib/data/symbol-record';
import { scanHtml } from '../../../scripts/scan-html';
import { keyOf, score, totals, type Labels } from './corpus-score';
import { realRecords } from '../data/real-snapshot';

const DIR = resolve(__dirname, '../../fixtures/real-pages');
const TYPES = ['news', 'press-release', 'opinion', 'social', 'quote-page', 'watchlist', 'screener', 'etf-page'] as const;

// Issue 12's target, asserted as is. Measured on 63 pages: development 1.00 / 1.00 (TP 215; 155 before the WSJ and Fool pages), held
// out 1.00 / 0.97 (TP 38, FN 1); 163 of the 194 required tickers are on finviz pages (README, Known limits).
export const TARGET_RECALL = 0.95;
export const TARGET_PRECISION = 0.97;
const FLOOR_RECALL = TARGET_RECALL;
const FLOOR_PRECISION = TARGET_PRECISION;

interface RealExpectation extends Labels {
  url: string;
  site: string;
  type: (typeof TYPES)[number];
  heldOut: boolean;
}

function readExpectation(html: string): RealExpectation {
  const path = html.replace(/\.html$/, '.expected.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<RealExpectation>;
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  return {
    url: String(raw.url ?? ''),
    site: String(raw.site ?? ''),
    type: raw.type as RealExpectation['type'],
    required: list(raw.required),
    allowed: list(raw.allowed),
    forbidden: list(raw.forbidden),
    heldOut: raw.heldOut === true,
  };
}

const pages = () => (existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.html')).sort().map((f) => join(DIR, f)) : []);
const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

describe('real-page corpus', () => {
  let records: SymbolRecord[];
  const files = pages();

  beforeAll(() => {
    records = realRecords();
  }, 120_000);

  test('every page has a well-formed expectation and a SOURCES entry', () => {
    const sources = readFileSync(join(DIR, 'SOURCES.md'), 'utf8');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const name = f.slice(DIR.length + 1).replace(/\.html$/, '');
      const exp = readExpectation(f);
      expect(TYPES, `${name}: type`).toContain(exp.type);
      expect(exp.url, `${name}: url`).toMatch(/^https?:\/\//);
      expect(sources, `${name}: SOURCES.md row`).toContain('`' + name + '`');
      for (const s of [...exp.required, ...exp.allowed, ...exp.forbidden]) expect(s, `${name}: ${s}`).toMatch(/^(?:(?:crypto|index):)?[A-Z0-9]{1,6}(?:\.[A-Z0-9]{1,2})?$/);
      expect(exp.required.filter((s) => exp.allowed.includes(s) || exp.forbidden.includes(s)), `${name}: overlap`).toEqual([]);
    }
  });

  test('precision and recall on real pages', async () => {
    const rows: Array<ReturnType<typeof score> & { name: string; site: string; heldOut: boolean }> = [];
    for (const f of files) {
      const exp = readExpectation(f);
      const got = await scanHtml(f, readFileSync(f, 'utf8'), records, { url: exp.url });
      rows.push({ name: f.slice(DIR.length + 1, -5), site: exp.site, heldOut: exp.heldOut, ...score(got.tickers.map(keyOf), exp) });
    }
    const showHeld = process.env.CAPLENS_HELDOUT === '1';
    const dev = rows.filter((r) => !r.heldOut);
    const held = rows.filter((r) => r.heldOut);
    const line = (r: (typeof rows)[number]) =>
      `${pad(r.name, 34)} ${pad(r.site, 14)} ${String(r.tp.length).padStart(3)} ${String(r.fp.length).padStart(3)} ${String(r.fn.length).padStart(3)}  ` +
      [r.fp.length ? `FP ${r.fp.join(',')}` : '', r.fn.length ? `FN ${r.fn.join(',')}` : '', r.forbiddenHits.length ? `FORBIDDEN ${r.forbiddenHits.join(',')}` : ''].filter(Boolean).join('; ');
    const fmt = (label: string, t: ReturnType<typeof totals>) =>
      `${label}: TP ${t.tp}  FP ${t.fp}  FN ${t.fn}  precision ${t.precision.toFixed(4)}  recall ${t.recall.toFixed(4)}`;
    const d = totals(dev);
    const out = [`${pad('real page', 34)} ${pad('site', 14)}  TP  FP  FN`, ...dev.map(line)];
    out.push(`real pages ${rows.length} (${held.length} held out), sites ${new Set(rows.map((r) => r.site)).size}`);
    out.push(fmt('real, development', d));
    if (showHeld) out.push('--- held out', ...held.map(line), fmt('real, held out', totals(held)), fmt('real, all', totals(rows)));
    console.log(out.join('\n'));

    // Forbidden hits fail on every page, held out or not; the floors hold on the development pages
    // and on the whole corpus (held out, measured at the end of each stop of issue 12: TP 27 FP 0
    // FN 0 on 14 pages, then TP 38 FP 0 FN 1 on 20, the miss a labelled list "Stocks in this video: SPY").
    expect(rows.filter((r) => r.forbiddenHits.length > 0).map((r) => `${r.name}: ${r.forbiddenHits.join(',')}`), 'forbidden symbols reported').toEqual([]);
    expect(d.precision, 'real precision').toBeGreaterThanOrEqual(FLOOR_PRECISION);
    expect(d.recall, 'real recall').toBeGreaterThanOrEqual(FLOOR_RECALL);
    const all = totals(rows);
    expect(all.precision, 'real precision, all pages').toBeGreaterThanOrEqual(FLOOR_PRECISION);
    expect(all.recall, 'real recall, all pages').toBeGreaterThanOrEqual(FLOOR_RECALL);
  }, 240_000);
});
