// Thin wiring: settings and records from the background, the page annotator, the page
// watcher, the tooltip, and answers to the popup. No Dexie here: the database lives in the
// extension's origin and is reached by messages.
import './style.css';
import { defineContentScript, type ContentScriptContext } from '#imports';
import { h, render } from 'preact';
import type { Figure } from '../../core/types';
import type { Flag, PageSummary } from '../../data/messages';
import { handleTabMessages, sendToBackground } from '../../data/messaging';
import { PageAnnotator, type Found } from '../../dom/page-annotator';
import { watchPage, type PageWatcher } from '../../dom/observer';
import { isHiddenInBrowser } from '../../dom/text';
import { runSteps, yieldToPage } from '../../dom/scheduler';
import { MARK_TAG, markIndex } from '../../dom/highlighter';
import { Tooltip } from '../../components/Tooltip';
import { TOOLTIP_CSS } from '../../components/tooltip-styles';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

/** Flags belong to the page, not to an in-page anchor. */
const pageUrl = () => location.href.split('#')[0]!;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's extra window.postMessage on start costs the page a message event (and us a long
  // first task); its custom event already stops an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const life = new AbortController();
    ctx.onInvalidated(() => life.abort());
    // Chrome leaves an orphaned script running when the extension reloads; WXT only notices
    // when something asks ctx.isValid, which ctx.setInterval does on every tick.
    ctx.setInterval(() => undefined, 2000);
    startPage(ctx, life.signal);
  },
});

type Mode = 'starting' | 'paused' | 'site-off' | 'on';

