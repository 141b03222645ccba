import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCsv, parseCsv, parseCsvObjects, readCsv } from '../../lib/csv';
import { parseNumber } from '../../lib/data/build/numbers';

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    ['simple', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted comma', '"Saint Paul, Minnesota",x', [['Saint Paul, Minnesota', 'x']]],
    ['doubled quote', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['newline inside quotes', '"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['empty quoted field', '"",a', [['', 'a']]],
    ['BOM is dropped', '\uFEFFSymbol,Name\nA,B', [['Symbol', 'Name'], ['A', 'B']]],
    ['stray quote in a bare field is kept', 'ab"c,d', [['ab"c', 'd']]],
    ['unterminated quote runs to the end', '"abc,d\ne', [['abc,d\ne']]],
    ['lone CR line ends', 'a\rb', [['a'], ['b']]],
    ['empty input', '', []],
    ['thousands separators in quotes', '0,MSFT,"3,162,416,042,769"', [['0', 'MSFT', '3,162,416,042,769']]],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  test('objects by header, missing cells empty, blank lines skipped', () => {
    expect(parseCsvObjects('a,b\n1\n\n2,3\n')).toEqual([
      { a: '1', b: '' },
      { a: '2', b: '3' },
    ]);
  });

  test('property: never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') }), (text) => {
        expect(Array.isArray(parseCsv(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (text) => void parseCsv(text)), { numRuns: 500 });
  });

  test('property: formatCsv then parseCsv round-trips any fields, quotes and newlines included', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'B', '1', ',', '"', '\n', '\r', ' ', '\u00e9') });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rows, (r) => {
        expect(parseCsv(formatCsv(r))).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readCsv (the strict view of the same scan)', () => {
  test('a well-formed file reads the same cells as parseCsv, with the line each record starts on', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' ') });
    const row = fc.array(field, { minLength: 1, maxLength: 4 }).filter((r) => r.some((c) => c.trim() !== ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const text = formatCsv(rows);
        const r = readCsv(text);
        expect(r.error).toBeNull();
        expect(r.records.map((x) => x.cells)).toEqual(parseCsv(text));
        // Each record starts one line after the previous one ended (newlines inside quotes counted).
        let line = 1;
        r.records.forEach((rec, i) => {
          expect(rec.line).toBe(line);
          line += 1 + rows[i]!.join('').split('\n').length - 1;
        });
      }),
      { numRuns: 300 },
    );
  });

  test('the bends parseCsv forgives are reported per record; an unclosed quote refuses the file', () => {
    expect(readCsv('a,"b"c\nd').records.map((x) => [x.line, x.cells, !!x.error])).toEqual([
      [1, ['a', 'bc'], true],
      [2, ['d'], false],
    ]);
    expect(readCsv('a\n\n"x\ny').error).toMatch(/starts on line 3 is never closed/);
  });
});

describe('parseNumber', () => {
  test.each<[string | undefined, number | null]>([
    ['$425.40', 425.4],
    ['3,162,416,042,769', 3162416042769],
    ['7.625%', 7.625],
    ['-0.566%', -0.566],
    ['927835540326.0', 927835540326],
    ['1e3', 1000],
    ['NA', null],
    ['.', null],
    ['', null],
    [undefined, null],
    ['12abc', null],
  ])('%j → %j', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});
