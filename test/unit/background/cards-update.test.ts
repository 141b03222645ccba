import 'fake-indexeddb/auto'; // IndexedDB and its globals (IDBRequest, IDBKeyRange…) for this file only, not the whole suite
import { beforeEach, describe, expect, test } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service';
import type { TabMessage } from '../../../lib/messaging/tab-messages';
import { parseTabMessage } from '../../../lib/messaging/tab-messages';
import { TabMessageSchema } from '../../../lib/messaging/tab-message-schema';
import { request } from '../../../lib/messaging/client';
import type { RequestOf, RequestType } from '../../../lib/messaging/protocol';
import type { DataSettings } from '../../../lib/settings/data-settings';
import { realSnapshot } from '../data/real-snapshot';
import { fixtureJson, fixtureText, jsonResponse, stubFetch, textResponse } from '../providers/helpers';
import { loadedIdb } from './loaded-idb';

const SNOW = fixtureText('CIK0001640147_SNOW_companyfacts.trimmed.json');
const snapshotText = JSON.stringify(realSnapshot());
const ON: DataSettings = { liveData: true, priceSource: 'yahoo', secContact: 'ops@example.com' };
const TAB = 7;

// The real snapshot loaded once for the file; each test gets the database as that load left it.
let idb: IDBFactory;
beforeEach(async () => {
  idb = await loadedIdb(snapshotText);
});

/** SEC companyfacts held back until the test releases it (a cold fetch slower than the page's 1.5 s wait); the rest fail. */
function setup(secAnswer: () => Response) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const { impl } = stubFetch(async (url) => {
    if (url.includes('/companyfacts/')) {
      await released;
      return secAnswer();
    }
    return textResponse('', 'text/plain', 503);
  });
  const pushed: { tabId: number; message: TabMessage }[] = [];
  let onPush: () => void = () => undefined;
  const pushedOnce = new Promise<void>((r) => (onPush = r));
  const s = createBackgroundService({
    fetchSnapshot: async () => snapshotText,
    idbFactory: idb,
    dataSettings: async () => ON,
    hasHosts: async () => true,
    fetchImpl: impl,
    notifyTab: async (tabId, message) => {
      pushed.push({ tabId, message });
      onPush();
    },
  });
  // As from a content script in tab 7.
  const call = <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x, { tabId: TAB }), m);
  return { call, release, pushed, pushedOnce, health: (provider: string) => recorded(s, provider) };
}

/**
 * When a provider call fails or succeeds its health is recorded (providerStatus) before its promise
 * settles; a push for late answers follows their settling within the same turn. So once a test sees
 * the late call's record, any push it would cause has happened: no fixed sleep.
 */
async function recorded(s: ReturnType<typeof createBackgroundService>, provider: string) {
  const { providers } = await request((x) => s.handle(x), { type: 'data:status' });
  return providers.find((p) => p.provider === provider) ?? null;
}

const snow = { type: 'resolve' as const, candidates: [{ symbol: 'SNOW', evidence: 'cashtag' as const }] };
const coverage = (cards: { context: { rateSensitivity?: { drivers: { name: string; source?: string | null }[] } | null } }[]) =>
  cards[0]!.context.rateSensitivity?.drivers.find((d) => d.name === 'Interest coverage');

