/**
 * Every stored setting has a version: a value stored before versions (no version beside it) reads
 * as version 1, today's shape; a corrupt value reads as the defaults with a clear error, and
 * nothing is lost (reading never writes; the first write keeps the old value aside).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getClaimSettings, setClaimSettings } from '../../../lib/settings/claim-settings';
import { getClassification, setClassification } from '../../../lib/settings/classification';
import { getDataSettings, setDataSettings } from '../../../lib/settings/data-settings';
import { getProviderKeys, setProviderKey } from '../../../lib/settings/provider-keys';
import { addCustomSite, getCustomSites } from '../../../lib/settings/custom-sites';
import { getDetectionSettings, setDetectionSettings } from '../../../lib/settings/detection-settings';
import { getRecentLookups, rememberLookup } from '../../../lib/settings/recent-lookups';
import { getSidebarView, setSidebarView } from '../../../lib/settings/sidebar-view';
import { getSiteSettings, setSitePrefs } from '../../../lib/settings/site-settings';

const local = fakeBrowser.storage.local;

interface Case {
  key: string;
  old: unknown;
  get: () => Promise<unknown>;
  fallback: unknown;
  write: () => Promise<unknown>;
}
const cases: Case[] = [
  { key: 'classification', old: { preset: 'small-250m' }, get: getClassification, fallback: { preset: 'default' }, write: () => setClassification({ preset: 'default' }) },
  { key: 'dataSettings', old: { liveData: true, priceSource: 'stooq' }, get: getDataSettings, fallback: { liveData: false, priceSource: 'yahoo' }, write: () => setDataSettings({ liveData: true }) },
  { key: 'providerKeys', old: { finnhub: { enabled: true, key: 'k1' } }, get: getProviderKeys, fallback: {}, write: () => setProviderKey('fmp', { enabled: true }) },
  { key: 'claimSettings', old: { enabled: false }, get: getClaimSettings, fallback: { enabled: true }, write: () => setClaimSettings({ enabled: true }) },
];

afterEach(() => vi.restoreAllMocks());

describe.each(cases)('setting $key', ({ key, old, get, fallback, write }) => {
  test('a value stored before versions (no version key) reads as version 1', async () => {
    await local.set({ [key]: old });
    expect(await get()).toEqual(old);
    expect(await local.get(`${key}$`)).toEqual({}); // no migration ran, nothing rewritten
  });

  test('a value stored as version 1 reads unchanged', async () => {
    await local.set({ [key]: old, [`${key}$`]: { v: 1 } });
    expect(await get()).toEqual(old);
  });

  test('a corrupt value reads as the defaults with an error naming the key, and is kept', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const corrupt = { garbled: [1, 2, 3], liveData: 'yes', preset: 42, enabled: 'no', finnhub: 7 };
    await local.set({ [key]: corrupt });
    expect(await get()).toEqual(fallback);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`"${key}" is unreadable`));
    expect((await local.get(key))[key]).toEqual(corrupt);
    await write();
    expect((await local.get(`${key}Unreadable`))[`${key}Unreadable`]).toEqual(corrupt);
  });
});

/**
 * The settings the content script reads (and the popup's recent lookups), versioned by hand
 * (lib/settings/versioned-record.ts): the version sits beside the value under `<key>$`, as
 * defineItem keeps it, and the value keeps today's shape.
 */
interface PlainCase {
  key: string;
  /** A value as stored before versions: today's shape, with no `<key>$` beside it. */
  old: unknown;
  /** What `old` reads as. */
  reads: unknown;
  get: () => Promise<unknown>;
  fallback: unknown;
  /** A change, and what is stored after it over `old`. */
  write: () => Promise<unknown>;
  written: unknown;
}
const plainCases: PlainCase[] = [
  { key: 'sidebarView', old: { v: 1, view: 'table' }, reads: 'table', get: getSidebarView, fallback: 'cards', write: () => setSidebarView('cards'), written: { v: 1, view: 'cards' } },
  {
    key: 'detectionSettings',
    old: { highlight: true },
    reads: { highlight: true, companyNames: false },
    get: getDetectionSettings,
    fallback: { highlight: false, companyNames: false },
    write: () => setDetectionSettings({ companyNames: true }),
    written: { highlight: true, companyNames: true },
  },
  {
    key: 'siteSettings',
    old: { reuters: { enabled: false, width: 500 } },
    reads: { reuters: { enabled: false, width: 500 } },
    get: getSiteSettings,
    fallback: {},
    write: () => setSitePrefs('cnbc', { push: true }),
    written: { reuters: { enabled: false, width: 500 }, cnbc: { push: true } },
  },
  {
    key: 'customSites',
    old: [{ host: 'ft.com', enabled: false }],
    reads: [{ host: 'ft.com', enabled: false }],
    get: getCustomSites,
    fallback: [],
    write: () => addCustomSite('barchart.com'),
    written: [
      { host: 'ft.com', enabled: false },
      { host: 'barchart.com', enabled: true },
    ],
  },
  { key: 'recentLookups', old: ['ZION', 'KRE'], reads: ['ZION', 'KRE'], get: getRecentLookups, fallback: [], write: () => rememberLookup('IWM'), written: ['IWM', 'ZION', 'KRE'] },
];

describe.each(plainCases)('setting $key (versioned by hand)', ({ key, old, reads, get, fallback, write, written }) => {
  test('a value stored before versions reads as before, and reading writes nothing', async () => {
    await local.set({ [key]: old });
    expect(await get()).toEqual(reads);
    expect(await local.get(null)).toEqual({ [key]: old });
  });

  test('a value stored as version 1 reads the same', async () => {
    await local.set({ [key]: old, [`${key}$`]: { v: 1 } });
    expect(await get()).toEqual(reads);
  });

  test('a write over it keeps the shape and records the version', async () => {
    await local.set({ [key]: old });
    await write();
    expect(await local.get(null)).toEqual({ [key]: written, [`${key}$`]: { v: 1 } });
  });

  test.each([
    ['from a newer version', { v: 2 }, undefined],
    ['with a malformed version', { v: 'one' }, undefined],
    ['corrupt', undefined, 42],
  ])('a value %s reads as the defaults; it stays, and the first write keeps it aside', async (_, meta, value) => {
    const stored = value ?? old;
    await local.set({ [key]: stored, ...(meta && { [`${key}$`]: meta }) });
    expect(await get()).toEqual(fallback);
    expect((await local.get(key))[key]).toEqual(stored);
    await write();
    expect((await local.get(`${key}Unreadable`))[`${key}Unreadable`]).toEqual(stored);
    expect((await local.get(`${key}$`))[`${key}$`]).toEqual({ v: 1 });
  });
});
