import type { IndustryHint } from './industry-hint';
import type { MeasuredYieldBeta } from '../metrics/rate-sensitivity';
import type { LiveValuation } from './live-valuation';
import type { SecRateInputs } from './sec-inputs';
import type { SourcedInput } from './sourced-input';

/**
 * What live providers add to one card, gathered by the background (lib/background/live-gatherer.ts)
 * and folded in by buildContext. Every part is optional: a missing part leaves the snapshot
 * figure (or the "missing" list) as it was; the `…Pending` notes say which providers had not
 * answered in time or failed, so the card can say so instead of looking complete.
 */
export interface LiveInputs {
  sec?: SecRateInputs | null;
  yieldBeta?: (MeasuredYieldBeta & { source: string; asOf: string }) | null;
  forwardPe?: SourcedInput | null;
  evEbitda?: SourcedInput | null;
  /** Live market cap (price × SEC shares) and the SEC net income / equity for P/E and P/B. */
  valuation?: LiveValuation | null;
  /**
   * The industry the SEC filing profile's SIC code names (./sic-industry.ts), fetched only for a
   * stock with no GICS sector and no industry in its name; the sector prior's last resort.
   */
  secIndustry?: (IndustryHint & { source: string; asOf: string }) | null;
  /** Why the SIC industry is absent when it was looked for ("SEC filing profile still loading"). */
  industryPending?: string;
  /** Why the SEC-based inputs are absent when they are ("SEC filings still loading"). */
  secPending?: string;
  /** Why the measured beta is absent when it is ("prices unavailable (rate-limited)"). */
  betaPending?: string;
}
