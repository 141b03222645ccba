/**
 * The longest start of `text` that fits `maxChars` and ends where a phrase ends ("; ", ", " or ": "),
 * or failing that where a word ends: the sidebar's digest is shortened this way so it is never
 * cut mid-word (the full text stays one click or hover away). A first word longer than the
 * budget is kept whole: better a line that wraps than half a word. Pure.
 */
export function fitPhrases(text: string, maxChars: number): { shown: string; cut: boolean } {
  if (text.length <= maxChars) return { shown: text, cut: false };
  const head = text.slice(0, maxChars + 1);
  const phraseEnd = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '), head.lastIndexOf(': '));
  const wordEnd = head.lastIndexOf(' ');
  let end = phraseEnd > 0 ? phraseEnd : wordEnd > 0 ? wordEnd : text.search(/\s|$/);
  // A phrase cut back to its separator, or a word cut back to the space before it.
  while (end > 0 && /[\s,;:]/.test(text[end - 1]!)) end--;
  const shown = text.slice(0, end);
  return { shown, cut: shown.length < text.length };
}
