// Verdicts: does a page's figure fit what the record's statements say?
//
// Tolerances (as tight as a fact-checker):
// - exact vs exact: the same number only ("23 of 32" agrees with 23 of 32, not 22 or 24).
// - hedged point figures (about, around, roughly, some, approximately, nearly, close to) on
//   either side: the two values may differ by at most 5% of the larger one. "about 10,000"
//   agrees with 10,000 and 9,800; "about 12,000" and "about 13,000" differ (8%).
// - open bounds: "more than X" / "over X" / "exceeds X" and "at least X" cover
//   [X, X × 1.12] (X itself included: pages round); "up to X" / "as many as X" cover
//   [X × 0.88, X]; "less than X" covers [0, X).
//   So "more than 600,000" fits 620,000 but not 700,000.
// - ranges ("between 10,000 and 12,000", "11 to 12,000"): agree when they overlap the other
//   figure (a hedged point counts as its ±5% span).
// - ratios: when both sides give a denominator ("of 32") it must be the same. A count of those
//   short of a target ("nine of 32 fall short") is read as its complement (23 of 32 meet it).
// - vague quantities ("several thousand", "thousands of", "a few hundred") are no figure: the
//   sentence is judged by its assertion, never as a figure that differs.
// - scope: a figure that counts something else (planned vs already sent, killed vs killed or
//   wounded, generals vs troops) is never compared; the matcher looks for a record of the same
//   scope, and the claim is `new` when there is none. A page figure matched only to records
//   that state no figure is not checked by them either: `new`.
// - no comparable figure (the page gives none, or only a threshold such as "the 2% target"):
//   the record's assertion decides, so the verdict is `agrees`, unless the page names a month
//   for the event that none of the statements names while they name another, or another day
//   of the same month ("January 21" against "January 20") (`differs`); or when the page negates
//   or denies a term of the record right before it ("not of desperation", "no sign of",
//   "denied sending", "failed to win back", "has yet to") that the record's statements do not
//   negate (`differs`), or says the claim is unconfirmed ("neither Seoul nor Washington has
//   confirmed that...") (`differs`). "not only" is no negation. A counted duration the page
//   gives ("for eight years") against another of the same unit in the statements ("for four
//   years"), sharing none, also `differs`; so does a page that names the record's giver as the
//   receiver ("North Korea passes technology to Russia" against "Russia provides North Korea
//   with technology").
// - a country's level against a threshold ("Belgium has yet to reach the 2% target",
//   "Belgium exceeds the 2% benchmark") is read as a share of GDP below / above the threshold
//   and compared as an open bound. "All but nine of 32" is 23 of 32.
import type { Comparison, Explanation, Figure, Statement, Verdict } from './types.ts';
import type { PreparedRecord } from './match.ts';
import { WHOLE, scopeFamily } from './match.ts';
import { datesIn, durationsIn, monthsIn } from './figures.ts';
import { COUNTS_WORDS } from './words.ts';

export const HEDGE_TOLERANCE = 0.05;
export const OPEN_BOUND_EXTENT = 0.12;

const POINT = new Set(['exact', 'about', 'nearly']);

function span(f: Figure): [number, number] {
  const v = f.value;
  switch (f.qualifier) {
    case 'about':
      return [v * (1 - HEDGE_TOLERANCE), v * (1 + HEDGE_TOLERANCE)];
    case 'nearly':
      return [v * (1 - HEDGE_TOLERANCE), v];
    case 'more-than':
      // Inclusive: "600,000" is how a page rounds "just over 600,000".
      return [v, v * (1 + OPEN_BOUND_EXTENT)];
    case 'at-least':
      return [v, v * (1 + OPEN_BOUND_EXTENT)];
    case 'up-to':
      return [v * (1 - OPEN_BOUND_EXTENT), v];
    case 'less-than':
      return [0, v * 0.999999];
    case 'between':
      return [v, f.max ?? v];
    default:
      return [v, v];
  }
}

/** Whether two figures of the same scope are compatible under the tolerances above. */
export function figuresFit(page: Figure, stated: Figure): boolean {
  if (page.of !== undefined && stated.of !== undefined && page.of !== stated.of) return false;
  if (POINT.has(page.qualifier) && POINT.has(stated.qualifier)) {
    const tol = page.qualifier === 'exact' && stated.qualifier === 'exact' ? 1e-9 : HEDGE_TOLERANCE;
    return Math.abs(page.value - stated.value) <= tol * Math.max(page.value, stated.value);
  }
  const [a1, a2] = span(page);
  const [b1, b2] = span(stated);
  // Both open bounds in the same direction ("more than 600,000" twice) overlap at the bound.
  return a1 <= b2 && b1 <= a2;
}

