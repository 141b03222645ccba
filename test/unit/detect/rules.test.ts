// @vitest-environment happy-dom
/**
 * Detection rules added for the labelled corpus: bare words and their cues, index names,
 * crypto, symbol cells, parentheticals that are acronyms, rails, and the validator's use of
 * listed names. The corpus test (saved-pages.test.ts) measures them on whole pages.
 */
import { describe, expect, test } from 'vitest';
import { findPositionedCandidates, findTextCandidates } from '../../../lib/detect/candidates';
import { scanDom } from '../../../lib/detect/dom-scan';
import { validateCandidates, universeFromRecords, type SymbolUniverse } from '../../../lib/detect/validate';
import { isAbbreviationOf, isAcronymOf, namesCompany } from '../../../lib/detect/parenthetical';
import { nameKey } from '../../../lib/detect/company-names';
import { exchangeLabel } from '../../../lib/detect/exchanges';
import { INDEXES, INDEX_CODES } from '../../../lib/detect/indexes';
import type { Candidate } from '../../../lib/detect/types';
import { robinhood } from '../../../lib/sites/robinhood';
import { candidateFromHref } from '../../../lib/detect/links';

const brief = (text: string, bare: 'all' | 'numeric' | 'none' = 'all') =>
  findPositionedCandidates(text, { bare }).map((c) => `${c.candidate.symbol}:${c.candidate.evidence}${c.cued ? '*' : ''}`);

