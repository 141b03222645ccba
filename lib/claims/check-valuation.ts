import type { SmallVsLargePoint } from '../data/valuation-schema';
import { unverifiable, type Check } from './check-rates';
import type { ClaimData, SourcedFigure, SymbolFigures } from './claim-data';
import type { ExtractedClaim } from './extracted-claim';
import { daysBetween } from '../dates';
import { groupOf } from './subjects';
import { MAX_FIGURE_AGE_DAYS, TOLERANCE, withinAbs, withinRel } from './tolerances';

/** Valuation claims against the snapshot's datasets nearest the article's date. Pure. */

const away = (asOf: string, date: string) => {
  const d = daysBetween(date, asOf);
  return d === 0 ? 'the article\'s date' : `${Math.abs(d)} days ${d < 0 ? 'before' : 'after'} the article`;
};
const BASIS: Record<SmallVsLargePoint['basis'], string> = { forward: 'forward P/E', 'trailing-ex-losses': 'trailing P/E, loss-makers excluded', 'trailing-all': 'trailing P/E, losses in' };

export function checkDiscount(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  if (!date) return unverifiable('The article has no date, so no dataset can be chosen.');
  const usable = data.smallVsLarge.filter((p) => p.discountPct !== null && p.basis !== 'trailing-all');
  if (!usable.length) return unverifiable('No small-vs-large figure in our data.');
  // The dataset nearest the article's date; on it, forward P/E first (what such claims usually mean).
  const nearest = Math.min(...usable.map((p) => Math.abs(daysBetween(date, p.asOf))));
  const onDate = usable.filter((p) => Math.abs(daysBetween(date, p.asOf)) === nearest);
  const p = onDate.find((x) => x.basis === 'forward') ?? onDate[0]!;
  const name = data.sourceNames[p.source] ?? p.source;
  const discount = Math.round(-p.discountPct! * 10) / 10;
  const ours = { value: discount, unit: '%', asOf: p.asOf, source: `${name}: estimated Russell 2000 vs S&P 500, aggregate ${BASIS[p.basis]}` };
  const other = onDate.filter((x) => x !== p).map((x) => `${BASIS[x.basis]}: ${-x.discountPct!}%`);
  const detail = `small ${p.smallPe} vs large ${p.largePe} (${BASIS[p.basis]}), ${p.asOf}, ${away(p.asOf, date)}${other.length ? `; on the same date, ${other.join('; ')}` : ''}`;
  if (nearest > MAX_FIGURE_AGE_DAYS) return unverifiable(`Our nearest figure is ${discount}% (${detail}): more than ${MAX_FIGURE_AGE_DAYS} days from the article.`, ours);
  const match = withinAbs(c.stated.value as number, discount, TOLERANCE.discountPts, c.detail.qualifier);
  return { ours, verdict: match ? 'matches' : 'differs', note: `Our discount ${discount}%: ${detail}. Tolerance ±${TOLERANCE.discountPts} points.` };
}

