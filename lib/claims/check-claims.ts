import { checkFedRange, checkMoveCount, checkYield, unverifiable, type Check } from './check-rates';
import { checkDiscount, checkMarketCap, checkPe } from './check-valuation';
import type { ClaimData } from './claim-data';
import type { CheckedClaim } from './claim-schema';
import type { ExtractedClaim } from './extracted-claim';

/**
 * Each extracted claim beside our figure at the article's date: matches (within the kind's
 * tolerance), differs (both numbers shown) or unverifiable (no data for that date, or the claim
 * needs data we do not hold offline). Never a guess. Pure.
 */

/** Price returns need price history, which only the live providers have. */
export type PriceReturnCheck = (c: ExtractedClaim, date: string | null) => Check | null;

export function checkClaim(c: ExtractedClaim, date: string | null, data: ClaimData, priceReturn?: PriceReturnCheck): CheckedClaim {
  const check = ((): Check => {
    switch (c.kind) {
      case 'fed-funds-range':
        return checkFedRange(c, date, data);
      case 'rate-move-count':
        return checkMoveCount(c, date, data);
      case 'treasury-yield':
        return checkYield(c, date, data);
      case 'small-vs-large-discount':
        return checkDiscount(c, date, data);
      case 'pe-multiple':
        return checkPe(c, date, data);
      case 'market-cap':
        return checkMarketCap(c, date, data);
      case 'price-return':
        return priceReturn?.(c, date) ?? unverifiable('Price returns need price history: not in the offline snapshot (turn on live data).');
      case 'earnings-growth':
        return unverifiable('Earnings growth is reported or forecast by others; CapLens holds no earnings-growth figures to check it against.');
    }
  })();
  const window = c.detail.window?.words ? ` Period named: "${c.detail.window.words}".` : '';
  return {
    kind: c.kind,
    text: c.text,
    subject: c.subject,
    stated: c.stated,
    ours: check.ours,
    verdict: check.verdict,
    note: c.kind === 'price-return' || c.kind === 'earnings-growth' ? check.note + window : check.note,
    sentence: c.sentence,
  };
}
