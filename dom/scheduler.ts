// Time-sliced work: never hold the page's main thread for more than a few milliseconds.

export const SLICE_MS = 8;

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/**
 * Yields to the event loop. MessageChannel is not clamped like nested setTimeout (and not
 * throttled to 1 s in background tabs as hard); setTimeout is the fallback.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    // In Node (the batch tool) a listening port keeps the process alive: only while we wait.
    type NodePort = MessagePort & { ref?: () => void; unref?: () => void };
    if (!channel) {
      const c = new MessageChannel();
      c.port1.onmessage = () => {
        waiting.shift()?.();
        if (!waiting.length) (c.port1 as NodePort).unref?.();
      };
      channel = c;
    }
    waiting.push(resolve);
    (channel.port1 as NodePort).ref?.();
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  sliceMs?: number;
  signal?: AbortSignal;
  /** Clock, injectable for tests. */
  now?: () => number;
  pause?: () => Promise<void>;
}

export interface SliceResult {
  /** False when aborted before the items ran out. */
  done: boolean;
  processed: number;
  slices: number;
}

/**
 * Pulls items from `items` and runs `work` on each, yielding whenever a slice has used
 * `sliceMs`. Works with a lazy generator, so the walk itself is sliced too.
 */
export async function runSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  opts: SliceOptions = {},
): Promise<SliceResult> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToPage;
  const it = items[Symbol.iterator]();
  let processed = 0;
  let slices = 1;
  let sliceStart = now();
  for (;;) {
    if (opts.signal?.aborted) return { done: false, processed, slices };
    const next = it.next();
    if (next.done) return { done: true, processed, slices };
    work(next.value);
    processed++;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      slices++;
      sliceStart = now();
    }
  }
}

/**
 * Drives a step generator (such as core's engineSteps) in slices of `sliceMs`, yielding to the
 * page first and between slices. Resolves to its result, or undefined when aborted.
 */
export async function runSteps<R>(steps: Generator<void, R, void>, opts: SliceOptions = {}): Promise<R | undefined> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToPage;
  for (;;) {
    await pause();
    if (opts.signal?.aborted) return undefined;
    const start = now();
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (now() - start < sliceMs);
  }
}

/**
 * Runs `fn` `waitMs` after the last call, but no later than `maxWaitMs` after the first one
 * of a burst, so a page that changes every 200 ms still gets served within a second.
 */
export function debounce(fn: () => void, waitMs: number, maxWaitMs: number, signal?: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    first = 0;
    if (!signal?.aborted) fn();
  };
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    if (signal?.aborted) return;
    const t = Date.now();
    if (!first) first = t;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(waitMs, first + maxWaitMs - t)));
  };
}

/** At most `max` uses per `windowMs` for each key: a block rewritten forever stops costing us. */
export class Budget<K extends object> {
  private readonly uses = new WeakMap<K, { start: number; count: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  take(key: K): boolean {
    const t = this.now();
    const u = this.uses.get(key);
    if (!u || t - u.start >= this.windowMs) {
      this.uses.set(key, { start: t, count: 1 });
      return true;
    }
    if (u.count >= this.max) return false;
    u.count++;
    return true;
  }
}
