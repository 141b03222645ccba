import { useEffect, useState } from 'preact/hooks';
import type { ClaimSettings } from '@/lib/settings/claim-settings';

export interface ClaimCheckSettingProps {
  load: () => Promise<ClaimSettings>;
  save: (change: Partial<ClaimSettings>) => Promise<ClaimSettings>;
}

/** Options → Claim check: one switch; open pages follow it at once. */
export function ClaimCheckSetting({ load, save }: ClaimCheckSettingProps) {
  const [settings, setSettings] = useState<ClaimSettings | null>(null);
  useEffect(() => {
    void load().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <section class="cl-section" aria-labelledby="claims-title">
      <h2 id="claims-title">Claim check</h2>
      <label class="cl-switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          data-setting="claimCheck"
          aria-describedby="claims-help"
          onChange={(e) => void save({ enabled: (e.target as HTMLInputElement).checked }).then(setSettings)}
        />
        Check the article’s market claims against CapLens data
      </label>
      <p id="claims-help" class="cl-status cl-switch__help">
        Finds figures such as the fed funds range, rate cuts, Treasury yields, the small-cap discount, P/E multiples and market caps in the article, and shows
        ours beside each at the article’s date. The article’s text is read inside your browser only.
      </p>
    </section>
  );
}
