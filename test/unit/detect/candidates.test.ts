import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findTextCandidates, findPositionedCandidates } from '../../../lib/detect/candidates';
import { normalizeSymbol } from '../../../lib/data/normalize-symbol';

/** [text, expected "SYMBOL:evidence[:EXCHANGE]" list in text order] */
type Row = [string, string[]];
const brief = (text: string) =>
  findTextCandidates(text).map((c) => [c.symbol, c.evidence, c.exchange].filter(Boolean).join(':'));

describe('cashtags', () => {
  const rows: Row[] = [
    ['Traders piled into $IWM today', ['IWM:cashtag']],
    ['$BRK.B and $BRK-B and $BRK/B', ['BRK.B:cashtag', 'BRK.B:cashtag', 'BRK.B:cashtag']],
    ['end of sentence $IWM.', ['IWM:cashtag']],
    ['($IWM) and "$KRE", $VOO;', ['IWM:cashtag', 'KRE:cashtag', 'VOO:cashtag']],
    ['$IWM\u2019s breakout', ['IWM:cashtag']],
    // money is never a ticker
    ['a $5 fee, $12.50 a share, $1.2B deal, $100M round, $2 billion', []],
    ['US$5 and A$30', []],
    // lower case only in a run of two or more (Twitter's cashtag lists): a lone "$rope" (a held-out
    // page's forbidden hit for a rule that took any lower-case cashtag) is a word with a dollar sign
    ['$swvl $amd $nio and $mara', ['SWVL:cashtag', 'AMD:cashtag', 'NIO:cashtag']],
    ['$tsla $aapl https://t.co/x', ['TSLA:cashtag', 'AAPL:cashtag']],
    ['$ocgn   $cei $tsla.', ['OCGN:cashtag', 'CEI:cashtag', 'TSLA:cashtag']],
    // (an upper-case neighbour makes no run of lower-case ones)
    ['$sxtc $MSGM $atcz $hils', ['MSGM:cashtag', 'ATCZ:cashtag', 'HILS:cashtag']],
    ['time to buy $rope', []],
    ['$TSLA $rope and $rope, $pump', ['TSLA:cashtag']],
    // mixed case and a lower-case class are no cashtags, a word's $ glued is none either
    ['$iwm $Iwm $brk.b', []],
    ['$brk.b $tsla', []],
    ['US$ab and x$cd, $5 $ef', []],
    // glued to a word or another $ is not a cashtag
    ['abc$IWM $$IWM', []],
    ['$TOOLONG', []],
    ['$IWM2', []],
  ];
  test.each(rows)('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('exchange-qualified', () => {
  const rows: Row[] = [
    ['Zions Bancorporation (NASDAQ: ZION)', ['ZION:exchange-prefix:NASDAQ']],
    ['Western Alliance (NYSE:WAL)', ['WAL:exchange-prefix:NYSE']],
    ['Nasdaq: ZION rose', ['ZION:exchange-prefix:NASDAQ']],
    ['NasdaqGS:ZION', ['ZION:exchange-prefix:NASDAQ']],
    ['NYSE American: XYZ', ['XYZ:exchange-prefix:NYSE AMERICAN']],
    ['NYSE Arca: IWM', ['IWM:exchange-prefix:NYSE ARCA']],
    ['NYSE MKT: ABC', ['ABC:exchange-prefix:NYSE AMERICAN']],
    ['Cboe: ABC', ['ABC:exchange-prefix:CBOE']],
    ['OTC: ABCD and OTCQX: RHHBY and OTC Pink: XYZ', ['ABCD:exchange-prefix:OTC', 'RHHBY:exchange-prefix:OTC', 'XYZ:exchange-prefix:OTC']],
    ['(NYSE: BRK.B)', ['BRK.B:exchange-prefix:NYSE']],
    ['(NYSE: BRK-B)', ['BRK.B:exchange-prefix:NYSE']],
    // lists
    ['(NYSE: WAL, NASDAQ: ZION)', ['WAL:exchange-prefix:NYSE', 'ZION:exchange-prefix:NASDAQ']],
    ['(NYSE: BRK.A, BRK.B)', ['BRK.A:exchange-prefix:NYSE', 'BRK.B:exchange-prefix:NYSE']],
    ['(NYSE: BRK.A and BRK.B)', ['BRK.A:exchange-prefix:NYSE', 'BRK.B:exchange-prefix:NYSE']],
    ['(NYSE: WAL, NYSE: CMA)', ['WAL:exchange-prefix:NYSE', 'CMA:exchange-prefix:NYSE']],
    // outside parentheses a comma ends the ticker
    ['listed on the NYSE: WAL, BUT not here', ['WAL:exchange-prefix:NYSE']],
    // foreign listings keep their exchange (the validator drops them)
    ['Shopify (TSX: SHOP)', ['SHOP:exchange-prefix:TSX']],
    ['BP (LSE: BP)', ['BP:exchange-prefix:LSE']],
    ['Tencent (HKEX: 0700)', ['0700:exchange-prefix:HKEX']],
    ['(TSX-V: ABC)', ['ABC:exchange-prefix:TSXV']],
    // not a symbol after the colon
    ['NYSE: The exchange said', []],
    ['Nasdaq: shares rose', []],
    ['NYSE composite index', []],
    ['(NASDAQ: TOOLONG)', []],
  ];
  test.each(rows)('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('parenthetical after a name', () => {
  const rows: Row[] = [
    ['iShares Russell 2000 ETF (IWM)', ['IWM:parenthetical']],
    ['Zions Bancorporation (ZION)', ['ZION:parenthetical']],
    ['Alphabet Inc. (GOOGL)', ['GOOGL:parenthetical']],
    ['AT&T (T) fell', ['T:parenthetical']],
    ['Berkshire Hathaway (BRK.B)', ['BRK.B:parenthetical']],
    ['Vanguard S&P 500 ETF (VOO)', ['VOO:parenthetical']],
    // Reuters RIC style: the suffix is an exchange, not a share class
    ['Zions (ZION.O) and Western Alliance (WAL.N)', ['ZION:parenthetical:NASDAQ', 'WAL:parenthetical:NYSE']],
    ['Berkshire (BRKb.N)', ['BRK.B:parenthetical:NYSE']],
    ['Shopify (SHOP.TO) and BP (BP.L)', ['SHOP:parenthetical:TSX', 'BP:parenthetical:LSE']],
    // finance abbreviations after a capitalised phrase are sent too (issue 12: "Eaton (ETN)" is a
    // ticker); the validator keeps them only after the company's own name (rules.test.ts)
    ['Federal Deposit Insurance Corp (FDIC)', ['FDIC:parenthetical']],
    ['Chief Executive Officer (CEO)', ['CEO:parenthetical']],
    ['Gross Domestic Product (GDP) and Earnings Per Share (EPS)', ['GDP:parenthetical']], // "Share" describes a security, not a name
    ['Exchange-Traded Fund (ETF) and Initial Public Offering (IPO)', ['ETF:parenthetical', 'IPO:parenthetical']],
    ['Eaton (ETN) rose', ['ETN:parenthetical']],
    // real-page layouts (issue 12): blanks inside, a line break and indentation before, labels
    ["Lowe's\n          (LOW) fell", ['LOW:parenthetical']],
    ['Qualcomm ( QCOM ) and ( NASDAQ: QCOM )', ['QCOM:parenthetical', 'QCOM:exchange-prefix:NASDAQ']],
    ['Amazon ( AMZN 3.60% ) and Nvidia (NVDA -1.2%)', ['AMZN:parenthetical', 'NVDA:parenthetical']],
    ['Home Depot (ticker: HD) and Zions (Ticker: ZION)', ['HD:exchange-prefix', 'ZION:exchange-prefix']],
    ['Logitech (SWX:LOGN) (NASDAQ:LOGI)', ['LOGI:exchange-prefix:NASDAQ']],
    // registered marks are never tickers; the same letters after a company name are
    ['Harmony(R) and Macrilen(TM), Acme(SM) tools', []],
    ['Copyright (C) 2017 Yahoo Japan', []],
    ['Citigroup (C) and Ryder System (R)', ['C:parenthetical', 'R:parenthetical']],
    // word-tickers are candidates; the validator drops these as acronyms of the phrase (rules.test.ts)
    ['Artificial Intelligence (AI) and Information Technology (IT)', ['AI:parenthetical', 'IT:parenthetical']],
    ['at 10 a.m. Eastern Time (ET)', ['ET:parenthetical']],
    // no capitalised name word right before
    ['the chief executive (CEO)', []],
    ['rose 5% (ZION)', []],
    ['(ZION) at the start', []],
    // not a ticker shape
    ['Reuters (Reuters)', []],
    ['NEW YORK, Sept 18 (Reuters) -', []],
    // A list is no parenthetical; its items are bare words that the list cues (bare-words.ts PAREN_LIST).
    ['Apple (AAPL, MSFT)', ['AAPL:bare', 'MSFT:bare']],
    ['Shares (A.BCD)', []],
  ];
  test.each(rows)('%s', (text, want) => expect(brief(text)).toEqual(want));
});

describe('never a candidate', () => {
  test.each([
    'SMALL CAPS ROAR AS FED CUTS; IT AND AI STOCKS LAG',
    "\u201cIt's ALL about rates now,\u201d he said",
    'something ON the other side',
    'A CEO of a small company',
    'FDIC-insured deposits and IT spending',
    '',
  ])('%s', (text) => expect(findTextCandidates(text)).toEqual([]));
});

test('candidates come in text order with offsets and context', () => {
  const text = 'Comerica (NYSE: CMA) beat $IWM; Zions Bancorporation (ZION) too.';
  const got = findPositionedCandidates(text);
  expect(got.map((c) => c.candidate.symbol)).toEqual(['CMA', 'IWM', 'ZION']);
  for (const c of got) expect(text.slice(c.start, c.end)).toContain(c.candidate.symbol);
  expect(got[0]!.candidate.context).toContain('Comerica (NYSE: CMA)');
});

describe('properties', () => {
  test('never throws, symbols are normalised and well-formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const c of findTextCandidates(s)) {
          expect(normalizeSymbol(c.symbol) ?? c.symbol).toBe(c.symbol);
          expect(c.symbol).toBe(c.symbol.toUpperCase());
        }
      }),
      { numRuns: 500 },
    );
  });

  test('finds a cashtag wherever it is embedded between spaces', () => {
    const sym = fc.stringMatching(/^[A-Z]{1,5}$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), sym, fc.string({ maxLength: 40 }), (pre, s, post) => {
        const got = findTextCandidates(`${pre} $${s} ${post}`);
        expect(got.some((c) => c.symbol === s && c.evidence === 'cashtag')).toBe(true);
      }),
    );
  });

  test('normalisation is idempotent on every candidate', () => {
    const alphabet = fc.constantFrom(...'$(): ,.-/ABCNQSYZabcnyse0123456789'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (s) => {
        for (const c of findTextCandidates(s)) expect(normalizeSymbol(normalizeSymbol(c.symbol) ?? '')).toBe(normalizeSymbol(c.symbol));
      }),
      { numRuns: 300 },
    );
  });

  // Adversarial inputs built from the regexes' own building blocks: a backtracking blow-up
  // would take seconds to minutes on 200 KB; a linear scan takes milliseconds.
  const ADVERSARIAL_UNITS = [
    'NYSE', 'NYSE ', 'NYSE:', 'NYSE:  ', '(NYSE: A, ', '$', '$A', '$A.', '(', '(A', '(A.', 'Aa (', '   ', ',', ' and ', 'nasdaq gs',
    // bare words, their cues and lists, index names
    'AB ', 'AB, ', 'ABC and ', 'shares of AB ', 'AB +1.2% ', 'AB (+', 'S&P 500 ', 'S&P ', 'Russell ', 'Dow Jones ', 'AB.C ', 'TSX: AB, ',
  ];
  // Their time is measured by `npm run bench` (adversarialTextMs); here, that they finish well-formed.
  test.each(ADVERSARIAL_UNITS)('200 KB of %j repeated is scanned', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const got = findTextCandidates(text);
    for (const c of got) expect(c.symbol.length).toBeGreaterThan(0);
  });

  // Shapes found by different finders, interleaved: their lists are merged by position. At 1 MB a
  // quadratic merge takes about 10 s here; the linear one well under the bound.
  test.each(['Foo (EF) $AB ', '$AB NYSE: CD Foo (EF) ', 'Russell 2000 $AB '])('1 MB of %j repeated is scanned', (unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const got = findTextCandidates(text);
    expect(got.length).toBeGreaterThan(text.length / unit.length);
  });

  test('random mixes of those units stay well-formed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ADVERSARIAL_UNITS), { minLength: 5000, maxLength: 20000 }), (units) => {
        const got = findTextCandidates(units.join(''));
        for (const c of got) expect(c.symbol.length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });
});
