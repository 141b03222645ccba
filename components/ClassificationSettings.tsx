import { useEffect, useState } from 'preact/hooks';
import { formatUsdCompact } from '@/lib/format';
import type { CapThresholds } from '@/lib/metrics/classify';
import {
  CAP_CLASS_ORDER,
  CAP_PRESETS,
  CapThresholdsSchema,
  thresholdsOf,
  type CapPreset,
  type ClassificationSettings as Settings,
} from '@/lib/settings/classification';

export interface ClassificationSettingsProps {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<void>;
}

const LABEL: Record<(typeof CAP_CLASS_ORDER)[number], string> = { mega: 'Mega', large: 'Large', mid: 'Mid', small: 'Small', micro: 'Micro' };
const M = 1e6;

/** Millions as typed → USD thresholds, or the first reason they cannot be used. */
export function parseCustom(fields: Record<string, string>): { ok: true; thresholds: CapThresholds } | { ok: false; error: string } {
  const t: Record<string, number> = {};
  for (const k of CAP_CLASS_ORDER) {
    const raw = (fields[k] ?? '').replace(/[,\s$]/g, '');
    const v = Number(raw);
    if (raw === '' || !Number.isFinite(v)) return { ok: false, error: `${LABEL[k]}: type a number of millions of dollars.` };
    t[k] = v * M;
  }
  const parsed = CapThresholdsSchema.safeParse(t);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join('; ') + '.' };
  return { ok: true, thresholds: parsed.data };
}

const toFields = (t: Readonly<CapThresholds>) => Object.fromEntries(CAP_CLASS_ORDER.map((k) => [k, String(t[k] / M)]));

/** Cap-class presets with the cut-offs spelled out, or the user's own, so a badge can always be checked by hand. */
export function ClassificationSettings({ load, save }: ClassificationSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void load().then((s) => {
      setSettings(s);
      setFields(toFields(thresholdsOf(s)));
    });
  }, []);
  if (!settings) return null;
  const t = thresholdsOf(settings);
  const choose = (next: Settings) =>
    void save(next)
      .then(() => {
        setSettings(next);
        setError(null);
        setStatus('Saved. Applies to new lookups and page scans.');
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <section class="cl-section" aria-labelledby="class-title">
      <h2 id="class-title">Cap-class thresholds</h2>
      <fieldset class="cl-sites">
        <legend>Preset</legend>
        {(Object.keys(CAP_PRESETS) as CapPreset[]).map((id) => (
          <label key={id} class="cl-switch">
            <input type="radio" name="cap-preset" value={id} checked={settings.preset === id} onChange={() => choose({ preset: id })} />
            {CAP_PRESETS[id].label}
          </label>
        ))}
        <label class="cl-switch">
          <input
            type="radio"
            name="cap-preset"
            value="custom"
            checked={settings.preset === 'custom'}
            onChange={() => {
              const r = parseCustom(fields);
              if (r.ok) choose({ preset: 'custom', thresholds: r.thresholds });
              else setSettings({ preset: 'custom', thresholds: t });
            }}
          />
          Custom
        </label>
      </fieldset>
      {settings.preset === 'custom' && (
        <form
          class="cl-row cl-thresholds"
          onSubmit={(e) => {
            e.preventDefault();
            const r = parseCustom(fields);
            if (!r.ok) {
              setError(r.error);
              return;
            }
            choose({ preset: 'custom', thresholds: r.thresholds });
          }}
        >
          {CAP_CLASS_ORDER.map((k) => (
            <label key={k} class="cl-threshold">
              {LABEL[k]} from $M
              <input
                class="cl-input"
                inputMode="decimal"
                name={k}
                value={fields[k] ?? ''}
                onInput={(e) => setFields({ ...fields, [k]: (e.target as HTMLInputElement).value })}
              />
            </label>
          ))}
          <button class="cl-btn cl-btn--primary" type="submit">
            Apply
          </button>
        </form>
      )}
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
      <p class="cl-status" role="status">
        Mega ≥ {formatUsdCompact(t.mega)} · Large ≥ {formatUsdCompact(t.large)} · Mid ≥ {formatUsdCompact(t.mid)} · Small ≥{' '}
        {formatUsdCompact(t.small)} · Micro ≥ {formatUsdCompact(t.micro)} · Nano below. {status || 'Applies to new lookups and page scans.'}
      </p>
    </section>
  );
}
