import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingCache } from '../../../lib/settings/cached-setting';
import { getDataSettings, setDataSettings } from '../../../lib/settings/data-settings';

describe('settings kept until storage reports a change', () => {
  test('read once; a write to its key (and only its key) is seen on the next use', async () => {
    const cached = createSettingCache(fakeBrowser.storage.onChanged);
    let reads = 0;
    const dataSettings = cached('dataSettings', () => (reads++, getDataSettings()));
    expect((await dataSettings()).liveData).toBe(false);
    expect((await dataSettings()).liveData).toBe(false);
    expect(reads).toBe(1);
    await fakeBrowser.storage.local.set({ siteSettings: { reuters: { enabled: false } } });
    await dataSettings();
    expect(reads).toBe(1);
    await setDataSettings({ liveData: true });
    expect((await dataSettings()).liveData).toBe(true);
    expect(reads).toBe(2);
  });

  test('a failed read is not kept', async () => {
    const cached = createSettingCache(fakeBrowser.storage.onChanged);
    let fail = true;
    const setting = cached('providerKeys', async () => {
      if (fail) throw new Error('storage unavailable');
      return { finnhub: { enabled: true, key: 'k' } };
    });
    await expect(setting()).rejects.toThrow('storage unavailable');
    fail = false;
    await expect(setting()).resolves.toEqual({ finnhub: { enabled: true, key: 'k' } });
  });

  test('changes in another storage area leave it cached', async () => {
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    const cached = createSettingCache({ addListener: (l) => void listeners.push(l) });
    let reads = 0;
    const setting = cached('classification', async () => ++reads);
    expect(await setting()).toBe(1);
    for (const l of listeners) l({ classification: { newValue: {} } }, 'sync');
    expect(await setting()).toBe(1);
    for (const l of listeners) l({ classification: { newValue: {} } }, 'local');
    expect(await setting()).toBe(2);
  });
});