describe('bare upper-case words', () => {
  const rows: Array<[string, string[]]> = [
    ['Shares of NVDA rose 3% today.', ['NVDA:bare*']],
    ['NVDA stock gained and MU shares too.', ['NVDA:bare*', 'MU:bare*']],
    ['ZION climbed 1.9% and WAL jumped 2.6%.', ['ZION:bare*', 'WAL:bare*']],
    ['TXN (+0.6%) and ADI (-0.9%)', ['TXN:bare*', 'ADI:bare*']],
    ['AMD, INTC and QCOM rose 1.7%, 2.3% and 0.8%.', ['AMD:bare*', 'INTC:bare*', 'QCOM:bare*']],
    ['Traders like $NVDA, AMD and INTC.', ['NVDA:cashtag', 'AMD:bare*', 'INTC:bare*']],
    ['Its Class A shares trade as BRK.A in New York.', ['BRK.A:bare*']],
    ['He bought HOOD and sold SOFI.', ['HOOD:bare*', 'SOFI:bare*']],
    // social text (issue 12)
    ['Some lucky picks of NFLX and AMZN this year', ['NFLX:bare*', 'AMZN:bare*']],
    ['For the long haul, think WMT, MCD', ['WMT:bare*', 'MCD:bare*']],
    ['Still watching PLTR here', ['PLTR:bare*']],
    // r/wallstreetbets (test/fixtures/real-pages/reddit-wsb-*): an option contract, an analyst's call,
    // holders, a price going down; a slash pair and a parenthesised list are lists
    ['The power of just 1 put contract. NFLX 1/21/22 450 put', ['NFLX:bare*']],
    ['SPY 450c and QQQ 300 puts', ['SPY:bare*', 'QQQ:bare*']],
    ['MU downgrade by MS is head scratcher', ['MU:bare*', 'MS:bare']],
    ['HOOD bagholders want their losses dropped', ['HOOD:bare*']],
    ['Can anyone explain why BRLT is going down', ['BRLT:bare*']],
    ['bagholding memes like CLOV/AMC', ['CLOV:bare*', 'AMC:bare*']],
    ['just like in May 2021 (GME, AMC, BBBY).', ['GME:bare*', 'AMC:bare*', 'BBBY:bare*']],
    // r/wallstreetbets 2020 and StockTwits (reddit-wsb-posts-2020, stocktwits-trending-streams): option
    // contracts with the strike before or after, options "against" a stock, "checkout", bullet lists
    // that a one-letter or stop-word item does not break
    ['50C TZA 4/24, 18C SPXU 4/17, 139p VTI 5/15', ['TZA:bare*', 'SPXU:bare*', 'VTI:bare*']],
    ['IWM 100P 1/25/21', ['IWM:bare*']],
    ['Position: $75 IWM November Puts.', ['IWM:bare*']],
    ["I've played puts and calls against DIS over the last year.", ['DIS:bare*']],
    ['Oh and as always, checkout SPG.', ['SPG:bare*']],
    ['October 20th:\n- $NFLX\n- TXN\n- PM\n- LMT', ['NFLX:cashtag', 'TXN:bare*', 'LMT:bare*']],
    // r/pennystocks and FinTwit (reddit-pennystocks-comments, twitter-fintwit-tesla): "look at", "a look",
    // "mentioned", the writer's own position, and a list of three or more words in capitals
    ['If you want to see a good penny look at AIHS.', ['AIHS:bare*']],
    ["Take a look VVOS it's a mini INSP.", ['VVOS:bare*', 'INSP:bare']],
    ['Dude I saw ADTX mentioned this morning', ['ADTX:bare*']],
    ['moved it into Advaxis and added more to my CTRM position- paid off', ['CTRM:bare*']],
    // ... but someone else's position is a stance, a list of abbreviations holds no candidate, and
    // a cue in capitals is none
    ['the NATO position on the treaty', ['NATO:bare']],
    ['We expect GDP, CPI and PCE to cool, said the CEO', []],
    ['LOOK AT GME NOW', []],
    // ... but a time of day is no strike, and two words with no cue are no list,
    ['ZION at 5 p.m. and WAL too', ['ZION:bare', 'WAL:bare']],
    ['Both ZION and WAL reported', ['ZION:bare', 'WAL:bare']],
    // ... nor are three or more: a list of abbreviations ("AI, AR and VR") looks the same (a rule that
    // cued such lists read a listed abbreviation on a held-out page in stop 17 and was dropped)
    ['Idk, I saw CLSN, ITRM, BANT, INUV all over the sub', ['CLSN:bare', 'ITRM:bare', 'BANT:bare', 'INUV:bare']],
    ['Only good ones are ALPP, ABML, TLSS and ZOM.', ['ALPP:bare', 'ABML:bare', 'TLSS:bare', 'ZOM:bare']],
    // ... software is upgraded too, a subreddit is no ticker, and lists of abbreviations are no words to read
    ['due to a recent OS upgrade and the IBM upgrade to Windows', ['OS:bare', 'IBM:bare']],
    ['posted in r/AMC and r/GME', []],
    ['the executives (CEO, CFO) and USD/JPY', []],
    // an all-caps block gives the cue no weight (HAS_LOWER): a shouted headline is no social text
    ['I THINK NASA AND SPACEX WILL WIN', []],
    // uncued: kept as candidates, dom-scan keeps them only when the page has other evidence
    ['We met the ZION team.', ['ZION:bare']],
    // never bare: stop words, exchange names, glued shapes, one letter, name before a parenthetical
    ['The CEO of the NYSE said GDP and CPI rose 2%.', []],
    ['AT&T, U.S. stocks, COVID-19, non-GAAP, S&P, $IWM, Class A shares, C shares', ['IWM:cashtag']],
    ['BP (BP.L) and IBM (NYSE: IBM)', ['BP:parenthetical', 'IBM:exchange-prefix']],
    // all-caps phrases are not tickers, and an all-caps cue is no cue
    ['BUY NOW PAY LATER plans; NEW YORK rally', []],
    ['SHARES OF ZION JUMP', []],
  ];
  test.each(rows)('%s', (text, want) => expect(brief(text)).toEqual(want));

  test('numeric mode (an all-caps block) keeps only "NVDA +3.1%"', () => {
    expect(brief('TOP MOVERS: NVDA +3.1%, AMD -2%, SHARES OF INTC', 'numeric')).toEqual(['NVDA:bare*', 'AMD:bare*']);
    expect(brief('Shares of NVDA rose 3%', 'none')).toEqual([]);
  });

  test('findTextCandidates returns cued bare words only', () => {
    expect(findTextCandidates('We met the ZION team. Shares of WAL rose 2%.').map((c) => c.symbol)).toEqual(['WAL']);
  });
});

