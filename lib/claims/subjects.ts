/**
 * Subjects the ticker detection does not name: groups of stocks and indexes without a code in
 * lib/detect/indexes.ts. Each maps to a subject id; a group lists its members, so a claim about
 * it is checked against each of them.
 */

export interface ClaimGroup {
  id: string;
  label: string;
  members: readonly string[];
}

export const GROUPS: readonly ClaimGroup[] = [
  { id: 'magnificent-seven', label: 'Magnificent Seven', members: ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'META', 'NVDA', 'TSLA'] },
];

/** [pattern, subject]: group names, then index names the detector has no code for. */
const NAMED: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?(?:Magnificent|Mag(?:nificent)?)\s*(?:Seven|7)\b/g, 'magnificent-seven'],
  [/\bRussell\s+Microcap\b/g, 'russell-microcap'],
  [/\bRussell\s+Top\s+50\b/g, 'russell-top-50'],
  [/\bRussell\s+Midcap\b/g, 'russell-midcap'],
];

/** Group and extra-index mentions in `text`, with offsets. */
export function namedSubjects(text: string): Array<{ subject: string; start: number; end: number }> {
  const out: Array<{ subject: string; start: number; end: number }> = [];
  for (const [re, subject] of NAMED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ subject, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const groupOf = (subject: string | null) => GROUPS.find((g) => g.id === subject) ?? null;
