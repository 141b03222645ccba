import { describe, expect, test } from 'vitest';
import { readCsv } from '../../../lib/csv';
import { exportCsv, exportFilename, exportJson } from '../../../lib/watchlists/export';
import { detectFormat, importSymbols, planImport } from '../../../lib/watchlists/import';
import { ImportPlanSchema } from '../../../lib/watchlists/import-schema';
import { known, list } from './fixtures';

const plan = (text: string, filename = 'lists.csv', existing = [list('Banks', [['ZION', 'regional'], ['WAL']])]) =>
  planImport(text, filename, { knownSymbol: known, existing });
const csv = (...lines: string[]) => ['list,symbol,note', ...lines].join('\r\n');

describe('readCsv', () => {
  test.each([
    ['a,b\r\nc,d', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['\uFEFFa,b\nc,d\n', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['a,"x, ""y""\nz"\r\nb,c', [[1, ['a', 'x, "y"\nz']], [3, ['b', 'c']]]],
    ['a,b,\n\n\n,,\nc', [[1, ['a', 'b', '']], [5, ['c']]]],
    ['a\rb', [[1, ['a']], [2, ['b']]]],
    ['"",x', [[1, ['', 'x']]]],
  ])('%j', (text, expected) => {
    const r = readCsv(text);
    expect(r.error).toBeNull();
    expect(r.records.map((x) => [x.line, x.cells])).toEqual(expected);
  });

  test('a stray quote marks one record; an unclosed quote refuses the file', () => {
    const r = readCsv('a,b"c\nd,"e"f\ng,h');
    expect(r.records.map((x) => [x.line, !!x.error])).toEqual([[1, true], [2, true], [3, false]]);
    expect(readCsv('a,b\nc,"never closed\nmore').error).toMatch(/starts on line 2 is never closed/);
  });
});

describe('planImport: per-row results', () => {
  test.each([
    ['unknown symbol', 'Banks,QQQQZ,', /Unknown symbol: QQQQZ is not a known US-listed symbol/],
    ['malformed row (extra field)', 'Banks,KEY,a,b', /Malformed row: 4 fields but the header has 3/],
    ['malformed row (stray quote)', 'Banks,KEY,say "hi"', /Malformed row: A quote inside an unquoted field/],
    ['missing column', 'Banks', /Missing column: the row has 1 field and no symbol/],
    ['symbol too long', 'Banks,ABCDEFGHIJKLM,', /Symbol too long: 13 characters \(at most 12\)/],
    ['invalid symbol', 'Banks,BRK B,', /“BRK B” is not a valid ticker symbol/],
    ['note too long', `Banks,KEY,${'n'.repeat(501)}`, /Note too long: 501 characters \(at most 500\)/],
    ['missing list name', ',KEY,', /Missing list name/],
    ['list name too long', `${'L'.repeat(61)},KEY,`, /at most 60 characters/],
    ['note without symbol', 'Banks,,a note', /Missing symbol: a note needs a symbol/],
  ])('%s', (_, line, message) => {
    const p = plan(csv('Banks,KEY,fine', line));
    expect(p.fileError).toBeNull();
    expect(p.rows[0]).toMatchObject({ ref: 'Line 2', status: 'add' });
    expect(p.rows[1]).toMatchObject({ ref: 'Line 3', status: 'error' });
    expect(p.rows[1]!.message).toMatch(message);
    // Only the valid row makes a change.
    expect(p.changes).toEqual({ createLists: [], addEntries: [{ list: 'Banks', symbol: 'KEY', note: 'fine' }], updateNotes: [] });
  });

  test('duplicates are found after normalising (BRK-B is BRK.B) and list names are case-insensitive', () => {
    const p = plan(csv('Tech,BRK-B,first', 'tech,brk.b,second'));
    expect(p.rows.map((r) => r.status)).toEqual(['add', 'error']);
    expect(p.rows[1]!.message).toMatch(/Duplicate of Line 2: BRK.B is already in “Tech”/);
    expect(p.changes.createLists).toEqual(['Tech']);
    expect(p.changes.addEntries).toEqual([{ list: 'Tech', symbol: 'BRK.B', note: 'first' }]);
  });

  test('existing lists are joined; notes replaced only when the file has a different non-blank note', () => {
    const p = plan(csv('BANKS,ZION,', 'banks,WAL,watch deposits', 'Banks,ZION,regional', 'Banks,KEY,', 'Empty,,', 'Banks,,'));
    expect(p.rows.map((r) => [r.list, r.symbol, r.status])).toEqual([
      ['Banks', 'ZION', 'unchanged'],
      ['Banks', 'WAL', 'note'],
      ['Banks', 'ZION', 'error'], // same list + symbol twice in the file
      ['Banks', 'KEY', 'add'],
      ['Empty', '', 'list'],
      ['Banks', '', 'unchanged'],
    ]);
    expect(p.changes).toEqual({
      createLists: ['Empty'],
      addEntries: [{ list: 'Banks', symbol: 'KEY', note: '' }],
      updateNotes: [{ list: 'Banks', symbol: 'WAL', note: 'watch deposits' }],
    });
  });

  test('header columns may be in any order, any case, with extra columns; a missing note cell is blank', () => {
    const p = plan('Symbol, Note ,LIST,extra\nkey,"a, b",New\nwal,,New\nzion\n', 'x.csv', []);
    expect(p.rows.map((r) => r.status)).toEqual(['add', 'add', 'error']);
    expect(p.rows[2]!.message).toMatch(/no list/);
    expect(p.changes.addEntries).toEqual([
      { list: 'New', symbol: 'KEY', note: 'a, b' },
      { list: 'New', symbol: 'WAL', note: '' },
    ]);
  });

  test('JSON: the export format and the rows form', () => {
    const doc = { format: 'caplens-watchlists', version: 1, lists: [{ name: 'A', entries: [{ symbol: 'key', note: 'n' }, { note: 'x' }, 'T', { symbol: 7 }] }, { name: 'B' }, { entries: [] }] };
    const p = plan(JSON.stringify(doc), 'a.json', []);
    expect(p.format).toBe('json');
    expect(p.rows.map((r) => [r.ref, r.status, r.message])).toEqual([
      ['List 1 “A”, entry 1', 'add', 'Add to the new list “A”.'],
      ['List 1 “A”, entry 2', 'error', 'Missing column: no "symbol" field.'],
      ['List 1 “A”, entry 3', 'error', 'Malformed row: expected an object with symbol and note.'],
      ['List 1 “A”, entry 4', 'error', 'Malformed row: "symbol" must be text.'],
      ['List 2 “B”', 'list', 'Create the list “B”.'],
      ['List 3', 'error', 'Missing column: no "name" field.'],
    ]);
    const rows = plan(JSON.stringify([{ list: 'R', symbol: 'T' }, { list: 'R', symbol: 'KEY', note: 'k' }, 5]), 'rows.json', []);
    expect(rows.rows.map((r) => r.status)).toEqual(['add', 'add', 'error']);
    expect(rows.changes.addEntries.map((e) => e.symbol)).toEqual(['T', 'KEY']);
  });
});

describe('planImport: file-level errors', () => {
  const big = 'x'.repeat(1024 * 1024);
  test.each([
    ['empty', '', 'a.csv', /The file is empty/],
    ['blank', ' \r\n\t\n', 'a.csv', /The file is empty/],
    ['BOM only', '\uFEFF', 'a.json', /The file is empty/],
    ['header only', 'list,symbol,note\r\n', 'a.csv', /no watchlist rows/],
    ['no header', 'Banks,ZION,note\n', 'a.csv', /Missing column "list" and "symbol"/],
    ['symbol column missing', 'list,ticker\nBanks,ZION\n', 'a.csv', /Missing column "symbol"/],
    ['unclosed quote', 'list,symbol,note\nBanks,ZION,"oops\n', 'a.csv', /never closed/],
    ['oversized (bytes)', `list,symbol,note\n${big}`, 'a.csv', /The file is 1\.0 MB; CapLens imports files up to 1 MB/],
    ['oversized (UTF-8 bytes, fewer chars)', `list,symbol,note\n${'é'.repeat(600_000)}`, 'a.csv', /up to 1 MB/],
    ['too many rows', csv(...Array.from({ length: 5001 }, () => 'A,KEY,')), 'a.csv', /more than 5,000 rows/],
    ['too many JSON rows', JSON.stringify({ lists: [{ name: 'A', entries: Array.from({ length: 5001 }, () => ({ symbol: 'KEY' })) }] }), 'a.json', /more than 5,000 rows/],
    ['binary / UTF-16', 'l\u0000i\u0000s\u0000t\u0000', 'a.csv', /not a UTF-8 text file/],
    ['corrupt JSON', '{"format": "caplens-watchlists", "lists": [', 'a.json', /Not valid JSON/],
    ['JSON of another kind', '{"format": "other"}', 'a.json', /Not a CapLens watchlist file \(format is "other"\)/],
    ['newer version', '{"format": "caplens-watchlists", "version": 2, "lists": []}', 'a.json', /newer CapLens/],
    ['no lists', '{"format": "caplens-watchlists", "version": 1}', 'a.json', /no "lists" array/],
    ['JSON scalar', '42', 'a.json', /Unrecognised JSON/],
  ])('%s', (_, text, filename, message) => {
    const p = plan(text, filename);
    expect(p.fileError).toMatch(message);
    expect(p.rows).toEqual([]);
    expect(p.changes).toEqual({ createLists: [], addEntries: [], updateNotes: [] });
  });

  test('exactly 5,000 rows is accepted', () => {
    const p = plan(csv(...Array.from({ length: 5000 }, (_, i) => `L${i % 50},KEY,`)), 'a.csv', []);
    expect(p.fileError).toBeNull();
    expect(p.changes.addEntries).toHaveLength(50);
    expect(ImportPlanSchema.safeParse(p).success).toBe(true);
  });
});

describe('format helpers', () => {
  test.each([
    ['x.json', 'a', 'json'],
    ['x.CSV', '{', 'csv'],
    ['x.txt', ' \n[1]', 'json'],
    ['x', 'list,symbol', 'csv'],
  ] as const)('detectFormat(%s)', (name, text, format) => expect(detectFormat(text, name)).toBe(format));

  test('importSymbols lists the canonical symbols a file mentions', () => {
    expect(importSymbols(csv('A,brk-b,', 'A,ZION,', 'B,zion,', 'B,$$,'), 'a.csv')).toEqual(['BRK.B', 'ZION']);
  });

  test('export formats and dated filename', () => {
    const lists = [list('Banks', [['ZION', 'a, "b"\nc']]), list('Empty', [])];
    expect(exportCsv(lists)).toBe('\uFEFFlist,symbol,note\r\nBanks,ZION,"a, ""b""\nc"\r\nEmpty,,\r\n');
    expect(JSON.parse(exportJson(lists, new Date('2026-05-03T12:00:00Z')))).toEqual({
      format: 'caplens-watchlists',
      version: 1,
      exportedAt: '2026-05-03T12:00:00.000Z',
      lists: [{ name: 'Banks', entries: [{ symbol: 'ZION', note: 'a, "b"\nc' }] }, { name: 'Empty', entries: [] }],
    });
    expect(exportFilename('csv', new Date(2026, 4, 3, 23, 59))).toBe('caplens-watchlists-2026-05-03.csv');
  });
});
