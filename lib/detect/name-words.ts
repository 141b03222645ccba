import { COMPANY_SUFFIXES } from '../company-suffixes';

/**
 * How company names are cut into words. Name lookup (company-names.ts) and the parenthetical
 * rules (parenthetical.ts) both compare a listed name with page text; they must split and
 * drop suffixes the same way or "Allstate Corp." would match in one and not the other.
 */

export const NAME_SUFFIXES = new Set([...COMPANY_SUFFIXES, ...'holdings holding group the class'.split(' ')]);

export function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '');
}
