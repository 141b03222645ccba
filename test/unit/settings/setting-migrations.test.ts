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
import { getSidebarView, migrateSidebarView } from '../../../lib/settings/sidebar-view';

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

describe('sidebar view (content script: its own versioned reader)', () => {
  test('version 1 reads as stored; no version, a bad version or a newer one reads as null', () => {
    expect(migrateSidebarView({ v: 1, view: 'table' })).toEqual({ v: 1, view: 'table' });
    for (const raw of [{ view: 'table' }, { v: 0, view: 'table' }, { v: 1.5 }, { v: 2, view: 'table' }, 'table', null]) expect(migrateSidebarView(raw)).toBeNull();
  });

  test('a corrupt stored value reads as cards and stays in storage', async () => {
    await local.set({ sidebarView: { v: 2, view: 'grid' } });
    expect(await getSidebarView()).toBe('cards');
    expect((await local.get('sidebarView')).sidebarView).toEqual({ v: 2, view: 'grid' });
  });
});
