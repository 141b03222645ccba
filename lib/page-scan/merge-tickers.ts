/**
 * Cards for content the page appended, folded into the cards already shown. The background
 * validated only the new mentions (the old ones are not sent again); per symbol the counts add
 * up, the evidence is the union (the earlier kinds first: the list is only the count's tooltip,
 * and ordering it by strength here would carry the evidence table into the page bundle), and the
 * newer card replaces the older one (built later, from the same or fresher inputs).
 *
 * Equal to validating old and new mentions together, because every rule but two is per mention
 * or per symbol over the mentions (an ambiguous symbol counts only its deliberate mentions, in
 * each part as in the whole). The two: a foreign listing named earlier stops a company name from
 * resolving to it (the caller sends the page's foreign-exchange mentions along for that), and a
 * symbol seen only as extra evidence counts once per part rather than once per page.
 */
import type { DetectedTicker } from '../messaging/page-protocol';

// A coin and a listed security may share a symbol (BTC): they are different cards.
const keyOf = (t: DetectedTicker) => `${t.context.kind}:${t.symbol}`;

export function mergeTickers(shown: readonly DetectedTicker[], added: readonly DetectedTicker[]): DetectedTicker[] {
  const byKey = new Map(shown.map((t) => [keyOf(t), t]));
  for (const t of added) {
    const old = byKey.get(keyOf(t));
    if (!old) {
      byKey.set(keyOf(t), t);
      continue;
    }
    byKey.set(keyOf(t), { ...t, count: old.count + t.count, evidence: [...new Set([...old.evidence, ...t.evidence])] });
  }
  // Most mentioned first, as the background orders them; a tie keeps its order (a stable sort), so
  // cards already shown stay ahead of new ones with as many mentions.
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
