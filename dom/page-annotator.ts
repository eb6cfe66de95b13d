// One page's annotations: scans blocks in time slices, asks the engine about each, paints the
// results, re-scans changed blocks, and keeps flags anchored. No browser APIs beyond the DOM.
import type { Annotation, Engine } from '../core/types';
import { collectBlocks, walkBlocks, type CollectOptions, type TextBlock } from './text';
import { Highlighter, MARK_TAG, type HighlightSpec } from './highlighter';
import { runSliced } from './scheduler';
import { anchorQuote, overlaps, selectorFor, type QuoteSelector } from './anchor';

export interface Found {
  index: number;
  block: TextBlock;
  annotation: Annotation;
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
  engine: Engine;
  signal: AbortSignal;
  isHidden?: CollectOptions['isHidden'];
  /** Wraps our DOM writes (the page watcher uses it to ignore them). */
  write?: <T>(fn: () => T) => T;
  /** Something visible changed: state, highlights or flags. */
  onUpdate?: () => void;
}

// Dismissal goes by the quote alone: a ticking counter next to it must not bring it back.
const keyOf = (s: QuoteSelector) => s.exact.replace(/\s+/g, ' ').trim();

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

  /** Clears everything and scans the whole root in slices. Resolves when done or cancelled. */
  async scanAll(): Promise<void> {
    const run = ++this.run;
    this.clear();
    this.state = 'scanning';
    this.opts.onUpdate?.();
    const caps = { truncated: false, nodes: 0, chars: 0 };
    const blocks = walkBlocks(this.opts.root, { isHidden: this.opts.isHidden }, caps);
    const result = await runSliced(blocks, (block) => this.annotateBlock(block), {
      signal: this.opts.signal,
    });
    if (run !== this.run || !result.done) return;
    this.truncated = caps.truncated;
    this.state = 'done';
    this.applyFlags();
    this.opts.onUpdate?.();
  }

  /**
   * Re-reads the given block elements (new or changed by the page). A claim whose highlight is
   * still intact keeps its marks and index, so a block whose counter ticks does not flicker
   * and the popup's indexes stay valid.
   */
  rescan(elements: Element[]): void {
    if (this.opts.signal.aborted) return;
    const inScope = (f: Found) =>
      !this.marks(f.index)[0]?.isConnected || elements.some((e) => e === f.block.element || e.contains(f.block.element));
    const old = [...this.found.values()].filter(inScope);
    const kept = new Set<number>();
    const fresh: Array<{ block: TextBlock; annotations: Annotation[] }> = [];
    for (const el of elements) {
      if (!el.isConnected) continue;
      for (const block of collectBlocks(el, { isHidden: this.opts.isHidden })) {
        const annotations: Annotation[] = [];
        for (const annotation of this.annotate(block.text)) {
          const same = old.find((f) => !kept.has(f.index) && this.isIntact(f, block, annotation));
          if (!same) {
            annotations.push(annotation);
            continue;
          }
          kept.add(same.index);
          Object.assign(same, { block, annotation, selector: selectorFor(block.text, annotation.start, annotation.end) });
        }
        fresh.push({ block, annotations });
      }
    }
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

  private annotate(text: string): Annotation[] {
    try {
      return this.opts.engine.annotate(text);
    } catch {
      return []; // One odd block must not stop the page scan.
    }
  }

  private annotateBlock(block: TextBlock): void {
    if (this.opts.signal.aborted) return;
    // A block already painted (a scan meeting a re-scanned block) is left alone.
    if (block.nodes.some((n) => n.node.parentElement?.localName === MARK_TAG)) return;
    this.paint(block, this.annotate(block.text));
  }

  private paint(block: TextBlock, annotations: Annotation[]): void {
    if (!annotations.length || this.opts.signal.aborted) return;
    const pending = new Map<number, Found>();
    const specs: HighlightSpec[] = [];
    for (const annotation of annotations) {
      const selector = selectorFor(block.text, annotation.start, annotation.end);
      if (this.dismissed.has(keyOf(selector))) continue;
      const index = this.next++;
      pending.set(index, { index, block, annotation, quote: selector.exact, selector });
      specs.push({ index, start: annotation.start, end: annotation.end, verdict: annotation.verdict, claimId: annotation.claimId });
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
