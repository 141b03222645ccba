import type { CheckedClaim, ClaimCheck, ClaimValue } from '@/lib/claims/claim-schema';
import { claimsDigest } from '@/lib/claims/claims-digest';
import { formatAsOf, formatUsdCompact } from '@/lib/format';

/**
 * The article's market claims beside our figures: the quote, our figure with its source and
 * as-of date, and the verdict. Clicking a quote scrolls the page to its sentence. Every text here
 * is rendered as text (the page's words never become HTML).
 */

const VERDICT: Record<CheckedClaim['verdict'], { mark: string; label: string }> = {
  matches: { mark: '✓', label: 'Matches our data' },
  differs: { mark: '≠', label: 'Differs from our data' },
  unverifiable: { mark: '?', label: "Can't check" },
};

const SUBJECT: Record<string, string> = {
  'fed-funds': 'Fed funds',
  'small-vs-large': 'Small vs large caps',
  '2y': '2-year yield',
  '10y': '10-year yield',
  '30y': '30-year yield',
  'magnificent-seven': 'Magnificent Seven',
  'russell-microcap': 'Russell Microcap',
  'russell-top-50': 'Russell Top 50',
  'russell-midcap': 'Russell Midcap',
  RUT: 'Russell 2000',
  RUI: 'Russell 1000',
  RUA: 'Russell 3000',
  SPX: 'S&P 500',
  IXIC: 'Nasdaq Composite',
  NDX: 'Nasdaq-100',
  DJI: 'Dow',
};

/** A stated or checked figure in the claim's own unit. */
export function formatClaimValue(value: ClaimValue, unit: string): string {
  if (Array.isArray(value)) return `${value[0].toFixed(2)}–${value[1].toFixed(2)}%`;
  if (unit === 'USD') return formatUsdCompact(value);
  if (unit === 'x') return `${value}x`;
  if (unit === '%') return `${value}%`;
  return `${value} ${unit}`;
}

/** "2025-08-21 / 2025-12-22" (group members of different dates) → each date in words. */
const asOfWords = (asOf: string) => asOf.split(' / ').map(formatAsOf).join(' and ');

// What the data speaks to first (differs, then matches); what it cannot check last; text order within each.
const ORDER: Record<CheckedClaim['verdict'], number> = { differs: 0, matches: 1, unverifiable: 2 };
const byVerdict = (claims: readonly CheckedClaim[]) => claims.map((c, i) => ({ c, i })).sort((a, b) => ORDER[a.c.verdict] - ORDER[b.c.verdict] || a.i - b.i).map((x) => x.c);

export function ClaimsSection({ check, onSelect, folded = false }: { check: ClaimCheck | null; onSelect: (claim: CheckedClaim) => void; folded?: boolean }) {
  if (!check?.enabled || !check.claims.length) return null;
  return (
    // Open beside the cards; folded to its one-line count in the table view, whose point is every
    // ticker at a glance (ten claims would push the table below the fold). The reader's own
    // toggle stands until the view changes.
    <details class="cl-claims" data-section="claims" open={!folded}>
      <summary class="cl-claims__title">
        Claims in this article <span class="cl-claims__digest" data-claims-digest>{claimsDigest(check.claims)}</span>
      </summary>
      <p class="cl-claims__date cl-muted">
        {check.articleDate ? `Checked at the article's date, ${formatAsOf(check.articleDate)} (from ${check.dateSource}).` : 'The article has no date: only figures that need none are checked.'}
      </p>
      <ol class="cl-claims__list">
        {byVerdict(check.claims).map((c, i) => (
          <li key={i} class={`cl-claim cl-claim--${c.verdict}`} data-claim-kind={c.kind} data-verdict={c.verdict}>
            <div class="cl-claim__head">
              <span class="cl-claim__verdict" title={VERDICT[c.verdict].label}>
                <span aria-hidden="true">{VERDICT[c.verdict].mark}</span> {VERDICT[c.verdict].label}
              </span>
              {c.subject && <span class="cl-kind">{SUBJECT[c.subject] ?? c.subject}</span>}
            </div>
            <button type="button" class="cl-link cl-claim__quote" onClick={() => onSelect(c)} title="Show in the article">
              “{c.text}”
            </button>
            {c.ours ? (
              <div class="cl-row">
                <span class="cl-label">Ours</span>
                <strong>{formatClaimValue(c.ours.value, c.ours.unit)}</strong>
                <span class="cl-muted">
                  {c.ours.source}, as of {asOfWords(c.ours.asOf)}
                </span>
              </div>
            ) : null}
            <p class="cl-claim__note cl-muted">{c.note}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
