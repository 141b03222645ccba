import { useEffect, useState } from 'preact/hooks';
import type { DetectionSettings as Settings } from '@/lib/settings/detection-settings';

export interface DetectionSettingsProps {
  load: () => Promise<Settings>;
  save: (change: Partial<Settings>) => Promise<Settings>;
}

const SWITCHES: Array<{ key: keyof Settings; label: string; help: string }> = [
  {
    key: 'highlight',
    label: 'Highlight tickers in the page',
    help: 'Marks each detected ticker in the article’s text; hover one for its cap class and market cap. The page layout does not change.',
  },
  {
    key: 'companyNames',
    label: 'Find companies named without a ticker',
    help: 'Adds cards for companies the text names only (“Bank of America” → BAC), marked “named”. Less certain than a ticker.',
  },
];

/** What the sidebar looks for and shows in the page; open pages follow a change at once. */
export function DetectionSettings({ load, save }: DetectionSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void load().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <section class="cl-section" aria-labelledby="detection-title">
      <h2 id="detection-title">Detection</h2>
      {SWITCHES.map(({ key, label, help }) => (
        <div key={key}>
          <label class="cl-switch">
            <input
              type="checkbox"
              checked={settings[key]}
              data-setting={key}
              aria-describedby={`detection-${key}-help`}
              onChange={(e) => void save({ [key]: (e.target as HTMLInputElement).checked }).then(setSettings)}
            />
            {label}
          </label>
          <p id={`detection-${key}-help`} class="cl-status cl-switch__help">
            {help}
          </p>
        </div>
      ))}
    </section>
  );
}
