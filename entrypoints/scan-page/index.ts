// The second stage, imported by the first (entrypoints/scan.ts) once a page turns out to be
// topical: it walks the page in blocks, sends the topical part to the background, where the
// engine and the database live, paints the answers, answers the popup and keeps up with new
// content. The tooltip (Preact) is loaded on the first hover, focus or click on a highlight.
import { defineUnlistedScript } from '#imports';
import type { Flag, PageSummary, Settings } from '../../data/messages';
import { MARK_TAG, markIndex } from '../../dom/highlighter';
import { watchPage, type PageWatcher } from '../../dom/observer';
import { PageAnnotator, type Found } from '../../dom/page-annotator';
import { isHiddenInBrowser } from '../../dom/text';
import { beginWork } from '../../dom/scheduler';
import { alive, answerTabs, runtime, send } from './ext';
import type { TooltipApi, TooltipHost } from '../scan-ui/api';

type Mode = 'starting' | 'paused' | 'site-off' | 'on';

/** Flags belong to the page, not to an in-page anchor. */
const pageUrl = () => location.href.split('#')[0]!;
const START_EVENT = 'claimlens:started';
const UI_KEY = '__claimlensUi';

export default defineUnlistedScript(() => {
  beginWork();
  // Imported once per page; a second import (a topical page found twice) is a no-op.
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.__claimlensPage || !alive() || !document.documentElement) return;
  g.__claimlensPage = true;
  const life = new AbortController();
  const signal = life.signal;
  // A newer copy of this script (the extension was updated or reloaded) takes over the page.
  const me = Math.random().toString(36).slice(2);
  window.addEventListener(START_EVENT, (e) => {
    if ((e as CustomEvent).detail !== me) life.abort();
  }, { signal });
  window.dispatchEvent(new CustomEvent(START_EVENT, { detail: me }));
  startPage(life);
});

