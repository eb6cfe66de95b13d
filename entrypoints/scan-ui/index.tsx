// The in-page tooltip, loaded by the first stage (entrypoints/scan) on the first hover, focus or
// click on a highlight, so pages without claims never compile Preact or the tooltip.
import { defineUnlistedScript } from '#imports';
import { h, render } from 'preact';
import { Tooltip } from '../../components/Tooltip';
import { TOOLTIP_CSS } from '../../components/tooltip-styles';
import { MARK_TAG, markIndex } from '../../dom/highlighter';
import type { TooltipApi, TooltipHost } from './api';

/** The pointer must rest this long on a highlight, moving less than REST_PX, to open it. */
const HOVER_REST_MS = 400;
const REST_PX = 6;
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

/**
 * The tooltip: opened by keyboard focus, by a click (which pins it open), or by the pointer
 * resting on a highlight; a pointer that merely passes over the text, or text scrolling under
 * a still pointer, opens nothing.
 */
function createTooltip(host: TooltipHost): TooltipApi {
  const signal = host.signal;
  let ui: TooltipUi | null = null;
  let openIndex: number | null = null;
  let pinned = false;
  let hoverTimer: number | undefined;
  /** Where the pointer started resting, and on which highlight. */
  let rest: { x: number; y: number; index: number } | null = null;
  let insideTip = false;
  /** Focus we give back on close must not open the tooltip again. */
  let returning = false;
  let frame = 0;

  /** Every line box of the highlight: the tooltip is placed to cover none of them. */
  function anchorRects(index: number) {
    const rects = host.marks(index).flatMap((m) => [...m.getClientRects()]).filter((r) => r.width > 0 || r.height > 0);
    if (!rects.length) return undefined;
    return rects.map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }));
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
        anchor: anchorRects(index),
        pinned,
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

  function open(index: number, pin = false) {
    clearTimeout(hoverTimer);
    rest = null;
    if (signal.aborted || !host.get(index)) return;
    if (openIndex !== index) pinned = false;
    pinned ||= pin;
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
    pinned = false;
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
      if (!pinned && !insideTip && openIndex !== null && document.activeElement?.closest?.(MARK_TAG) == null) close(false);
    }, HOVER_CLOSE_MS);
  }

  const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(MARK_TAG) : null);

  const on = (target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = {}) =>
    target.addEventListener(type, fn, { ...opts, signal });

  /** (Re)starts the rest timer at the pointer's position over highlight `index`. */
  function restAt(x: number, y: number, index: number) {
    clearTimeout(hoverTimer);
    rest = { x, y, index };
    hoverTimer = window.setTimeout(() => {
      if (rest?.index === index && !(pinned && openIndex !== index)) open(index);
    }, HOVER_REST_MS);
  }

  function onOver(ev: Event) {
    const e = ev as MouseEvent;
    const index = markIndex(markOf(e.target));
    if (index === null) return;
    if (index === openIndex) {
      clearTimeout(hoverTimer);
      return;
    }
    restAt(e.clientX, e.clientY, index);
  }
  on(document, 'mouseover', onOver);
  on(document, 'mousemove', (ev) => {
    const e = ev as MouseEvent;
    if (!rest) return;
    // Moving on along the text restarts the wait: only a resting pointer opens.
    if (Math.hypot(e.clientX - rest.x, e.clientY - rest.y) > REST_PX) {
      const index = markIndex(markOf(e.target));
      if (index === null || index === openIndex) {
        clearTimeout(hoverTimer);
        rest = null;
      } else restAt(e.clientX, e.clientY, index);
    }
  }, { passive: true });
  on(document, 'mouseout', (ev) => {
    const e = ev as MouseEvent;
    if (!markOf(e.target)) return;
    if (markOf(e.relatedTarget) && markIndex(markOf(e.relatedTarget)) === markIndex(markOf(e.target))) return;
    if (rest && markIndex(markOf(e.relatedTarget)) !== rest.index) {
      clearTimeout(hoverTimer);
      rest = null;
    }
    if (openIndex !== null && !pinned && markIndex(markOf(e.relatedTarget)) !== openIndex) scheduleClose();
  });
  // A click on a highlight opens its tooltip at once and keeps it open; a second click closes it.
  on(document, 'click', (ev) => {
    const e = ev as MouseEvent;
    const index = markIndex(markOf(e.target));
    if (index !== null) {
      if (index === openIndex && pinned) close(false);
      else open(index, true);
      return;
    }
    // A click elsewhere on the page closes a pinned tooltip (clicks inside it land on its host).
    if (openIndex !== null && e.target !== ui?.host) close(false);
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
      if (e.key === 'Enter' && !pinned) {
        pinned = true;
        draw();
      }
      const first = ui?.shadow.querySelector<HTMLElement>('summary, .foot button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  const follow = () => {
    // Text scrolling under a still pointer is not the reader resting on it.
    if (rest) {
      clearTimeout(hoverTimer);
      rest = null;
    }
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
        if (index !== null) open(index, true);
      }
    },
    destroy() {
      close(false);
    },
  };
}
