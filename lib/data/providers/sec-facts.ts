/**
 * Picks CapLens' fundamentals out of a validated `companyfacts` document. Rules, so that a figure is
 * never invented:
 *  - Each metric has an ordered list of candidate tags (us-gaap first, then ifrs-full). Filers
 *    switch tags over time (InterestExpense → InterestExpenseNonoperating in 2024), so the
 *    candidate with the most recent period wins; list order breaks ties.
 *  - Periods are classified by length, not by `fp` (a 10-Q's `fp` also labels its prior-year
 *    comparatives): ~1 year = annual, ~3 months = quarter; instants have no `start`.
 *  - TTM = last fiscal year + current year-to-date − prior year-to-date, only when all three facts exist.
 *  - EBITDA = operating income + D&A for the same period, labelled derived.
 *  - Missing → null plus a note saying which tags were looked for.
 */
import type { SourcedValue } from '../../context/ticker-context';
import type { CompanyFacts, SecFact } from './sec';
import { SEC_SOURCE } from './sec';
import { addDays, daysBetween } from './series';
import { DEBT_RECIPES, METRIC_TAGS, type DebtRecipe, type UnitKind } from './sec-tags';

export interface SecFigure extends SourcedValue {
  /** Tag(s) the value came from, e.g. "us-gaap:InterestExpenseNonoperating", or "derived". */
  concept: string;
  unit: string;
  basis: 'annual' | 'quarter' | 'ttm' | 'instant';
  form: string;
  filed: string;
  accn: string;
  /** Period start for durations (null for instants); `asOf` is the period end. */
  start: string | null;
  /** How the value was computed when it is not a single reported fact. */
  derived: string | null;
}

export interface SecMetric {
  annual: SecFigure | null;
  quarter: SecFigure | null;
  /** Durations only. */
  ttm: SecFigure | null;
  /** What a card should show: TTM, else the last fiscal year (durations); the newest instant otherwise. */
  latest: SecFigure | null;
  notes: string[];
}

export interface SecFundamentals {
  cik: string;
  entityName: string;
  taxonomies: string[];
  interestExpense: SecMetric;
  operatingIncome: SecMetric;
  depreciationAmortization: SecMetric;
  ebitda: SecMetric;
  totalDebt: SecMetric;
  cash: SecMetric;
  /** Cover-page share count (all classes summed when several are reported; `derived` says so). */
  sharesOutstanding: SecMetric;
  /** Net income (NetIncomeLoss, fallbacks in METRIC_TAGS.netIncome): TTM only from one FY + matching YTDs. */
  netIncome: SecMetric;
  stockholdersEquity: SecMetric;
  /** Amount of long-term debt bearing a variable rate, where the filer tags it without a dimension. */
  variableRateDebt: SecMetric;
  /** Rate on the variable-rate debt (fraction, 0.061 = 6.1%). */
  variableRateDebtRate: SecMetric;
  /** Debt due within twelve months of the balance-sheet date (maturity schedule, else current debt). */
  debtDueWithinYear: SecMetric;
}

const ANNUAL_FORMS = /^(10-K|10-KT|10-K405|20-F|40-F)(\/A)?$/;
const QUARTER_FORMS = /^10-QT?(\/A)?$/;
/** 52/53-week fiscal years are 364 or 371 days. */
const isAnnualSpan = (d: number) => d >= 350 && d <= 380;
const isQuarterSpan = (d: number) => d >= 80 && d <= 100;
const span = (f: SecFact) => (f.start ? daysBetween(f.start, f.end) + 1 : 0);
const near = (a: string, b: string, days = 7) => Math.abs(daysBetween(a, b)) <= days;

interface Located {
  concept: string;
  unit: string;
  facts: SecFact[];
}

type Index = Map<string, { concept: string; units: Record<string, SecFact[]> }>;

// Case-insensitive because the taxonomy itself is inconsistent (LongtermDebt… vs LongTermDebt…).
function buildIndex(doc: CompanyFacts): Index {
  const index: Index = new Map();
  for (const [tax, concepts] of Object.entries(doc.facts)) {
    for (const [name, c] of Object.entries(concepts)) index.set(`${tax}:${name}`.toLowerCase(), { concept: `${tax}:${name}`, units: c.units });
  }
  return index;
}

function pickUnit(units: Record<string, SecFact[]>, kind: UnitKind): string | null {
  const keys = Object.keys(units).filter((k) => (units[k]?.length ?? 0) > 0);
  if (kind === 'shares') return keys.includes('shares') ? 'shares' : null;
  if (kind === 'pure') return keys.includes('pure') ? 'pure' : null;
  return keys.includes('USD') ? 'USD' : (keys.find((k) => /^[A-Z]{3}$/.test(k)) ?? null);
}

