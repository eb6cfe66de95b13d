// Where a popup box goes next to an anchor rectangle: below if it fits, else above, else the
// side with more room; always clamped inside the viewport.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const GAP = 6;
export const MARGIN = 8;

export function placeNear(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below + size.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = viewport.height - anchor.bottom > anchor.top ? below : above;
  const maxTop = viewport.height - MARGIN - size.height;
  top = Math.max(MARGIN, Math.min(top, maxTop));
  const maxLeft = viewport.width - MARGIN - size.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top: Math.round(top), left: Math.round(left) };
}