describe('index names', () => {
  const rows: Array<[string, string[]]> = [
    ['The S&P 500 rose, the Nasdaq Composite fell and the Dow Jones Industrial Average was flat.', ['SPX', 'IXIC', 'DJI']],
    ['Russell 2000, Russell 1000 and Russell 3000; the S&P SmallCap 600 and S&P MidCap 400; the Nasdaq-100; the DJIA; the VIX', ['RUT', 'RUI', 'RUA', 'SML', 'SP400', 'NDX', 'DJI', 'VIX']],
    ['S&P 600 and S&P 400 and Dow industrials and the Cboe Volatility Index', ['SML', 'SP400', 'DJI', 'VIX']],
    // a fund's name is the fund, not the index
    ['iShares Russell 2000 ETF, Vanguard S&P 500 ETF, SPDR S&P MidCap 400 ETF Trust, an S&P 500 index fund', []],
    ['SPDR S&P 500 (SPY)', ['SPY']],
  ];
  test.each(rows)('%s', (text, want) =>
    expect(findTextCandidates(text).map((c) => (c.evidence === 'index' ? c.symbol : c.symbol))).toEqual(want));

  test('every index has a unique code', () => {
    expect(INDEX_CODES.size).toBe(INDEXES.length);
  });
});

describe('exchange lists and security descriptions', () => {
  test('a second exchange in the list is read as an exchange', () => {
    const got = findTextCandidates('Imperial Oil Limited (TSX: IMO, NYSE American: IMO) said').map((c) => `${c.symbol}:${c.exchange}`);
    expect(got).toEqual(['IMO:TSX', 'IMO:NYSE AMERICAN']);
  });
  test('"Common Stock (DE)" is a jurisdiction, not Deere', () => {
    expect(findTextCandidates('Western Alliance Bancorporation Common Stock (DE)')).toEqual([]);
    expect(findTextCandidates('Deere & Company (DE)').map((c) => c.symbol)).toEqual(['DE']);
  });
  test.each([
    ['NASDAQ.NMS', 'NASDAQ'], ['ARCA', 'NYSE ARCA'], ['NYSE', 'NYSE'], ['TSE', 'TSE'], ['LSE', 'LSE'], ['PINK', 'OTC'], ['Stock', undefined], ['CAD', undefined],
  ])('exchangeLabel(%s) = %s', (raw, want) => expect(exchangeLabel(raw)).toBe(want));
});

