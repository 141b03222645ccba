import { useEffect, useState } from 'preact/hooks';
import type { DataSettings } from '@/lib/settings/data-settings';
import { formatAsOf } from '@/lib/format';
import type { Call } from './LookupPanel';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { KeyedProvidersPanel, type KeyedProvidersDeps } from './KeyedProvidersPanel';

export interface DataSettingsPanelProps {
  call: Call;
  load: () => Promise<DataSettings>;
  save: (change: Partial<DataSettings>) => Promise<DataSettings>;
  /** Asks the browser for the live providers' hosts; must run inside the click handler. */
  requestHosts: () => Promise<boolean>;
  hosts: string[];
  /** Keyed providers (Finnhub, Alpha Vantage, FMP); omitted: the section is not shown. */
  keyed?: KeyedProvidersDeps;
}

const REFRESH_CHOICES = [
  [15, 'every 15 minutes'],
  [60, 'every hour'],
  [240, 'every 4 hours'],
] as const;

/** Live data switch (opt-in, with the hosts it needs), provider health, cache size and clearing. */
export function DataSettingsPanel({ call, load, save, requestHosts, hosts, keyed }: DataSettingsPanelProps) {
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [status, setStatus] = useState<ResponseOf<'data:status'> | null>(null);
  const [snapshot, setSnapshot] = useState<ResponseOf<'status'> | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () => call({ type: 'data:status' }).then(setStatus);
  useEffect(() => {
    void load().then(setSettings);
    void refresh().catch(() => undefined);
    void call({ type: 'status' }).then(setSnapshot).catch(() => undefined);
  }, []);

  const toggleLive = async (on: boolean) => {
    // The permission prompt must come straight from the user's click.
    if (on && !(await requestHosts())) {
      setMessage('Live data needs access to the provider sites; the browser request was declined.');
      return;
    }
    setSettings(await save({ liveData: on }));
    setMessage(on ? 'Live data on: prices and rates refresh in the background.' : 'Live data off: only the embedded snapshot is used.');
  };

  return (
    <section class="cl-section" aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      {snapshot && (
        <p class="cl-status">
          Embedded snapshot built {formatAsOf(snapshot.snapshotBuiltAt?.slice(0, 10))}: {snapshot.symbols.toLocaleString('en-US')} symbols
          {snapshot.loadMs != null && `, loaded in ${snapshot.loadMs} ms`}.
        </p>
      )}
      {settings && (
        <>
          <label class="cl-switch">
            <input type="checkbox" checked={settings.liveData} onChange={(e) => void toggleLive((e.target as HTMLInputElement).checked)} />
            Refresh prices, rates and SEC filings from free live sources
          </label>
          <p class="cl-status">
            When on, the background sends only ticker symbols (no page text, no history) to: {hosts.map((h) => h.replace(/^https:\/\/|\/\*$/g, '')).join(', ')}.
          </p>
          <label class="cl-row">
            <span>Price source</span>
            <select
              class="cl-input"
              value={settings.priceSource}
              onChange={(e) => void save({ priceSource: (e.target as HTMLSelectElement).value as DataSettings['priceSource'] }).then(setSettings)}
            >
              <option value="yahoo">Yahoo Finance chart (unofficial, personal use)</option>
              <option value="stooq">Stooq daily history</option>
            </select>
          </label>
          <label class="cl-row">
            <span>Refresh prices</span>
            <select
              class="cl-input"
              value={String(settings.refreshMinutes ?? 15)}
              onChange={(e) => void save({ refreshMinutes: Number((e.target as HTMLSelectElement).value) as 15 | 60 | 240 }).then(setSettings)}
            >
              {REFRESH_CHOICES.map(([m, label]) => (
                <option key={m} value={String(m)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label class="cl-row">
            <span>Contact e-mail for SEC (optional)</span>
            <input
              class="cl-input"
              type="email"
              autocomplete="email"
              placeholder="you@example.com"
              value={settings.secContact ?? ''}
              onChange={(e) => void save({ secContact: (e.target as HTMLInputElement).value.trim() }).then(setSettings)}
            />
          </label>
          <p class="cl-muted cl-small">
            SEC asks automated clients to name themselves with a contact address in the User-Agent. It is sent only to data.sec.gov; left empty,
            CapLens declares itself without one.
          </p>
        </>
      )}
      {keyed && <KeyedProvidersPanel {...keyed} />}
      {message && (
        <p class="cl-status" role="status">
          {message}
        </p>
      )}
      {status && (
        <>
          <table class="cl-table">
            <caption>Provider health</caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Last success</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {status.providers.length === 0 && (
                <tr>
                  <td colSpan={3}>No live requests yet.</td>
                </tr>
              )}
              {status.providers.map((p) => (
                <tr key={p.provider}>
                  <td>{p.provider}</td>
                  <td>{p.lastSuccess ? new Date(p.lastSuccess).toLocaleString() : '—'}</td>
                  <td>{p.lastError ? `${new Date(p.lastError.at).toLocaleString()}: ${p.lastError.message}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="cl-row">
            <span class="cl-status">
              Cache: {status.cacheEntries} entries, {(status.cacheBytes / 1024).toFixed(0)} KB
            </span>
            <button
              type="button"
              class="cl-btn"
              onClick={() =>
                void call({ type: 'data:clear-cache' }).then((s) => {
                  setStatus(s);
                  setMessage('Cache cleared. Watchlists and settings are untouched.');
                })
              }
            >
              Clear cache
            </button>
            <button
              type="button"
              class="cl-btn"
              onClick={() =>
                void call({ type: 'data:refresh' }).then((s) => {
                  setStatus(s);
                  setMessage('Live data will be fetched again for the next cards; the current values stay until then.');
                })
              }
            >
              Refresh now
            </button>
            <button type="button" class="cl-btn" onClick={() => void refresh()}>
              Refresh status
            </button>
          </div>
        </>
      )}
    </section>
  );
}
