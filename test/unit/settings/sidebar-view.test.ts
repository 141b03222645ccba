import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSidebarView, setSidebarView, watchSidebarView } from '../../../lib/settings/sidebar-view';

describe('sidebar view setting', () => {
  test.each<[unknown, string]>([
    [undefined, 'cards'],
    [{ v: 1, view: 'table' }, 'table'],
    [{ v: 1, view: 'cards' }, 'cards'],
    [{ v: 1, view: 'TABLE' }, 'cards'],
    [{ v: 2, view: 'table' }, 'cards'],
    [{ view: 'table' }, 'cards'],
    ['table', 'cards'],
    [null, 'cards'],
    [1, 'cards'],
  ])('stored %j reads as %s', async (raw, want) => {
    await fakeBrowser.storage.local.set({ sidebarView: raw });
    expect(await getSidebarView()).toBe(want);
  });
  test('cards until the reader picks the table; the choice is stored and survives a re-read', async () => {
    expect(await getSidebarView()).toBe('cards');
    await setSidebarView('table');
    expect(await getSidebarView()).toBe('table');
    expect(await fakeBrowser.storage.local.get(['sidebarView', 'sidebarView$'])).toEqual({ sidebarView: { v: 1, view: 'table' }, sidebarView$: { v: 1 } });
  });
  test('a garbled stored value gives the default, not an error', async () => {
    await fakeBrowser.storage.local.set({ sidebarView: { v: 1, view: '<img src=x>' } });
    expect(await getSidebarView()).toBe('cards');
  });
  test('watchers hear a change made elsewhere', async () => {
    const seen: string[] = [];
    const stop = watchSidebarView((v) => seen.push(v));
    await setSidebarView('table');
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen).toEqual(['table']);
  });
});
