/**
 * Symbol cells: in tables (or ARIA grids) whose header row has a Symbol/Ticker column, each
 * row's cell in that column is read as a symbol when it starts with one (positions, watchlists,
 * screeners).
 */
import { normalizeSymbol } from '../data/normalize-symbol';
import { drain, ELEMENT_NODE, isSkippedBy, SHOW_ELEMENT, SHOW_TEXT, type RawLocated, type SkipCheck, type Steps } from './dom-common';
import { exchangeLabel } from './exchanges';
import type { Candidate } from './types';
import { collapseSpace } from './text-scan';

const TABLE_SEL = 'table, [role="table"], [role="grid"], [role="treegrid"]';
export const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const SYMBOL_HEADER_RE = /^(?:symbols?|tickers?|instrument|ticker[ \u00a0]symbol|sym(?:bol)?[ \u00a0]*[/&|,-][ \u00a0]*(?:name|description)|symbol[ \u00a0]name)(?![A-Za-z])/i;
// The cell's first text: "ZION", "$ZION", "BRK.B", "BRK/B", "BRK B" (IBKR), "BA." (a London line), "SPAXX**".
// Not a word joined by "&" ("S&P 500", "AT&T"): Bloomberg's 2013 market box lists index names
// under its "Ticker" header.
const SYMBOL_CELL_RE = /^\$?([A-Z]{1,5}(?:[./-][A-Z]{1,2}|[ ][A-Z](?![A-Za-z0-9]))?)\.?(?![A-Za-z0-9]|&[A-Za-z])/;
// After the symbol, a venue label: "NASDAQ.NMS · Stock", "TSE · Stock · CAD".
const CELL_EXCHANGE_RE = /^[\s\u00a0\u00b7|,:()-]{0,6}([A-Za-z][A-Za-z.]{1,15})/;
// Row labels that sit in the symbol column of positions tables.
const SYMBOL_CELL_STOP = new Set(['TOTAL', 'TOTALS', 'CASH', 'NA', 'N.A']);
const MAX_HEADER_ROWS = 3;
const MAX_CELL_TEXT = 120;

function isHeaderCell(cell: Element): boolean {
  return cell.localName === 'th' || cell.getAttribute('role') === 'columnheader';
}

function rowsOf(table: Element): Element[] {
  const sel = table.localName === 'table' ? 'tr' : '[role="row"]';
  return [...table.querySelectorAll(sel)].filter((r) => r.closest(TABLE_SEL) === table);
}

function cellsOf(row: Element): Element[] {
  const direct = [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th' || CELL_ROLES.has(c.getAttribute('role') ?? ''));
  if (direct.length > 0 || row.localName === 'tr') return direct;
  // ARIA grids sometimes wrap cells one level deeper.
  return [...row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]')].filter((c) => c.closest('[role="row"]') === row);
}

/** The cell covering column `col` (colspan-aware), or null. */
function cellAt(cells: Element[], col: number): Element | null {
  let at = 0;
  for (const c of cells) {
    const span = Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
    if (col < at + span) return at === col ? c : null;
    at += span;
  }
  return null;
}

// Older markup labels its columns in a first row of plain <td> cells ("Ticker | Company | Exchange |
// ShortInt | Float": highshortinterest.com, 2021). Such a row is read as the header only when it holds
// at least three short labels without figures and "Symbol(s)"/"Ticker(s)" is a whole cell: a data row
// has figures, and a lookup form's "Symbol: [ ]" has fewer cells.

/** [symbol column, header row] of a table, or null when no header cell says Symbol/Ticker. */
function symbolColumn(rows: Element[]): [number, Element] | null {
  for (const [i, row] of rows.slice(0, MAX_HEADER_ROWS).entries()) {
    const cells = cellsOf(row);
    // Past the first row only a row with header cells can be the header: its cells' text is not read otherwise.
    if (i > 0 && !cells.some(isHeaderCell)) continue;
    const labels = cells.map((c) => collapseSpace(c.textContent ?? ''));
    const labelRow = i === 0 && labels.length > 2 && !labels.some((l) => l.length > 30 || /\d/.test(l));
    let at = 0;
    for (const [k, c] of cells.entries()) {
      if (isHeaderCell(c) ? SYMBOL_HEADER_RE.test(labels[k]!) : labelRow && labels[k]!.length < 8 && SYMBOL_HEADER_RE.test(labels[k]!)) return [at, row];
      at += Math.max(1, Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1);
    }
  }
  return null;
}

/** Node → symbols read from it, to find what was already read inside a cell without a scan per cell. */
function nodeIndex(found: readonly RawLocated[]): Map<Node, string[]> {
  const m = new Map<Node, string[]>();
  for (const f of found) {
    const list = m.get(f.node);
    if (list) list.push(f.candidate.symbol);
    else m.set(f.node, [f.candidate.symbol]);
  }
  return m;
}

/** Whether `symbol` was already read from a node inside `cell` (a quote link, a cashtag). */
function readInside(cell: Element, symbol: string, byNode: Map<Node, string[]>): boolean {
  if (byNode.get(cell)?.includes(symbol)) return true;
  const walker = cell.ownerDocument.createTreeWalker(cell, SHOW_ELEMENT | SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (byNode.get(n)?.includes(symbol)) return true;
  return false;
}

/** The first non-blank text in `el` (the symbol of a symbol cell comes first), trimmed. */
function firstText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = collapseSpace(n.nodeValue ?? '');
    if (t !== '') return t.slice(0, MAX_CELL_TEXT);
  }
  return '';
}

