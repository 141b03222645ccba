/**
 * Balance-sheet and cover-page metrics (instants): the newest value from an annual form, from a
 * quarterly form, and overall. Two instants need more than picking one fact: the share count
 * sums share classes, and total debt adds the parts a filer reports separately (DEBT_RECIPES)
 * at the same balance-sheet date.
 */
import type { SecFact } from './sec';
import { locate, newest, type Index, type Located } from './sec-fact-index';
import { emptyMetric, figure, short, type SecMetric } from './sec-figure';
import { DEBT_RECIPES, type DebtRecipe, type UnitKind } from './sec-tags';

const ANNUAL_FORMS = /^(10-K|10-KT|10-K405|20-F|40-F)(\/A)?$/;
const QUARTER_FORMS = /^10-QT?(\/A)?$/;

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

export function instantMetric(index: Index, tags: readonly string[], kind: UnitKind, what: string, extraNote?: string): SecMetric {
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

export function debtMetric(index: Index): SecMetric {
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
