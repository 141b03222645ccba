import type { DateHints } from './claim-schema';

/**
 * The date hints in a page's markup, as short strings (the page runs this; the background reads
 * them with article-date.ts). Nothing from the page is interpreted as HTML.
 */
export function dateHintsFromDocument(doc: Document): DateHints {
  const cut = (s: string | null | undefined) => (s ? s.trim().slice(0, 64) : null);
  const published =
    doc.querySelector('meta[property="article:published_time" i]')?.getAttribute('content') ??
    doc.querySelector('meta[name="article:published_time" i], meta[itemprop="datePublished" i]')?.getAttribute('content');
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  let jsonLd: string | null = null;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]{4,64})"/.exec(s.textContent ?? '');
    if (m) {
      jsonLd = m[1]!;
      break;
    }
  }
  return { published: cut(published), time: cut(time), jsonLd: cut(jsonLd) };
}