function startPage(ctx: ContentScriptContext, signal: AbortSignal) {
  let mode: Mode = 'starting';
  let annotator: PageAnnotator | null = null;
  let session: AbortController | null = null;
  let watcher: PageWatcher | null = null;
  let refreshing: Promise<void> | null = null;
  const tooltip = createTooltip(ctx, signal, {
    get: (index) => annotator?.found.get(index) ?? null,
    marks: (index) => annotator?.marks(index) ?? [],
    flag: (index, note) => setFlag(index, true, note),
    unflag: (index) => setFlag(index, false, ''),
    dismiss: (index) => annotator?.dismiss(index),
  });

  const isOurs = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`${MARK_TAG}, claimlens-tooltip, claimlens-descriptions`);
  };

  function stop() {
    session?.abort();
    session = null;
    watcher = null;
    tooltip.close(false);
    annotator?.destroy();
    annotator = null;
  }

  async function start() {
    const settings = await sendToBackground('settings/get');
    if (signal.aborted) return;
    if (settings.paused || settings.disabledSites.includes(location.hostname)) {
      stop();
      mode = settings.paused ? 'paused' : 'site-off';
      return;
    }
    const [records, flags] = await Promise.all([
      sendToBackground('claims/list'),
      sendToBackground('flags/list', { url: pageUrl() }),
    ]);
    if (signal.aborted) return;
    // Building the matcher takes several slices' worth of work: done in slices between the
    // page's own tasks, and the first scan slice gets a task of its own.
    // The engine's modules build their tables when first imported: not in the script's first task.
    await yieldToPage();
    const [{ engineSteps }, verdict] = await Promise.all([import('../../core/engine'), import('../../core/verdict')]);
    formatFigure = verdict.formatFigure;
    const engine = await runSteps(engineSteps(records), { signal });
    if (!engine || signal.aborted) return;
    await yieldToPage();
    if (signal.aborted) return;
    stop();
    mode = 'on';
    session = new AbortController();
    const sessionSignal = AbortSignal.any([signal, session.signal]);
    const root = document.body ?? document.documentElement;
    const a = new PageAnnotator({
      doc: document,
      root,
      engine,
      signal: sessionSignal,
      isHidden: isHiddenInBrowser,
      onUpdate: () => tooltip.refresh(),
    });
    annotator = a;
    watcher = watchPage({
      root,
      signal: sessionSignal,
      isOurs,
      onChanged: (blocks) => {
        // During the first scan the walk picks up new content itself.
        if (a.state === 'done') a.rescan(blocks);
        else blocks.forEach((b) => watcher?.queue(b));
      },
    });
    const w = watcher;
    a.setWrite((fn) => w.ours(fn));
    a.setFlags(flags.map(toStored));
    await a.scanAll();
  }

  /** One refresh at a time; a request during one runs again after it. */
  function refresh(): Promise<void> {
    const next = (refreshing ?? Promise.resolve()).then(start).catch(() => {
      // Background unreachable (extension reloading): leave the page alone.
      if (mode === 'starting') mode = 'paused';
    });
    refreshing = next;
    return next;
  }

  async function setFlag(index: number, on: boolean, note: string): Promise<boolean> {
    const f = annotator?.found.get(index);
    if (!f || !annotator) return false;
    if (on) {
      if (f.flagId) return true;
      const flag = await sendToBackground('flags/add', {
        url: pageUrl(),
        site: location.hostname,
        title: document.title,
        selector: f.selector,
        sentence: f.annotation.sentence,
        figure: f.annotation.figure,
        verdict: f.annotation.verdict,
        claimId: f.annotation.claimId,
        topics: f.annotation.topics,
        attribution: f.annotation.attribution,
        note,
      });
      annotator.markFlag(index, toStored(flag));
    } else if (f.flagId) {
      await sendToBackground('flags/remove', { id: f.flagId });
      annotator.markFlag(index, null);
    }
    return true;
  }

  function summary(): PageSummary {
    const base = { url: location.href, title: document.title };
    const counts = { agrees: 0, differs: 0, new: 0 };
    if (mode === 'paused' || mode === 'site-off') return { ...base, state: mode, counts, items: [] };
    const items = (annotator?.items() ?? []).map((f) => {
      counts[f.annotation.verdict]++;
      return {
        index: f.index,
        quote: f.quote,
        verdict: f.annotation.verdict,
        claimId: f.annotation.claimId,
        line: oneLine(f),
        flagged: !!f.flagId,
        figure: f.annotation.figure,
        selector: f.selector,
      };
    });
    const state = mode === 'on' && annotator?.state === 'done' ? 'done' : 'scanning';
    return { ...base, state, counts, items };
  }

  handleTabMessages(
    {
      'page/summary': () => summary(),
      'page/focus': ({ index }) => {
        const first = annotator?.marks(index)[0];
        if (!first?.isConnected) return false;
        first.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        first.focus({ preventScroll: true });
        tooltip.open(index);
        return true;
      },
      'page/flag': ({ index, note, flagged }) => setFlag(index, flagged, note),
      'page/refresh': () => refresh(),
    },
    signal,
  );

  // SPA navigation: the URL changed under us; flags are per URL, so start over.
  let lastUrl = pageUrl();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (pageUrl() === lastUrl) return;
    lastUrl = pageUrl();
    void refresh();
  });

  signal.addEventListener('abort', stop, { once: true });
  // The first request waits a task: the script's own first task is long enough (compiling it).
  refreshing = yieldToPage();
  void refresh();
}

function toStored(flag: Flag) {
  return { id: flag.id, selector: flag.selector };
}

/** Loaded with the engine, before anything is found. */
let formatFigure: (f: Figure) => string;

/** The popup's line: the page's figure beside the database's, each with who gave it. */
function oneLine(f: Found): string {
  const { figure, explanation } = f.annotation;
  const stated = new Set(
    explanation.comparisons.flatMap(({ statement: s }) =>
      s.figure ? [`${formatFigure(s.figure)}${s.attribution ? ` (${s.attribution})` : ''}`] : [],
    ),
  );
  if (figure && stated.size) return `Page: ${formatFigure(figure)} · Database: ${[...stated].join('; ')}`;
  return explanation.summary;
}

interface TooltipUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  box: HTMLElement;
}

