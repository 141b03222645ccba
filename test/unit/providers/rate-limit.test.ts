import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '../../../lib/data/providers/rate-limit';

describe('createRateLimiter', () => {
  test('10/s: a burst of 25 starts at 0, 100, 200 … 2400 ms on a fake clock', async () => {
    let t = 0;
    const starts: number[] = [];
    const limiter = createRateLimiter(10, { now: () => t, sleep: async (ms) => void (t += ms) });
    // Sequential awaits so the fake clock advances deterministically.
    for (let i = 0; i < 25; i++) await limiter.schedule(async () => void starts.push(t));
    expect(starts).toEqual(Array.from({ length: 25 }, (_, i) => i * 100));
    // No window of 1 s holds more than 10 starts.
    for (const s of starts) expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(10);
  });

  test('after a quiet spell the next request goes at once', async () => {
    let t = 0;
    const slept: number[] = [];
    const limiter = createRateLimiter(10, { now: () => t, sleep: async (ms) => void (slept.push(ms), (t += ms)) });
    await limiter.schedule(async () => 1);
    t += 5000;
    await limiter.schedule(async () => 2);
    expect(slept).toEqual([]);
  });
});
