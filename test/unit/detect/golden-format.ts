/**
 * The golden scan outputs' file format and diff (test/fixtures/golden/, checked by
 * saved-pages.test.ts): one ticker per line, so a changed count or evidence is a one-line diff.
 */
import type { ScanResult } from '../../../scripts/scan-html';

export type Ticker = ScanResult['tickers'][number];
/** Per page: the tickers with names off and on. */
export type Golden = Record<string, { 'names off': Ticker[]; 'names on': Ticker[] }>;

/** One ticker per line, so a changed count or evidence is a one-line diff. */
export function formatGolden(g: Golden): string {
  const pageBlock = ([file, v]: [string, Golden[string]]) =>
    `  ${JSON.stringify(file)}: {\n` +
    (['names off', 'names on'] as const)
      .map((k) => `    ${JSON.stringify(k)}: [${v[k].length ? `\n${v[k].map((t) => `      ${JSON.stringify(t)}`).join(',\n')}\n    ` : ''}]`)
      .join(',\n') +
    '\n  }';
  return `{\n${Object.entries(g).map(pageBlock).join(',\n')}\n}\n`;
}

/** What changed, page by page: "+ ZION ×2 stock [cashtag]" / "- …". */
export function goldenDiff(want: Golden, got: Golden): string[] {
  const line = (t: Ticker) => `${t.symbol} ×${t.count} ${t.kind} [${t.evidence.join(',')}]`;
  const out: string[] = [];
  for (const file of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
    if (!want[file]) out.push(`${file}: new page (not in the golden file)`);
    else if (!got[file]) out.push(`${file}: page gone`);
    else {
      for (const k of ['names off', 'names on'] as const) {
        const w = new Set(want[file][k].map(line));
        const g = new Set(got[file][k].map(line));
        const changes = [...[...w].filter((x) => !g.has(x)).map((x) => `- ${x}`), ...[...g].filter((x) => !w.has(x)).map((x) => `+ ${x}`)];
        if (!changes.length && want[file][k].map(line).join() !== got[file][k].map(line).join()) changes.push('same tickers, new order');
        out.push(...changes.map((c) => `${file} (${k}): ${c}`));
      }
    }
  }
  return out;
}
