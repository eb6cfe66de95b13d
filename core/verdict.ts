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
//   "denied sending") that the record's statements do not negate (`differs`). "not only" is
//   no negation.
import type { Comparison, Explanation, Figure, Statement, Verdict } from './types.ts';
import type { PreparedRecord } from './match.ts';
import { scopeFamily } from './match.ts';
import { datesIn, monthsIn } from './figures.ts';

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

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
  'less-than': 'less than ',
  between: 'between ',
};

const COUNTS_WORDS: Record<string, string> = {
  'troops-deployed': 'troops sent',
  'troops-training': 'troops in training',
  'troops-planned': 'troops planned in all',
  'killed-or-wounded': 'killed or wounded',
  killed: 'killed',
  wounded: 'wounded',
  'members-meeting-target': 'members meeting the target',
  'members-missing-target': 'members short of the target',
  'gdp-share': 'of GDP',
  'spending-target': 'target',
  officers: 'officers',
};

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
  return `${QUALIFIER_WORDS[f.qualifier] ?? ''}${core}${what ? ` ${what}` : ''}`.trim();
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
  if (missing(page) === missing(stated) || page.of === undefined || stated.of === undefined || page.qualifier === 'between') return page;
  const flip: Record<string, Figure['qualifier']> = { 'more-than': 'less-than', 'at-least': 'up-to', 'up-to': 'at-least', 'less-than': 'more-than' };
  return { ...page, value: page.of - page.value, qualifier: flip[page.qualifier] ?? page.qualifier, counts: stated.counts };
}

const NONE = new Set<number>();

/** Compares a sentence with one matched record, statement by statement. */
export function judge(
  sentence: string,
  figure: Figure | null,
  prepared: PreparedRecord,
  negated: Set<number> = NONE,
): Judgement {
  const { record } = prepared;
  const family = figure ? scopeFamily(figure.counts) : null;
  const comparisons: Comparison[] = record.statements.map((st) => {
    const comparable = figure !== null && st.figure !== null && scopeFamily(st.figure.counts) === family;
    const fits = comparable ? figuresFit(asStated(figure, st.figure as Figure), st.figure as Figure) : null;
    const stated = st.figure ? formatFigure(st.figure) : `“${shortQuote(st.quote)}”`;
    const text = comparable
      ? `Page: ${formatFigure(figure)} · source: ${stated} (${sourceLabel(st)})`
      : `${stated} (${sourceLabel(st)})`;
    return { claimId: record.id, statement: st, fits, text };
  });
  const compared = comparisons.filter((c) => c.fits !== null);
  if (compared.length > 0 && figure) {
    const fit = compared.find((c) => c.fits);
    if (fit) {
      const who = fit.statement.attribution ?? 'the source';
      return {
        verdict: 'agrees',
        explanation: {
          summary: `The page's figure (${formatFigure(figure)}) agrees with ${who}: ${formatFigure(fit.statement.figure as Figure)}.`,
          comparisons,
        },
      };
    }
    const stated = [...new Set(compared.map((c) => formatFigure(c.statement.figure as Figure)))].join('; ');
    return {
      verdict: 'differs',
      explanation: {
        summary: `The page says ${formatFigure(figure)}, but the sources say ${stated}.`,
        comparisons,
      },
    };
  }
  // No comparable figure: the page negating what the record asserts ("a sign of strength, not
  // of desperation") contradicts it, unless the record's statements negate it too.
  if (negated.size > 0 && prepared.groups.some((g) => !g.entity && negated.has(g.id) && !prepared.negated.has(g.id))) {
    return {
      verdict: 'differs',
      explanation: {
        summary: `The page denies what the sources say: ${record.subject}.`,
        comparisons,
      },
    };
  }
  // A contradicting month or day is the other fact we can check.
  const pageMonths = monthsIn(sentence);
  if (pageMonths.size > 0) {
    const statedMonths = new Set<string>();
    for (const st of record.statements) for (const m of monthsIn(st.quote)) statedMonths.add(m);
    // The same month but another day ("February 1" against "January 20" is caught above;
    // "January 21" against "January 20" here), when both sides give a day for that month.
    const pageDays = datesIn(sentence);
    const statedDays = new Set<string>();
    for (const st of record.statements) for (const d of datesIn(st.quote)) statedDays.add(d);
    const month = (d: string) => d.slice(0, 3);
    const otherDay = [...pageDays].some(
      (d) => !statedDays.has(d) && [...statedDays].some((x) => month(x) === month(d)) && ![...statedDays].some((x) => pageDays.has(x)),
    );
    if (statedMonths.size > 0 && (otherDay || ![...pageMonths].some((m) => statedMonths.has(m)))) {
      return {
        verdict: 'differs',
        explanation: {
          summary: `The page dates this differently from the sources (${record.subject}).`,
          comparisons,
        },
      };
    }
  }
  const n = record.statements.length;
  return {
    verdict: 'agrees',
    explanation: {
      summary: `The database has the same claim: ${record.subject} (${n} ${n === 1 ? 'source' : 'sources'}).`,
      comparisons,
    },
  };
}

/** Explanation for a claim no record covers. */
export function newClaim(figure: Figure | null): Explanation {
  return {
    summary: figure
      ? `No record in the database covers this claim (${formatFigure(figure)}); it is new to ClaimLens.`
      : 'No record in the database covers this claim; it is new to ClaimLens.',
    comparisons: [],
  };
}
