// Typed request/reply over runtime and tabs messaging. Listeners reply with sendResponse and
// return true: Chrome, Firefox (polyfill) and WXT's fakeBrowser all honour that.
import { browser } from 'wxt/browser';
import type { BackgroundMessages, Reply, TabMessages } from './messages';

type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
/** Requests without data take no argument. */
type Args<M, K extends keyof M> = [Req<M, K>] extends [void] ? [data?: undefined] : [data: Req<M, K>];
type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export type Handlers<M> = {
  [K in keyof M]: (data: Req<M, K>, sender: Sender) => Res<M, K> | Promise<Res<M, K>>;
};

// Chrome's wording when the service worker was stopped, or no listener was registered yet.
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;
export const RETRY_DELAY_MS = 100;

function unwrap<T>(reply: unknown, type: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || typeof r.ok !== 'boolean') {
    throw new Error(`ClaimLens: no reply to "${type}"`);
  }
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export async function sendToBackground<K extends keyof BackgroundMessages>(
  type: K,
  ...[data]: Args<BackgroundMessages, K>
): Promise<Res<BackgroundMessages, K>> {
  const message = { type, data };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (err) {
    if (!NOT_LISTENING.test(String((err as Error)?.message ?? err))) throw err;
    // The service worker was restarting: its listener is registered once it has started.
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    reply = await browser.runtime.sendMessage(message);
  }
  return unwrap(reply, type);
}

export async function sendToTab<K extends keyof TabMessages>(
  tabId: number,
  type: K,
  ...[data]: Args<TabMessages, K>
): Promise<Res<TabMessages, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, data }), type);
}

function listener<M>(handlers: Partial<Handlers<M>>) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    const type = (message as { type?: unknown })?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as unknown as (data: unknown, sender: Sender) => unknown;
    Promise.resolve()
      .then(() => handler((message as { data?: unknown }).data, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
    return true;
  };
}

function addListener<M>(handlers: Partial<Handlers<M>>, signal?: AbortSignal): () => void {
  const fn = listener(handlers) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  const remove = () => browser.runtime.onMessage.removeListener(fn);
  if (signal?.aborted) return remove;
  browser.runtime.onMessage.addListener(fn);
  signal?.addEventListener('abort', remove, { once: true });
  return remove;
}

/** In the background: answer every BackgroundMessages request. Returns a remover. */
export function handleBackgroundMessages(handlers: Handlers<BackgroundMessages>, signal?: AbortSignal): () => void {
  return addListener<BackgroundMessages>(handlers, signal);
}

/** In a content script: answer TabMessages until the signal aborts or the remover is called. */
export function handleTabMessages(handlers: Partial<Handlers<TabMessages>>, signal?: AbortSignal): () => void {
  return addListener<TabMessages>(handlers, signal);
}

/** Tells every tab's content script to re-read settings, records and flags. */
export async function broadcastRefresh(): Promise<void> {
  // tabs.query works without the "tabs" permission; it only hides urls and titles.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.allSettled(
    tabs.filter((tab) => tab.id !== undefined).map((tab) => browser.tabs.sendMessage(tab.id!, { type: 'page/refresh', data: undefined })),
  );
}
