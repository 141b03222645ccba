import { useEffect, useState } from 'preact/hooks';
import { formatUsdCompact } from '@/lib/format';
import { CAP_PRESETS, type CapPreset, type ClassificationSettings as Settings } from '@/lib/settings/classification';

export interface ClassificationSettingsProps {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<void>;
}

/** Cap-class presets with the cut-offs spelled out, so a badge can always be checked by hand. */
export function ClassificationSettings({ load, save }: ClassificationSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void load().then(setSettings);
  }, []);
  if (!settings) return null;
  const t = CAP_PRESETS[settings.preset].thresholds;
  return (
    <section class="cl-section" aria-labelledby="class-title">
      <h2 id="class-title">Cap-class thresholds</h2>
      <fieldset class="cl-sites">
        <legend>Preset</legend>
        {(Object.keys(CAP_PRESETS) as CapPreset[]).map((id) => (
          <label key={id} class="cl-switch">
            <input
              type="radio"
              name="cap-preset"
              value={id}
              checked={settings.preset === id}
              onChange={() => {
                const next = { preset: id };
                void save(next).then(() => setSettings(next));
              }}
            />
            {CAP_PRESETS[id].label}
          </label>
        ))}
      </fieldset>
      <p class="cl-status">
        Mega ≥ {formatUsdCompact(t.mega)} · Large ≥ {formatUsdCompact(t.large)} · Mid ≥ {formatUsdCompact(t.mid)} · Small ≥{' '}
        {formatUsdCompact(t.small)} · Micro ≥ {formatUsdCompact(t.micro)} · Nano below. Applies to new lookups and page scans.
      </p>
    </section>
  );
}
