import { formatCsv } from '../csv';
import type { Watchlist } from './model';

/**
 * Export formats (read back by ./import.ts):
 * - CSV: header `list,symbol,note`, one row per symbol in list order; a list with no symbols is
 *   one row with an empty symbol, so it survives a round trip. RFC 4180 quoting, CRLF, UTF-8 BOM
 *   (so spreadsheet apps read accents and symbols correctly).
 * - JSON: `{ "format": "caplens-watchlists", "version": 1, "exportedAt", "lists": [{ "name", "entries": [{ "symbol", "note" }] }] }`.
 */
export const EXPORT_FORMAT = 'caplens-watchlists';
export const EXPORT_VERSION = 1;
export const CSV_HEADER = ['list', 'symbol', 'note'] as const;

export function exportCsv(lists: readonly Watchlist[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const l of lists) {
    if (l.entries.length === 0) rows.push([l.name, '', '']);
    for (const e of l.entries) rows.push([l.name, e.symbol, e.note]);
  }
  return `\uFEFF${formatCsv(rows)}\r\n`;
}

export function exportJson(lists: readonly Watchlist[], now = new Date()): string {
  const doc = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    lists: lists.map((l) => ({ name: l.name, entries: l.entries.map((e) => ({ symbol: e.symbol, note: e.note })) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `caplens-watchlists-2026-05-03.csv`, dated in local time (what the user sees on their calendar). */
export function exportFilename(ext: 'csv' | 'json', now = new Date()): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  return `caplens-watchlists-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
