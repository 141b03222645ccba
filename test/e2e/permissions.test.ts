/**
 * Permissions audit of the built extension (issue 7). Reads the manifests `npm run build`
 * (and `npm run build:firefox`, when that output exists) produced, and checks they ask for
 * exactly what the README documents: storage and contextMenus, content-script access to the
 * supported sites only (lib/sites/registry.ts), provider hosts only from
 * lib/data/providers/index.ts, no remote code, no relaxed CSP, nothing reachable from the web.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROVIDERS } from '../../lib/data/providers/index';
import { contentScriptMatches } from '../../lib/sites/registry';
import { USER_SITE_ORIGINS, USER_SITE_PERMISSIONS } from '../../lib/sites/custom';

/** The documented API permissions (README "Privacy"). Anything new must be argued for there first. */
const DOCUMENTED_PERMISSIONS: Record<string, string[]> = {
  // declarativeNetRequestWithHostAccess: one session rule sets SEC's required declared User-Agent on
  // the background's own data.sec.gov requests (Chromium ignores User-Agent set from fetch). It
  // acts only on hosts the user granted, and tabIds [-1] keeps it off the user's own tabs.
  'chrome-mv3': ['contextMenus', 'declarativeNetRequestWithHostAccess', 'storage'],
  // Firefox sends the User-Agent given to fetch, so it needs no header rule.
  'firefox-mv2': ['contextMenus', 'storage'],
};
/** Every host a provider module may reach (required or optional). */
const PROVIDER_HOSTS = new Set(PROVIDERS.flatMap((p) => p.hostPermissions));
const SITE_MATCHES = new Set(contentScriptMatches());

const BUILDS = [
  { name: 'chrome-mv3', dir: '.output/chrome-mv3', required: true },
  { name: 'firefox-mv2', dir: '.output/firefox-mv2', required: false },
] as const;

/** Host-wide patterns that must never appear: <all_urls> and any scheme/host wildcard. */
function isBroadPattern(p: string): boolean {
  if (p === '<all_urls>') return true;
  const m = /^([^:]+):\/\/([^/]*)(\/.*)?$/.exec(p);
  if (!m) return false;
  const host = m[2]!;
  return host === '*' || host === '' || /^\*\.[^.]+$/.test(host); // "*", "*.com"-style
}

function isHostPattern(p: string): boolean {
  return p === '<all_urls>' || /^[a-z*-]+:\/\//i.test(p);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; exclude_matches?: string[]; js?: string[]; css?: string[]; all_frames?: boolean; world?: string }>;
  web_accessible_resources?: Array<string | { resources: string[]; matches?: string[]; extension_ids?: string[] }>;
  content_security_policy?: string | Record<string, string>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  externally_connectable?: unknown;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
  [key: string]: unknown;
}

