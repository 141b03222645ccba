import { useEffect, useState } from 'preact/hooks';
import type { SiteSettings, SitePrefs } from '@/lib/settings/site-settings';
import type { SiteAdapter } from '@/lib/sites/site';
import { CustomSites, type CustomSitesApi } from './CustomSites';

export interface SiteSwitchesProps {
  sites: SiteAdapter[];
  load: () => Promise<SiteSettings>;
  save: (siteId: string, prefs: SitePrefs) => Promise<void>;
  /** User-added sites; omitted where the browser cannot register scripts (tests of this list alone). */
  custom?: CustomSitesApi;
}

/** One switch per supported site; off means the content script mounts nothing there. */
export function SiteSwitches({ sites, load, save, custom }: SiteSwitchesProps) {
  const [settings, setSettings] = useState<SiteSettings>({});
  useEffect(() => {
    void load().then(setSettings);
  }, []);

  const groups: Array<[string, SiteAdapter[]]> = [
    ['News', sites.filter((s) => s.kind === 'news')],
    ['Brokerages', sites.filter((s) => s.kind === 'broker')],
  ];
  return (
    <section class="cl-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where the sidebar runs</h2>
      {groups.map(([title, list]) => (
        <fieldset key={title} class="cl-sites">
          <legend>{title}</legend>
          {list.map((site) => {
            const enabled = settings[site.id]?.enabled ?? true;
            return (
              <label key={site.id} class="cl-switch">
                <input
                  type="checkbox"
                  checked={enabled}
                  data-site={site.id}
                  onChange={(e) => {
                    const next = (e.target as HTMLInputElement).checked;
                    void save(site.id, { enabled: next }).then(load).then(setSettings);
                  }}
                />
                {site.name}
              </label>
            );
          })}
        </fieldset>
      ))}
      {custom && <CustomSites {...custom} />}
    </section>
  );
}
