/**
 * A/B of the page scan: a baseline commit's scanDom and this tree's, with the bench's floor
 * detector, in one Chromium page on the bench's heavy page, one pass per sample, interleaved
 * rounds (rotated order). Single bench runs swing ±30% on a shared machine; fastest samples and
 * tenth percentiles of interleaved rounds separate builds that differ by a few percent.
 * Also checks that both builds return the same candidates.
 *
 *   npx tsx scripts/bench/ab-scan.ts [baseline-ref=main] [rounds=200] [profile|finders|profile-finders]
 * With `profile`: instead, a sampling CPU profile of this tree's scan over `rounds` passes, self
 * time by function (unminified bundle, so the names are the source's); with AB_LINES=<file>, also
 * ticks by line of the bundle, written to that file.
 * With `finders`: the two builds' text finders only (findPositionedCandidates over the page's
 * block texts, as the scan calls them), without the DOM walk's noise; AB_REPS=<n> passes per sample
 * of both builds (scan or finders).
 * Measure in Chromium, not Node: Node 20's older V8 ranks regexes against indexOf differently.
 * Its ratios to the floor read low: two scans run every round and the floor mostly follows one, so
 * it likely pays for their garbage. For scan ÷ floor use `npm run bench` (README, Performance).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../lib/launch-extension';
import { heavyArticle } from './heavy-page';

const [ref = 'main', roundsArg = '200'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const profile = process.argv[4]?.includes('profile') === true;
const finders = process.argv[4]?.includes('finders') === true;
// Passes per sample of the two builds (AB_REPS, default 1; the floor and walk stay at one): the
// timer's 0.1 ms steps are coarse against one pass. Ratios to the floor need AB_REPS=1.
const reps = Number(process.env.AB_REPS ?? '1');

// The page's block texts with the bare mode the scan gives them (headings none, paragraphs all), and
// the first capital pair's place, as the walk passes them.
const FINDER_PASS = `const blocks = [...document.querySelectorAll('[data-testid="ArticleBody"] > p, [data-testid="ArticleBody"] > h2')].map((e) => [e.textContent, e.localName === 'p' ? 'all' : 'none']);
const PAIR = /[A-Z]{2}/g;
const pass = () => {
  const given = new Map();
  const snippet = (s) => { const n = given.get(s) ?? 0; if (n >= PAGE_SNIPPETS) return false; given.set(s, n + 1); return true; };
  const out = [];
  for (const [text, bare] of blocks) {
    // As the walk: the first capital pair's place (the walk's pretest) is passed on.
    PAIR.lastIndex = 0;
    const firstPair = PAIR.test(text) ? PAIR.lastIndex - 2 : -1;
    out.push(findPositionedCandidates(text, { bare: firstPair === -1 ? 'none' : bare, names: false, capsDemote: bare === 'all', snippet, firstPair }));
  }
  return out;
};`;

async function bundle(root: string, name: string, dir: string): Promise<string> {
  const entry = finders
    ? `import { PAGE_SNIPPETS } from ${JSON.stringify(join(root, 'lib/detect/dom-scan'))};
import { findPositionedCandidates } from ${JSON.stringify(join(root, 'lib/detect/candidates'))};
${FINDER_PASS}
globalThis.${name} = () => { let r; for (let i = 0; i < ${reps}; i++) r = pass(); return r; };`
    : `import { PAGE_SNIPPETS, scanDom } from ${JSON.stringify(join(root, 'lib/detect/dom-scan'))};
import { siteForUrl } from ${JSON.stringify(join(root, 'lib/sites/registry'))};
globalThis.${name} = () => { globalThis.__H = ${name === "__B" ? Number(process.env.H ?? 0) : 0}; let r; for (let i = 0; i < ${reps}; i++) r = scanDom(document, { site: siteForUrl(location.href), snippets: PAGE_SNIPPETS }); return r; };`;
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, entry);
  const out = await build({
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: !profile, lib: { entry: file, formats: ['iife'], name: `${name}Bundle` } },
  });
  const res = Array.isArray(out) ? out[0]! : out;
  if (!('output' in res)) throw new Error('unexpected vite build result');
  return res.output[0].code;
}

// The bench's floor detector (detect-entry.ts), verbatim.
const FLOOR = `const STRONG_SHAPES = /\\$[A-Z]{1,5}(?:\\.[A-Z])?(?![A-Za-z0-9])|(?:NYSE Arca|NYSE|NASDAQ|Nasdaq): ?[A-Z]{1,5}(?![A-Za-z0-9])|\\([A-Z]{1,5}\\)/g;
globalThis.__floor = () => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  while (w.nextNode()) {
    const node = w.currentNode;
    const data = node.data;
    STRONG_SHAPES.lastIndex = 0;
    for (let m = STRONG_SHAPES.exec(data); m; m = STRONG_SHAPES.exec(data)) found.push({ text: m[0], node, at: m.index });
  }
  return found.length;
};
globalThis.__walk = () => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (w.nextNode()) chars += w.currentNode.data.length;
  return chars;
};`;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'ab-scan-'));
  try {
    execSync(`git archive ${ref} lib | tar -x -C ${base}`);
    execSync(`ln -s ${resolve('node_modules')} ${join(base, 'node_modules')}`);
    const a = await bundle(base, '__A', base);
    const b = await bundle(resolve('.'), '__B', base);
    if (process.env.AB_LINES) writeFileSync(process.env.AB_LINES, b);
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const { html } = heavyArticle();
      // Cross-origin isolated (COOP + COEP): performance.now() then steps by microseconds, not 0.1 ms.
      const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
      await page.route('https://www.reuters.com/**', (r) => r.fulfill({ contentType: 'text/html', body: html, headers }));
      await page.goto('https://www.reuters.com/markets/us/bench-heavy-article/');
      for (const content of [a, b, FLOOR]) await page.addScriptTag({ content });
      if (profile) return await profileScan(page);
      if (!(await page.evaluate('crossOriginIsolated'))) console.error('not cross-origin isolated: timer steps of 0.1 ms');
      const same = await page.evaluate(`JSON.stringify(globalThis.__A()) === JSON.stringify(globalThis.__B())`);
      const samples: Record<string, number[]> = { __A: [], __B: [], __floor: [], __walk: [] };
      const keys = Object.keys(samples);
      for (let i = 0; i < rounds; i++) {
        const order = [...keys.slice(i % keys.length), ...keys.slice(0, i % keys.length)];
        const r = (await page.evaluate(`(() => { const out = {}; for (const k of ${JSON.stringify(order)}) { const t0 = performance.now(); globalThis[k](); out[k] = performance.now() - t0; } return out; })()`)) as Record<string, number>;
        if (i >= 3) for (const k of keys) samples[k]!.push(r[k]!);
      }
      const stat = (k: string) => ({ min: pct(samples[k]!, 0), p10: pct(samples[k]!, 0.1), median: pct(samples[k]!, 0.5) });
      type Stat = ReturnType<typeof stat>;
      const [A, B, F, W] = keys.map(stat) as [Stat, Stat, Stat, Stat];
      const ratio = (x: typeof A) => ({ min: +(x.min / F.min).toFixed(2), p10: +(x.p10 / F.p10).toFixed(2), median: +(x.median / F.median).toFixed(2) });
      console.log(JSON.stringify({ ref, rounds, sameCandidates: same, baseline: A, thisTree: B, floor: F, walk: W, baselineVsFloor: ratio(A), thisTreeVsFloor: ratio(B), load: execSync('cat /proc/loadavg').toString().trim() }, null, 1));
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

async function profileScan(page: import('playwright-core').Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate('globalThis.__B()');
  await cdp.send('Profiler.start');
  await page.evaluate(`for (let i = 0; i < ${rounds}; i++) globalThis.__B()`);
  const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; lineNumber: number } }>; samples: number[] } };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  if (process.env.AB_LINES) {
    const lines = new Map<number, number>();
    for (const n of p.nodes as Array<{ positionTicks?: Array<{ line: number; ticks: number }> }>) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    console.log('line ticks:', JSON.stringify([...lines].sort((x, y) => y[1] - x[1]).slice(0, 60)));
  }
  const self = new Map<string, number>();
  for (const id of p.samples) {
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || '(anon)'}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + 1);
  }
  const total = p.samples.length;
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 40)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

void main();