// toLocaleString is slow enough to show in a page scan.
function num(n: number): string {
  const [int, frac] = String(Math.round(n * 100) / 100).split('.');
  return `${(int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** A figure in words, e.g. "about 10,000 troops sent" or "23 of 32 members meeting the target". */
export function formatFigure(f: Figure): string {
  const pct = f.unit === 'percent' ? '%' : '';
  let core = `${num(f.value)}${pct}`;
  if (f.qualifier === 'between') core = `${num(f.value)}${pct} and ${num(f.max ?? f.value)}${pct}`;
  if (f.of !== undefined) core += ` of ${num(f.of)}`;
  const what = COUNTS_WORDS[f.counts] ?? (f.unit !== 'count' && f.unit !== 'percent' ? f.unit : '');
  // "more-than" -> "more than "; an exact figure has no word.
  const q = f.qualifier === 'exact' ? '' : `${f.qualifier.replace('-', ' ')} `;
  return `${q}${core}${what ? ` ${what}` : ''}`.trim();
}

function sourceLabel(s: Statement): string {
  const parts = [s.attribution ?? 'unattributed', s.source];
  if (s.asOf) parts.push(`as of ${s.asOf}`);
  return parts.join(', ');
}

function shortQuote(q: string, max = 90): string {
  return q.length <= max ? q : `${q.slice(0, max - 1).trimEnd()}…`;
}

export interface Judgement {
  verdict: Verdict;
  explanation: Explanation;
}

/** "9 of 32 miss the target" read as "23 of 32 meet it" when the statement counts those meeting it. */
function asStated(page: Figure, stated: Figure): Figure {
  const missing = (f: Figure) => f.counts === 'members-missing-target';
  if (missing(page) === missing(stated) || page.of === undefined || stated.of === undefined) return page;
  // "Around a third of members miss it" (8 to 14 of 32): 18 to 24 meet it.
  if (page.qualifier === 'between') return page.max === undefined ? page : { ...page, value: page.of - page.max, max: page.of - page.value, counts: stated.counts };
  const flip: Record<string, Figure['qualifier']> = { 'more-than': 'less-than', 'at-least': 'up-to', 'up-to': 'at-least', 'less-than': 'more-than' };
  return { ...page, value: page.of - page.value, qualifier: flip[page.qualifier] ?? page.qualifier, counts: stated.counts };
}

const NONE = new Set<number>();

/** The page gives an item the statements do not, of a kind they give another of, sharing none. */
function clash(page: Set<string>, stated: Set<string>, kind: (x: string) => string): boolean {
  return [...page].some((d) => !stated.has(d) && [...stated].some((x) => kind(x) === kind(d))) && ![...stated].some((x) => page.has(x));
}

/** Compares a sentence with one matched record, statement by statement. */
export function judge(
  sentence: string,
  figure: Figure | null,
  prepared: PreparedRecord,
  negated: Set<number> = NONE,
): Judgement {
  const { record } = prepared;
  const family = figure ? scopeFamily(figure.counts) : null;
  const comparisons: Comparison[] = record.statements.map((given, i) => {
    const own = prepared.statementFigures?.[i] ?? given.figure;
    const st = own === given.figure ? given : { ...given, figure: own };
    const comparable = figure !== null && st.figure !== null && scopeFamily(st.figure.counts) === family;
    const fits = comparable ? figuresFit(asStated(figure, st.figure as Figure), st.figure as Figure) : null;
    const stated = st.figure ? formatFigure(st.figure) : `“${shortQuote(st.quote)}”`;
    const text = comparable
      ? `Page: ${formatFigure(figure)} · source: ${stated} (${sourceLabel(st)})`
      : `${stated} (${sourceLabel(st)})`;
    return { claimId: record.id, statement: st, fits, text };
  });
  const said = (verdict: Verdict, summary: string): Judgement => ({ verdict, explanation: { summary, comparisons } });
  const compared = comparisons.filter((c) => c.fits !== null);
  if (compared.length > 0 && figure) {
    const fit = compared.find((c) => c.fits);
    if (fit) {
      const who = fit.statement.attribution ?? 'the source';
      return said('agrees', `The page's figure (${formatFigure(figure)}) agrees with ${who}: ${formatFigure(fit.statement.figure as Figure)}.`);
    }
    const stated = [...new Set(compared.map((c) => formatFigure(c.statement.figure as Figure)))].join('; ');
    return said('differs', `The page says ${formatFigure(figure)}, but the sources say ${stated}.`);
  }
  // No comparable figure: the page negating what the record asserts ("a sign of strength, not
  // of desperation") contradicts it, unless the record's statements negate it too.
  if (negated.size > 0 && (negated.has(WHOLE) || prepared.groups.some((g) => !g.entity && negated.has(g.id) && !prepared.negated.has(g.id)))) {
    return said('differs', `The page denies what the sources say: ${record.subject}.`);
  }
  // A contradicting month, day or counted duration ("for eight years" against "for four
  // years") is the other fact we can check.
  const stated = (f: (t: string) => Set<string>) => new Set(record.statements.flatMap((st) => [...f(st.quote)]));
  const pageMonths = monthsIn(sentence);
  const statedMonths = stated(monthsIn);
  // The same month but another day ("January 21" against "January 20"), when both give a day.
  const otherDay = clash(datesIn(sentence), stated(datesIn), (d) => d.slice(0, 3));
  const otherMonth = pageMonths.size > 0 && statedMonths.size > 0 && ![...pageMonths].some((m) => statedMonths.has(m));
  if (otherDay || otherMonth || clash(durationsIn(sentence), stated(durationsIn), (d) => d.replace(/^\S+ /, ''))) {
    return said('differs', `The page gives another date or time than the sources (${record.subject}).`);
  }
  const n = record.statements.length;
  return said('agrees', `The database has the same claim: ${record.subject} (${n} ${n === 1 ? 'source' : 'sources'}).`);
}

/** Explanation for a claim no record covers. */
export function newClaim(figure: Figure | null): Explanation {
  return {
    summary: `No record in the database covers this claim${figure ? ` (${formatFigure(figure)})` : ''}; it is new to ClaimLens.`,
    comparisons: [],
  };
}