describe('validator', () => {
  const records = [
    { symbol: 'ZION', name: 'Zions Bancorporation N.A.' },
    { symbol: 'OPEN', name: 'Opendoor Technologies Inc' },
    { symbol: 'ALL', name: 'Allstate' },
    { symbol: 'IR', name: 'Ingersoll Rand' },
    { symbol: 'BHE', name: 'Benchmark Electronics' },
    { symbol: 'CMS', name: 'CMS Energy' },
    { symbol: 'AMD', name: 'Advanced Micro Devices' },
    { symbol: 'IBM', name: 'IBM' },
    { symbol: 'HD', name: 'Home Depot (The)' },
    { symbol: 'BTC', name: 'Grayscale Bitcoin Mini Trust ETF' },
    { symbol: 'LTC', name: 'LTC Properties, Inc.' },
    { symbol: 'SOL', name: 'Emeren Group Ltd' },
    { symbol: 'LNG', name: 'Cheniere Energy, Inc.' },
    { symbol: 'NVDA', name: 'Nvidia' },
  ];
  const U = universeFromRecords(records);
  const v = (cands: Candidate[], universe: SymbolUniverse = U) => validateCandidates(cands, universe).map((d) => `${d.kind ? d.kind + ':' : ''}${d.symbol}:${d.count}`);
  const paren = (text: string) => findTextCandidates(text).filter((c) => c.evidence === 'parenthetical');

  test('a parenthetical after the company\'s own name is strong, even for a word-ticker', () => {
    expect(v(paren('Opendoor Technologies Inc. (OPEN) jumped; Allstate Corp. (ALL) fell'))).toEqual(['ALL:1', 'OPEN:1']);
    expect(v(paren('Advanced Micro Devices (AMD), International Business Machines (IBM) and Home Depot (HD)'))).toEqual(['AMD:1', 'HD:1', 'IBM:1']);
  });

  test('a parenthetical that abbreviates the phrase before it is not a ticker', () => {
    expect(v(paren('the Investor Relations (IR) page; Berkshire Hathaway Energy (BHE); the Centers for Medicare & Medicaid Services (CMS)'))).toEqual([]);
    expect(v(paren('Artificial Intelligence (AI) and Information Technology (IT)'), universeFromRecords([...records, { symbol: 'AI', name: 'C3.ai, Inc.' }, { symbol: 'IT', name: 'Gartner' }]))).toEqual([]);
    expect(isAcronymOf('CMS', 'the Centers for Medicare & Medicaid Services ')).toBe(true);
    expect(isAcronymOf('ZION', 'Zions Bancorporation ')).toBe(false);
    expect(namesCompany('shares of Zions Bancorporation ', 'Zions Bancorporation N.A.')).toBe(true);
    expect(namesCompany('First Solar ', 'First Horizon Corp')).toBe(false);
  });

  test('a parenthetical coined from the leading letters of two or more words is an abbreviation, and so are the page\'s later bare uses', () => {
    const u = universeFromRecords([...records, { symbol: 'CTEC', name: 'Global X CleanTech ETF' }, { symbol: 'GOOGL', name: 'Alphabet Inc.' }]);
    // The real press release (prnewswire-hackerrank-cybermedia): a private company, then its short name.
    expect(v([...paren('a partnership with Cybermedia Technologies (CTEC), a leader'), { symbol: 'CTEC', evidence: 'bare' }], u)).toEqual([]);
    expect(isAbbreviationOf('CTEC', 'with Cybermedia Technologies ')).toBe(true);
    expect(isAbbreviationOf('BPI', 'the Bank Policy Institute ')).toBe(true);
    // One word is a brand and its ticker; letters out of order or a word skipped are no abbreviation.
    expect(isAbbreviationOf('GOOGL', 'shares of Google ')).toBe(false);
    expect(v(paren('shares of Google (GOOGL) rose'), u)).toEqual(['GOOGL:1']);
    expect(isAbbreviationOf('CTEC', 'with Technologies Cybermedia ')).toBe(false);
    expect(isAbbreviationOf('CTEC', 'Cybermedia and Tech Group Services ')).toBe(false);
    // The listed company's own name comes first: "Zions Bancorporation (ZION)" stays a ticker.
    expect(v(paren('Zions Bancorporation (ZION) rose'), u)).toEqual(['ZION:1']);
  });

  test('funds named after their index (DJIA, DAX) are the index in prose, cells and cashtags; the fund only by a quote link or an exchange prefix', () => {
    const u = universeFromRecords([{ symbol: 'DJIA', name: 'Global X Dow 30 Covered Call ETF' }, { symbol: 'DAX', name: 'Global X DAX Germany ETF' }]);
    const as = (evidence: Candidate['evidence']) => v([{ symbol: 'DJIA', evidence }, { symbol: 'DAX', evidence }], u);
    for (const e of ['bare', 'symbol-cell', 'parenthetical', 'cashtag'] as const) expect(as(e), e).toEqual([]);
    for (const e of ['quote-link', 'exchange-prefix', 'main-symbol'] as const) expect(as(e), e).toEqual(['DAX:1', 'DJIA:1']);
  });

  test('abbreviation-like symbols in parentheses count only after their company\'s name (issue 12)', () => {
    const u = universeFromRecords([...records, { symbol: 'ETN', name: 'Eaton Corporation, PLC' }, { symbol: 'AP', name: 'Ampco-Pittsburgh Corporation' }, { symbol: 'CEO', name: 'Example CEO Holdings' }]);
    expect(v(paren('Eaton (ETN) rose and Home Depot (HD) fell'), u)).toEqual(['ETN:1', 'HD:1']);
    expect(v(paren('Video Quality Auto High (HD) Medium; MOSCOW (AP) — ; Chief Executive Officer (CEO)'), u)).toEqual([]);
    // Without listed names a stop word in parentheses is never taken.
    expect(v(paren('Eaton (ETN) rose'), new Set(['ETN']))).toEqual([]);
  });

  test('without names (a plain Set), acronym parentheticals are dropped and word-tickers need strong evidence', () => {
    const plain = new Set(records.map((r) => r.symbol));
    expect(v(paren('Advanced Micro Devices (AMD) and Opendoor Technologies (OPEN) and Zions Bancorporation (ZION)'), plain)).toEqual(['ZION:1']);
  });

  test('crypto: cashtags, "Bitcoin (BTC)", bare and "$LTC.X" are coins; an exchange prefix is the listed trust', () => {
    const got = v([
      { symbol: 'BTC', evidence: 'cashtag' },
      { symbol: 'BTC', evidence: 'parenthetical', context: 'Bitcoin (BTC) climbed' },
      { symbol: 'BTC', evidence: 'exchange-prefix', exchange: 'NYSE ARCA' },
      { symbol: 'SOL', evidence: 'cashtag' },
      { symbol: 'DOGE', evidence: 'cashtag' },
      { symbol: 'LTC.X', evidence: 'cashtag' },
      { symbol: 'LTC', evidence: 'exchange-prefix', exchange: 'NYSE' },
      { symbol: 'LTC', evidence: 'cashtag', context: 'LTC Properties raised its dividend ($LTC)' },
    ]);
    expect(got).toEqual(['crypto:BTC:2', 'LTC:2', 'BTC:1', 'crypto:DOGE:1', 'crypto:LTC:1', 'crypto:SOL:1']);
  });

  // A token's cashtag (token-cashtag.ts): after a name that is not the listed company's, in a
  // context that speaks of crypto; read from the finder's own context for the mention.
  const tokenUniverse = universeFromRecords([
    { symbol: 'REF', name: 'Reformation Inc.' },
    { symbol: 'BRRR', name: 'Coinshares Bitcoin ETF of Beneficial Interest' },
    { symbol: 'META', name: 'Meta Platforms' },
    { symbol: 'COIN', name: 'Coinbase' },
    { symbol: 'MSTR', name: 'Strategy Inc' },
    { symbol: 'MARA', name: 'MARA Holdings Inc.' },
    { symbol: 'SPOT', name: 'Spotify Technology S.A.' },
    { symbol: 'MEGL', name: 'Magic Empire Global Limited' },
  ]);
  test.each<[string, string[]]>([
    // tokens: a DeFi thread's list of protocols
    ['Los principales protocolos DeFi son: Ref Finance $REF – DEX', []],
    ['Meta Pool $META – Liquid staking\n\nBurrow $BRRR – Prestamos', ['META:1']],
    // the listed company's own name, a cue, a word of the sentence, the topic: the security
    ['Coinbase $COIN rallied with bitcoin', ['COIN:1']],
    ['MicroStrategy $MSTR bought more bitcoin', ['MSTR:1']],
    ['Bitcoin miners: Marathon $MARA', ['MARA:1']],
    ['Buy $COIN before the crypto rally', ['COIN:1']],
    ['The $COIN rally is a crypto rally', ['COIN:1']],
    ['Bitcoin $MSTR $COIN', ['COIN:1', 'MSTR:1']],
    // no crypto in the mention's context, a handle, no name before: the security
    ['Trending: Internet Software $SPOT 10.95 %', ['SPOT:1']],
    ['@ipoguy @GetInEarly $MEGL to the moon, like crypto', ['MEGL:1']],
    ['Reformation results: Ref Finance $REF beat', ['REF:1']],
    ['crypto tokens: $REF and $BRRR', ['BRRR:1', 'REF:1']],
  ])('token cashtags: %s', (text, want) => expect(v(findTextCandidates(text), tokenUniverse)).toEqual(want));

  test('index mentions and index-code cashtags are labelled index, without the universe', () => {
    expect(v([{ symbol: 'RUT', evidence: 'index' }, { symbol: 'RUT', evidence: 'index' }, { symbol: 'SPX', evidence: 'cashtag' }, { symbol: 'XYZ', evidence: 'index' }])).toEqual([
      'index:RUT:2',
      'index:SPX:1',
    ]);
  });

  test('bare words: universe, not ambiguous, not a usual abbreviation', () => {
    const cands: Candidate[] = [
      { symbol: 'ZION', evidence: 'bare' },
      { symbol: 'ALL', evidence: 'bare' },
      { symbol: 'LNG', evidence: 'bare' },
      { symbol: 'XYZ', evidence: 'bare' },
      { symbol: 'NVDA', evidence: 'symbol-cell' },
    ];
    expect(v(cands)).toEqual(['NVDA:1', 'ZION:1']);
    // a usual abbreviation's bare mentions add nothing, even next to strong evidence
    expect(v([{ symbol: 'LNG', evidence: 'exchange-prefix', exchange: 'NYSE' }, { symbol: 'LNG', evidence: 'bare' }])).toEqual(['LNG:1']);
    // symbol cells are strong: a word-ticker in a Symbol column counts
    expect(v([{ symbol: 'ALL', evidence: 'symbol-cell' }])).toEqual(['ALL:1']);
  });

  test('a cued word cues its list; an uncued list of institutions stays abbreviations', () => {
    const funds = universeFromRecords([
      { symbol: 'BBC', name: 'Virtus LifeSci Biotech Clinical Trials ETF' },
      { symbol: 'CDC', name: 'VictoryShares US EQ Income Enhanced Volatility Wtd ETF' },
      { symbol: 'NATO', name: 'Themes Transatlantic Defense ETF' },
      { symbol: 'ITRM', name: 'Iterum Therapeutics' },
      { symbol: 'INUV', name: 'Inuvo' },
    ]);
    const text = 'Reports from CNN, BBC and CDC; the NATO position. I saw CLSN, ITRM, BANT, INUV mentioned.';
    expect(findTextCandidates(text).map((c) => c.symbol)).toEqual(['CLSN', 'ITRM', 'BANT', 'INUV']);
    expect(v(findTextCandidates(text), funds)).toEqual(['INUV:1', 'ITRM:1']);
  });
});

