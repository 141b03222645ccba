/**
 * What a UI sees when the message to the background fails in transit (issue 7): the service
 * worker not running yet, stopping mid-request, or the extension updated under an open page.
 */
import { describe, expect, test } from 'vitest';
import { request } from '../../../lib/messaging/client';
import { pageRequest } from '../../../lib/messaging/page-client';

const CHROME = {
  notDelivered: 'Could not establish connection. Receiving end does not exist.',
  interrupted: 'The message port closed before a response was received.',
  invalidated: 'Extension context invalidated.',
};

/** A send that fails with the given texts first, then answers with `reply`. */
function flaky(failures: string[], reply: unknown) {
  const sent: unknown[] = [];
  const send = async (m: unknown) => {
    sent.push(m);
    const f = failures.shift();
    if (f !== undefined) throw new Error(f);
    return reply;
  };
  return { send, sent };
}

const STATUS = { ok: true, data: { snapshotBuiltAt: '2026-11-25', symbols: 10256, loadedAt: null, loadMs: null } };

describe('transport faults', () => {
  test('a message the worker never received is sent once more and answered', async () => {
    const f = flaky([CHROME.notDelivered], STATUS);
    await expect(request(f.send, { type: 'status' })).resolves.toMatchObject({ symbols: 10256 });
    expect(f.sent).toHaveLength(2);
  });

  test('a read interrupted by a worker restart is repeated once; twice in a row gives a clear message', async () => {
    const once = flaky([CHROME.interrupted], STATUS);
    await expect(request(once.send, { type: 'status' })).resolves.toMatchObject({ symbols: 10256 });
    const twice = flaky([CHROME.interrupted, CHROME.interrupted], STATUS);
    await expect(request(twice.send, { type: 'status' })).rejects.toThrow('CapLens restarted before answering. Please try again.');
    expect(twice.sent).toHaveLength(2);
  });

  test('a write interrupted mid-request is never repeated (it may have landed): the user is asked to retry', async () => {
    const f = flaky([CHROME.interrupted], { ok: true, data: { id: 'x', name: 'Banks', order: 0, createdAt: '2026-11-30', entries: [] } });
    const err = await request(f.send, { type: 'watchlists:create', name: 'Banks' }).catch((e: unknown) => e);
    // Nobody branches on the error's class: the message is what the user reads.
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('CapLens restarted before answering. Please try again.');
    expect(f.sent).toHaveLength(1);
  });

  test('after an extension update the page is told to reload, without retrying', async () => {
    const f = flaky([CHROME.invalidated, CHROME.invalidated], []);
    await expect(pageRequest(f.send, { type: 'resolve', candidates: [] })).rejects.toThrow('CapLens was updated. Reload the page to reconnect.');
    expect(f.sent).toHaveLength(1);
  });

  test('the page’s reads retry a restart like the extension pages do', async () => {
    const f = flaky([CHROME.interrupted], { ok: true, data: [] });
    await expect(pageRequest(f.send, { type: 'resolve', candidates: [] })).resolves.toEqual([]);
    expect(f.sent).toHaveLength(2);
  });

  test('anything else is reported with its text, and a garbled reply is not shown', async () => {
    await expect(request(flaky(['boom'], null).send, { type: 'status' })).rejects.toThrow('CapLens background unavailable: boom');
    await expect(request(flaky([], { ok: 'yes' }).send, { type: 'status' })).rejects.toThrow('unreadable reply');
    await expect(request(flaky([], { ok: true, data: { symbols: 'many' } }).send, { type: 'status' })).rejects.toThrow('invalid status reply');
  });

  test('the page reads the envelope itself; the payload was checked by the background before sending', async () => {
    await expect(pageRequest(flaky([], { ok: 'yes' }).send, { type: 'market' })).rejects.toThrow('unreadable reply');
    await expect(pageRequest(flaky([], { ok: false }).send, { type: 'market' })).rejects.toThrow('unreadable reply');
    await expect(pageRequest(flaky([], 'ok').send, { type: 'market' })).rejects.toThrow('unreadable reply');
    await expect(pageRequest(flaky([], { ok: false, error: 'no data' }).send, { type: 'market' })).rejects.toThrow('no data');
    const list = [{ id: 'a', name: 'Banks', entries: [{ symbol: 'ZION' }] }];
    await expect(pageRequest(flaky([], { ok: true, data: list }).send, { type: 'watchlists:list' })).resolves.toEqual(list);
  });
});
