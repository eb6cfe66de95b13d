// One page's annotations: walks blocks in time slices, sends the text of the topical part to
// whoever reads it (the background's engine, or the batch tool's), paints what comes back,
// re-reads changed blocks, and keeps flags anchored. No browser APIs beyond the DOM.
import type { Annotation, Verdict } from '../core/types';
import { collectBlocks, isBlockIntact, walkBlocks, type CollectOptions, type TextBlock } from './text';
import { Highlighter, MARK_TAG, type HighlightSpec } from './highlighter';
import { freshTask, runSliced } from './scheduler';
import { anchorQuote, overlaps, selectorFor, type QuoteSelector } from './anchor';
import { isTopical } from './gate';

/** What the reader of a page gets: the text of each block, whether it is a heading or context. */
export interface BlockText {
  text: string;
  heading?: boolean;
  context?: boolean;
}

/** An annotation with the popup's one-line summary. */
export type PageAnnotation = Annotation & { line?: string };

/** Reads blocks (index-aligned answer); may reject when the reader is unreachable. */
export type ReadBlocks = (blocks: BlockText[]) => Promise<PageAnnotation[][]>;

export interface Found {
  index: number;
  block: TextBlock;
  annotation: PageAnnotation;
  /** The highlighted text, as on the page. */
  quote: string;
  selector: QuoteSelector;
  /** Id of the reader's flag on this claim, when flagged. */
  flagId?: string;
}

export interface StoredFlag {
  id: string;
  selector: QuoteSelector;
}

export interface AnnotatorOptions {
  doc: Document;
  root: Element;
  read: ReadBlocks;
  signal: AbortSignal;
  isHidden?: CollectOptions['isHidden'];
  /** Wraps our DOM writes (the page watcher uses it to ignore them). */
  write?: <T>(fn: () => T) => T;
  /** Something visible changed: state, highlights or flags. */
  onUpdate?: () => void;
}

// Dismissal goes by the quote alone: a ticking counter next to it must not bring it back.
const keyOf = (s: QuoteSelector) => s.exact.replace(/\s+/g, ' ').trim();
/** Blocks around a topical one that are read with it: a paragraph may take its subject from them. */
const NEIGHBOURS = 6;
/** Characters sent in one request at most: the rest of a huge page is not article text. */
const MAX_SEND = 300_000;
/** A container with less text than this is read with the one around it: a lone paragraph's wrapper. */
const MIN_REGION_CHARS = 600;
const HEADING = /^h[1-6]$/;

const isHeading = (b: TextBlock) => HEADING.test(b.element.localName);

export class PageAnnotator {
  state: 'idle' | 'scanning' | 'done' = 'idle';
  truncated = false;
  readonly found = new Map<number, Found>();
  private readonly highlighter: Highlighter;
  private next = 0;
  private flags: StoredFlag[] = [];
  private readonly dismissed = new Set<string>();
  /** Bumped to cancel a scan in progress. */
  private run = 0;

  constructor(private opts: AnnotatorOptions) {
    this.highlighter = new Highlighter(opts.doc);
  }

  /** Set once the page watcher exists (it needs the annotator's callbacks first). */
  setWrite(write: <T>(fn: () => T) => T): void {
    this.opts.write = write;
  }

  private write<T>(fn: () => T): T {
    return this.opts.write ? this.opts.write(fn) : fn();
  }

  /** Clears everything and reads the whole root. Resolves when painted or cancelled. */
  async scanAll(): Promise<void> {
    const run = ++this.run;
    this.clear();
    this.state = 'scanning';
    this.opts.onUpdate?.();
    const caps = { truncated: false, nodes: 0, chars: 0 };
    const blocks = await pageBlocks(this.opts.root, { signal: this.opts.signal, isHidden: this.opts.isHidden }, caps);
    if (run !== this.run || !blocks) return;
    this.truncated = caps.truncated;
    await this.readAndPaint(blocks, run, headline(this.opts.doc, blocks));
    if (run !== this.run || this.opts.signal.aborted) return;
    this.state = 'done';
    this.applyFlags();
    this.opts.onUpdate?.();
  }

