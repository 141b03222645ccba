import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_DETECTION_SETTINGS,
  getDetectionSettings,
  setDetectionSettings,
  watchDetectionSettings,
  type DetectionSettings,
} from '../../../lib/settings/detection-settings';

describe('detection settings', () => {
  test('both switches are off by default', async () => {
    expect(DEFAULT_DETECTION_SETTINGS).toEqual({ highlight: false, companyNames: false });
    expect(await getDetectionSettings()).toEqual({ highlight: false, companyNames: false });
  });

  test.each<[unknown, DetectionSettings]>([
    [undefined, { highlight: false, companyNames: false }],
    [{ highlight: true }, { highlight: true, companyNames: false }],
    [{ companyNames: true, extra: 1 }, { highlight: false, companyNames: true }],
    [{ highlight: 'yes', companyNames: true }, { highlight: false, companyNames: false }],
    ['garbage', { highlight: false, companyNames: false }],
    [null, { highlight: false, companyNames: false }],
  ])('stored %j reads as %j', async (raw, want) => {
    await fakeBrowser.storage.local.set({ detectionSettings: raw });
    expect(await getDetectionSettings()).toEqual(want);
  });

  test('a change is merged, stored and read back', async () => {
    expect(await setDetectionSettings({ highlight: true })).toEqual({ highlight: true, companyNames: false });
    expect(await setDetectionSettings({ companyNames: true })).toEqual({ highlight: true, companyNames: true });
    expect(await getDetectionSettings()).toEqual({ highlight: true, companyNames: true });
    expect(await fakeBrowser.storage.local.get(['detectionSettings', 'detectionSettings$'])).toEqual({ detectionSettings: { highlight: true, companyNames: true }, detectionSettings$: { v: 1 } });
  });

  test('an invalid change is refused and nothing is lost', async () => {
    await setDetectionSettings({ highlight: true });
    await expect(setDetectionSettings({ highlight: 'on' as unknown as boolean })).rejects.toThrow();
    expect(await getDetectionSettings()).toEqual({ highlight: true, companyNames: false });
  });

  test('watchers hear changes to this key only, until they unsubscribe', async () => {
    const seen: DetectionSettings[] = [];
    const stop = watchDetectionSettings((s) => seen.push(s));
    // A watcher reads the setting afresh after each change: let that read finish before the next write.
    const settle = () => new Promise((r) => setTimeout(r, 0));
    await setDetectionSettings({ companyNames: true });
    await settle();
    await fakeBrowser.storage.local.set({ siteSettings: { reuters: { collapsed: true } } });
    await settle();
    await fakeBrowser.storage.local.set({ detectionSettings: { highlight: 'bad' } });
    await settle();
    stop();
    await setDetectionSettings({ highlight: true });
    await settle();
    expect(seen).toEqual([
      { highlight: false, companyNames: true },
      { highlight: false, companyNames: false },
    ]);
  });
});
