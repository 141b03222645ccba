import { useEffect, useState } from 'preact/hooks';
import type { CustomSite } from '@/lib/settings/custom-sites';
import { parseSiteInput, sitePattern } from '@/lib/sites/custom';

export interface CustomSitesApi {
  load: () => Promise<CustomSite[]>;
  add: (host: string) => Promise<CustomSite[]>;
  remove: (host: string) => Promise<CustomSite[]>;
  setEnabled: (host: string, enabled: boolean) => Promise<CustomSite[]>;
  /** Must be called straight from the click (browsers require a user gesture for the prompt). */
  requestAccess: (pattern: string) => Promise<boolean>;
  hasAccess: (pattern: string) => Promise<boolean>;
  /** Gives back the site's origin (and `scripting` when no site is left). */
  releaseAccess: (pattern: string, lastSite: boolean) => Promise<void>;
}

/**
 * Sites the user adds themselves. Adding asks the browser for that one https site (and the
 * scripting permission) at that moment; a site whose access was revoked says so and offers
 * to ask again.
 */
export function CustomSites(api: CustomSitesApi) {
  const [sites, setSites] = useState<CustomSite[]>([]);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const refresh = async (list?: CustomSite[]) => {
    const next = list ?? (await api.load());
    const granted: Record<string, boolean> = {};
    for (const s of next) granted[s.host] = await api.hasAccess(sitePattern(s.host));
    setSites(next);
    setAccess(granted);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const ask = (host: string) => {
    setError(null);
    // No await before the request: the permission prompt needs the click's user gesture.
    api
      .requestAccess(sitePattern(host))
      .then(async (ok) => {
        if (!ok) {
          setError(`Access to ${host} was not granted, so the sidebar cannot run there.`);
          return;
        }
        await refresh(await api.add(host));
        setInput('');
        setStatus(`Added ${host}. Reload its tabs to see the sidebar.`);
      })
      .catch((e) => setError(`Could not add ${host}: ${e instanceof Error ? e.message : String(e)}`));
  };

  return (
    <fieldset class="cl-user-sites">
      <legend>Your sites</legend>
      <form
        class="cl-row"
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = parseSiteInput(input);
          if (!parsed.ok) setError(parsed.error);
          else if (sites.some((s) => s.host === parsed.host && access[s.host])) setError(`${parsed.host} is already in your list.`);
          else ask(parsed.host);
        }}
      >
        <input
          class="cl-input"
          aria-label="Site to add, e.g. ft.com"
          placeholder="ft.com"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button class="cl-btn cl-btn--primary" type="submit">
          Add site
        </button>
      </form>
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      <p class="cl-status" role="status">
        {status}
      </p>
      {sites.length === 0 ? (
        <p class="cl-empty">Add any https news or broker site; CapLens asks the browser for access to that site only.</p>
      ) : (
        <ul class="cl-user-site-list">
          {sites.map((s) => (
            <li key={s.host} class="cl-row" data-user-site={s.host}>
              <label class="cl-switch">
                <input
                  type="checkbox"
                  checked={s.enabled}
                  onChange={(e) => void api.setEnabled(s.host, (e.target as HTMLInputElement).checked).then(refresh)}
                />
                {s.host}
              </label>
              {!access[s.host] && (
                <button class="cl-btn" type="button" onClick={() => ask(s.host)}>
                  Access revoked: ask again
                </button>
              )}
              <button
                class="cl-btn"
                type="button"
                aria-label={`Remove ${s.host}`}
                onClick={() =>
                  void api
                    .remove(s.host)
                    .then(async (left) => {
                      await api.releaseAccess(sitePattern(s.host), left.length === 0);
                      await refresh(left);
                      setStatus(`Removed ${s.host}.`);
                    })
                    .catch((e) => setError(`Could not remove ${s.host}: ${e instanceof Error ? e.message : String(e)}`))
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
