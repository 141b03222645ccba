/**
 * A deterministic ~1 MB, ~10,000-element news page: long paragraphs of market prose with
 * the usual mix of cashtags, exchange-qualified tickers, money, all-caps words and links.
 */
const WORDS =
  'the of and to in a that for on with as by at from is was were said analysts investors shares stock market rally small caps regional banks rates yield curve inflation earnings guidance quarter revenue margin loans deposits credit spreads valuation multiple discount premium index fund flows momentum rotation sector energy biotech industrials housing consumer demand supply chain'.split(
    ' ',
  );
const MENTIONS = ['(NASDAQ: ZION)', '(NYSE: WAL)', '$IWM', '$KRE', 'Comerica (NYSE: CMA)', 'KeyCorp (KEY)', '$BRK.B', '(NYSE Arca: IWM)'];
const NOISE = ['$5', '$12.50', '$1.2B', 'CEO', 'FDIC', 'IT', 'ALL', 'GDP', 'NEW YORK'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function heavyArticle(opts: { elements?: number; seed?: number } = {}): { html: string; elements: number; bytes: number } {
  const target = opts.elements ?? 10_000;
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const parts: string[] = [];
  let elements = 0;
  while (elements < target) {
    // A section: heading + paragraphs with inline links and emphasis (several elements each).
    parts.push(`<h2>${pick(WORDS).toUpperCase()} ${pick(WORDS).toUpperCase()} ${pick(NOISE)}</h2>`);
    elements++;
    for (let p = 0; p < 8 && elements < target; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) {
        const words = Array.from({ length: 8 + Math.floor(rand() * 6) }, () => pick(WORDS));
        if (rand() < 0.25) words.splice(3, 0, pick(MENTIONS));
        if (rand() < 0.2) words.splice(6, 0, pick(NOISE));
        sentences.push(words.join(' ') + '.');
      }
      const link = rand() < 0.3 ? ` <a href="/markets/companies/${pick(['ZION.O', 'WAL.N', 'KRE', 'CMA.N'])}">more</a>` : '';
      parts.push(`<p><span>${sentences.slice(0, 2).join(' ')}</span> <em>${sentences[2]}</em> ${sentences.slice(3).join(' ')}${link}</p>`);
      elements += link ? 4 : 3;
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article | Reuters</title>
<link rel="canonical" href="https://www.reuters.com/markets/us/bench-heavy-article/"></head>
<body><header><nav><a href="/markets/">Markets</a></nav></header>
<main><article><h1>HEAVY PAGE FOR CAPLENS BENCHMARKS</h1><div data-testid="ArticleBody">${parts.join('\n')}</div></article></main>
<footer>© Benchmark page</footer></body></html>`;
  return { html, elements, bytes: Buffer.byteLength(html) };
}
