import type { CheckedClaim } from './claim-schema';

/** The sidebar's count of an article's claims: "5 claims: 2 match, 2 differ, 1 can't check". Pure, tiny (in the page bundle). */
export function claimsDigest(claims: readonly Pick<CheckedClaim, 'verdict'>[]): string {
  if (!claims.length) return 'No market claims';
  const n = (v: CheckedClaim['verdict']) => claims.filter((c) => c.verdict === v).length;
  const parts = [
    n('matches') ? `${n('matches')} match${n('matches') === 1 ? 'es' : ''}` : '',
    n('differs') ? `${n('differs')} differ${n('differs') === 1 ? 's' : ''}` : '',
    n('unverifiable') ? `${n('unverifiable')} can't check` : '',
  ].filter(Boolean);
  return `${claims.length} claim${claims.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