function locate(index: Index, qualified: string, kind: UnitKind): Located | null {
  const hit = index.get(qualified.toLowerCase());
  if (!hit) return null;
  const unit = pickUnit(hit.units, kind);
  return unit ? { concept: hit.concept, unit, facts: hit.units[unit]! } : null;
}

/** Newest period end; then latest filed (restated values win); then accession. */
function newest(facts: readonly SecFact[]): SecFact | null {
  let best: SecFact | null = null;
  for (const f of facts) {
    if (!best || f.end > best.end || (f.end === best.end && (f.filed > best.filed || (f.filed === best.filed && f.accn > best.accn)))) best = f;
  }
  return best;
}

function figure(f: SecFact, loc: { concept: string; unit: string }, basis: SecFigure['basis'], value = f.val, derived: string | null = null): SecFigure {
  return {
    value,
    asOf: f.end,
    source: `${SEC_SOURCE} ${f.form} (filed ${f.filed})`,
    concept: loc.concept,
    unit: loc.unit,
    basis,
    form: f.form,
    filed: f.filed,
    accn: f.accn,
    start: f.start ?? null,
    derived,
  };
}

const short = (q: string) => q.replace(/^[^:]+:/, '');
const emptyMetric = (notes: string[]): SecMetric => ({ annual: null, quarter: null, ttm: null, latest: null, notes });

// ---------- durations (income statement, cash flow) ----------

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

function durationMetric(index: Index, tags: readonly string[], what: string): SecMetric {
  const results = tags.flatMap((t) => {
    const loc = locate(index, t, 'money');
    return loc ? [durationFromConcept(loc)] : [];
  });
  const end = (m: SecMetric) => [m.annual?.asOf ?? '', m.quarter?.asOf ?? ''].sort().at(-1)!;
  const best = results.reduce<SecMetric | null>((b, m) => (b === null || end(m) > end(b) ? m : b), null);
  if (!best || end(best) === '') return emptyMetric([`no ${what} tag (${tags.map(short).join(', ')})`]);
  return best;
}

// ---------- instants (balance sheet, cover page) ----------

const summed = new WeakSet<SecFact>();

/**
 * For the cover-page share count: distinct values for one date in one filing are share classes
 * (e.g. Class A + Class C), so they are summed. Identical repeats are treated as one value, since a
 * duplicated fact is far likelier than two classes with exactly the same count.
 */
function sumShareClasses(facts: readonly SecFact[]): SecFact[] {
  const groups = new Map<string, SecFact[]>();
  for (const f of facts) {
    const key = `${f.accn}|${f.end}`;
    const g = groups.get(key) ?? [];
    if (!g.some((x) => x.val === f.val)) g.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    if (g.length === 1) return g[0]!;
    const total = { ...g[0]!, val: g.reduce((s, f) => s + f.val, 0) };
    summed.add(total);
    return total;
  });
}

function instantFigures(loc: Located, valueAt: (f: SecFact) => { value: number; concept: string; derived: string | null }): Omit<SecMetric, 'notes'> {
  const instants = loc.facts.filter((f) => !f.start);
  const make = (f: SecFact | null) => {
    if (!f) return null;
    const v = valueAt(f);
    return figure(f, { concept: v.concept, unit: loc.unit }, 'instant', v.value, v.derived);
  };
  return {
    annual: make(newest(instants.filter((f) => ANNUAL_FORMS.test(f.form)))),
    quarter: make(newest(instants.filter((f) => QUARTER_FORMS.test(f.form)))),
    ttm: null,
    latest: make(newest(instants)),
  };
}

function instantMetric(index: Index, tags: readonly string[], kind: UnitKind, what: string, extraNote?: string): SecMetric {
  const candidates = tags.flatMap((t) => {
    const loc = locate(index, t, kind);
    if (!loc) return [];
    const instants = loc.facts.filter((f) => !f.start);
    const facts = kind === 'shares' ? sumShareClasses(instants) : instants;
    const latest = newest(facts);
    return latest ? [{ loc: { ...loc, facts }, end: latest.end }] : [];
  });
  const best = candidates.reduce<(typeof candidates)[number] | null>((b, c) => (b === null || c.end > b.end ? c : b), null);
  if (!best) return emptyMetric([`no ${what} tag (${tags.map(short).join(', ')})`, ...(extraNote ? [extraNote] : [])]);
  const m = instantFigures(best.loc, (f) => ({
    value: f.val,
    concept: best.loc.concept,
    derived: summed.has(f) ? 'sum of share classes reported for the same date' : null,
  }));
  return { ...m, notes: [] };
}

