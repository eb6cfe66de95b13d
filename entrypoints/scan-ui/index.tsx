// The in-page tooltip, loaded by the first stage (entrypoints/scan) on the first hover, focus or
// click on a highlight, so pages without claims never compile Preact or the tooltip.
import { defineUnlistedScript } from '#imports';
import { h, render } from 'preact';
import { Tooltip } from '../../components/Tooltip';
import { TOOLTIP_CSS } from '../../components/tooltip-styles';
import { MARK_TAG, markIndex } from '../../dom/highlighter';
import { GAP, MARGIN, union, type Placement } from '../../components/placement';
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
  /** Opened by a resting pointer: then the page must not scroll under it. */
  let byHover = false;
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
        flagNote: host.note(index),
        anchor: anchorRects(index),
        pinned,
        onPlaced: (p: Placement, natural: number) => makeRoom(index, p, natural),
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

  /**
   * A tooltip opened by focus, click or key that fits nowhere whole: scroll the page the least
   * that gives it room above or below its claim (a claim taller than the window then shows
   * only its first or last lines). Never for a hover: the text must not move under the pointer.
   */
  function makeRoom(index: number, p: Placement, natural: number) {
    if (p.fits || byHover || openIndex !== index) return;
    const rects = anchorRects(index);
    if (!rects?.length) return;
    const a = union(rects);
    const vh = window.innerHeight;
    const line = Math.max(12, Math.min(...rects.map((r) => r.bottom - r.top)));
    // Room wanted: all of it, or as much as the window gives beside one line of the claim.
    const want = Math.min(natural, vh - 2 * MARGIN - GAP - line);
    const scroller = document.scrollingElement ?? document.documentElement;
    const maxDown = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
    const maxUp = scroller.scrollTop;
    const options = [
      a.bottom + GAP + want - (vh - MARGIN), // tooltip below: scroll down (positive)
      a.top - GAP - want - MARGIN, // tooltip above: scroll up (negative)
    ]
      .map((dy) => ({ dy, reach: dy > 0 ? Math.min(dy, maxDown) : Math.max(dy, -maxUp) }))
      .filter((o) => (o.dy > 0 ? p.side !== 'above' || o.dy <= maxDown : o.dy < 0))
      // Prefer what can be done in full, then the smaller move.
      .sort((x, y) => Number(x.reach !== x.dy) - Number(y.reach !== y.dy) || Math.abs(x.dy) - Math.abs(y.dy));
    const dy = options[0]?.reach ?? 0;
    if (Math.abs(dy) >= 4) window.scrollBy({ top: Math.round(dy), behavior: 'instant' as ScrollBehavior });
  }

  function open(index: number, pin = false, hover = false) {
    clearTimeout(hoverTimer);
    rest = null;
    byHover = hover && !pin;
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
      if (rest?.index !== index) return;
      // Hover replaces only a tooltip that hover opened and that the reader is not using.
      const busy = pinned || !byHover || document.activeElement === ui?.host;
      if (openIndex === null || (openIndex !== index && !busy)) open(index, false, true);
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
    // A click inside the tooltip (it lands on its host) keeps it open; elsewhere, closes it.
    if (openIndex === null) return;
    if (e.target === ui?.host) pinned = true;
    else close(false);
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
