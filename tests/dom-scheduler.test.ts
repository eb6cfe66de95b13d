// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Budget, beginWork, debounce, freshTask, runSliced, runSteps } from '../dom/scheduler';
import { watchPage } from '../dom/observer';

describe('runSliced', () => {
  it('yields whenever a slice has used its time, and finishes every item', async () => {
    let clock = 0;
    const pauses: number[] = [];
    const seen: number[] = [];
    const result = await runSliced(
      Array.from({ length: 20 }, (_, i) => i),
      (i) => {
        seen.push(i);
        clock += 3; // each item costs 3 ms
      },
      { sliceMs: 8, now: () => clock, pause: async () => void pauses.push(clock) },
    );
    expect(seen).toHaveLength(20);
    expect(result).toMatchObject({ done: true, processed: 20 });
    // 3 items (9 ms) per slice: never more than one item past the budget.
    expect(pauses.length).toBe(6);
    expect(result.slices).toBe(7);
  });

  it('pulls lazily from a generator and stops when aborted', async () => {
    const ac = new AbortController();
    let made = 0;
    function* gen() {
      for (;;) yield made++;
    }
    let clock = 0;
    const result = await runSliced(gen(), (i) => {
      clock += 5;
      if (i === 9) ac.abort();
    }, { sliceMs: 8, now: () => clock, signal: ac.signal, pause: async () => {} });
    expect(result.done).toBe(false);
    expect(made).toBe(10);
  });

  it('really gives the event loop a turn between slices', async () => {
    // Another task queued before the scan starts must run before the second slice.
    let otherRan = false;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => (otherRan = true);
    ch.port2.postMessage(null);
    const order: string[] = [];
    await runSliced([1, 2, 3], (i) => {
      order.push(`item${i}:${otherRan}`);
      const end = performance.now() + 3;
      while (performance.now() < end); // busy 3 ms
    }, { sliceMs: 2 });
    expect(order).toEqual(['item1:false', 'item2:true', 'item3:true']);
    ch.port1.close();
  });
});

describe('runSliced in one task', () => {
  it('lets runs chained by await share one slice: the second yields before its first item', async () => {
    const events: string[] = [];
    const pause = async () => {
      events.push('pause');
      await new Promise((r) => setTimeout(r, 0));
    };
    await new Promise((r) => setTimeout(r, 0)); // start on a fresh task
    await runSliced([1], () => {
      const end = performance.now() + 5;
      while (performance.now() < end); // busy 5 ms
      events.push('first');
    }, { sliceMs: 4, pause });
    await runSliced([1], () => void events.push('second'), { sliceMs: 4, pause });
    expect(events).toEqual(['first', 'pause', 'second']);
  });
});

describe('freshTask', () => {
  const settledWithinMicrotasks = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return done;
  };

  it('goes on at once in a fresh task, and yields to the page first once the task is partly spent', async () => {
    await new Promise((r) => setTimeout(r, 0)); // start on a fresh task
    beginWork();
    expect(await settledWithinMicrotasks(freshTask(1))).toBe(true);
    const end = performance.now() + 2;
    while (performance.now() < end); // busy 2 ms
    const later = freshTask(1);
    expect(await settledWithinMicrotasks(later)).toBe(false);
    await later;
  });
});

describe('runSteps', () => {
  it('runs a step generator in slices, pausing first and between slices, and returns its result', async () => {
    let clock = 0;
    const pauses: number[] = [];
    function* steps(): Generator<void, string, void> {
      for (let i = 0; i < 10; i++) {
        clock += 3;
        yield;
      }
      return 'built';
    }
    const result = await runSteps(steps(), { sliceMs: 8, now: () => clock, pause: async () => void pauses.push(clock) });
    expect(result).toBe('built');
    // 30 ms of steps at 3 ms each in 8 ms slices: a pause before the first and after every third step.
    expect(pauses).toEqual([0, 9, 18, 27]);
  });

  it('stops when aborted and resolves to undefined', async () => {
    const ac = new AbortController();
    let ran = 0;
    function* steps(): Generator<void, number, void> {
      for (;;) {
        ran++;
        yield;
      }
    }
    let clock = 0;
    const result = await runSteps(steps(), {
      sliceMs: 8,
      now: () => (clock += 5),
      signal: ac.signal,
      pause: async () => {
        if (ran >= 4) ac.abort();
      },
    });
    expect(result).toBeUndefined();
    expect(ran).toBe(4);
  });
});

describe('debounce and budget', () => {
  afterEach(() => vi.useRealTimers());

  it('debounce fires after quiet time, but no later than maxWait during a burst', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 100, 300);
    for (let t = 0; t < 1000; t += 50) {
      call();
      vi.advanceTimersByTime(50);
    }
    // A change every 50 ms forever still runs about every 300 ms, not never.
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(4);
    fn.mockClear();
    call();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('budget allows max uses per window per key', () => {
    let now = 0;
    const b = new Budget<object>(2, 1000, () => now);
    const k = {};
    expect([b.take(k), b.take(k), b.take(k)]).toEqual([true, true, false]);
    expect(b.take({})).toBe(true);
    now = 1000;
    expect(b.take(k)).toBe(true);
  });
});

describe('watchPage', () => {
  const isOurs = (n: Node) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('claimlens-mark');
  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('queues new and changed blocks and reports them after a short debounce', async () => {
    document.body.innerHTML = '<main><p id="a">Old text.</p><section id="live"></section></main>';
    const ac = new AbortController();
    const seen: string[][] = [];
    watchPage({ root: document.body, signal: ac.signal, isOurs, debounceMs: 20, maxWaitMs: 100, onChanged: (b) => seen.push(b.map((e) => e.id || e.localName)) });
    const p = document.createElement('p');
    p.id = 'new';
    p.innerHTML = 'Fresh <b>claim</b> text.';
    document.getElementById('live')!.append(p);
    (document.getElementById('a')!.firstChild as Text).data = 'Changed text.';
    await settle(60);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.sort()).toEqual(['a', 'new']);
    ac.abort();
  });

  it('ignores our own writes and mutations inside our marks, and stops on abort', async () => {
    document.body.innerHTML = '<p id="a">NATO has 32 members.</p>';
    const ac = new AbortController();
    const onChanged = vi.fn();
    const w = watchPage({ root: document.body, signal: ac.signal, isOurs, debounceMs: 10, maxWaitMs: 50, onChanged });
    const text = document.getElementById('a')!.firstChild as Text;
    w.ours(() => {
      const tail = text.splitText(9);
      const mark = document.createElement('claimlens-mark');
      tail.before(mark);
      mark.append(tail);
    });
    await settle(40);
    expect(onChanged).not.toHaveBeenCalled();
    (document.querySelector('claimlens-mark')!.firstChild as Text).data = '33 members.';
    await settle(40);
    expect(onChanged).not.toHaveBeenCalled();
    ac.abort();
    document.getElementById('a')!.append(' More.');
    await settle(40);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('a block rewritten every few ms is re-scanned within budget, not on every change', async () => {
    document.body.innerHTML = '<p id="c">Counter <span>0</span></p>';
    const ac = new AbortController();
    const onChanged = vi.fn();
    watchPage({ root: document.body, signal: ac.signal, isOurs, debounceMs: 5, maxWaitMs: 10, budget: { max: 2, windowMs: 10_000 }, onChanged });
    const span = document.querySelector('span')!;
    for (let i = 1; i <= 30; i++) {
      span.textContent = String(i);
      await settle(4);
    }
    await settle(30);
    expect(onChanged.mock.calls.length).toBe(2);
    ac.abort();
  });
});
