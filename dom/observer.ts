// Watches the page for new or changed text. The MutationObserver callback only queues block
// elements; the caller's `onChanged` runs later, debounced, with the blocks to re-scan.
import { blockElementOf, isInsideSkipped } from './text';
import { Budget, debounce } from './scheduler';

export interface WatchOptions {
  root: Element;
  signal: AbortSignal;
  /** Blocks whose text changed or appeared; outermost only, all still connected. */
  onChanged(blocks: Element[]): void;
  /** Nodes that are ours (marks, UI hosts) or inside them: their mutations are ignored. */
  isOurs(node: Node): boolean;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Re-scans allowed per block per window. */
  budget?: { max: number; windowMs: number };
}

export interface PageWatcher {
  /** Runs our own DOM writes without them reading as page changes. */
  ours<T>(write: () => T): T;
  /** Queues a block by hand (e.g. after SPA navigation). */
  queue(el: Element): void;
}

export function watchPage(opts: WatchOptions): PageWatcher {
  const { root, signal, isOurs } = opts;
  const pending = new Set<Element>();
  const deferred = new Set<Element>();
  const budget = new Budget<Element>(opts.budget?.max ?? 4, opts.budget?.windowMs ?? 5000);
  let retry: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    const connected = [...pending].filter((el) => el.isConnected);
    pending.clear();
    // Outermost only: scanning a parent covers its children.
    const outer = connected.filter((el) => !connected.some((o) => o !== el && o.contains(el)));
    const allowed = outer.filter((el) => {
      if (budget.take(el)) return true;
      deferred.add(el);
      return false;
    });
    if (deferred.size && retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        for (const el of deferred) pending.add(el);
        deferred.clear();
        schedule();
      }, opts.budget?.windowMs ?? 5000);
    }
    if (allowed.length) opts.onChanged(allowed);
  };
  const schedule = debounce(flush, opts.debounceMs ?? 150, opts.maxWaitMs ?? 600, signal);

  const add = (node: Node) => {
    if (isOurs(node) || isInsideSkipped(node, root)) return;
    const block = blockElementOf(node);
    if (block && root.contains(block)) pending.add(block);
    else if (node === root || root.contains(node)) pending.add(root);
  };

  const handle = (records: MutationRecord[]) => {
    const before = pending.size;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') {
        add(r.target);
        continue;
      }
      const nodes = [...r.addedNodes, ...r.removedNodes];
      // Our own wrappers coming and going are not page changes.
      if (nodes.length && nodes.every(isOurs)) continue;
      for (const n of r.addedNodes) {
        if (isOurs(n)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) add(n.nodeType === 1 && blockElementOf(n) === n ? n : r.target);
      }
      if (r.removedNodes.length) add(r.target);
    }
    if (pending.size !== before) schedule();
  };

  const observer = new MutationObserver(handle);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(retry);
      pending.clear();
      deferred.clear();
    },
    { once: true },
  );

  return {
    ours(write) {
      // Page changes made before our write still count; ours are dropped.
      handle(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    queue(el) {
      pending.add(el);
      schedule();
    },
  };
}
