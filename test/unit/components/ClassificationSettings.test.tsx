// @vitest-environment happy-dom
import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClassificationSettings, parseCustom } from '../../../components/ClassificationSettings';
import { buildContext } from '../../../lib/context/build-context';
import { capThresholds, getClassification, setClassification } from '../../../lib/settings/classification';
import { record } from '../watchlists/fixtures';

afterEach(cleanup);

const fields = (mega: string, large: string, mid: string, small: string, micro: string) => ({ mega, large, mid, small, micro });

describe('parseCustom', () => {
  test.each([
    [fields('200000', '10000', '2000', '300', '50'), { mega: 200e9, large: 10e9, mid: 2e9, small: 300e6, micro: 50e6 }],
    [fields('$250,000', '15000', '3000', '250', '25.5'), { mega: 250e9, large: 15e9, mid: 3e9, small: 250e6, micro: 25.5e6 }],
  ])('%j', (f, want) => expect(parseCustom(f)).toEqual({ ok: true, thresholds: want }));

  test.each([
    [fields('', '10000', '2000', '300', '50'), /Mega: type a number/],
    [fields('200000', 'ten', '2000', '300', '50'), /Large: type a number/],
    [fields('200000', '10000', '20000', '300', '50'), /mid must start below large/],
    [fields('200000', '10000', '2000', '300', '300'), /micro must start below small/],
    [fields('200000', '10000', '2000', '300', '0.5'), /micro must be between \$1M/],
  ])('%j is refused', (f, msg) => {
    const r = parseCustom(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });
});

describe('classification settings', () => {
  test('custom thresholds are stored, reach the card, and bad stored data falls back to the default', async () => {
    await setClassification({ preset: 'custom', thresholds: { mega: 500e9, large: 20e9, mid: 5e9, small: 1e9, micro: 100e6 } });
    const ctx = buildContext({ ...record('TST'), marketCap: { value: 4e9, asOf: '2025-05-02', source: 'test' } }, 'TST', {}, { capThresholds: await capThresholds() });
    expect(ctx.capClass).toBe('small'); // a mid cap by the default cut-offs
    await expect(setClassification({ preset: 'custom', thresholds: { mega: 1, large: 2, mid: 3, small: 4, micro: 5 } })).rejects.toThrow();
    expect((await getClassification()).preset).toBe('custom');
    await fakeBrowser.storage.local.set({ classification: { preset: 'custom', thresholds: { mega: 1e9, large: 2e9, mid: 1e8, small: 1e7, micro: 1e6 } } });
    expect(await getClassification()).toEqual({ preset: 'default' });
  });

  test('the Custom form applies valid numbers and refuses inconsistent ones without saving', async () => {
    render(<ClassificationSettings load={getClassification} save={setClassification} />);
    fireEvent.click(await screen.findByLabelText('Custom'));
    await waitFor(async () => expect((await getClassification()).preset).toBe('custom'));
    const mid = await screen.findByLabelText('Mid from $M');
    fireEvent.input(mid, { target: { value: '3000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(async () => expect(await capThresholds()).toMatchObject({ mid: 3e9 }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Mid ≥ $3.00B'));

    fireEvent.input(mid, { target: { value: '99999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/mid must start below large/);
    expect(await capThresholds()).toMatchObject({ mid: 3e9 });
  });
});
