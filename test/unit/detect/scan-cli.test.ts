/**
 * DESIGN.md contract 1, end to end: the real CLI over the demo page with the real snapshot.
 */
import { execFile } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliExitCode } from '../../../scripts/lib/cli-exit';
import { scanMain } from '../../../scripts/lib/scan-cli';
import { scanHtml } from '../../../scripts/scan-html';
import { realRecords } from '../data/real-snapshot';

const ROOT = resolve(__dirname, '../../..');
const PAGE = 'test/fixtures/pages/reuters-small-cap-rally.html';

interface Run { status: number | null; stdout: string; stderr: string }
// Async so a slow child never blocks the worker's event loop (timeouts still fire). Node with tsx's
// loader, as `npm run scan` runs it, but without the tsx launcher's second Node process per run.
const scan = (...args: string[]) =>
  new Promise<Run>((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      done({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });

// The CLI's argument and input checks, in-process (scripts/lib/scan-cli.ts): what a bad call prints and its
// exit code. One bad call (a missing file) keeps a real run for the exit status 2 of the process.
const scanCall = async (...args: string[]): Promise<Run> => {
  let [stdout, stderr] = ['', ''];
  const status = await cliExitCode('scan', scanMain, args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
};

// What scan.ts prints for a readable HTML page, in-process: the snapshot validated and expanded once
// per file (realRecords) instead of once per child. The demo page above keeps a real run (wiring,
// exit code, JSON on stdout); these cases are about the scan's output for other inputs.
const scanInProcess = async (file: string): Promise<string> => JSON.stringify(await scanHtml(file, readFileSync(file, 'utf8'), realRecords()), null, 2) + '\n';

describe('npm run scan', () => {
  test('prints one JSON object matching the contract for the demo page', async () => {
    const r = await scan(PAGE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { source: string; tickers: Array<{ symbol: string; count: number; kind: string; evidence: string[] }> };
    expect(Object.keys(out)).toEqual(['source', 'tickers']);
    expect(out.source).toBe(PAGE);
    const expected = JSON.parse(readFileSync(resolve(ROOT, PAGE.replace(/\.html$/, '.expected.json')), 'utf8')) as { required: string[]; forbidden: string[] };
    const symbols = out.tickers.map((t) => t.symbol);
    // Labels key indexes as "index:RUT"; the CLI prints the code.
    for (const s of expected.required.map((k) => k.replace(/^index:/, ''))) expect(symbols).toContain(s);
    for (const s of expected.forbidden) expect(symbols).not.toContain(s);
    for (const t of out.tickers) {
      expect(Object.keys(t)).toEqual(['symbol', 'count', 'kind', 'evidence']);
      expect(t.symbol).toMatch(/^[A-Z0-9]+(\.[A-Z0-9]+)?$/);
      expect(['stock', 'etf', 'index', 'crypto', 'unknown']).toContain(t.kind);
      expect(t.count).toBeGreaterThan(0);
    }
    expect(out.tickers.find((t) => t.symbol === 'IWM')?.kind).toBe('etf');
    expect(out.tickers.find((t) => t.symbol === 'ZION')?.kind).toBe('stock');
  }, 60_000);

  test('a missing file → exit 2 with a message, nothing on stdout', async () => {
    const r = await scan('does-not-exist.html');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot read .*no such file/);
  }, 60_000);

  test.each([
    ['a directory', ['test'], /is a directory/],
    ['a non-HTML file', ['package.json'], /does not look like an HTML page/],
    ['no argument', [], /missing file/],
    ['two files', [PAGE, PAGE], /expected one file/],
    ['an unknown option', ['--frobnicate', PAGE], /unknown option/],
  ])('%s → exit 2 with a message, nothing on stdout', async (_name, args, message) => {
    const r = await scanCall(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  }, 60_000);

  test('crypto and index mentions carry their kind (contract 2 kinds)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caplens-scan-'));
    const file = join(dir, 'crypto.html');
    writeFileSync(file, '<!doctype html><html><body><p>$BTC rallied while the Russell 2000 rose; Grayscale Bitcoin Mini Trust (NYSE Arca: BTC) took in cash.</p></body></html>');
    expect(JSON.parse(await scanInProcess(file)).tickers).toEqual([
      { symbol: 'BTC', count: 1, kind: 'etf', evidence: ['exchange-prefix'] },
      { symbol: 'BTC', count: 1, kind: 'crypto', evidence: ['cashtag'] },
      { symbol: 'RUT', count: 1, kind: 'index', evidence: ['index'] },
    ]);
  }, 60_000);

  test('a page with no tickers prints an empty list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caplens-scan-'));
    const file = join(dir, 'empty.html');
    writeFileSync(file, '<!doctype html><html><body><p>Nothing to see. ALL CAPS (CEO) $5.</p></body></html>');
    expect(JSON.parse(await scanInProcess(file))).toEqual({ source: file, tickers: [] });
  }, 60_000);
});