  /** The reader's answers for `blocks`, read after the context blocks (whose answers are dropped). */
  private async ask(blocks: TextBlock[], context: BlockText[]): Promise<PageAnnotation[][]> {
    const answers = await this.opts.read([...context, ...blocks.map((b) => ({ text: b.text, heading: isHeading(b) }))]);
    return answers.slice(context.length);
  }

  /** Sends blocks to the reader, then paints the answers in slices. */
  private async readAndPaint(blocks: TextBlock[], run: number, context: BlockText[] = []): Promise<void> {
    if (!blocks.length) return;
    let answers: PageAnnotation[][];
    try {
      answers = await this.ask(blocks, context);
    } catch {
      return; // Reader unreachable (extension reloading): the page stays as it is.
    }
    if (run !== this.run || this.opts.signal.aborted) return;
    const work = blocks.map((block, i) => ({ block, annotations: answers[i] ?? [] })).filter((w) => w.annotations.length);
    await runSliced(work, ({ block, annotations }) => {
      // The page may have changed the block while it was being read: its offsets are stale then.
      if (run === this.run && isBlockIntact(block)) this.paint(block, annotations);
    }, { signal: this.opts.signal });
  }

  /**
   * Re-reads the given block elements (new or changed by the page). A claim whose highlight is
   * still intact keeps its marks and index, so a block whose counter ticks does not flicker
   * and the popup's indexes stay valid.
   */
  async rescan(elements: Element[]): Promise<void> {
    if (this.opts.signal.aborted) return;
    const run = this.run;
    const inScope = (f: Found) =>
      !this.marks(f.index)[0]?.isConnected || elements.some((e) => e === f.block.element || e.contains(f.block.element));
    const blocks = elements
      .filter((el) => el.isConnected)
      .flatMap((el) => collectBlocks(el, { isHidden: this.opts.isHidden }));
    if (!blocks.some((b) => isTopical(b.text)) && ![...this.found.values()].some(inScope)) return;
    // The page's headline is read with new content: a live blog's new paragraph is about it.
    const context = headline(this.opts.doc);
    let answers: PageAnnotation[][];
    try {
      answers = await this.ask(blocks, context);
    } catch {
      return;
    }
    if (run !== this.run || this.opts.signal.aborted) return;
    const old = [...this.found.values()].filter(inScope);
    const kept = new Set<number>();
    const fresh: Array<{ block: TextBlock; annotations: PageAnnotation[] }> = [];
    blocks.forEach((block, i) => {
      if (!isBlockIntact(block)) return;
      const annotations: PageAnnotation[] = [];
      for (const annotation of answers[i] ?? []) {
        const same = old.find((f) => !kept.has(f.index) && this.isIntact(f, block, annotation));
        if (!same) {
          annotations.push(annotation);
          continue;
        }
        kept.add(same.index);
        Object.assign(same, { block, annotation, selector: selectorFor(block.text, annotation.start, annotation.end) });
      }
      fresh.push({ block, annotations });
    });
    // Unwrapping keeps text nodes attached, so the fresh blocks' node lists stay valid.
    this.write(() => old.filter((f) => !kept.has(f.index)).forEach((f) => this.drop(f.index)));
    for (const { block, annotations } of fresh) this.paint(block, annotations);
    this.applyFlags();
    this.opts.onUpdate?.();
  }

  /** The old highlight covers exactly this annotation of the re-read block, same verdict. */
  private isIntact(f: Found, block: TextBlock, a: Annotation): boolean {
    if (f.annotation.verdict !== a.verdict || f.annotation.claimId !== a.claimId) return false;
    const marks = this.marks(f.index);
    if (f.quote !== block.text.slice(a.start, a.end) || marks.map((m) => m.textContent).join('') !== f.quote) return false;
    const first = block.nodes.find((n) => n.node.parentNode === marks[0]);
    return !!first && first.start === a.start && marks.every((m) => block.element.contains(m));
  }

