import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attributeWarning, parseLintReport } from '../../../scripts/lib/lint-report';

const PREACT = 'a=1;d?(s||f&&(d.__html==f.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),t.__k=[]):(f&&(e.textContent=``))';
const ZOD = 'var Ze=Ie(()=>{if(T.jitless||typeof navigator<`u`)return!1;try{return Function(``),!0}catch{return!1}});';
const col = (src: string, needle: string) => src.indexOf(needle) + 1;

describe('attributeWarning', () => {
  test.each([
    ['preact innerHTML branch', { code: 'UNSAFE_VAR_ASSIGNMENT', line: 1, column: col(PREACT, 'e.innerHTML=d') }, PREACT, 'preact'],
    ['zod jitless probe', { code: 'DANGEROUS_EVAL', line: 1, column: col(ZOD, 'Function') }, ZOD, 'zod'],
    ['our own innerHTML from page text', { code: 'UNSAFE_VAR_ASSIGNMENT', line: 1, column: 5 }, 'card.innerHTML = ticker.name;', null],
    ['our own eval', { code: 'DANGEROUS_EVAL', line: 1, column: 1 }, 'Function("return " + s)()', null],
    ['right signature, other code', { code: 'DANGEROUS_EVAL', line: 1, column: col(PREACT, 'e.innerHTML=d') }, PREACT, null],
    ['line past the end', { code: 'UNSAFE_VAR_ASSIGNMENT', line: 3, column: 1 }, PREACT, null],
    ['no position', { code: 'UNSAFE_VAR_ASSIGNMENT' }, PREACT, null],
  ])('%s', (_name, m, source, want) => {
    const got = attributeWarning({ message: '', file: 'x.js', ...m }, source);
    if (want === null) expect(got).toBeNull();
    else expect(got).toContain(want);
  });

  test('far from the signature is not attributed', () => {
    const src = PREACT + ' '.repeat(2000) + 'x.innerHTML=y';
    expect(attributeWarning({ code: 'UNSAFE_VAR_ASSIGNMENT', message: '', line: 1, column: src.length - 12 }, src)).toBeNull();
  });
});

describe('parseLintReport', () => {
  test('reads the JSON after a banner', () => {
    const r = parseLintReport('Validating add-on\n{"count":1,"summary":{},"errors":[],"notices":[],"warnings":[{"code":"X","message":"m","file":"a.js","line":1,"column":2}]}\n');
    expect(r.warnings).toEqual([{ code: 'X', message: 'm', file: 'a.js', line: 1, column: 2 }]);
    expect(r.errors).toEqual([]);
  });
  test.each([[''], ['not json'], ['{"errors": "x"}']])('rejects %j', (s) => {
    expect(() => parseLintReport(s)).toThrow();
  });
});

describe('our source never sets HTML', () => {
  const ROOT = resolve(__dirname, '../../..');
  const files = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : /\.(ts|tsx)$/.test(f) ? [join(d, f)] : []));
  test('no dangerouslySetInnerHTML, innerHTML/outerHTML writes, insertAdjacentHTML, eval or Function()', () => {
    const offenders: string[] = [];
    for (const dir of ['lib', 'components', 'entrypoints']) {
      for (const f of files(join(ROOT, dir))) {
        const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        if (/dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|\beval\s*\(|new\s+Function\s*\(/.test(src)) offenders.push(f);
      }
    }
    expect(offenders).toEqual([]);
  });
});
