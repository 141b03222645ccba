/**
 * Income-statement and cash-flow metrics (periods with a start): the last fiscal year, the last
 * quarter, and TTM where the filings allow it. Periods are classified by length, not by `fp`
 * (a 10-Q's `fp` also labels its prior-year comparatives), and TTM is derived only from one
 * fiscal year plus matching year-to-date facts, never estimated.
 */
import { SEC_SOURCE, type SecFact } from './sec';
import { locate, newest, type Index, type Located } from './sec-fact-index';
import { emptyMetric, figure, short, type SecFigure, type SecMetric } from './sec-figure';
import { addDays, daysBetween } from '../../dates';

/** 52/53-week fiscal years are 364 or 371 days. */
const isAnnualSpan = (d: number) => d >= 350 && d <= 380;
const isQuarterSpan = (d: number) => d >= 80 && d <= 100;
const span = (f: SecFact) => (f.start ? daysBetween(f.start, f.end) + 1 : 0);
const near = (a: string, b: string, days = 7) => Math.abs(daysBetween(a, b)) <= days;

function durationFromConcept(loc: Located): SecMetric {
  const durations = loc.facts.filter((f) => f.start);
  const annualFact = newest(durations.filter((f) => isAnnualSpan(span(f))));
  const quarterFact = newest(durations.filter((f) => isQuarterSpan(span(f))));
  const notes: string[] = [];
  const annual = annualFact && figure(annualFact, loc, 'annual');
  const quarter = quarterFact && figure(quarterFact, loc, 'quarter');
  let ttm: SecFigure | null = null;
  if (!annualFact) notes.push(`${short(loc.concept)}: no full-year value`);
  else if (quarterFact && quarterFact.end > annualFact.end) {
    // Year-to-date facts that start right after the last fiscal year, and the same span a year earlier.
    const ytd = newest(durations.filter((f) => f.end === quarterFact.end && near(f.start!, addDays(annualFact.end, 1))));
    const prior = ytd && newest(durations.filter((f) => near(f.start!, annualFact.start!) && Math.abs(daysBetween(f.end, ytd.end) - 365) <= 7));
    if (ytd && prior) {
      const value = annualFact.val + ytd.val - prior.val;
      ttm = {
        ...figure(ytd, loc, 'ttm', value, `TTM = FY ending ${annualFact.end} + YTD to ${ytd.end} − YTD to ${prior.end}`),
        source: `${SEC_SOURCE} ${ytd.form} (filed ${ytd.filed}) + ${annualFact.form} (filed ${annualFact.filed}), TTM derived`,
        start: addDays(prior.end, 1),
      };
    } else {
      notes.push(`${short(loc.concept)}: TTM not derivable (no ${ytd ? 'prior-year' : 'current'} year-to-date value ending ${ytd ? 'a year before ' : ''}${quarterFact.end})`);
    }
  }
  return { annual, quarter, ttm, latest: ttm ?? annual, notes };
}

export function durationMetric(index: Index, tags: readonly string[], what: string): SecMetric {
  const results = tags.flatMap((t) => {
    const loc = locate(index, t, 'money');
    return loc ? [durationFromConcept(loc)] : [];
  });
  const end = (m: SecMetric) => [m.annual?.asOf ?? '', m.quarter?.asOf ?? ''].sort().at(-1)!;
  const best = results.reduce<SecMetric | null>((b, m) => (b === null || end(m) > end(b) ? m : b), null);
  if (!best || end(best) === '') return emptyMetric([`no ${what} tag (${tags.map(short).join(', ')})`]);
  return best;
}
