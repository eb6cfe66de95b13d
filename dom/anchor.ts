// Finds a stored W3C TextQuoteSelector in the page's text blocks: the cheap exact match (with
// prefix/suffix to pick between repeats) first, a whitespace/punctuation-tolerant one after.

export interface QuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextAnchor {
  block: number;
  start: number;
  end: number;
}

const CONTEXT = 32;

/** Selector for [start, end) of a block's text, with ~32 characters either side. */
export function selectorFor(text: string, start: number, end: number): QuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** Characters in common at the end of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Lower-case letters and digits only, with the index of each kept character in the source. */
function normalise(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    if (/[\p{L}\p{N}]/u.test(c)) {
      norm += c;
      map.push(i);
    }
  }
  return { norm, map };
}

function best(
  texts: string[],
  needle: string,
  prefix: string,
  suffix: string,
  toSource: (block: number, start: number, end: number) => [number, number],
): TextAnchor | null {
  if (!needle) return null;
  let found: TextAnchor | null = null;
  let bestScore = -1;
  texts.forEach((text, block) => {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const score = commonSuffix(text.slice(0, at), prefix) + commonPrefix(text.slice(at + needle.length), suffix);
      if (score > bestScore) {
        bestScore = score;
        const [start, end] = toSource(block, at, at + needle.length);
        found = { block, start, end };
      }
    }
  });
  return found;
}

/** Where the selector's quote is in `blockTexts`, or null when the page no longer has it. */
export function anchorQuote(blockTexts: string[], selector: QuoteSelector): TextAnchor | null {
  const exact = best(blockTexts, selector.exact, selector.prefix, selector.suffix, (_b, s, e) => [s, e]);
  if (exact) return exact;
  const norms = blockTexts.map(normalise);
  const needle = normalise(selector.exact).norm;
  return best(
    norms.map((n) => n.norm),
    needle,
    normalise(selector.prefix).norm,
    normalise(selector.suffix).norm,
    (b, s, e) => {
      const map = norms[b]!.map;
      return [map[s]!, map[e - 1]! + 1];
    },
  );
}

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
