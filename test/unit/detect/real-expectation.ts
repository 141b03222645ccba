/**
 * The real-page corpus's labels (issue 12): test/fixtures/real-pages/<page>.expected.json, read as
 * saved-pages.test.ts scores them, and issue 12's target.
 */
import { readFileSync } from 'node:fs';
import type { Labels } from './corpus-score';

export const REAL_PAGE_TYPES = ['news', 'press-release', 'opinion', 'social', 'quote-page', 'watchlist', 'screener', 'etf-page'] as const;

// Issue 12's target, asserted as is. Measured on 63 pages: development 1.00 / 1.00 (TP 215; 155 before the WSJ and Fool pages), held
// out 1.00 / 0.97 (TP 38, FN 1); 163 of the 194 required tickers are on finviz pages (README, Known limits).
export const TARGET_RECALL = 0.95;
export const TARGET_PRECISION = 0.97;

export interface RealExpectation extends Labels {
  url: string;
  site: string;
  type: (typeof REAL_PAGE_TYPES)[number];
  heldOut: boolean;
}

export function readRealExpectation(html: string): RealExpectation {
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
