import { z } from 'zod';
import { defineSetting } from './setting-item';
import { DEFAULT_CAP_THRESHOLDS, SMALL_FROM_250M_THRESHOLDS, type CapThresholds } from '../metrics/classify';

/** Cap-class cut-offs are conventions; users pick the one their broker or index provider uses, or set their own. */
export const CAP_PRESETS = {
  default: { label: 'Practitioner default (small from $300M)', thresholds: DEFAULT_CAP_THRESHOLDS },
  'small-250m': { label: 'Small from $250M', thresholds: SMALL_FROM_250M_THRESHOLDS },
} as const satisfies Record<string, { label: string; thresholds: Readonly<CapThresholds> }>;
export type CapPreset = keyof typeof CAP_PRESETS;

export const CAP_CLASS_ORDER = ['mega', 'large', 'mid', 'small', 'micro'] as const;

/** Lower bounds in USD, each strictly below the one above it, from $1M to $100T. */
export const CapThresholdsSchema = z
  .object({
    mega: z.number().finite(),
    large: z.number().finite(),
    mid: z.number().finite(),
    small: z.number().finite(),
    micro: z.number().finite(),
  })
  .superRefine((t, ctx) => {
    for (const k of CAP_CLASS_ORDER) {
      if (t[k] < 1e6 || t[k] > 1e14) ctx.addIssue({ code: 'custom', path: [k], message: `${k} must be between $1M and $100T` });
    }
    for (let i = 1; i < CAP_CLASS_ORDER.length; i++) {
      const [above, below] = [CAP_CLASS_ORDER[i - 1]!, CAP_CLASS_ORDER[i]!];
      if (!(t[below] < t[above])) ctx.addIssue({ code: 'custom', path: [below], message: `${below} must start below ${above}` });
    }
  });

const ClassificationSchema = z.discriminatedUnion('preset', [
  z.object({ preset: z.literal('default') }),
  z.object({ preset: z.literal('small-250m') }),
  z.object({ preset: z.literal('custom'), thresholds: CapThresholdsSchema }),
]);
export type ClassificationSettings = z.infer<typeof ClassificationSchema>;

// Version 1: { preset } or { preset: 'custom', thresholds }.
const item = defineSetting<ClassificationSettings>({ key: 'classification', fallback: { preset: 'default' }, parse: (v) => ClassificationSchema.safeParse(v), version: 1, migrations: {} });

/** Unreadable or inconsistent stored settings fall back to the default preset (./setting-item.ts). */
export const getClassification = (): Promise<ClassificationSettings> => item.get();

/** Refuses (throws with the reasons) anything the schema does not accept; nothing is stored then. */
export async function setClassification(next: ClassificationSettings): Promise<void> {
  await item.set(ClassificationSchema.parse(next));
}

export function thresholdsOf(s: ClassificationSettings): Readonly<CapThresholds> {
  return s.preset === 'custom' ? s.thresholds : CAP_PRESETS[s.preset].thresholds;
}

export async function capThresholds(): Promise<Readonly<CapThresholds>> {
  return thresholdsOf(await getClassification());
}