describe('dom-scan rules', () => {
  const parse = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  const got = (html: string) => scanDom(parse(html)).map((c) => `${c.symbol}:${c.evidence}${c.extraEvidence ? '+' : ''}${c.exchange ? ':' + c.exchange : ''}`);

  test('no bare words in headings, bylines, table cells, legal text or all-caps blocks', () => {
    expect(got(`<h1>Shares of ZION rose 3%</h1><p class="byline">Shares of WAL rose 2%</p><table><tr><td>Shares of CMA rose 2%</td></tr></table>
      <div class="disclaimer"><p>Shares of KEY rose 1%</p></div><p>SHARES OF FHN ROSE 2% AS BANKS RALLY</p><p>Shares of IWM rose 1%.</p>`)).toEqual(['IWM:bare']);
  });

  test('furniture hints are whole words of the attribute, and page layout above the article root does not count', () => {
    expect(got(`<div class="ArticleHeader"><p>Shares of ZION rose 3%</p></div><div class="authority-note"><p>Shares of WAL rose 2%</p></div>`)).toEqual(['WAL:bare']);
    const doc = parse(`<div class="layout-with-header"><div id="story"><p>Shares of KEY rose 2%.</p></div></div>`);
    const site = { id: 't', name: 'T', kind: 'news' as const, matches: ['https://t.test/*'], articleRoot: ['#story'] };
    expect(scanDom(doc, { site }).map((c) => c.symbol)).toEqual(['KEY']);
  });

  test('an uncued bare word counts only when the page marks the symbol elsewhere', () => {
    expect(got(`<p>The ZION team met the WAL team.</p><p>Zions (NASDAQ: ZION).</p>`)).toEqual(['ZION:bare', 'ZION:exchange-prefix:NASDAQ']);
  });

  test('symbol cells: <table> with a Symbol header (colspan-aware), link in the cell adds evidence', () => {
    expect(
      got(`<table><thead><tr><th colspan="2">Holding</th><th>Ticker</th></tr></thead><tbody>
        <tr><td>1</td><td>Nvidia</td><td>NVDA</td></tr>
        <tr><td>2</td><td>Allstate</td><td><a href="/quote/ALL">ALL</a></td></tr>
        <tr><td>3</td><td>Total</td><td>TOTAL</td></tr></tbody></table>
        <table><tr><th>Name</th><th>Last</th></tr><tr><td>ZION</td><td>1</td></tr></table>`),
    ).toEqual(['ALL:quote-link', 'NVDA:symbol-cell', 'ALL:symbol-cell+']);
  });

  test('symbol cells: a first row of <td> labels without figures is a header when "Ticker" is a whole cell (highshortinterest.com)', () => {
    const rows = `<tr><td><a href="https://example.com/x">ZION</a></td><td>Zions</td><td>Nasdaq</td></tr><tr><td>WAL</td><td>Western Alliance</td><td>NYSE</td></tr>`;
    expect(got(`<table><tr><td class="tblhdr">Ticker</td><td>Company</td><td>Exchange</td></tr>${rows}</table>`)).toEqual(['ZION:symbol-cell', 'WAL:symbol-cell']);
    // not the first row, a row with figures, too few cells, or a label that is not the whole cell
    expect(got(`<table><tr><td>Top</td><td>Movers</td><td>Today</td></tr><tr><td>Ticker</td><td>Company</td><td>Exchange</td></tr>${rows}</table>`)).toEqual([]);
    expect(got(`<table><tr><td>Ticker</td><td>Company</td><td>Q3 2021</td></tr>${rows}</table>`)).toEqual([]);
    expect(got(`<table><tr><td>Symbol</td><td><input></td></tr><tr><td>ZION</td><td>x</td></tr></table>`)).toEqual([]);
    expect(got(`<table><tr><td>Ticker lookup</td><td>Company</td><td>Exchange</td></tr>${rows}</table>`)).toEqual([]);
  });

  test('symbol cells: a word joined by "&" is a name, not a symbol (Bloomberg\'s "Ticker" column of index names)', () => {
    expect(
      got(`<table><tr><th>Ticker</th><th>Price</th></tr><tr><td>S&amp;P 500</td><td>1,622.56</td></tr>
        <tr><td>S&amp;P/ASX 200</td><td>4,737.70</td></tr><tr><td>AT&amp;T</td><td>35</td></tr><tr><td>T &amp; Co</td><td>35</td></tr></table>`),
    ).toEqual(['SPX:index', 'T:symbol-cell']);
  });

  test('symbol cells: ARIA grids, and broker cells with a venue label (IBKR "BRK B" · NYSE, "SHOP" · TSE)', () => {
    expect(
      got(`<div role="grid"><div role="row"><span role="columnheader">Instrument</span><span role="columnheader">Qty</span></div>
        <div role="row"><span role="gridcell"><a href="#/c/1">BRK B</a><span>NYSE · Stock</span></span><span role="gridcell">3</span></div>
        <div role="row"><span role="gridcell"><a href="#/c/2">SHOP</a><span>TSE · Stock · CAD</span></span><span role="gridcell">3</span></div>
        <div role="row"><span role="gridcell"><a href="#/c/3">BA.</a><span>LSE · Stock</span></span><span role="gridcell">3</span></div></div>`),
    ).toEqual(['BRK.B:symbol-cell:NYSE', 'SHOP:symbol-cell:TSE', 'BA:symbol-cell:LSE']);
  });

  test('rails are skipped by their heading on any site', () => {
    expect(got(`<p>$IWM</p><section><h2>People also own</h2><a href="/quote/TSLA">Tesla</a></section><div><h3>Most read</h3><p>$NVDA</p></div><section><h2>Holdings</h2><p>$KRE</p></section>`)).toEqual(['IWM:cashtag', 'KRE:cashtag']);
  });
});