for (const build of BUILDS) {
  const manifestPath = join(build.dir, 'manifest.json');
  const present = existsSync(manifestPath);
  describe.skipIf(!present && !build.required)(`built manifest: ${build.name}`, () => {
    const read = (): Manifest => {
      if (!present) throw new Error(`${manifestPath} missing: run \`npm run build\` first.`);
      return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    };

    test('API permissions are exactly the documented list; host access comes only from the registries', () => {
      const m = read();
      const perms = m.permissions ?? [];
      // MV2 (Firefox) lists host patterns under `permissions`; MV3 has host_permissions.
      const api = perms.filter((p) => !isHostPattern(p)).sort();
      expect(api).toEqual(DOCUMENTED_PERMISSIONS[build.name]);
      const hosts = [...perms.filter(isHostPattern), ...(m.host_permissions ?? [])];
      for (const h of hosts) expect(PROVIDER_HOSTS.has(h), `host permission ${h} is not a provider host`).toBe(true);
      // Optional permissions: provider hosts (requested when live data or a keyed provider is turned on),
      // and for a user-added site (README "Privacy") `scripting` plus that one site's https origin.
      const optional = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])];
      const userSite = new Set<string>([...USER_SITE_ORIGINS, ...USER_SITE_PERMISSIONS]);
      for (const o of optional) expect(PROVIDER_HOSTS.has(o) || userSite.has(o), `optional permission ${o} is neither a provider host nor documented for user sites`).toBe(true);
      expect(optional.filter((o) => userSite.has(o)).sort()).toEqual([...userSite].sort());
      if (m.manifest_version === 3) expect(perms.filter(isHostPattern)).toEqual([]);
    });

    test('no <all_urls> or wildcard-host pattern in permissions, host permissions, content scripts or web-accessible resources', () => {
      const m = read();
      // The one broad pattern allowed is the optional ceiling for user-added sites: never granted
      // as such, the options page asks for a single https host inside it when the user adds a site.
      const optionalOthers = [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])].filter((o) => !(USER_SITE_ORIGINS as readonly string[]).includes(o));
      const patterns = [
        ...(m.permissions ?? []),
        ...(m.host_permissions ?? []),
        ...optionalOthers,
        ...(m.content_scripts ?? []).flatMap((c) => c.matches),
        ...(m.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [] : (w.matches ?? []))),
      ];
      expect(patterns.length).toBeGreaterThan(0);
      expect(patterns.filter(isBroadPattern)).toEqual([]);
      // And nowhere else in the manifest either (e.g. a future key we do not know about yet).
      const everywhere = JSON.stringify({ ...m, optional_permissions: optionalOthers, optional_host_permissions: [] });
      for (const bad of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/']) expect(everywhere).not.toContain(bad);
    });

    test('content scripts run on exactly the registry’s sites, top frame, isolated world; web-accessible resources are ours and scoped', () => {
      const m = read();
      const scripts = m.content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      const matches = new Set(scripts.flatMap((c) => c.matches));
      expect([...matches].sort()).toEqual([...SITE_MATCHES].sort());
      for (const c of scripts) {
        expect(c.all_frames ?? false).toBe(false);
        expect(c.world ?? 'ISOLATED').toBe('ISOLATED');
        for (const f of [...(c.js ?? []), ...(c.css ?? [])]) expect(existsSync(join(build.dir, f)), f).toBe(true);
      }
      for (const w of m.web_accessible_resources ?? []) {
        const resources = typeof w === 'string' ? [w] : w.resources;
        for (const r of resources) {
          expect(r, 'no wildcard resources').not.toMatch(/\*/);
          expect(r, 'no extension pages exposed to the web').not.toMatch(/\.html?$/i);
          expect(existsSync(join(build.dir, r)), r).toBe(true);
        }
        if (typeof w !== 'string') {
          for (const pat of w.matches ?? []) expect(SITE_MATCHES.has(pat), `web-accessible on ${pat}`).toBe(true);
          expect(w.extension_ids ?? []).toEqual([]);
        }
      }
    });

    test('nothing reachable from web pages or other extensions, CSP not relaxed', () => {
      const m = read();
      expect(m.externally_connectable).toBeUndefined();
      const csp = m.content_security_policy;
      const cspText = typeof csp === 'string' ? csp : Object.values(csp ?? {}).join('; ');
      expect(cspText).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
      expect(m.sandbox).toBeUndefined();
      expect(m.update_url).toBeUndefined();
      // Firefox asks add-ons to declare data collection: CapLens collects none.
      if (m.browser_specific_settings?.gecko) {
        expect(m.browser_specific_settings.gecko.data_collection_permissions?.required).toEqual(['none']);
      }
    });

    test('no remote code: every script is a file in the package, none loaded from the network', () => {
      const m = read();
      const local = (p: string) => {
        expect(p, 'script path').not.toMatch(/^(?:[a-z]+:)?\/\//i);
        expect(existsSync(join(build.dir, p)), p).toBe(true);
      };
      if (m.background?.service_worker) local(m.background.service_worker);
      for (const s of m.background?.scripts ?? []) local(s);
      const all = files(build.dir);
      const offenders: string[] = [];
      for (const f of all) {
        const rel = relative(build.dir, f);
        if (/\.html$/.test(f)) {
          const html = readFileSync(f, 'utf8');
          if (/<script[^>]+src=["']?(?:https?:)?\/\//i.test(html)) offenders.push(`${rel}: remote <script src>`);
          if (/<link[^>]+href=["']?(?:https?:)?\/\//i.test(html)) offenders.push(`${rel}: remote <link href>`);
          if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) offenders.push(`${rel}: inline <script>`);
        } else if (/\.(?:m?js)$/.test(f)) {
          const js = readFileSync(f, 'utf8');
          if (/importScripts\(\s*["'`]https?:/.test(js)) offenders.push(`${rel}: importScripts(remote)`);
          if (/\bimport\(\s*["'`](?:https?:)?\/\//.test(js)) offenders.push(`${rel}: import(remote)`);
          if (/\bfrom\s*["'`](?:https?:)?\/\//.test(js)) offenders.push(`${rel}: static import from a URL`);
          if (/\.src\s*=\s*["'`]https?:/.test(js)) offenders.push(`${rel}: script.src = remote`);
        } else if (/\.css$/.test(f)) {
          const css = readFileSync(f, 'utf8');
          if (/@import\s+(?:url\()?["']?https?:/i.test(css) || /url\(\s*["']?https?:/i.test(css)) offenders.push(`${rel}: remote CSS resource`);
        }
      }
      expect(offenders).toEqual([]);
    });
  });
}

describe('the audit’s own pattern check', () => {
  test.each([
    ['<all_urls>', true],
    ['*://*/*', true],
    ['https://*/*', true],
    ['http://*/', true],
    ['https://*.com/*', true],
    ['https://www.reuters.com/*', false],
    ['https://*.fidelity.com/*', false],
    ['https://query1.finance.yahoo.com/*', false],
  ])('%s broad=%s', (p, broad) => expect(isBroadPattern(p)).toBe(broad));
});
