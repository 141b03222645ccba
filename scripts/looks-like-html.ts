/** Cheap "is this HTML at all" test: no NUL bytes and some markup we recognise. */
export function looksLikeHtml(text: string): boolean {
  if (text.slice(0, 8192).includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body)\b/i.test(text) || /<(?:article|main|section|div|p|span|a|h[1-6])\b[^<>]*>/i.test(text);
}
