import { describe, expect, test } from 'vitest';
import { CUSTOM_SCRIPT_ID, syncCustomSites, type ScriptingApi } from '../../../lib/background/custom-scripts';

function fakeScripting(registered: Array<{ id: string; matches: string[] }> = []) {
  const calls: string[] = [];
  let scripts = [...registered];
  const api: ScriptingApi = {
    getRegisteredContentScripts: async (f) => scripts.filter((s) => !f?.ids || f.ids.includes(s.id)),
    registerContentScripts: async (list) => {
      for (const s of list) if (scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      calls.push(`register ${list.map((s) => s.matches.join(',')).join(';')}`);
      scripts = [...scripts, ...list.map((s) => ({ id: s.id, matches: s.matches }))];
    },
    updateContentScripts: async (list) => {
      calls.push(`update ${list.map((s) => s.matches.join(',')).join(';')}`);
      scripts = scripts.map((x) => list.find((s) => s.id === x.id) ?? x);
    },
    unregisterContentScripts: async (f) => {
      calls.push(`unregister ${f?.ids?.join(',')}`);
      scripts = scripts.filter((s) => !f?.ids?.includes(s.id));
    },
  };
  return { api, calls, scripts: () => scripts };
}

const granted = (hosts: string[]) => async (pattern: string) => hosts.some((h) => pattern === `https://*.${h}/*`);
const JS = ['content-scripts/sidebar.js'];

describe('syncCustomSites', () => {
  test('without the scripting permission it does nothing and says so', async () => {
    expect(await syncCustomSites({ sites: [{ host: 'ft.com', enabled: true }], granted: granted(['ft.com']), scripting: undefined, js: JS })).toEqual({ state: 'no-scripting' });
  });

  test('registers enabled sites whose access is granted, only those', async () => {
    const s = fakeScripting();
    const r = await syncCustomSites({
      sites: [
        { host: 'ft.com', enabled: true },
        { host: 'morningstar.com', enabled: false },
        { host: 'thestreet.com', enabled: true },
      ],
      granted: granted(['ft.com', 'morningstar.com']),
      scripting: s.api,
      js: JS,
    });
    expect(r).toEqual({ state: 'synced', matches: ['https://*.ft.com/*'] });
    expect(s.calls).toEqual(['register https://*.ft.com/*']);
    expect(s.scripts()).toEqual([{ id: CUSTOM_SCRIPT_ID, matches: ['https://*.ft.com/*'] }]);
  });

  test('updates an existing registration instead of registering twice (idempotent)', async () => {
    const s = fakeScripting();
    const sites = [{ host: 'ft.com', enabled: true }];
    await syncCustomSites({ sites, granted: granted(['ft.com']), scripting: s.api, js: JS });
    await syncCustomSites({ sites: [...sites, { host: 'barchart.com', enabled: true }], granted: granted(['ft.com', 'barchart.com']), scripting: s.api, js: JS });
    expect(s.calls).toEqual(['register https://*.ft.com/*', 'update https://*.ft.com/*,https://*.barchart.com/*']);
  });

  test('unregisters when no site is left, and leaves other scripts alone', async () => {
    const s = fakeScripting([
      { id: CUSTOM_SCRIPT_ID, matches: ['https://*.ft.com/*'] },
      { id: 'someone-else', matches: ['https://*.x.com/*'] },
    ]);
    await syncCustomSites({ sites: [{ host: 'ft.com', enabled: true }], granted: granted([]), scripting: s.api, js: JS });
    expect(s.calls).toEqual([`unregister ${CUSTOM_SCRIPT_ID}`]);
    expect(s.scripts().map((x) => x.id)).toEqual(['someone-else']);
    await syncCustomSites({ sites: [], granted: granted([]), scripting: s.api, js: JS });
    expect(s.calls).toHaveLength(1);
  });
});
