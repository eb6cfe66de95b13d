// The first stage, on every http(s) page, and all that an off-topic page ever runs: one native
// read of the page's text and one pass of the topic gate over it. Touching each text node from
// the content script's world would cost a wrapper object per node, many times a bare walk; the
// extension APIs are not touched either until the page turns out to be topical. Then the
// second stage (entrypoints/scan-page) is imported; it walks, reads and paints.
import { defineUnlistedScript } from '#imports';
import { isTopical } from '../dom/gate';

interface Runtime {
  id?: string;
  getURL(path: string): string;
  onMessage: {
    addListener(fn: Listener): void;
    removeListener(fn: Listener): void;
  };
}
type Listener = (message: unknown, sender: unknown, reply: (r: unknown) => void) => true | undefined;
const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
const runtime = () => (g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime);

export default defineUnlistedScript(() => {
  const root = document.body ?? document.documentElement;
  if (!root) return;
  clearLeftovers();
  if (isTopical(document.title) || mentionsTopic(root)) load();
  else {
    watch(root);
    // The popup asks every page for a summary; this one has none until it turns topical. The
    // extension APIs are first touched here, in an idle moment, not in the page's first task.
    // Called on window: Firefox throws for an unbound requestIdleCallback in a content script.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(answerOffTopic);
    else setTimeout(answerOffTopic);
  }
});

let loaded = false;

/**
 * Firefox injects the new copy of a reloaded extension into open pages, while the old copy's
 * code is gone and cannot clean up: its highlights and tooltip are put back here. (Chrome's
 * orphaned copy cleans up after itself.)
 */
function clearLeftovers(): void {
  const marks = document.querySelectorAll('claimlens-mark');
  const parents = new Set<Node>();
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    m.remove();
    parents.add(parent);
  }
  // The text nodes the highlights split become one again.
  for (const p of parents) p.normalize();
  for (const el of document.querySelectorAll('claimlens-tooltip, claimlens-descriptions')) el.remove();
  if (marks.length) document.documentElement.removeAttribute('data-claimlens-show');
}

function answerOffTopic(): void {
  const rt = runtime();
  if (!rt?.id || loaded) return;
  const fn: Listener = (message, _sender, reply) => {
    if (loaded) {
      rt.onMessage.removeListener(fn);
      return undefined;
    }
    if ((message as { type?: unknown } | null)?.type !== 'page/summary') return undefined;
    reply({ ok: true, value: { state: 'done', url: location.href, title: document.title, counts: { agrees: 0, differs: 0, new: 0 }, items: [] } });
    return undefined;
  };
  rt.onMessage.addListener(fn);
}


const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The text of the root's children, read natively one child at a time; the large script and
 * style blobs that many pages keep at this level are skipped. Script text deeper down is
 * read too: a false alarm only costs the second stage's look.
 */
function mentionsTopic(root: Element): boolean {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 ? !SKIP.has((n as Element).localName) && isTopical(n.textContent ?? '') : n.nodeType === 3 && isTopical((n as Text).data)) return true;
  }
  return false;
}

function load(): void {
  loaded = true;
  const rt = runtime();
  if (rt?.id) import(/* @vite-ignore */ rt.getURL('/scan-page.js')).catch(() => undefined);
}

/** Re-tests only what the page adds, a little later and in one go. */
function watch(root: Element): void {
  let pending: Node[] = [];
  let timer = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (pending.length < 2000) pending.push(n);
    if (pending.length && !timer) timer = window.setTimeout(check, 150);
  });
  function check() {
    timer = 0;
    const nodes = pending;
    pending = [];
    for (const n of nodes) {
      if (n.isConnected && isTopical(n.textContent ?? '')) {
        observer.disconnect();
        load();
        return;
      }
    }
  }
  observer.observe(root, { childList: true, subtree: true });
}
