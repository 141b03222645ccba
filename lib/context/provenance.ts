import type { TickerContext } from './ticker-context';

/** Which figure of the printed context came from where: "live: …" or "snapshot: …". */
export function provenanceOf(c: TickerContext): Record<string, string> {
  const out: Record<string, string> = {};
  const snap = (s: string | null | undefined, asOf?: string | null) => `snapshot: ${s ?? 'embedded data'}${asOf ? ` (${asOf})` : ''}`;
  // A live cap names both sources: "Yahoo price × SEC shares (10-Q cover page: …)".
  if (c.marketCap) out.marketCap = / × SEC shares \(/.test(c.marketCap.source) ? `live: ${c.marketCap.source} (${c.marketCap.asOf})` : snap(c.marketCap.source, c.marketCap.asOf);
  if (c.index.method) out.index = `snapshot: ${c.index.method}`;
  if (c.valuation) {
    const liveFields = new Map((c.valuation.fieldSources ?? []).map((f) => [f.field, f]));
    for (const field of ['pe', 'forwardPe', 'pb', 'evEbitda'] as const) {
      if (c.valuation[field] === null) continue;
      const l = liveFields.get(field);
      out[`valuation.${field}`] = l && l.origin !== 'snapshot' ? `live: ${l.source} (${l.asOf})` : snap(l?.source ?? c.valuation.source, l?.asOf ?? c.valuation.asOf);
    }
  }
  for (const d of c.rateSensitivity?.drivers ?? []) {
    const key = `rateSensitivity.drivers.${d.name}`;
    if (d.source) out[key] = `${d.source.startsWith('SEC') || /chart|Stooq/.test(d.source) ? 'live' : 'snapshot'}: ${d.source}${d.asOf ? ` (${d.asOf})` : ''}`;
    else out[key] = 'snapshot: sector table / cap class (methodology)';
  }
  return out;
}
