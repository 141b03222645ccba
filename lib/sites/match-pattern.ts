/**
 * WebExtension match patterns, evaluated without the browser so the registry can pick an
 * adapter for a URL in the content script, the background and Node alike.
 * Spec: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 *
 * Supported: <all_urls>, scheme `*` (http/https only) or an explicit scheme, host `*`,
 * `*.example.com` (example.com and any subdomain) or an exact host, and a path with `*`
 * wildcards. The path part is matched against pathname + search (no hash), as browsers do.
 */
export interface ParsedMatchPattern {
  schemes: string[] | 'all';
  /** null = any host */
  host: string | null;
  subdomains: boolean;
  path: RegExp;
}

const PATTERN_RE = /^(\*|https?|wss?|file|ftp|urn):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

export function parseMatchPattern(pattern: string): ParsedMatchPattern | null {
  if (pattern === '<all_urls>') {
    return { schemes: 'all', host: null, subdomains: true, path: /^/ };
  }
  const m = PATTERN_RE.exec(pattern);
  if (!m) return null;
  const scheme = m[1]!;
  const hostPart = m[2] ?? '';
  const pathPart = m[3]!;
  let host: string | null;
  let subdomains = false;
  if (hostPart === '*') host = null;
  else if (hostPart.startsWith('*.')) {
    host = hostPart.slice(2).toLowerCase();
    subdomains = true;
  } else host = hostPart.toLowerCase();
  // Each `*` becomes `.*`; everything else is literal. No nested quantifiers, so linear-ish.
  const path = new RegExp(
    '^' +
      pathPart
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return { schemes: scheme === '*' ? ['http', 'https'] : [scheme], host, subdomains, path };
}

export function urlMatchesPattern(url: string | URL, pattern: string | ParsedMatchPattern): boolean {
  const p = typeof pattern === 'string' ? parseMatchPattern(pattern) : pattern;
  if (!p) return false;
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = u.protocol.replace(/:$/, '');
  if (p.schemes === 'all') {
    if (!['http', 'https', 'ws', 'wss', 'file', 'ftp'].includes(scheme)) return false;
  } else if (!p.schemes.includes(scheme)) return false;
  const hostname = u.hostname.toLowerCase();
  if (p.host !== null) {
    const ok = hostname === p.host || (p.subdomains && hostname.endsWith('.' + p.host));
    if (!ok) return false;
  }
  return p.path.test(u.pathname + u.search);
}