// ---------- total debt (sum of parts at one balance-sheet date) ----------

function debtAt(index: Index, recipe: DebtRecipe, base: SecFact, baseConcept: string) {
  let value = base.val;
  const parts = [baseConcept];
  for (const slot of recipe.adds) {
    for (const alt of slot) {
      const found = alt.map((t) => {
        const loc = locate(index, t, 'money');
        const sameDate = loc?.facts.filter((f) => !f.start && f.end === base.end) ?? [];
        const fact = sameDate.find((f) => f.accn === base.accn) ?? newest(sameDate);
        return fact && loc ? { fact, concept: loc.concept } : null;
      });
      if (!found[0]) continue; // this alternative does not apply; try the next one
      for (const p of found) if (p) (value += p.fact.val), parts.push(p.concept);
      break;
    }
  }
  return { value, concept: parts.join(' + '), derived: parts.length > 1 ? `sum of ${parts.map(short).join(' + ')}` : null };
}

function debtMetric(index: Index): SecMetric {
  const options = DEBT_RECIPES.flatMap((recipe) => {
    const loc = locate(index, recipe.base, 'money');
    const latest = loc && newest(loc.facts.filter((f) => !f.start));
    return loc && latest ? [{ recipe, loc, end: latest.end }] : [];
  });
  const best = options.reduce<(typeof options)[number] | null>((b, o) => (b === null || o.end > b.end ? o : b), null);
  if (!best) {
    return emptyMetric([`no debt tag (${DEBT_RECIPES.map((r) => short(r.base)).join(', ')}): debt-free, or debt only in dimensional/custom tags`]);
  }
  const m = instantFigures(best.loc, (f) => debtAt(index, best.recipe, f, best.loc.concept));
  return { ...m, notes: best.recipe.note ? [best.recipe.note] : [] };
}

// ---------- EBITDA ----------

function ebitdaFigure(op: SecFigure | null, da: SecFigure | null): SecFigure | null {
  if (!op || !da || op.asOf !== da.asOf || op.start !== da.start || op.unit !== da.unit) return null;
  return {
    ...op,
    value: op.value + da.value,
    concept: 'derived',
    source: `${op.source}; EBITDA derived`,
    derived: `EBITDA (derived) = ${short(op.concept)} + ${short(da.concept)}`,
  };
}

function ebitdaMetric(op: SecMetric, da: SecMetric): SecMetric {
  const annual = ebitdaFigure(op.annual, da.annual);
  const quarter = ebitdaFigure(op.quarter, da.quarter);
  const ttm = ebitdaFigure(op.ttm, da.ttm);
  const latest = ttm ?? annual;
  const notes = latest ? [] : ['EBITDA not derivable: needs operating income and D&A for the same period', ...op.notes, ...da.notes];
  return { annual, quarter, ttm, latest, notes };
}

/** The whole extraction. Pure; input must already be schema-validated. */
export function extractFundamentals(doc: CompanyFacts): SecFundamentals {
  const index = buildIndex(doc);
  const operatingIncome = durationMetric(index, METRIC_TAGS.operatingIncome, 'operating income');
  const depreciationAmortization = durationMetric(index, METRIC_TAGS.depreciationAmortization, 'D&A');
  const variableNote = 'variable-rate debt is usually tagged per instrument with a dimension (e.g. LongtermDebtTypeAxis), which companyfacts omits';
  return {
    cik: doc.cik,
    entityName: doc.entityName,
    taxonomies: Object.keys(doc.facts),
    interestExpense: durationMetric(index, METRIC_TAGS.interestExpense, 'interest expense'),
    operatingIncome,
    depreciationAmortization,
    ebitda: ebitdaMetric(operatingIncome, depreciationAmortization),
    totalDebt: debtMetric(index),
    cash: instantMetric(index, METRIC_TAGS.cash, 'money', 'cash'),
    sharesOutstanding: instantMetric(index, METRIC_TAGS.sharesOutstanding, 'shares', 'shares outstanding'),
    netIncome: durationMetric(index, METRIC_TAGS.netIncome, 'net income'),
    stockholdersEquity: instantMetric(index, METRIC_TAGS.stockholdersEquity, 'money', "stockholders' equity"),
    variableRateDebt: instantMetric(index, METRIC_TAGS.variableRateDebt, 'money', 'variable-rate debt amount', variableNote),
    variableRateDebtRate: instantMetric(index, METRIC_TAGS.variableRateDebtRate, 'pure', 'variable-rate debt rate', variableNote),
    debtDueWithinYear: instantMetric(index, METRIC_TAGS.debtDueWithinYear, 'money', 'debt maturity'),
  };
}
