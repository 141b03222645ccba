/**
 * Keeps one dynamically registered content script (scripting API) in step with the sites the
 * user added in Options: only enabled sites whose host permission is actually granted. The
 * `scripting` permission is optional and requested together with the first site, so this is a
 * no-op (and says so) until the user adds one.
 */
import type { CustomSite } from '../settings/custom-sites';
import { sitePattern } from '../sites/custom';

export const CUSTOM_SCRIPT_ID = 'caplens-custom-sites';

interface RegisteredScript {
  id: string;
  matches?: string[];
}
interface ScriptDefinition {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: ScriptDefinition[]): Promise<void>;
  updateContentScripts(scripts: ScriptDefinition[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface SyncDeps {
  sites: readonly CustomSite[];
  /** permissions.contains for one origin pattern. */
  granted: (pattern: string) => Promise<boolean>;
  /** undefined while the optional `scripting` permission is not granted. */
  scripting: ScriptingApi | undefined;
  /** The content script's bundle path(s) inside the extension. */
  js: string[];
}

export type SyncResult = { state: 'no-scripting' } | { state: 'synced'; matches: string[] };

export async function syncCustomSites({ sites, granted, scripting, js }: SyncDeps): Promise<SyncResult> {
  if (!scripting) return { state: 'no-scripting' };
  const matches: string[] = [];
  for (const s of sites) if (s.enabled && (await granted(sitePattern(s.host)))) matches.push(sitePattern(s.host));
  const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    return { state: 'synced', matches };
  }
  const script: ScriptDefinition = { id: CUSTOM_SCRIPT_ID, matches, js, runAt: 'document_idle', persistAcrossSessions: true };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return { state: 'synced', matches };
}
