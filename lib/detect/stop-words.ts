/**
 * Finance abbreviations that show up in parentheses after a capitalised phrase
 * ("Federal Deposit Insurance Corp (FDIC)") but are not what the writer meant as a ticker.
 * Only the parenthetical shape consults this; a cashtag or exchange prefix is deliberate.
 * Word-tickers of real companies (A, AI, IT, ON, ALL, SO, BE) are not listed: "Allstate Corp.
 * (ALL)" is a ticker and "Information Technology (IT)" is not, which the validator tells
 * apart with the listed names (and its ambiguity rules without them).
 */
export const PAREN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'I AM PM ET EST EDT PT PST PDT CT GMT UTC ' +
    'CEO CFO COO CTO CIO CMO CRO EVP SVP VP MD ' +
    'ETF ETFS ETN ETP GDP FDIC EPS IPO IPOS SEC FED FOMC CPI PPI PCE ESG AUM NAV NII NIM CRE ' +
    'YOY QOQ YTD MTD ATH TTM LTM FY FQ REIT REITS SPAC BDC MLP ADR ADRS ADS OTC ' +
    'US USA UK EU UAE ECB BOE BOJ PBOC IMF OPEC WTI LNG EV EVS API SAAS ' +
    'LLC INC LTD PLC CORP CO LP LLP NA NV SA AG SE ' +
    'IRS DOJ FTC FDA FHFA OCC CFPB FINRA SIFI CET ROE ROA ROTE EBIT PE PB PS APR APY BPS ' +
    'NYSE AMEX CBOE DJIA SPX NDX RUT VIX TBD USD EUR GBP JPY CNY CAD CHF AUD HKD ' +
    'OR TO IN IS AT BY OF AN AS DO GO NO UP WE THE AND FOR NOT NEW ' +
    'II III IV VI VII VIII IX XI XII'
  ).split(' '),
);
