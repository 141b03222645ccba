import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSitePrefs, getSiteSettings, setSitePrefs, SIDEBAR_WIDTH, type SiteSettings } from '../../../lib/settings/site-settings';

const DEFAULTS = { enabled: true, collapsed: false, width: SIDEBAR_WIDTH.default, push: false };

describe('site settings read from storage', () => {
  test.each<[string, unknown, SiteSettings]>([
    ['nothing stored', undefined, {}],
    ['not an object', 'garbage', {}],
    ['null', null, {}],
    ['an array', [{ enabled: false }], {}],
    ['good entries', { reuters: { enabled: false, width: 500 }, cnbc: { collapsed: true } }, { reuters: { enabled: false, width: 500 }, cnbc: { collapsed: true } }],
    ['unknown fields dropped', { reuters: { enabled: false, colour: 'red' } }, { reuters: { enabled: false } }],
    ['one bad entry dropped, the others kept', { reuters: { enabled: 'no' }, cnbc: { width: 400 }, yahoo: 7, wsj: { width: 1.5 } }, { cnbc: { width: 400 } }],
    ['width out of range', { reuters: { width: 5000 } }, {}],
    ['docking mode', { reuters: { push: true }, cnbc: { push: 'yes' } }, { reuters: { push: true } }],
  ])('%s', async (_, stored, want) => {
    await fakeBrowser.storage.local.set({ siteSettings: stored });
    expect(await getSiteSettings()).toEqual(want);
  });

  test('a "__proto__" key is not applied', async () => {
    await fakeBrowser.storage.local.set({ siteSettings: JSON.parse('{"__proto__": {"enabled": false}, "cnbc": {"enabled": false}}') });
    const s = await getSiteSettings();
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(s).toEqual({ cnbc: { enabled: false } });
    expect(({} as { enabled?: boolean }).enabled).toBeUndefined();
  });

  test('a bad entry gives that site its defaults and a write keeps the other sites', async () => {
    await fakeBrowser.storage.local.set({ siteSettings: { reuters: { collapsed: 'yes' }, cnbc: { enabled: false } } });
    expect(await getSitePrefs('reuters')).toEqual(DEFAULTS);
    await setSitePrefs('reuters', { collapsed: true });
    expect(await getSitePrefs('reuters')).toEqual({ ...DEFAULTS, collapsed: true });
    expect(await getSitePrefs('cnbc')).toEqual({ ...DEFAULTS, enabled: false });
  });

  test('push mode is remembered per site', async () => {
    await setSitePrefs('reuters', { push: true });
    expect((await getSitePrefs('reuters')).push).toBe(true);
    expect((await getSitePrefs('cnbc')).push).toBe(false);
  });
});
