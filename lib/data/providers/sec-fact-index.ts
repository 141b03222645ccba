/**
 * Finding facts in a companyfacts document: a case-insensitive index of qualified tags, the
 * unit to read for each kind of metric, and which of several facts is the newest. Shared by
 * the duration, instant and debt rules so they all resolve tags and restatements alike.
 */
import type { CompanyFacts, SecFact } from './sec';
import type { UnitKind } from './sec-tags';

export interface Located {
  concept: string;
  unit: string;
  facts: SecFact[];
}

export type Index = Map<string, { concept: string; units: Record<string, SecFact[]> }>;

// Case-insensitive because the taxonomy itself is inconsistent (LongtermDebt… vs LongTermDebt…).
export function buildIndex(doc: CompanyFacts): Index {
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

export function locate(index: Index, qualified: string, kind: UnitKind): Located | null {
  const hit = index.get(qualified.toLowerCase());
  if (!hit) return null;
  const unit = pickUnit(hit.units, kind);
  return unit ? { concept: hit.concept, unit, facts: hit.units[unit]! } : null;
}

/** Newest period end; then latest filed (restated values win); then accession. */
export function newest(facts: readonly SecFact[]): SecFact | null {
  let best: SecFact | null = null;
  for (const f of facts) {
    if (!best || f.end > best.end || (f.end === best.end && (f.filed > best.filed || (f.filed === best.filed && f.accn > best.accn)))) best = f;
  }
  return best;
}
