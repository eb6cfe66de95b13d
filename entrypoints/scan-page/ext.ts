// The first stage's only extension API: typed messages, without the polyfill (Chrome's MV3
// `chrome` and Firefox's `browser` both answer with promises). Keeps the script that runs on
// every page small; extension pages and the background use webextension-polyfill.
import type { BackgroundMessages, Reply, TabMessages } from '../../data/messages';

type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

interface Runtime {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(fn: OnMessage): void;
    removeListener(fn: OnMessage): void;
  };
}
type OnMessage = (message: unknown, sender: unknown, reply: (r: Reply<unknown>) => void) => true | undefined;

const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

export function runtime(): Runtime | undefined {
  return g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
}

/** False once the extension was reloaded or removed under this page. */
export const alive = (): boolean => !!runtime()?.id;

export async function send<K extends keyof BackgroundMessages>(
  type: K,
  data: Req<BackgroundMessages, K>,
): Promise<Res<BackgroundMessages, K>> {
  const rt = runtime();
  if (!rt?.id) throw new Error('ClaimLens: the extension is gone');
  let reply: unknown;
  try {
    reply = await rt.sendMessage({ type, data });
  } catch {
    // The service worker was starting: its listener is there once it has started.
    await new Promise((r) => setTimeout(r, 100));
    reply = await rt.sendMessage({ type, data });
  }
  const r = reply as Reply<Res<BackgroundMessages, K>> | undefined;
  if (!r || typeof r !== 'object') throw new Error(`ClaimLens: no reply to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export type TabHandlers = {
  [K in keyof TabMessages]?: (data: Req<TabMessages, K>) => Res<TabMessages, K> | Promise<Res<TabMessages, K>>;
};

/** Answers the popup's requests until the signal aborts. */
export function answerTabs(handlers: TabHandlers, signal: AbortSignal): void {
  const rt = runtime();
  if (!rt) return;
  const fn: OnMessage = (message, _sender, reply) => {
    const { type, data } = (message ?? {}) as { type?: string; data?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof TabMessages] as (d: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(data))
      .then(
        (value) => reply({ ok: true, value }),
        (err: unknown) => reply({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
    return true;
  };
  rt.onMessage.addListener(fn);
  signal.addEventListener('abort', () => {
    try {
      rt.onMessage.removeListener(fn);
    } catch {
      // The extension context is already gone.
    }
  }, { once: true });
}