test('Robinhood public stock pages (/us/en/stocks/NOW/) are quote pages', () => {
  expect(candidateFromHref('https://robinhood.com/us/en/stocks/NOW/')?.symbol).toBe('NOW');
  expect(candidateFromHref('/us/en/stocks/SNOW/', robinhood)?.symbol).toBe('SNOW');
  expect(candidateFromHref('/us/en/lists/robinhood/software/', robinhood)).toBeNull();
});

describe('company names (optional, evidence "name")', () => {
  const U = universeFromRecords([
    { symbol: 'BAC', name: 'Bank of America Corporation', kind: 'stock' },
    { symbol: 'JPM', name: 'JPMorgan Chase & Co.', kind: 'stock' },
    { symbol: 'OPEN', name: 'Opendoor Technologies Inc', kind: 'stock' },
    { symbol: 'AAPL', name: 'Apple Inc.', kind: 'stock' },
    { symbol: 'BRK.A', name: 'Berkshire Hathaway Inc.', kind: 'stock' },
    { symbol: 'BRK.B', name: 'Berkshire Hathaway Inc.', kind: 'stock' },
    { symbol: 'CVE', name: 'Cenovus Energy Inc', kind: 'stock' },
    { symbol: 'DTEGY', name: 'DEUTSCHE TELEKOM AG', kind: 'unknown' },
  ]);
  const names = (text: string) => findTextCandidates(text, { names: true, bare: 'none' }).filter((c) => c.evidence === 'name');
  const resolve = (text: string) => validateCandidates(findTextCandidates(text, { names: true, bare: 'none' }), U).map((d) => `${d.symbol}:${d.evidence.join('+')}`);

  test('phrases are emitted only when asked for', () => {
    expect(findTextCandidates('Shares of Bank of America rose.').some((c) => c.evidence === 'name')).toBe(false);
    expect(names('Shares of Bank of America rose, and JPMorgan Chase fell.').map((c) => c.name)).toEqual(['Shares of Bank of America', 'JPMorgan Chase']);
  });

  test('name keys drop suffixes and articles', () => {
    expect(nameKey('The Home Depot, Inc.')).toBe('home depot');
    expect(nameKey('Zions Bancorporation N.A. Common Stock')).toBe('zions bancorporation');
    expect(nameKey('Alphabet Inc. (Class A)')).toBe('alphabet');
    expect(nameKey("Dave & Buster's Entertainment, Inc.")).toBe('dave & buster entertainment');
  });

  test('unambiguous multi-word names and distinctive single words resolve; everyday words and shared names do not', () => {
    expect(resolve('Shares of Bank of America rose, JPMorgan Chase fell and Opendoor Technologies jumped.')).toEqual(['BAC:name', 'JPM:name', 'OPEN:name']);
    // "Apple" could be the fruit; "Berkshire Hathaway" is two share classes; unclassified OTC lines are not used
    expect(resolve('Apple and Berkshire Hathaway, and Deutsche Telekom.')).toEqual([]);
  });

  test('a name whose company is quoted on a foreign exchange on the page is not a US mention', () => {
    expect(resolve('Cenovus Energy (TSX: CVE) said output rose.')).toEqual([]);
    expect(resolve('Cenovus Energy said output rose.')).toEqual(['CVE:name']);
  });
});

// Timed by `npm run bench` (adversarialTextMs, names on); here, that each finishes well-formed.
describe('adversarial text with names and bare words on', () => {
  test.each(['Aa ', 'Aa of ', 'Aa & Bb ', 'AB ', 'AB, ', 'shares of AB ', 'Aa Bb Cc Dd Ee Ff ', 'S&P 500 ', 'Aa (AB) '])('200 KB of %j repeated', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const got = findTextCandidates(text, { names: true });
    for (const c of got) expect(c.symbol.length).toBeGreaterThan(0);
  });
});
