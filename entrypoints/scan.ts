// The first stage, on every http(s) page, and all that an off-topic page ever runs: the title
// and a capped prefix of the page's text go through the topic gate (dom/gate.ts), read natively
// around its scripts; the rest of a long page is read as the reader scrolls towards it, and
// what the page adds later is tested when it comes. No extension API is touched until the page
// turns out to be topical; then the second stage (entrypoints/scan-page) is imported to walk,
// read and paint. An off-topic page does not answer the popup, which then says there is
// nothing to show.
import { defineUnlistedScript } from '#imports';
import { addedMentionsTopic, GATE_CHUNK, isTopical, readChunk } from '../dom/gate';

interface Runtime {
  id?: string;
  getURL(path: string): string;
}
const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
const runtime = () => (g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime);

export default defineUnlistedScript(() => {
  const root = document.body ?? document.documentElement;
  if (!root) return;
  clearLeftovers();
  if (isTopical(document.title)) return load();
  const stopWatching = watch(root);
  read(root, 0, stopWatching);
});

/** Reads one chunk; if the page goes on, the next chunk waits until the reader nears it. */
function read(root: Element, from: number, stop: () => void): void {
  if (loaded) return;
  const { topical, next } = readChunk(root, from);
  if (topical) {
    stop();
    load();
    return;
  }
  if (!next || typeof IntersectionObserver !== 'function') return;
  // The view reaches an element when it is anywhere above 2,000 px below the view's bottom, so a
  // reader who jumps past it counts too. A hidden element is never reached: two more, further
  // on, stand in for it.
  const near = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    near.disconnect();
    read(root, from + GATE_CHUNK, stop);
  }, { rootMargin: '1000000px 0px 2000px 0px' });
  const all = root.getElementsByTagName('*');
  for (const el of [next, all[from + GATE_CHUNK + 250], all[from + GATE_CHUNK + 1000]]) if (el) near.observe(el);
}

let loaded = false;

/**
 * Firefox injects the new copy of a reloaded extension into open pages, while the old copy's
 * code is gone and cannot clean up: its highlights and tooltip are put back here. (Chrome's
 * orphaned copy cleans up after itself.)
 */
function clearLeftovers(): void {
  // A live copy marks <html> while it has highlights up, and puts its tooltip and descriptions
  // at the end of <html>; without either there is nothing to clear, and a large page is spared
  // two selector scans. (Firefox's old copy may get as far as removing the mark.)
  const html = document.documentElement;
  let ours = html.hasAttribute('data-claimlens-show');
  for (let el = html.lastElementChild; el && !ours; el = el.previousElementSibling) ours = el.localName.startsWith('claimlens-');
  if (!ours) return;
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
  document.documentElement.removeAttribute('data-claimlens-show');
}

function load(): void {
  loaded = true;
  // Its own task: the first touch of the extension API and the start of an import() cost a few
  // milliseconds each, and the page's task that read the text must stay short.
  setTimeout(() => {
    const rt = runtime();
    if (rt?.id) import(/* @vite-ignore */ rt.getURL('/scan-page.js')).catch(() => undefined);
  });
}

/** Re-tests only what the page adds, a little later and in one go. Returns its stop. */
function watch(root: Element): () => void {
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
      if (n.isConnected && addedMentionsTopic(n)) {
        observer.disconnect();
        load();
        return;
      }
    }
  }
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
