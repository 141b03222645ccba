import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { DEFAULT_CAP_THRESHOLDS, SMALL_FROM_250M_THRESHOLDS, type CapThresholds } from '../metrics/classify';

/** Cap-class cut-offs are conventions; users pick the one their broker or index provider uses. */
export const CAP_PRESETS = {
  default: { label: 'Practitioner default (small from $300M)', thresholds: DEFAULT_CAP_THRESHOLDS },
  'small-250m': { label: 'Small from $250M', thresholds: SMALL_FROM_250M_THRESHOLDS },
} as const satisfies Record<string, { label: string; thresholds: Readonly<CapThresholds> }>;
export type CapPreset = keyof typeof CAP_PRESETS;

const ClassificationSchema = z.object({ preset: z.enum(['default', 'small-250m']) });
export type ClassificationSettings = z.infer<typeof ClassificationSchema>;

const item = storage.defineItem<unknown>('local:classification', { fallback: { preset: 'default' } });

export async function getClassification(): Promise<ClassificationSettings> {
  const parsed = ClassificationSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : { preset: 'default' };
}

export async function setClassification(next: ClassificationSettings): Promise<void> {
  await item.setValue(ClassificationSchema.parse(next));
}

export async function capThresholds(): Promise<Readonly<CapThresholds>> {
  return CAP_PRESETS[(await getClassification()).preset].thresholds;
}