  private paint(block: TextBlock, annotations: PageAnnotation[]): void {
    if (!annotations.length || this.opts.signal.aborted) return;
    // A block already painted (a scan meeting a re-scanned block) is left alone.
    if (block.nodes.some((n) => n.node.parentElement?.localName === MARK_TAG)) return;
    const pending = new Map<number, Found>();
    const specs: HighlightSpec[] = [];
    for (const annotation of annotations) {
      if (!(annotation.end <= block.text.length && annotation.start < annotation.end)) continue;
      const selector = selectorFor(block.text, annotation.start, annotation.end);
      if (this.dismissed.has(keyOf(selector))) continue;
      const index = this.next++;
      pending.set(index, { index, block, annotation, quote: selector.exact, selector });
      specs.push({ index, start: annotation.start, end: annotation.end, verdict: annotation.verdict as Verdict, claimId: annotation.claimId });
    }
    const done = this.write(() => this.highlighter.highlightBlock(block, specs));
    for (const spec of done) this.found.set(spec.index, pending.get(spec.index)!);
  }

  /** Replaces the reader's flags for this page and marks the highlights they cover. */
  setFlags(flags: StoredFlag[]): void {
    this.flags = flags;
    this.applyFlags();
    this.opts.onUpdate?.();
  }

  private applyFlags(): void {
    const blocks = [...new Set([...this.found.values()].map((f) => f.block))];
    const texts = blocks.map((b) => b.text);
    const flagOf = new Map<number, string>();
    for (const flag of this.flags) {
      const hit = anchorQuote(texts, flag.selector);
      if (!hit) continue;
      for (const f of this.found.values()) {
        if (f.block === blocks[hit.block] && overlaps(f.annotation.start, f.annotation.end, hit.start, hit.end)) {
          flagOf.set(f.index, flag.id);
        }
      }
    }
    this.write(() => {
      for (const f of this.found.values()) {
        f.flagId = flagOf.get(f.index);
        this.highlighter.setFlagged(f.index, !!f.flagId);
      }
    });
  }

  /** After the reader flagged or unflagged one claim here. */
  markFlag(index: number, flag: StoredFlag | null): void {
    const f = this.found.get(index);
    if (!f) return;
    if (flag) this.flags = [...this.flags.filter((x) => x.id !== flag.id), flag];
    else this.flags = this.flags.filter((x) => x.id !== f.flagId);
    f.flagId = flag?.id;
    this.write(() => this.highlighter.setFlagged(index, !!flag));
    this.opts.onUpdate?.();
  }

  /** Hides one highlight for the rest of this visit, re-scans included. */
  dismiss(index: number): void {
    const f = this.found.get(index);
    if (!f) return;
    this.dismissed.add(keyOf(f.selector));
    this.write(() => this.drop(index));
    this.opts.onUpdate?.();
  }

  marks(index: number): HTMLElement[] {
    return this.highlighter.marks(index);
  }

  /** Found claims still on the page, in document order. */
  items(): Found[] {
    const live = [...this.found.values()].filter((f) => this.marks(f.index)[0]?.isConnected);
    return live.sort((a, b) => {
      const pos = this.marks(a.index)[0]!.compareDocumentPosition(this.marks(b.index)[0]!);
      return pos & 4 ? -1 : pos & 2 ? 1 : 0;
    });
  }

  /** Removes all highlights; the page is as it was. */
  clear(): void {
    this.write(() => this.highlighter.destroy());
    this.found.clear();
  }

  destroy(): void {
    this.run++;
    this.clear();
    this.state = 'idle';
  }

  private drop(index: number): void {
    this.highlighter.remove(index);
    this.found.delete(index);
  }
}

