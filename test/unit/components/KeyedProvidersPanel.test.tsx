// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { KeyedProvidersPanel } from '../../../components/KeyedProvidersPanel';
import type { KeyedProviderId } from '../../../lib/data/providers/keyed';
import type { ProviderKeyEntry, ProviderKeys } from '../../../lib/settings/provider-keys';

afterEach(cleanup);

function harness(initial: ProviderKeys, grant: boolean) {
  let keys = initial;
  const save = vi.fn(async (id: KeyedProviderId, change: Partial<ProviderKeyEntry>) => {
    keys = { ...keys, [id]: { enabled: false, key: '', ...keys[id], ...change } };
    return keys;
  });
  const requestHost = vi.fn(async () => grant);
  render(<KeyedProvidersPanel load={async () => keys} save={save} requestHost={requestHost} />);
  return { save, requestHost, keys: () => keys };
}

describe('KeyedProvidersPanel', () => {
  test('key field is a password field with show/hide; saving stores the trimmed key; the switch waits for a key', async () => {
    const h = harness({}, true);
    const input = (await screen.findByLabelText('API key', { selector: '#key-finnhub' })) as HTMLInputElement;
    expect(input.type).toBe('password');
    const sw = screen.getByRole('checkbox', { name: /Finnhub/ }) as HTMLInputElement;
    expect(sw.disabled).toBe(true);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show' })[0]!);
    expect(input.type).toBe('text');
    fireEvent.input(input, { target: { value: '  abc123  ' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save key' })[0]!);
    await waitFor(() => expect(h.save).toHaveBeenCalledWith('finnhub', { key: 'abc123' }));
    // The key itself is never rendered back.
    await waitFor(() => expect(input.value).toBe(''));
    expect(document.body.textContent).not.toContain('abc123');
  });

  test('switching on asks for the provider’s site first; declined → stays off', async () => {
    const h = harness({ alphavantage: { enabled: false, key: 'k' } }, false);
    const sw = (await screen.findByRole('checkbox', { name: /Alpha Vantage/ })) as HTMLInputElement;
    fireEvent.click(sw);
    await waitFor(() => expect(h.requestHost).toHaveBeenCalledWith('alphavantage'));
    expect(h.save).not.toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('declined'));
  });

  test('granted → on; clear removes the key and switches off', async () => {
    const h = harness({ fmp: { enabled: false, key: 'k' } }, true);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Financial Modeling Prep/ }));
    await waitFor(() => expect(h.keys().fmp?.enabled).toBe(true));
    const fmp = document.querySelector('[data-provider="fmp"]')!;
    fireEvent.click(fmp.querySelector('button:last-of-type')!);
    await waitFor(() => expect(h.keys().fmp).toEqual({ enabled: false, key: '' }));
  });
});
