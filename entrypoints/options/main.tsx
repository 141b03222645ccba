import '@/components/styles/card.css';
import '@/components/styles/pages.css';
import './style.css';
import { render } from 'preact';
import { ClassificationSettings } from '@/components/ClassificationSettings';
import { DataSettingsPanel } from '@/components/DataSettingsPanel';
import { DetectionSettings } from '@/components/DetectionSettings';
import { ClaimCheckSetting } from '@/components/ClaimCheckSetting';
import { SiteSwitches } from '@/components/SiteSwitches';
import { WatchlistManager } from '@/components/WatchlistManager';
import { request } from '@/lib/messaging/client';
import { getClassification, setClassification } from '@/lib/settings/classification';
import { getDataSettings, setDataSettings } from '@/lib/settings/data-settings';
import { getDetectionSettings, setDetectionSettings } from '@/lib/settings/detection-settings';
import { getClaimSettings, setClaimSettings } from '@/lib/settings/claim-settings';
import { keyedProviderHosts, liveDataHosts } from '@/lib/settings/live-hosts';
import { getProviderKeys, setProviderKey } from '@/lib/settings/provider-keys';
import { getSiteSettings, setSitePrefs } from '@/lib/settings/site-settings';
import { SITES } from '@/lib/sites/registry';
import { addCustomSite, getCustomSites, removeCustomSite, setCustomSiteEnabled } from '@/lib/settings/custom-sites';
import { USER_SITE_PERMISSIONS } from '@/lib/sites/custom';

const send = (m: unknown) => browser.runtime.sendMessage(m);
document.documentElement.classList.add('cl-theme');

render(
  <main class="cl-options">
    <header>
      <h1>CapLens settings</h1>
      <p>Watchlists and sites are stored only in this browser profile.</p>
    </header>
    <WatchlistManager call={(m) => request(send, m)} />
    <SiteSwitches
      sites={SITES}
      load={getSiteSettings}
      save={setSitePrefs}
      custom={{
        load: getCustomSites,
        add: addCustomSite,
        remove: removeCustomSite,
        setEnabled: setCustomSiteEnabled,
        requestAccess: (origin) => browser.permissions.request({ permissions: [...USER_SITE_PERMISSIONS], origins: [origin] }),
        hasAccess: (origin) => browser.permissions.contains({ origins: [origin] }),
        releaseAccess: async (origin, lastSite) => {
          await browser.permissions.remove({ origins: [origin], ...(lastSite ? { permissions: [...USER_SITE_PERMISSIONS] } : {}) });
        },
      }}
    />
    <DetectionSettings load={getDetectionSettings} save={setDetectionSettings} />
    <ClaimCheckSetting load={getClaimSettings} save={setClaimSettings} />
    <ClassificationSettings load={getClassification} save={setClassification} />
    <DataSettingsPanel
      call={(m) => request(send, m)}
      load={getDataSettings}
      save={setDataSettings}
      hosts={liveDataHosts()}
      requestHosts={() => browser.permissions.request({ origins: liveDataHosts() })}
      keyed={{
        load: getProviderKeys,
        save: setProviderKey,
        requestHost: (id) => browser.permissions.request({ origins: keyedProviderHosts(id) }),
      }}
    />
  </main>,
  document.getElementById('app')!,
);
