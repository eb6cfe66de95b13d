// Page text walking: groups the text nodes of each block-level element into one block so a
// sentence that spans <a>, <em> or <strong> is read as one string. Only plain DOM node APIs
// (childNodes, nodeType, localName), so the same code runs on linkedom in Node.

export interface TextNodeSpan {
  node: Text;
  /** Offset of this node's first character in the block text. */
  start: number;
}

export interface TextBlock {
  /** Concatenated `data` of the text nodes, unchanged (offsets are exact). */
  text: string;
  nodes: TextNodeSpan[];
  /** Nearest block-level element that holds the text. */
  element: Element;
}

export interface CollectOptions {
  /** Browser only: true when the element is not rendered (its subtree is skipped). */
  isHidden?: (el: Element) => boolean;
  /** Extra subtrees to skip. */
  skip?: (el: Element) => boolean;
  /** Cap on text nodes per scan. */
  maxNodes?: number;
  /** Cap on characters of text per scan. */
  maxChars?: number;
}

export type BlockList = TextBlock[] & { truncated: boolean };

export const MAX_NODES = 20_000;
export const MAX_CHARS = 2_000_000;
/** Nodes a walk visits at most between two turns it gives its caller. */
const TURN_NODES = 200;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Never page prose, or not ours to touch.
const SKIP_TAGS = new Set([
  'audio', 'button', 'canvas', 'code', 'embed', 'iframe', 'input', 'kbd', 'math', 'noscript',
  'object', 'option', 'pre', 'samp', 'script', 'select', 'style', 'svg', 'template', 'textarea',
  'video',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function isSkippedElement(el: Element, name = el.localName, editable: (el: Element) => boolean = hasEditableAttribute): boolean {
  // Our marks are transparent (their text is page text); our other elements are UI.
  return SKIP_TAGS.has(name) || (name.startsWith('claimlens-') && name !== 'claimlens-mark') || editable(el);
}

function hasEditableAttribute(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Nearest block-level ancestor-or-self of a node (the element a block belongs to). */
export function blockElementOf(node: Node): Element | null {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur && cur.nodeType === 1) {
    if (isBlockElement(cur as Element)) return cur as Element;
    cur = cur.parentNode;
  }
  return cur && cur.nodeType === 1 ? (cur as Element) : null;
}

/** True when the node sits inside a subtree the walker never reads (input, code, our marks…). */
export function isInsideSkipped(node: Node, stopAt?: Node | null): boolean {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur && cur !== stopAt && cur.nodeType === 1) {
    if (isSkippedElement(cur as Element)) return true;
    cur = cur.parentNode;
  }
  return false;
}

/**
 * Walks `root` in document order and yields one block per run of inline text. A nested block
 * element or <br> ends the run, so a <div> with text around a <p> gives separate blocks.
 * Generator so the scheduler can stop between blocks; `state.truncated` is set when a cap hit.
 */
export function* walkBlocks(
  root: Element,
  opts: CollectOptions = {},
  state: { truncated: boolean; nodes: number; chars: number } = { truncated: false, nodes: 0, chars: 0 },
): Generator<TextBlock | null, void, void> {
  const maxNodes = opts.maxNodes ?? MAX_NODES;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const blockStack: Element[] = [blockElementOf(root) ?? root];
  let parts: string[] = [];
  let nodes: TextNodeSpan[] = [];
  let length = 0;
  let hasText = false;

  const flush = (): TextBlock | null => {
    const block =
      hasText && nodes.length
        ? { text: parts.join(''), nodes, element: blockStack[blockStack.length - 1]! }
        : null;
    parts = [];
    nodes = [];
    length = 0;
    hasText = false;
    return block;
  };

  // Editable subtrees, found once: reading an attribute of every element cost a sixth of the walk.
  const editable = new Set<Element>();
  for (const el of root.querySelectorAll?.('[contenteditable]') ?? []) {
    if (el.getAttribute('contenteditable')?.toLowerCase() !== 'false') editable.add(el);
  }
  const inEditable = (el: Element) => editable.has(el);
  const skipped = (el: Element, name: string): boolean =>
    isSkippedElement(el, name, inEditable) || !!opts.skip?.(el) || !!opts.isHidden?.(el);

  if ((isSkippedElement(root) || !!opts.skip?.(root) || !!opts.isHidden?.(root)) && root.localName !== 'body' && root.localName !== 'html') return;

  let node: Node | null = root.firstChild;
  // Nodes since the walk last gave its caller a turn: a run of empty wrappers yields no block,
  // so a null now and then lets a sliced caller check its clock (a 9 ms step on a large page).
  let sinceTurn = 0;
  while (node) {
    if (++sinceTurn >= TURN_NODES) {
      sinceTurn = 0;
      yield null;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length) {
        if (state.nodes + 1 > maxNodes || state.chars + data.length > maxChars) {
          // Drop the partial block: half a sentence would give a wrong reading.
          state.truncated = true;
          return;
        }
        state.nodes++;
        state.chars += data.length;
        nodes.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
        if (!hasText && /\S/.test(data)) hasText = true;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (!skipped(el, name)) {
        const block = BLOCK_TAGS.has(name);
        if (block || name === 'br') {
          const done = flush();
          if (done) yield done;
        }
        if (block) blockStack.push(el);
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
        if (block) {
          const done = flush();
          if (done) yield done;
          blockStack.pop();
        }
      }
    }
    // Climb until a next sibling exists, closing the block elements we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && isBlockElement(node as Element)) {
        const done = flush();
        if (done) yield done;
        blockStack.pop();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const last = flush();
  if (last) yield last;
}

/** All blocks under `root`, with `truncated` set when a hard cap stopped the scan. */
export function collectBlocks(root: Element, opts: CollectOptions = {}): BlockList {
  const state = { truncated: false, nodes: 0, chars: 0 };
  const list = [...walkBlocks(root, opts, state)].filter((b): b is TextBlock => b !== null) as BlockList;
  list.truncated = state.truncated;
  return list;
}

export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * Maps a block offset to a text node position. `affinity` 'forward' puts an offset that falls on
 * a node boundary at the start of the next node (range starts); 'backward' at the end of the
 * previous one (range ends), so a range never begins or ends in a neighbouring element.
 */
export function positionAt(block: TextBlock, offset: number, affinity: 'forward' | 'backward'): TextPosition {
  const { nodes } = block;
  let lo = 0;
  let hi = nodes.length - 1;
  // Last node whose start is < offset (backward) or <= offset (forward).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = nodes[mid]!.start;
    if (affinity === 'forward' ? s <= offset : s < offset) lo = mid;
    else hi = mid - 1;
  }
  let span = nodes[lo]!;
  // Forward: skip empty or fully consumed nodes so the start lands inside text.
  while (affinity === 'forward' && lo < nodes.length - 1 && offset >= span.start + span.node.data.length) {
    span = nodes[++lo]!;
  }
  const offsetInNode = Math.max(0, Math.min(offset - span.start, span.node.data.length));
  return { node: span.node, offset: offsetInNode };
}

/** [start, end) of a block as a pair of DOM positions. */
export function rangeFor(block: TextBlock, start: number, end: number): { start: TextPosition; end: TextPosition } {
  if (!(start >= 0 && end >= start && end <= block.text.length)) {
    throw new RangeError(`offsets ${start}..${end} outside block of ${block.text.length}`);
  }
  return { start: positionAt(block, start, 'forward'), end: positionAt(block, end, 'backward') };
}

/** Browser helper: a live DOM Range for [start, end) of a block. */
export function domRangeFor(block: TextBlock, start: number, end: number): Range {
  const { start: a, end: b } = rangeFor(block, start, end);
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * Browser only: the element is not rendered (display:none, visibility:hidden, closed
 * <details>…). display:contents has no box of its own but its children show.
 */
export function isHiddenInBrowser(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (!check) return false;
  if (check.call(el, { visibilityProperty: true })) return false;
  return getComputedStyle(el).display !== 'contents';
}

/** True if the block's text nodes are still attached and unchanged. */
export function isBlockIntact(block: TextBlock): boolean {
  let pos = 0;
  for (const { node, start } of block.nodes) {
    if (start !== pos || !node.isConnected) return false;
    pos += node.data.length;
  }
  return pos === block.text.length;
}
