/**
 * RFC 4180 CSV: comma-separated, fields optionally wrapped in double quotes, a doubled quote
 * inside quotes is a literal quote, quoted fields may contain commas and line breaks.
 * Real-world files bend the rules (BOM, LF-only line ends, stray quotes in bare fields, no final
 * newline), so the parser is lenient and never throws: a stray quote in an unquoted field is kept
 * as a character, and an unterminated quoted field runs to the end of the input.
 */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  // Whether the current field started with a quote; distinguishes `""` (empty quoted) from nothing.
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
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
        i += 1;
        continue;
      }
      // Copy the run up to the next quote in one slice (per-character concatenation is slow on 10 MB files).
      const q = text.indexOf('"', i);
      const end = q === -1 ? n : q;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '"' && !fieldStarted && field.length === 0) {
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // A bare run up to the next separator, line end or quote, in one slice.
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
  if (field.length > 0 || fieldStarted || row.length > 0) endRow();
  return rows;
}

/** Header row → objects keyed by column name. Missing cells become ''. Blank lines are skipped. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Quotes a field only when it has to (it holds a comma, quote, CR or LF). */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  // A row holding one empty field would otherwise print as a blank line, which readers drop.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(formatCsvField).join(','))).join('\r\n');
}
