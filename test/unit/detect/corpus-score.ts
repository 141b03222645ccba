/**
 * Scoring of the synthetic corpus and the real-page corpus (both in saved-pages.test.ts): how a reported ticker is keyed, and TP/FP/FN/forbidden for one page.
 */
import type { ScanResult } from '../../../scripts/scan-html';

/** How a reported ticker is written in expectation files: crypto and index mentions are prefixed. */
export function keyOf(t: ScanResult['tickers'][number]): string {
  return t.kind === 'crypto' || t.kind === 'index' ? `${t.kind}:${t.symbol}` : t.symbol;
}

const isLabelKey = (k: string) => k.startsWith('crypto:') || k.startsWith('index:');

export interface Labels {
  required: string[];
  allowed: string[];
  forbidden: string[];
}

/** Scores one page: equities always; crypto:/index: keys only when the expectation lists them. */
export function score(reportedKeys: string[], exp: Labels) {
  const required = new Set(exp.required);
  const allowed = new Set(exp.allowed);
  const listed = new Set([...exp.required, ...exp.allowed, ...exp.forbidden]);
  const reported = reportedKeys.filter((k) => !isLabelKey(k) || listed.has(k));
  const rep = new Set(reported);
  return {
    tp: reported.filter((k) => required.has(k)),
    fp: reported.filter((k) => !required.has(k) && !allowed.has(k)),
    fn: exp.required.filter((k) => !rep.has(k)),
    forbiddenHits: exp.forbidden.filter((k) => rep.has(k)),
  };
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Micro-averaged precision and recall over scored pages (1 when there is nothing to measure). */
export function totals(rows: ReadonlyArray<{ tp: unknown[]; fp: unknown[]; fn: unknown[] }>): Totals {
  const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r[k].length, 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
