/**
 * The one CSV reader (RFC 4180: comma-separated, fields optionally wrapped in double quotes, a
 * doubled quote inside quotes is a literal quote, quoted fields may contain commas and line
 * breaks), with two views of the same scan:
 * - parseCsv: lenient, for data files (snapshot build, provider CSVs). Real-world files bend the
 *   rules, so a stray quote in a bare field is kept as a character and an unterminated quoted
 *   field runs to the end of the input.
 * - readCsv: for user files (watchlist import), it reports the same bends instead of guessing,
 *   with the line each record starts on, so errors can point at it.
 * Both accept a BOM, CRLF / LF / CR line ends and a missing final newline; neither throws.
 */

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
  /** Set when the record bends the rules (the cells are then a best effort). */
  error?: string;
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** A problem that makes the whole file unreadable. */
  error: string | null;
}

const STRAY_QUOTE = 'A quote inside an unquoted field. Wrap the field in quotes and double the quote ("").';
const AFTER_CLOSING = 'Text after a closing quote. Wrap the whole field in quotes and double any quote inside it.';

/** Line breaks in s, a CRLF counting once. */
function lineBreaks(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) n++;
  }
  return n;
}

/** Every record of the text (blank lines as one empty cell), and the line of a quote never closed. */
function scanCsv(text: string): { records: CsvRecord[]; unclosedQuoteLine: number | null } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  // Whether the current field started with a quote; distinguishes `""` (empty quoted) from nothing.
  let fieldStarted = false;
  // Set once the field's closing quote has been read: anything but a separator after it is a bend.
  let closedQuote = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  let start = 1;
  let quoteLine = 1;
  let error: string | undefined;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
    closedQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push(error ? { line: start, cells, error } : { line: start, cells });
    cells = [];
    error = undefined;
  };

  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        closedQuote = true;
        i += 1;
        continue;
      }
      // Copy the run up to the next quote in one slice (per-character concatenation is slow on 10 MB files).
      const q = text.indexOf('"', i);
      const end = q === -1 ? n : q;
      const run = text.slice(i, end);
      line += lineBreaks(run);
      field += run;
      i = end;
      continue;
    }
    if (ch === '"' && !fieldStarted && field.length === 0) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      start = line;
      continue;
    }
    // A bare run up to the next separator, line end or quote, in one slice.
    if (closedQuote) error ??= AFTER_CLOSING;
    else if (ch === '"') error ??= STRAY_QUOTE;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 13 || c === 10 || c === 34) break;
      j++;
    }
    field += text.slice(i, j);
    fieldStarted = true;
    i = j;
  }
  // A final line without a newline still counts; an empty trailing line does not.
  if (field.length > 0 || fieldStarted || cells.length > 0) endRecord();
  return { records, unclosedQuoteLine: inQuotes ? quoteLine : null };
}

/** Lenient rows of a data file (see the module comment). */
export function parseCsv(text: string): string[][] {
  return scanCsv(text).records.map((r) => r.cells);
}

/** Header row → objects keyed by column name. Missing cells become ''. Blank lines are skipped. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * A user's file: records with their line and what is wrong with them (the rest is still read);
 * a quoted field that is never closed makes the whole file unreadable. Blank lines are skipped.
 */
export function readCsv(text: string): CsvReadResult {
  const { records, unclosedQuoteLine } = scanCsv(text);
  const kept = records.filter((r) => r.error || r.cells.some((c) => c.trim() !== ''));
  if (unclosedQuoteLine !== null) {
    return {
      records: kept.filter((r) => r.line < unclosedQuoteLine),
      error: `A quoted field that starts on line ${unclosedQuoteLine} is never closed (a closing " is missing).`,
    };
  }
  return { records: kept, error: null };
}

/** Quotes a field only when it has to (it holds a comma, quote, CR or LF). */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  // A row holding one empty field would otherwise print as a blank line, which readers drop.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(formatCsvField).join(','))).join('\r\n');
}