/**
 * What a scan reads of a page: one walk of its text within the caps, in slices, and of its
 * blocks those worth reading (selectBlocks). Null when cancelled. The batch tool uses it too, so
 * that it reads saved pages as the extension does. (One walk costs less than first finding the
 * topical containers with selectors and text reads, then walking them: traces of large pages.)
 */
export async function pageBlocks(
  root: Element,
  opts: { signal?: AbortSignal; isHidden?: (el: Element) => boolean } = {},
  caps = { truncated: false, nodes: 0, chars: 0 },
): Promise<TextBlock[] | null> {
  const all: TextBlock[] = [];
  const topical: number[] = [];
  // The gate runs in the walk's slices: on a large page, one pass over every block after the
  // walk was a long task of its own.
  // The second stage's start (module, listeners, first message) may have spent this task.
  await freshTask();
  const walked = await runSliced(walkBlocks(root, {}, caps), (b) => {
    if (!b) return;
    if (isTopical(b.text)) topical.push(all.length);
    all.push(b);
  }, { signal: opts.signal });
  if (!walked.done) return null;
  // Picking the blocks costs up to a few milliseconds on a large page: not on a spent slice.
  await freshTask();
  if (opts.signal?.aborted) return null;
  return selectBlocks(all, opts.isHidden, topical);
}

/**
 * The part of a page worth reading: topical blocks, and the blocks around them and the headings
 * (a headline gives later paragraphs their subject) within their regions, minus what the reader
 * cannot see. A region is the nearest container of a topical block with some prose in it (an
 * article body, a list), so the menu or essay next to a topical link is not read with it.
 */
export function selectBlocks(
  all: TextBlock[],
  isHidden?: (el: Element) => boolean,
  topical: number[] = all.flatMap((b, i) => (isTopical(b.text) ? [i] : [])),
): TextBlock[] {
  const near = new Uint8Array(all.length);
  const regions: Element[] = [];
  // Whether `el` holds MIN_REGION_CHARS of walked text: the blocks inside it are a run around
  // block i, counted until there is enough. (Reading a large container's textContent cost
  // milliseconds on an encyclopedia page.)
  const holdsProse = (el: Element, i: number): boolean => {
    const inside = (j: number) => el === all[j]!.element || el.contains(all[j]!.element);
    let n = 0;
    for (let j = i; j >= 0 && n < MIN_REGION_CHARS && inside(j); j--) n += all[j]!.text.length;
    for (let j = i + 1; j < all.length && n < MIN_REGION_CHARS && inside(j); j++) n += all[j]!.text.length;
    return n >= MIN_REGION_CHARS;
  };
  for (const i of topical) {
    const b = all[i]!;
    let region = b.element.parentElement ?? b.element;
    while (region.parentElement && !holdsProse(region, i)) region = region.parentElement;
    if (!regions.includes(region)) regions.push(region);
    for (let j = Math.max(0, i - NEIGHBOURS); j <= Math.min(all.length - 1, i + NEIGHBOURS); j++) near[j] = 1;
  }
  const inRegion = (el: Element) => regions.some((r) => r.contains(el));
  const out: TextBlock[] = [];
  let sent = 0;
  const seen = new Map<Element, boolean>();
  for (let i = 0; i < all.length; i++) {
    const b = all[i]!;
    if (!(near[i] || isHeading(b)) || !/\S/.test(b.text) || !inRegion(b.element)) continue;
    if (isHidden) {
      let hidden = seen.get(b.element);
      if (hidden === undefined) seen.set(b.element, (hidden = isHidden(b.element)));
      if (hidden) continue;
    }
    sent += b.text.length;
    if (sent > MAX_SEND) break;
    out.push(b);
  }
  return out;
}

/** The page's main headline, as a context block, unless the walk already read it. */
function headline(doc: Document, read: TextBlock[] = []): BlockText[] {
  const h1 = doc.querySelector('h1');
  if (h1 && read.some((b) => b.element === h1)) return [];
  const text = h1?.textContent?.trim() || doc.title;
  return text ? [{ text: text.slice(0, 300), heading: true, context: true }] : [];
}
