/**
 * How company names are cut into words. Name lookup (company-names.ts) and the parenthetical
 * rules (parenthetical.ts) both compare a listed name with page text; they must split and
 * drop suffixes the same way or "Allstate Corp." would match in one and not the other.
 */

export const NAME_SUFFIXES = new Set(
  'inc incorporated corp corporation co company cos ltd limited plc llc lp holdings holding group sa nv ag se the class'.split(' '),
);

export function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '');
}
