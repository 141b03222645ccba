import { MAX_SYMBOL_LENGTH, normalizeSymbol } from '../data/normalize-symbol';
import { readCsv } from '../csv';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportChanges,
  type ImportPlan,
  type ImportRow,
} from './import-schema';
import { cleanListName, listKey, NOTE_MAX, type Watchlist } from './model';

export interface PlanOptions {
  knownSymbol: (symbol: string) => boolean;
  existing: readonly Watchlist[];
}

/** A data row as read from the file, before any checks. */
interface RawRow {
  ref: string;
  list: string;
  symbol: string;
  note: string;
  error?: string;
}

interface ReadResult {
  format: 'csv' | 'json' | null;
  rows: RawRow[];
  error: string | null;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

export function fileTooLargeError(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; CapLens imports files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`;
}

/** A plan that changes nothing and says why the file was refused. */
export function refusedPlan(filename: string, error: string, format: 'csv' | 'json' | null = null): ImportPlan {
  return { filename, format, fileError: error, rows: [], changes: { createLists: [], addEntries: [], updateNotes: [] } };
}

const TOO_MANY_ROWS = `The file has more than ${fmt(IMPORT_MAX_ROWS)} rows; CapLens imports at most ${fmt(IMPORT_MAX_ROWS)} at a time. Split it into smaller files.`;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

export function detectFormat(text: string, filename: string): 'csv' | 'json' {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  const first = stripBom(text).trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** Reads the file's rows without judging their content. Never throws. */
export function readImportRows(text: string, filename: string): ReadResult {
  const bytes = utf8Length(text);
  if (bytes > IMPORT_MAX_BYTES) return { format: null, rows: [], error: fileTooLargeError(bytes) };
  // NULs among the first characters (the header): a binary file, or UTF-16 text (Excel's "Unicode text").
  if (text.slice(0, 16).includes('\u0000')) {
    return { format: null, rows: [], error: 'This is not a UTF-8 text file (it looks binary or UTF-16). Save it as CSV UTF-8 or JSON and try again.' };
  }
  if (stripBom(text).trim() === '') return { format: null, rows: [], error: 'The file is empty.' };
  const format = detectFormat(text, filename);
  const read = format === 'json' ? readJson(stripBom(text)) : readCsvRows(text);
  if (read.error) return { format, rows: [], error: read.error };
  if (read.rows.length > IMPORT_MAX_ROWS) return { format, rows: [], error: TOO_MANY_ROWS };
  if (read.rows.length === 0) return { format, rows: [], error: 'The file has no watchlist rows.' };
  return { format, rows: read.rows, error: null };
}

function readCsvRows(text: string): { rows: RawRow[]; error: string | null } {
  const { records, error } = readCsv(text);
  if (error) return { rows: [], error };
  const [head, ...body] = records;
  if (!head) return { rows: [], error: 'The file is empty.' };
  const names = head.cells.map((c) => c.trim().toLowerCase());
  const li = names.indexOf('list');
  const si = names.indexOf('symbol');
  const ni = names.indexOf('note');
  if (head.error || li < 0 || si < 0) {
    const missing = [li < 0 ? '"list"' : '', si < 0 ? '"symbol"' : ''].filter(Boolean).join(' and ');
    return { rows: [], error: `Missing column ${missing || 'names'}: the first line must be the header list,symbol,note.` };
  }
  if (body.length > IMPORT_MAX_ROWS) return { rows: [], error: TOO_MANY_ROWS };
  const rows = body.map((r): RawRow => {
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '') : '');
    const row: RawRow = { ref: `Line ${r.line}`, list: cell(li), symbol: cell(si), note: cell(ni) };
    if (r.error) return { ...row, error: `Malformed row: ${r.error}` };
    if (r.cells.length > head.cells.length) {
      return { ...row, error: `Malformed row: ${r.cells.length} fields but the header has ${head.cells.length}. Put notes that contain commas in double quotes.` };
    }
    if (r.cells.length <= Math.max(li, si)) {
      return { ...row, error: `Missing column: the row has ${r.cells.length} field${r.cells.length === 1 ? '' : 's'} and no ${r.cells.length <= si ? 'symbol' : 'list'}.` };
    }
    return row;
  });
  return { rows, error: null };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readJson(text: string): { rows: RawRow[]; error: string | null } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { rows: [], error: `Not valid JSON (${clip(e instanceof Error ? e.message : String(e), 120)}).` };
  }
  const rows: RawRow[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const fieldError = (o: Record<string, unknown>, fields: string[]) => {
    for (const f of fields) {
      if (!(f in o) || o[f] === null) return f === 'note' ? undefined : `Missing column: no "${f}" field.`;
      if (typeof o[f] !== 'string') return `Malformed row: "${f}" must be text.`;
    }
    return undefined;
  };

  if (Array.isArray(doc)) {
    // Rows form: [{ "list", "symbol", "note" }].
    for (const [i, item] of doc.entries()) {
      if (rows.length > IMPORT_MAX_ROWS) break;
      const ref = `Row ${i + 1}`;
      if (!isObject(item)) {
        rows.push({ ref, list: '', symbol: '', note: '', error: 'Malformed row: expected an object with list, symbol and note.' });
        continue;
      }
      const error = fieldError(item, ['list', 'symbol', 'note']);
      rows.push({ ref, list: str(item.list), symbol: str(item.symbol), note: str(item.note), ...(error ? { error } : {}) });
    }
    return { rows, error: null };
  }
  if (!isObject(doc)) return { rows: [], error: 'Unrecognised JSON: expected a CapLens watchlist export (an object with "lists").' };
  if (doc.format !== undefined && doc.format !== EXPORT_FORMAT) {
    return { rows: [], error: `Not a CapLens watchlist file (format is ${clip(JSON.stringify(doc.format) ?? '', 40)}).` };
  }
  if (doc.version !== undefined && doc.version !== EXPORT_VERSION) {
    return { rows: [], error: typeof doc.version === 'number' && doc.version > EXPORT_VERSION
      ? `This file was made by a newer CapLens (format version ${doc.version}); update CapLens to import it.`
      : `Unsupported format version ${clip(JSON.stringify(doc.version) ?? '', 20)}.` };
  }
  if (!Array.isArray(doc.lists)) return { rows: [], error: 'Missing column: no "lists" array.' };
  for (const [i, list] of doc.lists.entries()) {
    if (rows.length > IMPORT_MAX_ROWS) break;
    const name = isObject(list) ? str(list.name) : '';
    const ref = `List ${i + 1}${name ? ` “${clip(name, 40)}”` : ''}`;
    if (!isObject(list)) {
      rows.push({ ref, list: '', symbol: '', note: '', error: 'Malformed row: expected an object with name and entries.' });
      continue;
    }
    const error = fieldError(list, ['name']) ?? (list.entries !== undefined && !Array.isArray(list.entries) ? 'Malformed row: "entries" must be an array.' : undefined);
    const entries = Array.isArray(list.entries) ? (list.entries as unknown[]) : [];
    if (error || entries.length === 0) {
      rows.push({ ref, list: name, symbol: '', note: '', ...(error ? { error } : {}) });
      continue;
    }
    for (const [j, entry] of entries.entries()) {
      if (rows.length > IMPORT_MAX_ROWS) break;
      const eref = `${ref}, entry ${j + 1}`;
      if (!isObject(entry)) {
        rows.push({ ref: eref, list: name, symbol: '', note: '', error: 'Malformed row: expected an object with symbol and note.' });
        continue;
      }
      const e = fieldError(entry, ['symbol', 'note']);
      rows.push({ ref: eref, list: name, symbol: str(entry.symbol), note: str(entry.note), ...(e ? { error: e } : {}) });
    }
  }
  return { rows, error: null };
}

/** Canonical symbols the file mentions, so the caller can look them up in one go. */
export function importSymbols(text: string, filename: string): string[] {
  const out = new Set<string>();
  for (const r of readImportRows(text, filename).rows) {
    const s = normalizeSymbol(r.symbol);
    if (s) out.add(s);
  }
  return [...out];
}

/**
 * Pure preview of an import: what each row would do or why it is refused, and the changes that
 * "Apply import" would make. Never throws; a file that cannot be read gets one `fileError`.
 * A blank note never erases an existing one; a row with a list and no symbol creates the list.
 */
export function planImport(text: string, filename: string, opts: PlanOptions): ImportPlan {
  const read = readImportRows(text, filename);
  if (read.error) return refusedPlan(filename, read.error, read.format);

  const existing = new Map(opts.existing.map((l) => [listKey(l.name), l]));
  const created = new Map<string, string>();
  const seen = new Map<string, string>();
  const changes: ImportChanges = { createLists: [], addEntries: [], updateNotes: [] };
  const rows: ImportRow[] = [];

  for (const raw of read.rows) {
    const base = { ref: raw.ref, list: clip(raw.list.trim(), 80), symbol: clip(raw.symbol.trim(), 24) };
    const fail = (message: string) => rows.push({ ...base, status: 'error', message });
    if (raw.error) {
      fail(raw.error);
      continue;
    }
    let name: string;
    try {
      name = cleanListName(raw.list);
    } catch (e) {
      fail(raw.list.trim() ? (e as Error).message : 'Missing list name.');
      continue;
    }
    const key = listKey(name);
    const old = existing.get(key);
    const canonical = old?.name ?? created.get(key) ?? name;
    const ensureList = () => {
      if (old || created.has(key)) return false;
      created.set(key, canonical);
      changes.createLists.push(canonical);
      return true;
    };
    const symbolRaw = raw.symbol.trim();
    const note = raw.note.trim();

    if (!symbolRaw) {
      if (note) fail('Missing symbol: a note needs a symbol.');
      else if (ensureList()) rows.push({ ...base, list: canonical, status: 'list', message: `Create the list “${canonical}”.` });
      else rows.push({ ...base, list: canonical, status: 'unchanged', message: `The list “${canonical}” ${old ? 'already exists' : 'is already created by an earlier row'}.` });
      continue;
    }
    if (symbolRaw.length > MAX_SYMBOL_LENGTH) {
      fail(`Symbol too long: ${symbolRaw.length} characters (at most ${MAX_SYMBOL_LENGTH}).`);
      continue;
    }
    const symbol = normalizeSymbol(symbolRaw);
    if (!symbol) {
      fail(`“${symbolRaw}” is not a valid ticker symbol.`);
      continue;
    }
    if (!opts.knownSymbol(symbol)) {
      fail(`Unknown symbol: ${symbol} is not a known US-listed symbol.`);
      continue;
    }
    if (note.length > NOTE_MAX) {
      fail(`Note too long: ${fmt(note.length)} characters (at most ${NOTE_MAX}).`);
      continue;
    }
    const dup = `${key}\u0000${symbol}`;
    const first = seen.get(dup);
    if (first) {
      fail(`Duplicate of ${first}: ${symbol} is already in “${canonical}” in this file.`);
      continue;
    }
    seen.set(dup, raw.ref);
    const ok = { ...base, list: canonical, symbol };
    const entry = old?.entries.find((e) => e.symbol === symbol);
    if (entry) {
      if (!note || note === entry.note) {
        rows.push({ ...ok, status: 'unchanged', message: `Already in “${canonical}”.` });
      } else {
        changes.updateNotes.push({ list: canonical, symbol, note });
        rows.push({ ...ok, status: 'note', message: `Replace the note on ${symbol} in “${canonical}”.` });
      }
      continue;
    }
    const isNew = ensureList() || created.has(key);
    changes.addEntries.push({ list: canonical, symbol, note });
    rows.push({ ...ok, status: 'add', message: `Add to ${isNew ? 'the new list ' : ''}“${canonical}”.` });
  }
  return { filename, format: read.format, fileError: null, rows, changes };
}
