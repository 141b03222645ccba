/**
 * Numbers as the source files write them: "$425.40", "3,162,416,042,769", "7.625%", "NA", ".", "".
 * Returns null for anything that is not a finite number rather than guessing.
 */
export function parseNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const cleaned = raw.trim().replace(/^\$/, '').replace(/,/g, '').replace(/%$/, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
