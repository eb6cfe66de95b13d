// Where a popup box goes next to its claim so that it never covers it: below if it fits, else
// above, else beside (right, then left); when it fits nowhere whole, the roomiest side, with
// the box's height capped to that room (its body then scrolls). Always inside the viewport.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  top: number;
  left: number;
  /** Height the box may take here; less than its natural height when it does not fit whole. */
  maxHeight: number;
  side: Side;
  /** Whether the box fits here at its natural height. */
  fits: boolean;
}

export const GAP = 6;
export const MARGIN = 8;

/** The smallest box containing all rectangles (the lines of a claim). */
export function union(rects: Box | Box[]): Box {
  const list = Array.isArray(rects) ? rects : [rects];
  return {
    top: Math.min(...list.map((r) => r.top)),
    left: Math.min(...list.map((r) => r.left)),
    bottom: Math.max(...list.map((r) => r.bottom)),
    right: Math.max(...list.map((r) => r.right)),
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

export function placeTooltip(
  anchor: Box | Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const lines = Array.isArray(anchor) ? anchor : [anchor];
  const a = union(lines);
  const first = lines[0] ?? a;
  const vw = viewport.width;
  const vh = viewport.height;
  const room: Record<Side, number> = {
    below: vh - MARGIN - (a.bottom + GAP),
    above: a.top - GAP - MARGIN,
    right: vw - MARGIN - (a.right + GAP),
    left: a.left - GAP - MARGIN,
  };
  const fullHeight = vh - 2 * MARGIN;
  const sideFits = (s: 'right' | 'left') => room[s] >= size.width;
  // Room for the box's height on each side.
  const height: Record<Side, number> = {
    below: room.below,
    above: room.above,
    right: sideFits('right') ? fullHeight : -1,
    left: sideFits('left') ? fullHeight : -1,
  };
  const order: Side[] = ['below', 'above', 'right', 'left'];
  let side = order.find((s) => height[s] >= size.height);
  const fits = side !== undefined;
  side ??= order.reduce((best, s) => (height[s] > height[best] ? s : best), 'below' as Side);
  const maxHeight = Math.max(0, Math.floor(Math.min(size.height, height[side])));
  const h = Math.min(size.height, maxHeight);
  let top: number;
  let left: number;
  if (side === 'below' || side === 'above') {
    top = side === 'below' ? a.bottom + GAP : a.top - GAP - h;
    // Start under the claim's first word, kept inside the window.
    left = clamp(first.left, MARGIN, vw - MARGIN - size.width);
  } else {
    left = side === 'right' ? a.right + GAP : a.left - GAP - size.width;
    top = clamp(a.top, MARGIN, vh - MARGIN - h);
  }
  left = Math.max(MARGIN, left);
  return { top: Math.round(top), left: Math.round(left), maxHeight, side, fits };
}

/** Top-left corner only (older callers). */
export function placeNear(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const { top, left } = placeTooltip(anchor, size, viewport);
  return { top, left };
}
