/**
 * Where the claim-check switch is stored, and how its stored value reads. No imports, so the
 * content script can check it before sending the article's text (lib/settings/claim-settings.ts
 * is the typed item the options page and the background use).
 */
export const CLAIM_SETTINGS_KEY = 'claimSettings';

/** On unless the stored value says off: the check is local and reads only the article in view. */
export function isClaimCheckOn(raw: unknown): boolean {
  return !(typeof raw === 'object' && raw !== null && (raw as { enabled?: unknown }).enabled === false);
}
