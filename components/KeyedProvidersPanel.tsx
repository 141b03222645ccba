import { useEffect, useState } from 'preact/hooks';
import type { KeyedProviderId } from '@/lib/data/providers/keyed';
import { getProvider } from '@/lib/data/providers/index';
import { KEYED_PROVIDER_IDS, type ProviderKeyEntry, type ProviderKeys } from '@/lib/settings/provider-keys';

export interface KeyedProvidersDeps {
  load: () => Promise<ProviderKeys>;
  save: (id: KeyedProviderId, change: Partial<ProviderKeyEntry>) => Promise<ProviderKeys>;
  /** Asks the browser for one provider's host (optional permission); must run inside the click handler. */
  requestHost: (id: KeyedProviderId) => Promise<boolean>;
}

const WHAT: Record<KeyedProviderId, string> = {
  finnhub: 'forward P/E, EV/EBITDA',
  alphavantage: 'forward P/E, EV/EBITDA',
  fmp: 'EV/EBITDA',
};

/**
 * Optional providers that need the user's own API key. The key is kept in this browser profile
 * (storage.local), sent only to that provider, and each provider's site is asked for only when
 * it is switched on.
 */
export function KeyedProvidersPanel({ load, save, requestHost }: KeyedProvidersDeps) {
  const [keys, setKeys] = useState<ProviderKeys | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<KeyedProviderId, string>>>({});
  const [shown, setShown] = useState<Partial<Record<KeyedProviderId, boolean>>>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => void load().then(setKeys), []);
  if (!keys) return null;

  const toggle = async (id: KeyedProviderId, on: boolean) => {
    if (on && !(await requestHost(id))) {
      setMessage(`${getProvider(id).name}: the browser request for its site was declined; it stays off.`);
      return;
    }
    setKeys(await save(id, { enabled: on }));
    setMessage(`${getProvider(id).name} ${on ? 'on' : 'off'}.`);
  };
  const saveKey = async (id: KeyedProviderId) => {
    setKeys(await save(id, { key: (drafts[id] ?? '').trim() }));
    setDrafts({ ...drafts, [id]: undefined });
    setMessage(`${getProvider(id).name}: key saved in this browser.`);
  };
  const clearKey = async (id: KeyedProviderId) => {
    setKeys(await save(id, { key: '', enabled: false }));
    setDrafts({ ...drafts, [id]: undefined });
    setMessage(`${getProvider(id).name}: key removed and provider switched off.`);
  };

  return (
    <fieldset class="cl-fieldset">
      <legend>Providers with your own key (optional)</legend>
      <p class="cl-status">Keys stay in this browser profile and are sent only to that provider. Each site is asked for when you switch it on.</p>
      {KEYED_PROVIDER_IDS.map((id) => {
        const entry = keys[id];
        const name = getProvider(id).name;
        const inputId = `key-${id}`;
        return (
          <div class="cl-keyed" key={id} data-provider={id}>
            <label class="cl-switch">
              <input type="checkbox" checked={entry?.enabled ?? false} disabled={!entry?.key} onChange={(e) => void toggle(id, (e.target as HTMLInputElement).checked)} />
              {name}: {WHAT[id]}
            </label>
            <div class="cl-row">
              <label for={inputId}>API key</label>
              <input
                id={inputId}
                class="cl-input"
                type={(shown[id] ? 'text' : 'password') as 'password'}
                autocomplete="off"
                spellcheck={false}
                placeholder={entry?.key ? '•••• saved' : 'paste your key'}
                value={drafts[id] ?? ''}
                onInput={(e) => setDrafts({ ...drafts, [id]: (e.target as HTMLInputElement).value })}
              />
              <button type="button" class="cl-btn" aria-pressed={shown[id] ?? false} onClick={() => setShown({ ...shown, [id]: !shown[id] })}>
                {shown[id] ? 'Hide' : 'Show'}
              </button>
              <button type="button" class="cl-btn" disabled={!(drafts[id] ?? '').trim()} onClick={() => void saveKey(id)}>
                Save key
              </button>
              <button type="button" class="cl-btn" disabled={!entry?.key} onClick={() => void clearKey(id)}>
                Clear
              </button>
            </div>
            <p class="cl-muted cl-small">{getProvider(id).terms}</p>
          </div>
        );
      })}
      {message && (
        <p class="cl-status" role="status">
          {message}
        </p>
      )}
    </fieldset>
  );
}