/** The tooltip's own element: <claimlens-tooltip> with an open shadow root, made on first use. */
function createTooltipUi(): TooltipUi {
  const host = document.createElement('claimlens-tooltip');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}${TOOLTIP_CSS}`;
  const box = document.createElement('div');
  shadow.append(style, box);
  // Typing a note must not trigger the page's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, box };
}

interface TooltipHost {
  get(index: number): Found | null;
  marks(index: number): HTMLElement[];
  flag(index: number, note: string): Promise<boolean>;
  unflag(index: number): Promise<boolean>;
  dismiss(index: number): void;
}

/** The tooltip: opened by hover (after a delay) or keyboard focus on a highlight. */
function createTooltip(ctx: ContentScriptContext, signal: AbortSignal, host: TooltipHost) {
  let ui: TooltipUi | null = null;
  let openIndex: number | null = null;
  let hoverTimer: number | undefined;
  let insideTip = false;
  /** Focus we give back on close must not open the tooltip again. */
  let returning = false;
  let frame = 0;

  /** The whole highlight: from its first line's top to its last line's bottom. */
  function anchorRect(index: number) {
    const rects = host.marks(index).flatMap((m) => [...m.getClientRects()]);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return undefined;
    return { top: first.top, left: first.left, bottom: last.bottom, right: Math.max(first.right, last.right) };
  }

  function draw() {
    if (openIndex === null || !ui?.host.isConnected) return;
    const index = openIndex;
    const f = host.get(index);
    if (!f || !host.marks(index)[0]?.isConnected) {
      close(false);
      return;
    }
    const a = f.annotation;
    render(
      h(Tooltip, {
        key: index,
        verdict: a.verdict,
        quote: f.quote,
        figure: a.figure,
        attribution: a.attribution,
        explanation: a.explanation,
        flagged: !!f.flagId,
        anchor: anchorRect(index),
        onFlag: async (note: string) => {
          await host.flag(index, note);
        },
        onUnflag: async () => {
          await host.unflag(index);
        },
        onDismiss: () => {
          close(false);
          host.dismiss(index);
        },
        onClose: () => close(true),
        onHover: (inside: boolean) => {
          insideTip = inside;
          if (inside) clearTimeout(hoverTimer);
          else scheduleClose();
        },
      }),
      ui.box,
    );
  }

  function open(index: number) {
    clearTimeout(hoverTimer);
    if (signal.aborted || !host.get(index)) return;
    ui ??= createTooltipUi();
    // Outside <body>: the page's text and its observers never see the tooltip.
    if (!ui.host.isConnected) document.documentElement.append(ui.host);
    const changed = openIndex !== index;
    openIndex = index;
    if (changed) render(null, ui.box);
    draw();
  }

  function close(returnFocus: boolean) {
    clearTimeout(hoverTimer);
    if (openIndex === null) return;
    const index = openIndex;
    openIndex = null;
    insideTip = false;
    if (ui) render(null, ui.box);
    ui?.host.remove();
    if (returnFocus) {
      returning = true;
      host.marks(index)[0]?.focus({ preventScroll: true });
      returning = false;
    }
  }

  function scheduleClose() {
    clearTimeout(hoverTimer);
    hoverTimer = ctx.setTimeout(() => {
      if (!insideTip && openIndex !== null && document.activeElement?.closest?.(MARK_TAG) == null) close(false);
    }, HOVER_CLOSE_MS);
  }

  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(MARK_TAG) : null);

  ctx.addEventListener(document, 'mouseover', (e) => {
    if (!ctx.isValid) return;
    const index = markIndex(markOf(e.target));
    if (index === null) return;
    clearTimeout(hoverTimer);
    if (index === openIndex) return;
    hoverTimer = ctx.setTimeout(() => void open(index), HOVER_OPEN_MS);
  });
  ctx.addEventListener(document, 'mouseout', (e) => {
    if (!markOf(e.target)) return;
    if (markOf(e.relatedTarget) && markIndex(markOf(e.relatedTarget)) === openIndex) return;
    if (openIndex === null) clearTimeout(hoverTimer);
    else scheduleClose();
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    const index = markIndex(markOf(e.target));
    if (index !== null) {
      if (!returning) void open(index);
    }
    else if (openIndex !== null && e.target !== ui?.host) close(false);
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (openIndex === null) return;
    const onMark = markIndex(markOf(e.target)) === openIndex;
    if (e.key === 'Escape') {
      e.preventDefault();
      close(onMark || document.activeElement === ui?.host);
    } else if (onMark && ((e.key === 'Tab' && !e.shiftKey) || e.key === 'Enter')) {
      // The tooltip sits outside the page's tab order: step into it from its highlight.
      const first = ui?.shadow.querySelector<HTMLElement>('button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  const follow = () => {
    if (openIndex === null || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  signal.addEventListener('abort', () => close(false), { once: true });

  return { open, close, refresh: draw };
}
