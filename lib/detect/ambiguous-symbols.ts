/**
 * The word-ticker lists: symbols a writer far more often means as a word or an abbreviation.
 * They change whenever a page shows a new false positive, so they live apart from the
 * validator that applies them (validate.ts).
 */
import type { Evidence } from './types';

/** Evidence that shows intent: the writer or the site marked the string as a ticker. */
export const STRONG_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['cashtag', 'exchange-prefix', 'quote-link', 'main-symbol', 'symbol-cell']);

/**
 * Symbols that are also common words or finance abbreviations. Listed or not in today's
 * universe (AI, ALL, IT, ON, NOW are real tickers), they are accepted only with strong evidence.
 */
export const AMBIGUOUS_SYMBOLS: ReadonlySet<string> = new Set(
  (
    'A I AI ALL AM AN ARE AT BE BIG BUY BY CAN CASH CEO CFO DAY DO EPS ETF EV EVER FAST FED FOR FUN ' +
    'GDP GO GOOD GTC HAS HE HOME IF IN IPO IRA IS IT LIFE LOVE LOW MAIN ME NAV NEW NEXT NICE NO ' +
    'NOW OF ON ONE OPEN OR OUT PEAK PLAY REAL RUN SAFE SEE SELL SO TO TRUE TWO UP USA USD WELL WIN YOU'
  ).split(' '),
);

/**
 * Listed symbols that, written in capitals in prose, are far more often an abbreviation
 * ("UK", "TV", "HR", "LNG", "WTI") or a capitalised word than the company. A bare mention
 * never establishes them; any other evidence does (Cheniere Energy (NYSE: LNG)).
 */
export const BARE_STOP_SYMBOLS: ReadonlySet<string> = new Set(
  (
    'UK EU IRS COO CTO LTM WTI LNG VC BDC MLP CIA TV PC API HR PR IP FT AP CAC LSE ASX NA SA AG SE PT ET PM NYC SF DC TX ' +
    'WHEN FUND CAPS TECH TOP GAIN GOLD LOAN EDIT MOVE LIVE MAN ANY WAY TEN MTD NIM CRE PB ETN MD PDT BOE III IX IMO ' +
    'HODL DD DTE BULL EOD PRE TBH COMP KEY CRM ESG ROI ROE ROCE CAPEX OPEX NOI FFO AFFO DRIP HSA ' +
    'NHS NSA OCC ICE DOT SMA DNA RNA CPA EMA AGI ASIC HBM SSD OLED USB RMBS HP DYOR WTF PUMP WOW PEG FCF ARR SEM IR UI PII DEI IDE SAM ' +
    // Funds of the Finviz export (stop 16) whose symbols are English words or finance abbreviations,
    // found as lower-case words in the real-page corpus and the seed article, plus social-text slang.
    'YEAR TIME WEEK JUST WANT HIGH USE SHE RATE DIV MADE DON KNOW COPY HARD MID QTR SURE NEAR SIZE CUT AREA WAR VOTE MUST ' +
    'HOLD FLAG LEAD SEEM INFO BOND AWAY AMID OWNS FLOW EDGE TAX PUSH PICK DIPS FILL CHAT WILD RULE FINE DOG DEEP WEED VICE ' +
    'TINY TIER LOGO HACK GRID WOOD TIP SUB SPIN SEA RING ODDS LIT HERO HEAT FLEE FIAT DRAG CLIP WISE TILL TAIL SPAM SEMI ' +
    'RECS PILL PIE MUNI MINT LENS JETS HIDE HAIL GURU GRIN GEM FAN DIG DIAL CURE CORP BUCK PINK CA ' +
    'MBS CMBS ITM LBO CFA YOLO MAGA WFH BRRR BOAT MOAT NERD BUZZ ' +
    // Funds named as institutions are ("the GOP position", "CNN, BBC and CDC"): a list of three or
    // more words in capitals and "position"/"mentioned" cue words like these in news prose.
    'GOP NATO BBC CDC ' +
    // Foreign companies' names that are another company's US symbol: written bare, "BYD" is the
    // Chinese carmaker (OTC: BYDDY), not Boyd Gaming (NYSE: BYD).
    'BYD'
  ).split(' '),
);

/**
 * Listed symbols that, in parentheses, are far more often an abbreviation being defined or a
 * credit ("Auto High (HD)", "MOSCOW (AP)", "augmented reality (AR)"): the bare-word stop list plus
 * a few that prose rarely writes bare. In parentheses they count only right after the company's
 * own name ("Home Depot (HD)"), which the validator checks against the listed name.
 */
export const PAREN_NEEDS_NAME: ReadonlySet<string> = new Set([...BARE_STOP_SYMBOLS, ...'HD AR VR XR AFP UPI'.split(' ')]);

/**
 * Listed funds named after the index they hold ("DJIA", "DAX"): written in prose, a parenthesis, a
 * cashtag or a market table's symbol column, the letters mean the index. Only a site's own marking
 * (its quote link or quote page) or an exchange prefix means the fund.
 */
export const INDEX_WORD_SYMBOLS: ReadonlySet<string> = new Set('DJIA DAX FTSE NIKKEI STOXX SENSEX KOSPI NIFTY'.split(' '));

/** Evidence that names the listing itself, not the word: what an INDEX_WORD_SYMBOLS fund needs. */
export const LISTING_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>(['exchange-prefix', 'quote-link', 'main-symbol']);