describe('cards:update: live figures that land after a page was answered are pushed to its tab', () => {
  test('the first answer says "still loading"; when SEC answers, the tab is told, and asking again gives the figures', async () => {
    const { call, release, pushed, pushedOnce } = setup(() => jsonResponse(SNOW));
    const first = await call(snow);
    expect(coverage(first)).toBeUndefined();
    expect(first[0]!.context.rateSensitivity?.missing?.join(' ')).toContain('SEC filings still loading');
    expect(pushed).toEqual([]);

    release();
    await pushedOnce;
    expect(pushed).toEqual([{ tabId: TAB, message: { type: 'cards:update', symbols: ['SNOW'] } }]);
    // What the page checks before acting on it.
    expect(parseTabMessage(pushed[0]!.message)).toEqual(pushed[0]!.message);

    const second = await call(snow);
    expect(coverage(second)?.source).toMatch(/^SEC 10-Q \+ 10-K/);
  }, 30_000);

  test('nothing is pushed when the late answers all fail (asking again would only refetch)', async () => {
    const { call, release, pushed, health } = setup(() => textResponse('', 'text/plain', 503));
    const first = await call(snow);
    expect(first[0]!.context.rateSensitivity?.missing?.join(' ')).toContain('SEC filings still loading');
    // SEC's filing profile (not held back) failed before the answer; the held-back companyfacts fails after.
    const before = (await health('sec-edgar'))?.lastError?.at;
    release();
    // The late failure's health record, then its settling (and a push, were there one).
    await expect.poll(async () => (await health('sec-edgar'))?.lastError?.at, { timeout: 10_000 }).not.toBe(before);
    expect(pushed).toEqual([]);
  }, 30_000);

  test('nothing is pushed to a page whose answer was already complete', async () => {
    const { call, release, pushed, health } = setup(() => jsonResponse(SNOW));
    release();
    const first = await call(snow);
    expect(coverage(first)?.source).toMatch(/^SEC 10-Q \+ 10-K/);
    // Every answer was in before the page's: the filings' success is already recorded, nothing is late.
    expect((await health('sec-edgar'))?.lastSuccess).toEqual(expect.any(String));
    expect(pushed).toEqual([]);
  }, 30_000);
});

describe('cards:update for keyed providers', () => {
  // Free sources off: only Finnhub (enabled, with a key) is asked, and it answers late.
  function keyedSetup(answer: () => Response) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const { impl } = stubFetch(async () => {
      await released;
      return answer();
    });
    const pushed: TabMessage[] = [];
    const s = createBackgroundService({
      fetchSnapshot: async () => snapshotText,
      idbFactory: idb,
      dataSettings: async () => ({ liveData: false, priceSource: 'yahoo' }),
      hasHosts: async () => true,
      providerKeys: async () => ({ finnhub: { enabled: true, key: 'fh-key' } }),
      fetchImpl: impl,
      notifyTab: async (_tab, m) => void pushed.push(m),
    });
    const call = <T extends RequestType>(m: RequestOf<T>) => request((x) => s.handle(x, { tabId: TAB }), m);
    return { call, release, pushed, health: (provider: string) => recorded(s, provider) };
  }
  const aapl = { type: 'resolve' as const, candidates: [{ symbol: 'AAPL', evidence: 'cashtag' as const }] };

  test('a late keyed answer is pushed; a late batch in which every keyed provider failed is not', async () => {
    const ok = keyedSetup(() => jsonResponse({ ...fixtureJson<object>('keyed/finnhub_metric_documented.json'), symbol: 'AAPL' }));
    await ok.call(aapl);
    ok.release();
    await expect.poll(() => ok.pushed, { timeout: 10_000 }).toEqual([{ type: 'cards:update', symbols: ['AAPL'] }]);

    // A second worker on a database as loaded: nothing cached from the first.
    idb = await loadedIdb(snapshotText);
    const failed = keyedSetup(() => textResponse('', 'text/plain', 503));
    await failed.call(aapl);
    expect(await failed.health('finnhub')).toBeNull();
    failed.release();
    // Finnhub's failure is recorded, then the batch settles (and a push would follow).
    await expect.poll(async () => (await failed.health('finnhub'))?.lastError?.at, { timeout: 10_000 }).toEqual(expect.any(String));
    expect(failed.pushed).toEqual([]);
  }, 30_000);
});

describe('tab messages are checked in the page', () => {
  test.each([
    [{ type: 'sidebar:toggle' }, true],
    [{ type: 'cards:update', symbols: ['SNOW', 'BRK.B'] }, true],
    [{ type: 'cards:update', symbols: ['X'.repeat(17)] }, false],
    [{ type: 'cards:update', symbols: Array.from({ length: 51 }, () => 'A') }, false],
    [{ type: 'cards:update' }, false],
    [{ type: 'cards:update', symbols: [''] }, false],
    [{ type: 'cards:update', symbols: [1] }, false],
    [{ type: 'cards:update', symbols: [], extra: true }, false],
    [{ type: 'sidebar:toggle', extra: 1 }, false],
    [{ type: 'cards:replace', symbols: [] }, false],
    ['sidebar:toggle', false],
    [null, false],
  ])('%j → accepted: %s (by hand in the page and by zod in the background alike)', (message, ok) => {
    expect(parseTabMessage(message) !== null).toBe(ok);
    expect(TabMessageSchema.safeParse(message).success).toBe(ok);
  });
});
