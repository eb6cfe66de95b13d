// How labelled lines are read, shared by eval and train-scorer: sentence lines one at a time,
// real-news lines by article (the lines of one `para` make one block, heading lines are heading
// blocks, joined by a space), with annotatePage.
import type { Annotation, Engine, PageBlock } from '../core/types.ts';

export interface LineToRead {
  text: string;
  /** Real news: the article the line is from; sentence sets have none. */
  article?: string;
  para?: string | number;
  heading?: boolean;
  /** Where the line is, for error messages. */
  where?: string;
}

/** Annotations for each line: one per line for sentence sets, by article for real news. */
export function annotateLines(engine: Engine, lines: LineToRead[], errors: string[] = []): Annotation[][] {
  const out: Annotation[][] = lines.map(() => []);
  const byArticle = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.article === undefined) {
      try {
        out[i] = engine.annotate(l.text);
      } catch (err) {
        errors.push(`${l.where} threw ${(err as Error).message}`);
      }
    } else {
      const list = byArticle.get(l.article) ?? [];
      list.push(i);
      byArticle.set(l.article, list);
    }
  });
  for (const [article, idx] of byArticle) {
    // One block a paragraph (lines joined by a space), headings on their own.
    const blocks: PageBlock[] = [];
    const where: { block: number; start: number; end: number }[] = [];
    let lastKey = '';
    for (const i of idx) {
      const l = lines[i]!;
      const key = l.heading ? `h${i}` : `p${l.para}`;
      if (key !== lastKey || l.heading) {
        blocks.push(l.heading ? { text: '', heading: true } : { text: '' });
        lastKey = key;
      }
      const b = blocks[blocks.length - 1]!;
      if (b.text) b.text += ' ';
      where[i] = { block: blocks.length - 1, start: b.text.length, end: b.text.length + l.text.length };
      b.text += l.text;
    }
    let anns: Annotation[][] = [];
    try {
      if (typeof engine.annotatePage === 'function') anns = engine.annotatePage(blocks);
      else anns = blocks.map((b) => engine.annotate(b.text));
    } catch (err) {
      errors.push(`article ${article} threw ${(err as Error).message}`);
      continue;
    }
    for (const i of idx) {
      const w = where[i]!;
      out[i] = (anns[w.block] ?? []).filter((a) => a.start < w.end && a.end > w.start);
    }
  }
  return out;
}

/** The annotation that speaks for the line: the one covering most of it. */
export function primary(anns: Annotation[]): Annotation | undefined {
  return anns.reduce<Annotation | undefined>((best, a) => (!best || a.end - a.start > best.end - best.start ? a : best), undefined);
}
