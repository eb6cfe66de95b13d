// Where on a topical page to read. Paragraph-like elements are found natively and each one's
// own text is tested with the gate; the containers of those that pass (an article body, a
// list) are what the scan walks, so their neighbouring paragraphs come along as context while
// menus, comments and script blobs elsewhere are never visited.
import { isTopical } from './gate';
import { runSliced, type SliceOptions } from './scheduler';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, th';
const MAX_BLOCKS = 20_000;
const MAX_REGIONS = 60;
/** A container smaller than this is read with the one around it: a lone paragraph wrapper. */
const MIN_REGION_CHARS = 600;

/** In time slices: a page of 20,000 paragraphs must not hold the main thread. */
export async function topicalRegions(root: Element, opts: SliceOptions = {}): Promise<Element[]> {
  const hits: Element[] = [];
  const blocks = [...root.querySelectorAll(BLOCKS)].slice(0, MAX_BLOCKS);
  const done = await runSliced(blocks, (el) => {
    if (isTopical(el.textContent ?? '')) hits.push(el);
  }, opts);
  if (!done.done) return [];
  // Topic words outside any paragraph-like element (text in bare <div>s): read the whole root.
  if (!hits.length) return isTopical(root.textContent ?? '') ? [root] : [];
  const regions = new Set<Element>();
  for (const hit of hits) {
    let region = hit.parentElement ?? hit;
    while (region !== root && region.parentElement && (region.textContent ?? '').length < MIN_REGION_CHARS) {
      region = region.parentElement;
    }
    regions.add(region);
    if (regions.size >= MAX_REGIONS) break;
  }
  // Outermost only: a region inside another is walked with it.
  const list = [...regions];
  return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
}
