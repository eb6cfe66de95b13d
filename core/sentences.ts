// Splits a text block into sentences with exact offsets back into the block.
// Rules are conservative: a false split cuts a claim in two, a missed split only makes a
// highlight longer.

export interface Span {
  start: number;
  end: number;
  text: string;
}

// Words that end in a period but rarely end a sentence (lower case, no dot).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sec', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'v', 'etc',
  'e.g', 'i.e', 'approx', 'inc', 'corp', 'ltd', 'co', 'dept', 'est', 'fig', 'vol', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'ph.d', 'amb', 'gens', 'rev',
]);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';
const BULLETS = /^[\s•·‣▪■◦●*–—\-]+/u;

function isUpperStart(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch) || /[•‣▪■◦●]/u.test(ch);
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function isAllCapsWord(w: string): boolean {
  return /\p{L}{2,}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
}

const DATELINE = /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s*[\p{L} .'’-]{2,30}?)?\s*(?:\([^()]{2,25}\)\s*)?[—–-]{1,2}\s*/u;

function pushSpan(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  const lead = BULLETS.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  // A dateline ("SEOUL, South Korea (AP) — ", "BRUSSELS (Reuters) -") says where the wire
  // filed from, not who acts: the sentence starts after it.
  const dateline = DATELINE.exec(text.slice(s, e));
  if (dateline && /^[\p{Lu}“"‘']/u.test(text.slice(s + dateline[0].length, e))) s += dateline[0].length;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Ends of sentences (exclusive) found after terminal punctuation. */
function punctuationBreak(text: string, i: number): number {
  const ch = text.charAt(i);
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return -1;
  let j = i + 1;
  while (j < text.length && (text.charAt(j) === '.' || text.charAt(j) === '!' || text.charAt(j) === '?')) j++;
  while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
  if (j >= text.length) return j;
  if (!/\s/u.test(text.charAt(j))) return -1;
  let k = j;
  while (k < text.length && /\s/u.test(text.charAt(k))) k++;
  if (k >= text.length) return j;
  // A link or tweet credit after a sentence ("… General Staff. pic.twitter.com/…") starts its own line.
  if (!isUpperStart(text.charAt(k)) && !/^(?:pic\.twitter\.com|https?:\/\/|www\.)/.test(text.slice(k, k + 16))) return -1;
  if (ch === '.') {
    const w = wordBefore(text, i);
    const lw = w.toLowerCase();
    if (ABBREVIATIONS.has(lw)) return -1;
    // Initials ("J. Smith") and dotted abbreviations ("U.S.") do not end sentences.
    if (/^\p{Lu}$/u.test(w)) return -1;
    if (/^(\p{L}\.)+\p{L}$/u.test(w)) return -1;
  }
  return j;
}

/**
 * A run of at least three ALL-CAPS words (a headline pasted into a paragraph) followed by a
 * normally capitalised word ends a sentence even without a period.
 */
function capsBreak(text: string, i: number): boolean {
  if (i === 0 || !/\s/u.test(text.charAt(i)!) || !/\p{Lu}/u.test(text.charAt(i - 1)!)) return false;
  if (!/^\s+\p{Lu}\p{Ll}/u.test(text.slice(i, i + 8))) return false;
  // Count the ALL-CAPS words just before (numbers and punctuation in between are neutral).
  let caps = 0;
  let j = i;
  while (j > 0 && caps < 3) {
    let k = j;
    while (k > 0 && /\s/u.test(text.charAt(k - 1)!)) k--;
    let w = k;
    while (w > 0 && !/\s/u.test(text.charAt(w - 1)!)) w--;
    if (w === k) break;
    const letters = text.slice(w, k).replace(/[^\p{L}]/gu, '');
    if (letters) {
      if (!isAllCapsWord(letters)) break;
      caps++;
    }
    j = w;
  }
  return caps >= 3;
}

/**
 * A line break ends a sentence in plain text (a headline, a list item), but inside an HTML
 * block it is mostly source formatting: break on blank lines, before bullets, and between a
 * line that does not run on (no lower-case word or comma at its end) and a capitalised line.
 */
function lineBreak(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && /[ \t\u00A0]/u.test(text.charAt(p))) p--;
  let q = i + 1;
  let lines = 0;
  while (q < text.length && /\s/u.test(text.charAt(q))) {
    if (text.charAt(q) === '\n') lines++;
    q++;
  }
  if (p < 0 || q >= text.length || lines > 0) return true;
  if (/[•‣▪■◦●*\-–—]/u.test(text.charAt(q)) && /\s/u.test(text.charAt(q + 1) ?? '')) return true;
  if (/[\p{Ll},;:(\-–]/u.test(text.charAt(p))) return false;
  return isUpperStart(text.charAt(q));
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Only a few characters can end a sentence: jump from one to the next.
  const CANDIDATE = /[.!?…\n\r\u2028\u2029]|(?<=\p{Lu})\s/gu;
  for (let i = 0; i < text.length; i++) {
    CANDIDATE.lastIndex = i;
    const next = CANDIDATE.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text.charAt(i);
    if ((ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') && lineBreak(text, i)) {
      pushSpan(out, text, start, i);
      start = i + 1;
      continue;
    }
    const end = punctuationBreak(text, i);
    if (end >= 0) {
      pushSpan(out, text, start, end);
      start = end;
      i = end - 1;
      continue;
    }
    if (capsBreak(text, i)) {
      pushSpan(out, text, start, i);
      start = i;
    }
  }
  pushSpan(out, text, start, text.length);
  return out;
}