const fmt = (f: SourcedFigure) => `${f.value.toFixed(1)}x (${f.source}, ${f.asOf})`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function checkPe(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  const basis = c.detail.basis ?? 'trailing';
  const label = basis === 'forward' ? 'forward P/E' : 'trailing P/E';
  const pick = (f: SymbolFigures) => (basis === 'forward' ? f.forwardPe : f.pe);
  if (!c.subject) return unverifiable('No company or group named in the sentence.');
  if (!date) return unverifiable('The article has no date, so no dataset can be chosen.');
  const stated = c.stated.value as number;
  const q = c.detail.qualifier ?? 'exact';
  const group = groupOf(c.subject);
  if (group) {
    const rows = group.members.map((s) => ({ s, f: data.symbols.get(s) ? pick(data.symbols.get(s)!) : null }));
    const dated = rows.filter((r): r is { s: string; f: SourcedFigure } => !!r.f && Math.abs(daysBetween(date, r.f.asOf)) <= MAX_FIGURE_AGE_DAYS);
    const list = rows.map((r) => `${r.s} ${r.f ? fmt(r.f) : 'n/a'}${r.f && !dated.includes(r as never) ? ' — too far from the article\'s date, not counted' : ''}`).join('; ');
    if (!dated.length) return unverifiable(`No ${label} of the ${group.label} within ${MAX_FIGURE_AGE_DAYS} days of ${date}: ${list}.`);
    const values = dated.map((r) => r.f.value);
    const mid = Math.round(median(values) * 10) / 10;
    const dates = [...new Set(dated.map((r) => r.f.asOf))].sort();
    const sources = [...new Set(dated.map((r) => `${r.f.source} ${r.f.asOf}`))];
    const ours = { value: mid, unit: 'x', asOf: dates.join(' / '), source: `median ${label} of ${dated.length} of ${group.members.length} ${group.label}: ${sources.join('; ')}` };
    // "often exceeding 30x": most members above the figure less the tolerance; otherwise the median within it.
    const tol = stated * TOLERANCE.multipleRel;
    const supporting = q === 'above' ? values.filter((v) => v >= stated - tol).length : q === 'below' ? values.filter((v) => v <= stated + tol).length : 0;
    const strictly = q === 'above' ? values.filter((v) => v > stated).length : q === 'below' ? values.filter((v) => v < stated).length : 0;
    const match = q === 'above' || q === 'below' ? supporting * 2 >= values.length : withinRel(stated, mid, TOLERANCE.multipleRel);
    const side = q === 'below' ? 'below' : 'above';
    const count = q === 'above' || q === 'below' ? `${strictly} of ${values.length} ${side} ${stated}x, ${supporting} within ±15% or ${side}; ` : '';
    const mixed = dates.length > 1 ? ' Dates differ between members (each multiple is of its own dataset).' : '';
    return { ours, verdict: match ? 'matches' : 'differs', note: `${count}median ${mid}x. ${list}.${mixed}` };
  }
  const f = data.symbols.get(c.subject);
  const fig = f ? pick(f) : null;
  if (!fig) return unverifiable(`No ${label} for ${c.subject} in our data.`);
  const ours = { value: fig.value, unit: 'x', asOf: fig.asOf, source: fig.source };
  if (Math.abs(daysBetween(date, fig.asOf)) > MAX_FIGURE_AGE_DAYS) return unverifiable(`Our ${label} ${fmt(fig)} is ${away(fig.asOf, date)}: too far to check it.`, ours);
  const match = withinRel(stated, fig.value, TOLERANCE.multipleRel, q);
  return { ours, verdict: match ? 'matches' : 'differs', note: `${c.subject} ${label} ${fmt(fig)}, ${away(fig.asOf, date)}; tolerance ±15%.` };
}

const usd = (n: number) => (n >= 1e12 ? `$${(n / 1e12).toFixed(2)}T` : n >= 1e9 ? `$${(n / 1e9).toFixed(1)}B` : `$${(n / 1e6).toFixed(0)}M`);

export function checkMarketCap(c: ExtractedClaim, date: string | null, data: ClaimData): Check {
  if (!c.subject || groupOf(c.subject)) return unverifiable('No single company named in the sentence.');
  const cap = data.symbols.get(c.subject)?.marketCap;
  if (!cap) return unverifiable(`No market cap for ${c.subject} in our data.`);
  const ours = { value: cap.value, unit: 'USD', asOf: cap.asOf, source: cap.source };
  if (!date) return unverifiable('The article has no date.', ours);
  if (Math.abs(daysBetween(date, cap.asOf)) > MAX_FIGURE_AGE_DAYS) return unverifiable(`Our market cap for ${c.subject} is ${usd(cap.value)} of ${cap.asOf}, ${away(cap.asOf, date)}: too far to check it.`, ours);
  const match = withinRel(c.stated.value as number, cap.value, TOLERANCE.capRel, c.detail.qualifier);
  return { ours, verdict: match ? 'matches' : 'differs', note: `${c.subject} ${usd(cap.value)} on ${cap.asOf} (${away(cap.asOf, date)}); tolerance ±10%.` };
}
