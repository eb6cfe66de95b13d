// Time-sliced work: never hold the page's main thread for more than a few milliseconds.

/**
 * Our share of one task. Below the 8 ms a task may hold: the same task also carries what is not
 * sliced (a module's start, a message's cloning, a paint's bookkeeping).
 */
export const SLICE_MS = 5;

/**
 * When our work in the current task began (-1: not yet). Every sliced run draws on it, so two
 * runs chained by await in one task share one slice instead of each taking a whole one. It is
 * reset by our own yields and, for tasks we did not start (a message, a timer), by a timer
 * queued when it was set.
 */
let taskStart = -1;
let resetQueued = false;
function startTask(now: number): number {
  taskStart = now;
  if (!resetQueued) {
    resetQueued = true;
    setTimeout(() => {
      resetQueued = false;
      taskStart = -1;
    }, 0);
  }
  return now;
}
const sharedStart = (now: number) => (taskStart < 0 ? startTask(now) : taskStart);

/** Marks where our work in this task began, when unsliced work (a module's start) comes first. */
export function beginWork(): void {
  sharedStart(performance.now());
}

/**
 * Yields first when this task's share is already partly spent: for unsliced work that follows a
 * sliced run (picking a page's blocks after its walk took a whole slice).
 */
export async function freshTask(spentMs = 1): Promise<void> {
  if (taskStart < 0 || performance.now() - taskStart < spentMs) return;
  await yieldToPage();
  startTask(performance.now());
}

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
  // An injected clock (tests) keeps its own slices; the real one shares the task's.
  const shared = !opts.now;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToPage;
  const it = items[Symbol.iterator]();
  let processed = 0;
  let slices = 1;
  let sliceStart = shared ? sharedStart(now()) : now();
  for (;;) {
    if (opts.signal?.aborted) return { done: false, processed, slices };
    const next = it.next();
    if (next.done) return { done: true, processed, slices };
    // Checked before each item, so a run that starts on a spent slice yields first.
    if (now() - sliceStart >= sliceMs) {
      await pause();
      slices++;
      sliceStart = now();
      if (shared) startTask(sliceStart);
      if (opts.signal?.aborted) return { done: false, processed, slices };
    }
    work(next.value);
    processed++;
  }
}

/**
 * Drives a step generator (such as core's engineSteps) in slices of `sliceMs`, yielding to the
 * page first and between slices. Resolves to its result, or undefined when aborted.
 */
export async function runSteps<R>(steps: Generator<void, R, void>, opts: SliceOptions = {}): Promise<R | undefined> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const shared = !opts.now;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToPage;
  for (;;) {
    await pause();
    if (opts.signal?.aborted) return undefined;
    const start = now();
    if (shared) startTask(start);
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
