/**
 * The snapshot loader on hostile input (issue 7): arbitrary JSON values, and the real snapshot
 * with one random value replaced, never crash it — it returns a valid snapshot or throws its
 * own clear error — and it is fast on large garbage.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSnapshot } from '../../../lib/data/expand-snapshot';
import { SnapshotSchema } from '../../../lib/data/snapshot-schema';
import { realSnapshot } from './real-snapshot';

const clearError = (f: () => unknown) => {
  try {
    const s = f();
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/^Invalid CapLens data snapshot: .+/);
    return 'refused';
  }
};

describe('parseSnapshot on arbitrary input', () => {
  test('any JSON value is refused with a clear message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(clearError(() => parseSnapshot(v))).toBe('refused');
      }),
      { numRuns: 300 },
    );
  });

  test('the real snapshot with one value replaced: valid or a clear refusal, never a crash', () => {
    const base = realSnapshot();
    const sections = ['symbols', 'russell', 'fundamentals', 'macro', 'sources'].filter((k) => k in base) as Array<keyof typeof base>;
    fc.assert(
      fc.property(fc.constantFrom(...sections), fc.nat(), fc.jsonValue(), (section, pick, value) => {
        // Only the section changed is copied: a whole 3 MB clone per run was most of this test's time.
        const s = { ...base, [section]: structuredClone(base[section]) } as Record<string, unknown>;
        const sec = s[section] as Record<string, unknown>;
        const keys = Object.keys(sec);
        const key = keys[pick % keys.length]!;
        const target = sec[key];
        if (Array.isArray(target) && target.length > 0) target[pick % target.length] = value;
        else sec[key] = value;
        expect(['ok', 'refused']).toContain(clearError(() => parseSnapshot(s)));
      }),
      // Each run validates the whole snapshot (~0.5–1 s): 12 runs stay well inside the timeout under load.
      { numRuns: 12 },
    );
  }, 60_000);
});
