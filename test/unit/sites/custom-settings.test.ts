import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCustomSite, customSiteFor, getCustomSites, removeCustomSite, setCustomSiteEnabled } from '../../../lib/settings/custom-sites';

describe('custom site settings', () => {
  test('add, disable, re-add and remove keep order and never duplicate', async () => {
    await addCustomSite('ft.com');
    await addCustomSite('barchart.com');
    await setCustomSiteEnabled('ft.com', false);
    expect(await getCustomSites()).toEqual([
      { host: 'ft.com', enabled: false },
      { host: 'barchart.com', enabled: true },
    ]);
    await addCustomSite('ft.com');
    expect(await getCustomSites()).toEqual([
      { host: 'ft.com', enabled: true },
      { host: 'barchart.com', enabled: true },
    ]);
    expect(await removeCustomSite('ft.com')).toEqual([{ host: 'barchart.com', enabled: true }]);
  });

  test('the content script finds the adapter only for enabled sites', async () => {
    await addCustomSite('ft.com');
    expect((await customSiteFor('https://www.ft.com/content/abc'))?.id).toBe('custom:ft.com');
    expect(await customSiteFor('https://www.ftx.com/')).toBeUndefined();
    await setCustomSiteEnabled('ft.com', false);
    expect(await customSiteFor('https://www.ft.com/content/abc')).toBeUndefined();
  });

  test('corrupt stored data reads as an empty list instead of breaking pages', async () => {
    await fakeBrowser.storage.local.set({ customSites: [{ host: 42 }] });
    expect(await getCustomSites()).toEqual([]);
    expect(await customSiteFor('https://www.ft.com/')).toBeUndefined();
  });
});
