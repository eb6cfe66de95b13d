// The first stage's topic gate: a few capitalised stems, tested on raw text. It only decides
// whether a page is worth reading at all; the engine decides what is a claim. Kept tiny and
// free of word edges so that one pass over a large page costs a fraction of walking it.
// A defence budget as a share of output is NATO's story even on a page that names no ally.
const GATE =
  /NATO|OTAN|Russ|RUSS|Moscow|Kremlin|Putin|Korea|KOREA|Pyongyang|Seoul|DPRK|Ukrain|UKRAIN|Kyiv|Kiev|Zelensk|Kursk|Rutte|Stoltenberg|Crimea|Donbas|Donetsk|Luhansk|Kharkiv|Kherson|North Atlantic|(?:efen[cs]e|ilitary) (?:spending|budget|expenditure)[^;]{0,80}?\d ?(?:%|per ?cent)|% of GDP (?:on|to|for) (?:defen|military)/;

export function isTopical(text: string): boolean {
  return GATE.test(text);
}

/**
 * Elements one read of the gate covers. On the 194 corpus pages that name a topic, the first
 * mention comes within 2,200 elements; a large forum or feed page has 10,000 and more.
 */
export const GATE_CHUNK = 2500;

/**
 * Reads the text of the elements from index `from` (in document order) up to `from + chunk` and
 * tests it. Returns whether it names a topic and the element where the next read starts (null:
 * the page has been read to its end). The text between script elements is read in native calls
 * (Range.toString): no wrapper is made per node, and the inline script blobs that make up most
 * of many pages' text are not read at all. (Style text is read: a selector list costs more than
 * the little CSS a body holds.)
 */
export function readChunk(root: Element, from: number, chunk = GATE_CHUNK): { topical: boolean; next: Element | null } {
  const all = root.getElementsByTagName('*');
  const first = from > 0 ? all[from] : undefined;
  const next = all[from + chunk] ?? null;
  const range = root.ownerDocument.createRange();
  if (first) range.setStartBefore(first);
  else range.setStart(root, 0);
  let skipped: Element | null = null;
  for (const blob of root.getElementsByTagName('script')) {
    if (first && first.compareDocumentPosition(blob) & Node.DOCUMENT_POSITION_PRECEDING) continue;
    if (next && (blob === next || next.compareDocumentPosition(blob) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (skipped?.contains(blob)) continue;
    range.setEndBefore(blob);
    if (isTopical(range.toString())) return { topical: true, next };
    range.setStartAfter(blob);
    skipped = blob;
  }
  if (next) range.setEndBefore(next);
  else range.setEnd(root, root.childNodes.length);
  return { topical: isTopical(range.toString()), next };
}

const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** Whether content the page adds names a topic (script and style blobs skipped). */
export function addedMentionsTopic(n: Node): boolean {
  if (n.nodeType === 3) return isTopical((n as Text).data);
  return n.nodeType === 1 && !SKIP.has((n as Element).localName) && isTopical(n.textContent ?? '');
}