/** True when `el` or an ancestor up to (not past) `stop` is skipped. */
export function insideSkipped(el: Element, stop: Node | null, skipped: SkipCheck): boolean {
  for (let n: Node | null = el; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) {
    if (isSkippedBy(skipped, n as Element)) return true;
    if (n === stop) break;
  }
  return false;
}

/**
 * Symbol cells of the tables in or around `scope`: each row's cell in the Symbol/Ticker column,
 * read as a symbol when it starts with one. A cell whose symbol was already read as text or a
 * link (a quote link in the cell) adds evidence, not a mention.
 */
export function symbolCells(scope: Element, stop: Node | null, skipped: SkipCheck, found: readonly RawLocated[], out: RawLocated[]): void {
  drain(symbolCellsSteps(scope, stop, skipped, found, out));
}

const ROWS_PER_STEP = 32;

/** `inside`: the tables under `scope` outside skipped parts, when the walk already listed them. */
export function* symbolCellsSteps(scope: Element, stop: Node | null, skipped: SkipCheck, found: readonly RawLocated[], out: RawLocated[], inside?: readonly Element[]): Steps {
  const tables = new Set<Element>();
  let byNode: Map<Node, string[]> | undefined;
  const around = scope.closest(TABLE_SEL);
  if (around) tables.add(around);
  // A table in a skipped part contributes nothing (its cells are skipped), so the walk's list is enough.
  for (const t of inside ?? scope.querySelectorAll(TABLE_SEL)) tables.add(t);
  for (const table of tables) {
    const rows = rowsOf(table);
    const header = symbolColumn(rows);
    if (!header) continue;
    const [col, headerRow] = header;
    byNode ??= nodeIndex(found);
    let seen = 0;
    for (const row of rows) {
      if (++seen % ROWS_PER_STEP === 0) yield;
      if (row === headerRow) continue;
      const cell = cellAt(cellsOf(row), col);
      if (!cell || (!scope.contains(cell) && !cell.contains(scope))) continue;
      if (insideSkipped(cell, stop, skipped)) continue;
      const first = firstText(cell);
      const m = SYMBOL_CELL_RE.exec(first);
      const symbol = m ? normalizeSymbol(m[1]!.replace(' ', '.')) : null;
      if (!symbol || SYMBOL_CELL_STOP.has(symbol)) continue;
      const candidate: Candidate = { symbol, evidence: 'symbol-cell', context: collapseSpace(row.textContent ?? '').slice(0, 80) };
      const full = collapseSpace(cell.textContent ?? '').slice(0, MAX_CELL_TEXT);
      const rest = full.startsWith(m![0]) ? full.slice(m![0].length) : '';
      const label = CELL_EXCHANGE_RE.exec(rest);
      const exchange = label ? exchangeLabel(label[1]!) : undefined;
      if (exchange !== undefined) candidate.exchange = exchange;
      if (readInside(cell, symbol, byNode)) candidate.extraEvidence = true;
      out.push({ candidate, node: cell });
    }
  }
}
