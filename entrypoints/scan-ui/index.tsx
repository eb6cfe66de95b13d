// The in-page tooltip, loaded by the first stage (entrypoints/scan) on the first hover, focus or
// click on a highlight, so pages without claims never compile Preact or the tooltip.
import { defineUnlistedScript } from '#imports';
import { h, render } from 'preact';
import { Tooltip } from '../../components/Tooltip';
import { TOOLTIP_CSS } from '../../components/tooltip-styles';
import { MARK_TAG, markIndex } from '../../dom/highlighter';
import type { TooltipApi, TooltipHost } from './api';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>).__claimlensUi = createTooltip;
});

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

/** The tooltip: opened by hover (after a delay) or keyboard focus on a highlight. */
function createTooltip(host: TooltipHost): TooltipApi {
  const signal = host.signal;
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
    hoverTimer = window.setTimeout(() => {
      if (!insideTip && openIndex !== null && document.activeElement?.closest?.(MARK_TAG) == null) close(false);
    }, HOVER_CLOSE_MS);
  }

  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(MARK_TAG) : null);

  const on = (target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = {}) =>
    target.addEventListener(type, fn, { ...opts, signal });

  function onOver(e: Event) {
    const index = markIndex(markOf(e.target));
    if (index === null) return;
    clearTimeout(hoverTimer);
    if (index === openIndex) return;
    hoverTimer = window.setTimeout(() => void open(index), HOVER_OPEN_MS);
  }
  on(document, 'mouseover', onOver);
  on(document, 'mouseout', (ev) => {
    const e = ev as MouseEvent;
    if (!markOf(e.target)) return;
    if (markOf(e.relatedTarget) && markIndex(markOf(e.relatedTarget)) === openIndex) return;
    if (openIndex === null) clearTimeout(hoverTimer);
    else scheduleClose();
  });
  function onFocus(e: Event) {
    const index = markIndex(markOf(e.target));
    if (index !== null) {
      if (!returning) void open(index);
    }
    else if (openIndex !== null && e.target !== ui?.host) close(false);
  }
  on(document, 'focusin', onFocus);
  on(document, 'keydown', (ev) => {
    const e = ev as KeyboardEvent;
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
  on(window, 'scroll', follow, { capture: true, passive: true });
  on(window, 'resize', follow, { passive: true });
  signal.addEventListener('abort', () => close(false), { once: true });

  return {
    open,
    close,
    refresh: draw,
    replay(e: Event) {
      if (e.type === 'mouseover') onOver(e);
      else if (e.type === 'focusin') onFocus(e);
      else if (e.type === 'click') {
        const index = markIndex(markOf(e.target));
        if (index !== null) open(index);
      }
    },
    destroy() {
      close(false);
    },
  };
}
