// Wraps block ranges in <claimlens-mark> elements and puts the page back exactly on destroy().
// Painting only: finding the ranges is the engine's and the anchoring module's job.
import type { Verdict } from '../core/types';
import type { TextBlock } from './text';

export const MARK_TAG = 'claimlens-mark';

export const VERDICT_DESCRIPTION: Record<Verdict, string> = {
  agrees: 'ClaimLens: agrees with the database',
  differs: 'ClaimLens: differs from the database',
  new: 'ClaimLens: not in the database yet',
};

const DESC_HOST = 'claimlens-descriptions';
const descId = (v: Verdict) => `claimlens-desc-${v}`;

export interface HighlightSpec {
  /** Key of the annotation; every piece carries it as data-cl-index. */
  index: number;
  start: number;
  end: number;
  verdict: Verdict;
  claimId?: string;
  flagged?: boolean;
}

interface Split {
  /** The original node, which keeps the head of the text. */
  head: Text;
  tail: Text;
}

export class Highlighter {
  private readonly doc: Document;
  private readonly byIndex = new Map<number, HTMLElement[]>();
  /** Text nodes we split, in order, so destroy() can join exactly those again. */
  private splits: Split[] = [];
  private descriptions: HTMLElement | null = null;

  constructor(doc: Document) {
    this.doc = doc;
  }

  /**
   * Wraps [start, end) of a block. Splits text nodes at the range ends and updates
   * `block.nodes` so later ranges on the same block still map. Returns the pieces; the first
   * one is the focus target. Whitespace-only pieces stay unwrapped.
   */
  highlight(block: TextBlock, spec: HighlightSpec): HTMLElement[] {
    if (spec.end <= spec.start || this.byIndex.has(spec.index)) return this.byIndex.get(spec.index) ?? [];
    this.ensureDescriptions();
    const first = this.splitAt(block, spec.start);
    const last = this.splitAt(block, spec.end);
    const marks: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const { node } = block.nodes[i]!;
      if (!/\S/.test(node.data) || !node.parentNode) continue;
      const mark = this.doc.createElement(MARK_TAG);
      // Attributes are set before the mark joins the page: on a page with large style sheets,
      // each one set on a connected element costs a style-invalidation check.
      this.decorate(mark, spec, marks.length);
      node.parentNode.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push(mark);
    }
    if (marks.length) this.byIndex.set(spec.index, marks);
    return marks;
  }

  /** Several ranges of one block; overlapping ones after the first are skipped. */
  highlightBlock(block: TextBlock, specs: HighlightSpec[]): HighlightSpec[] {
    const done: HighlightSpec[] = [];
    let reach = -1;
    for (const spec of [...specs].sort((a, b) => a.start - b.start)) {
      if (spec.start < reach) continue;
      if (this.highlight(block, spec).length) {
        done.push(spec);
        reach = spec.end;
      }
    }
    return done;
  }

  marks(index: number): HTMLElement[] {
    return this.byIndex.get(index) ?? [];
  }

  indexes(): number[] {
    return [...this.byIndex.keys()];
  }

  setFlagged(index: number, flagged: boolean): void {
    for (const mark of this.marks(index)) {
      if (flagged) mark.setAttribute('data-flagged', '');
      else mark.removeAttribute('data-flagged');
    }
  }

  /** Unwraps one highlight (dismiss, or before re-annotating a changed block). */
  remove(index: number): void {
    for (const mark of this.marks(index)) unwrap(mark);
    this.byIndex.delete(index);
  }

  /** Unwraps every highlight, joins the text nodes we split; the page is as it was. */
  destroy(): void {
    for (const index of [...this.byIndex.keys()]) this.remove(index);
    this.rejoin();
    this.descriptions?.remove();
    this.descriptions = null;
  }

  /** Joins split text nodes whose halves are neighbours again (no mark left between them). */
  rejoin(): void {
    const keep: Split[] = [];
    // Latest split first: a tail that was split again is whole before it joins its head.
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const s = this.splits[i]!;
      if (s.head.nextSibling === s.tail && s.tail.parentNode) {
        s.head.appendData(s.tail.data);
        s.tail.remove();
      } else if (s.tail.parentNode && s.head.parentNode) {
        keep.push(s);
      }
    }
    this.splits = keep.reverse();
  }

  /** Index in block.nodes of the node that starts at `offset`, splitting a node if needed. */
  private splitAt(block: TextBlock, offset: number): number {
    const nodes = block.nodes;
    let lo = 0;
    let hi = nodes.length;
    // First node whose end is beyond offset.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const n = nodes[mid]!;
      if (n.start + n.node.data.length <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= nodes.length) return nodes.length;
    const span = nodes[lo]!;
    const at = offset - span.start;
    if (at <= 0) return lo;
    const tail = span.node.splitText(at);
    this.splits.push({ head: span.node, tail });
    nodes.splice(lo + 1, 0, { node: tail, start: offset });
    return lo + 1;
  }

  private decorate(mark: HTMLElement, spec: HighlightSpec, piece: number): void {
    mark.setAttribute('data-verdict', spec.verdict);
    if (spec.claimId) mark.setAttribute('data-claim-id', spec.claimId);
    if (spec.flagged) mark.setAttribute('data-flagged', '');
    mark.setAttribute('data-cl-index', String(spec.index));
    mark.setAttribute('data-cl-piece', String(piece));
    // One tab stop per highlight: the first piece; the others still take focus on click.
    mark.setAttribute('tabindex', piece === 0 ? '0' : '-1');
    mark.setAttribute('role', 'mark');
    mark.setAttribute('aria-describedby', descId(spec.verdict));
  }

  /**
   * Hidden description elements for aria-describedby. They hang off <html>, not <body>, so the
   * body's text and any observer on it never see them.
   */
  private ensureDescriptions(): void {
    if (this.descriptions?.isConnected) return;
    const existing = this.doc.querySelector<HTMLElement>(DESC_HOST);
    if (existing) {
      this.descriptions = existing;
      return;
    }
    const host = this.doc.createElement(DESC_HOST);
    host.hidden = true;
    host.setAttribute('style', 'display:none !important');
    for (const v of Object.keys(VERDICT_DESCRIPTION) as Verdict[]) {
      const span = this.doc.createElement('span');
      span.id = descId(v);
      span.textContent = VERDICT_DESCRIPTION[v];
      host.appendChild(span);
    }
    this.doc.documentElement.appendChild(host);
    this.descriptions = host;
  }
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

/** The highlight index of a mark, or null for anything else. */
export function markIndex(el: Element | null): number | null {
  const mark = el?.closest?.(MARK_TAG);
  const raw = mark?.getAttribute('data-cl-index');
  return raw == null ? null : Number(raw);
}