function startPage(life: AbortController) {
  const signal = life.signal;
  let mode: Mode = 'starting';
  let annotator: PageAnnotator | null = null;
  let session: AbortController | null = null;
  let watcher: PageWatcher | null = null;
  let flags: Flag[] = [];
  let tooltip: TooltipApi | null = null;
  let loadingUi: Promise<TooltipApi | null> | null = null;
  let checking = 0;

  const root = () => document.body ?? document.documentElement;

  const isOurs = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`${MARK_TAG}, claimlens-tooltip, claimlens-descriptions`);
  };

  const host: TooltipHost = {
    get: (index) => annotator?.found.get(index) ?? null,
    marks: (index) => annotator?.marks(index) ?? [],
    note: (index) => {
      const id = annotator?.found.get(index)?.flagId;
      return (id && flags.find((f) => f.id === id)?.note) || '';
    },
    flag: (index, note) => setFlag(index, true, note),
    unflag: (index) => setFlag(index, false, ''),
    dismiss: (index) => annotator?.dismiss(index),
    signal,
  };

  function loadUi(): Promise<TooltipApi | null> {
    loadingUi ??= (async () => {
      const rt = runtime();
      if (!rt?.id || signal.aborted) return null;
      await import(/* @vite-ignore */ rt.getURL('/scan-ui.js'));
      const make = (globalThis as unknown as Record<string, ((h: TooltipHost) => TooltipApi) | undefined>)[UI_KEY];
      if (!make || signal.aborted) return null;
      tooltip = make(host);
      return tooltip;
    })().catch(() => null);
    return loadingUi;
  }

  // Until the tooltip is loaded, the first interaction with a highlight loads it and is replayed.
  for (const type of ['mouseover', 'focusin', 'click'] as const) {
    document.addEventListener(type, (e) => {
      if (tooltip || markIndex(e.target instanceof Element ? e.target : null) === null) return;
      void loadUi().then((ui) => ui?.replay(e));
    }, { signal, capture: true });
  }

  function stopAnnotating() {
    session?.abort();
    session = null;
    watcher = null;
    tooltip?.close(false);
    annotator?.destroy();
    annotator = null;
  }

  function applySettings(s: Settings) {
    const shown = Array.isArray(s.shownVerdicts) ? s.shownVerdicts.join(' ') : 'differs new';
    document.documentElement.setAttribute('data-claimlens-show', shown);
    syncTabStops();
  }

  /** Only the marked verdicts are tab stops: Tab must not stop on a claim the reader cannot see. */
  function syncTabStops() {
    const shown = new Set((document.documentElement.getAttribute('data-claimlens-show') ?? 'differs new').split(/\s+/));
    for (const m of document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-cl-piece="0"]`)) {
      m.tabIndex = shown.has(m.getAttribute('data-verdict') ?? '') ? 0 : -1;
    }
  }

  async function read(blocks: Parameters<typeof send<'page/read'>>[1]['blocks'], withState: boolean) {
    const reply = await send('page/read', { url: pageUrl(), blocks, withState });
    if (reply.settings) {
      applySettings(reply.settings);
      if (reply.settings.paused || reply.settings.disabledSites.includes(location.hostname)) {
        mode = reply.settings.paused ? 'paused' : 'site-off';
        throw new Error(mode);
      }
    }
    if (reply.flags) flags = reply.flags;
    return reply.annotations;
  }

  async function annotate() {
    stopAnnotating();
    if (signal.aborted) return;
    mode = 'starting';
    session = new AbortController();
    const sessionSignal = AbortSignal.any([signal, session.signal]);
    let first = true;
    const a = new PageAnnotator({
      doc: document,
      root: root(),
      signal: sessionSignal,
      isHidden: isHiddenInBrowser,
      read: (blocks) => {
        const withState = first;
        first = false;
        return read(blocks, withState);
      },
      onUpdate: () => {
        syncTabStops();
        tooltip?.refresh();
      },
    });
    annotator = a;
    watcher = watchPage({
      root: root(),
      signal: sessionSignal,
      isOurs,
      // New content is read within about a tenth of a second, even on a page that keeps changing.
      debounceMs: 60,
      maxWaitMs: 150,
      onChanged: (blocks) => {
        // During the first scan the walk picks up new content itself.
        if (a.state === 'done') void a.rescan(blocks);
        else blocks.forEach((b) => watcher?.queue(b));
      },
    });
    const w = watcher;
    a.setWrite((fn) => w.ours(fn));
    await a.scanAll();
    if (annotator !== a || sessionSignal.aborted) return;
    // read() may have learnt, while the scan ran, that the reader switched annotation off here.
    if ((mode as Mode) === 'paused' || (mode as Mode) === 'site-off') {
      stopAnnotating();
      return;
    }
    mode = 'on';
    a.setFlags(flags.map(toStored));
    // Chrome leaves an orphaned script running when the extension reloads: put the page back.
    checking ||= window.setInterval(() => {
      if (!alive()) life.abort();
    }, 1000);
  }

  let refreshing: Promise<void> = Promise.resolve();
  function refresh(): Promise<void> {
    refreshing = refreshing.then(annotate).catch(() => undefined);
    return refreshing;
  }

  async function setFlag(index: number, on: boolean, note: string): Promise<boolean> {
    const f = annotator?.found.get(index);
    if (!f || !annotator) return false;
    if (on) {
      if (f.flagId) return true;
      const a = f.annotation;
      const flag = await send('flags/add', {
        url: pageUrl(),
        site: location.hostname,
        title: document.title,
        selector: f.selector,
        sentence: a.sentence,
        figure: a.figure,
        verdict: a.verdict,
        claimId: a.claimId,
        topics: a.topics,
        attribution: a.attribution,
        note,
        published: publishedDate(),
      });
      flags = [...flags.filter((x) => x.id !== flag.id), flag];
      annotator.markFlag(index, toStored(flag));
    } else if (f.flagId) {
      const id = f.flagId;
      await send('flags/remove', { id });
      flags = flags.filter((x) => x.id !== id);
      annotator.markFlag(index, null);
    }
    return true;
  }

  function summary(): PageSummary {
    const base = { url: location.href, title: document.title };
    const counts = { agrees: 0, differs: 0, new: 0 };
    if (mode === 'paused' || mode === 'site-off') return { ...base, state: mode, counts, items: [] };
    const items = (annotator?.items() ?? []).map((f: Found) => {
      counts[f.annotation.verdict]++;
      return {
        index: f.index,
        quote: f.quote,
        verdict: f.annotation.verdict,
        claimId: f.annotation.claimId,
        line: f.annotation.line ?? f.annotation.explanation.summary,
        flagged: !!f.flagId,
        note: host.note(f.index) || undefined,
        figure: f.annotation.figure,
        selector: f.selector,
      };
    });
    const state = mode === 'on' && annotator?.state === 'done' ? 'done' : 'scanning';
    return { ...base, state, counts, items };
  }

  answerTabs(
    {
      'page/summary': () => summary(),
      'page/focus': async ({ index }) => {
        const first = annotator?.marks(index)[0];
        if (!first?.isConnected) return false;
        first.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        first.focus({ preventScroll: true });
        (await loadUi())?.open(index);
        return true;
      },
      'page/flag': ({ index, note, flagged }) => setFlag(index, flagged, note),
      'page/refresh': () => refresh(),
    },
    signal,
  );

  // SPA navigation: flags are per URL, so a new URL starts over.
  let lastUrl = pageUrl();
  const onNavigate = () => {
    if (pageUrl() === lastUrl) return;
    lastUrl = pageUrl();
    void refresh();
  };
  window.addEventListener('popstate', onNavigate, { signal });

  signal.addEventListener('abort', () => {
    clearInterval(checking);
    stopAnnotating();
    tooltip?.destroy();
    document.documentElement.removeAttribute('data-claimlens-show');
  }, { once: true });

  void refresh();
}

function toStored(flag: Flag) {
  return { id: flag.id, selector: flag.selector };
}

/** The page's own publication date, when it states one. */
function publishedDate(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"]',
  )?.content;
  if (meta && !Number.isNaN(Date.parse(meta))) return new Date(meta).toISOString().slice(0, 10);
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(s.textContent ?? '');
    if (m && !Number.isNaN(Date.parse(m[1]!))) return new Date(m[1]!).toISOString().slice(0, 10);
  }
  return undefined;
}
