/** Display formatting shared by every surface. Pure, locale-independent output. */

const UNITS: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** $6.71B, $912.3M, $1.17T. Three significant figures is what a reader compares. */
export function formatUsdCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, unit] of UNITS) {
    if (abs >= size) return `${sign}$${toSig(abs / size)}${unit}`;
  }
  return `${sign}$${toSig(abs)}`;
}

function toSig(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return n.toFixed(digits);
}

export function formatRatio(value: number | null | undefined, suffix = '×'): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${value.toFixed(value >= 100 ? 0 : 1)}${suffix}`;
}

export function formatPct(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${value.toFixed(digits)}%`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-05-02" → "2 May 2025"; anything else is shown as given. */
export function formatAsOf(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
