import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ClaimDB, db as defaultDb } from '../data/db';
import {
  broadcastRefresh, handleBackgroundMessages, handleTabMessages, sendToBackground, sendToTab,
} from '../data/messaging';
import type { PageSummary } from '../data/messages';
import { createStore } from '../data/store';
import { freshDb, newFlag, packV1 } from './db-fixtures';

type TabSend = (tabId: number, message: unknown) => Promise<unknown>;
let db: ClaimDB;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** fakeBrowser has no tabs.sendMessage: deliver to this context's runtime listeners, as a content script would get it. */
function routeTabsToRuntime() {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    ((_tabId: number, message: unknown) => fakeBrowser.runtime.sendMessage(message)) as never,
  ) as unknown as ReturnType<typeof vi.fn<TabSend>>;
}

function serveStore() {
  const store = createStore(db, packV1);
  const notHere = () => {
    throw new Error('not in this test');
  };
  // Only the requests this test sends are served; the rest answer with an error.
  handleBackgroundMessages({
    'page/read': notHere,
    'flags/restore': notHere,
    'records/remove': notHere,
    'records/restore': notHere,
    'packs/list': notHere,
    'packs/remove': notHere,
    'pack/import-begin': notHere,
    'pack/import-chunk': notHere,
    'pack/import-end': notHere,
    'pack/progress': notHere,
    'claims/list': () => store.listClaims(),
    'flags/list': (q) => store.listFlags(q),
    'flags/add': (f) => store.addFlag(f),
    'flags/remove': ({ id }) => store.removeFlag(id),
    'flags/promote': ({ id }) => store.promoteFlag(id),
    'settings/get': () => store.getSettings(),
    'settings/set': (p) => store.setSettings(p),
    'pack/import': () => { throw new Error('not in this test'); },
    'pack/export': () => { throw new Error('not in this test'); },
  });
  return store;
}

describe('sendToBackground / handleBackgroundMessages', () => {
  it('round-trips typed requests through the runtime', async () => {
    serveStore();
    const claims = await sendToBackground('claims/list');
    expect(claims.map((c) => c.id).sort()).toEqual(packV1.claims.map((c) => c.id).sort());
    const flag = await sendToBackground('flags/add', newFlag());
    expect(await sendToBackground('flags/list', { url: flag.url })).toEqual([flag]);
    expect(await sendToBackground('settings/set', { paused: true })).toEqual({ paused: true, disabledSites: [], shownVerdicts: ['differs', 'new'] });
    await sendToBackground('flags/remove', { id: flag.id });
    expect(await sendToBackground('flags/list', {})).toEqual([]);
  });

  it('turns an error reply into a thrown Error with the handler’s message', async () => {
    serveStore();
    await expect(sendToBackground('flags/promote', { id: 'nope' })).rejects.toThrow('There is no flag with id nope.');
    await expect(sendToBackground('settings/set', { paused: 'x' as never })).rejects.toThrow('"paused" must be true or false.');
    // The listener survives an error: the next request is answered.
    expect((await sendToBackground('settings/get')).paused).toBe(false);
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    handleBackgroundMessages({ 'settings/get': async () => ({ paused: true, disabledSites: [] }) } as never);
    const other = vi.fn((_m: unknown, _s: unknown, reply: (r: unknown) => void) => { reply({ ok: true, value: 'other' }); return true as const; });
    fakeBrowser.runtime.onMessage.addListener(other as never);
    expect(await sendToBackground('claims/list')).toBe('other');
    await expect(fakeBrowser.runtime.sendMessage('not an envelope')).resolves.toEqual({ ok: true, value: 'other' });
  });

  it('throws a clear error when nobody answers', async () => {
    fakeBrowser.runtime.onMessage.addListener((() => undefined) as never);
    await expect(sendToBackground('claims/list')).rejects.toThrow('no reply to "claims/list"');
  });

  it('retries once after ~100 ms when the service worker was restarting', async () => {
    serveStore();
    const real = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockImplementation(real as never);
    const started = Date.now();
    const settings = await sendToBackground('settings/get');
    expect(settings).toEqual({ paused: false, disabledSites: [], shownVerdicts: ['differs', 'new'] });
    expect(send).toHaveBeenCalledTimes(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('does not retry other failures, and gives up after the one retry', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('boom'));
    await expect(sendToBackground('claims/list')).rejects.toThrow('boom');
    expect(send).toHaveBeenCalledTimes(1);

    send.mockReset();
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToBackground('claims/list')).rejects.toThrow('Receiving end does not exist');
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('sendToTab / handleTabMessages', () => {
  const summary: PageSummary = {
    state: 'done', url: 'https://news.example/a', title: 'A', counts: { agrees: 1, differs: 0, new: 2 }, items: [],
  };

  it('asks one tab and unwraps its reply', async () => {
    const tabsSend = routeTabsToRuntime();
    handleTabMessages({ 'page/summary': () => summary, 'page/focus': ({ index }) => index === 3 });
    expect(await sendToTab(7, 'page/summary')).toEqual(summary);
    expect(await sendToTab(7, 'page/focus', { index: 3 })).toBe(true);
    expect(tabsSend).toHaveBeenCalledWith(7, { type: 'page/focus', data: { index: 3 } });
  });

  it('stops answering once its signal aborts (content script invalidated)', async () => {
    routeTabsToRuntime();
    const ctl = new AbortController();
    handleTabMessages({ 'page/summary': () => summary }, ctl.signal);
    await expect(sendToTab(1, 'page/summary')).resolves.toEqual(summary);
    ctl.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    await expect(sendToTab(1, 'page/summary')).rejects.toThrow();
  });

  it('the returned remover also removes the listener', async () => {
    const remove = handleTabMessages({ 'page/refresh': () => undefined });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    remove();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('broadcastRefresh', () => {
  it('sends page/refresh to every tab and ignores tabs without a content script', async () => {
    await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const ids = (await fakeBrowser.tabs.query({})).map((t) => t.id);
    expect(ids.length).toBe(3);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number) =>
      tabId === ids[2] ? Promise.reject(new Error('Could not establish connection.')) : Promise.resolve(undefined)) as never);
    await expect(broadcastRefresh()).resolves.toBeUndefined();
    for (const id of ids) expect(send).toHaveBeenCalledWith(id, { type: 'page/refresh', data: undefined });
  });
});

describe('background entrypoint', () => {
  afterEach(async () => {
    defaultDb.close();
    await Dexie.delete(defaultDb.name);
  });

  it('answers requests from the real database and tells tabs to refresh after a change', async () => {
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const { default: background } = await import('../entrypoints/background');
    background.main();

    const claims = await sendToBackground('claims/list');
    expect(claims.length).toBeGreaterThan(10); // the bundled data/claims.json
    expect(tabsSend).not.toHaveBeenCalled();

    const flag = await sendToBackground('flags/add', newFlag());
    await vi.waitFor(() => expect(tabsSend).toHaveBeenCalledWith(0, { type: 'page/refresh', data: undefined }));
    tabsSend.mockClear();

    const exported = await sendToBackground('pack/export', { format: 'claims-json' }) as { flags: unknown[] };
    expect(exported.flags).toEqual([flag]);
    await expect(sendToBackground('pack/export', { format: 'pdf' as never })).rejects.toThrow('Unknown export format "pdf".');
    await sendToBackground('settings/set', { paused: true });
    await vi.waitFor(() => expect(tabsSend).toHaveBeenCalledTimes(1));
  });
});
