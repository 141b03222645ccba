/**
 * RFC 4180 reader for watchlist imports. Unlike the lenient snapshot parser in lib/data/build/csv.ts
 * it reports problems instead of guessing, and remembers the line each record starts on so that
 * errors can point at it: a stray quote marks that record malformed (the rest of the file is still
 * read); a quoted field that is never closed makes the whole file unreadable. Never throws.
 * Accepts a BOM, CRLF / LF / CR line ends, and a missing final newline. Blank lines are skipped.
 */

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
  /** Set when the record is malformed (the cells are then a best effort). */
  error?: string;
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** A problem that makes the whole file unreadable. */
  error: string | null;
}

export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let start = line;
  let error: string | undefined;

  const endRecord = () => {
    if (cells.some((c) => c.trim() !== '') || error) {
      records.push(error ? { line: start, cells, error } : { line: start, cells });
    }
    cells = [];
    error = undefined;
  };
  const isEol = (ch: string | undefined) => ch === '\n' || ch === '\r';
  // Consumes one line end at i (CRLF counts once) and returns the new index.
  const eatEol = (at: number) => {
    line += 1;
    return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
  };

  while (i <= n) {
    if (cells.length === 0) start = line;
    let field = '';
    if (text[i] === '"') {
      const quoteLine = line;
      i += 1;
      let closed = false;
      while (i < n) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        if (isEol(ch)) {
          const next = eatEol(i);
          field += text.slice(i, next);
          i = next;
          continue;
        }
        field += ch;
        i += 1;
      }
      if (!closed) {
        return { records, error: `A quoted field that starts on line ${quoteLine} is never closed (a closing " is missing).` };
      }
      // After a closing quote only a separator or a line end may follow.
      while (i < n && text[i] !== ',' && !isEol(text[i])) {
        error ??= 'Text after a closing quote. Wrap the whole field in quotes and double any quote inside it.';
        field += text[i];
        i += 1;
      }
    } else {
      while (i < n && text[i] !== ',' && !isEol(text[i])) {
        if (text[i] === '"') {
          error ??= 'A quote inside an unquoted field. Wrap the field in quotes and double the quote ("").';
        }
        field += text[i];
        i += 1;
      }
    }
    cells.push(field);
    if (i >= n) {
      endRecord();
      break;
    }
    if (text[i] === ',') {
      i += 1;
      if (i === n) {
        cells.push('');
        endRecord();
        break;
      }
      continue;
    }
    i = eatEol(i);
    endRecord();
    if (i >= n) break;
  }
  return { records, error: null };
}
