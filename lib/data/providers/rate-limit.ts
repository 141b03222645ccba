/**
 * Per-host politeness: request starts are spaced at least 1000 / perSecond ms apart, in call
 * order (SEC fair access: ≤ 10 requests/s across all sec.gov hosts). A limiter lives as long
 * as the service worker; after a restart the first request goes at once, which can never
 * exceed the limit because nothing was sent in the gap.
 */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
}

export function createRateLimiter(
  perSecond: number,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  },
): RateLimiter {
  const gap = 1000 / perSecond;
  let nextSlot = 0;
  return {
    async schedule<T>(task: () => Promise<T>): Promise<T> {
      const now = clock.now();
      const at = Math.max(now, nextSlot);
      nextSlot = at + gap;
      if (at > now) await clock.sleep(at - now);
      return task();
    },
  };
}
