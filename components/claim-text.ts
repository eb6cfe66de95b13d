// Words for verdicts and figures, shared by the popup and the dashboard.
import type { Comparison, Figure, Statement, Verdict } from '../core/types';
import { COUNTS_WORDS } from '../core/words';
import { sourceTitle } from '../data/seed-titles';

export const VERDICTS: Verdict[] = ['agrees', 'differs', 'new'];
/** The order a reader wants them in: what differs first. */
export const VERDICT_ORDER: Verdict[] = ['differs', 'new', 'agrees'];

/** What the bundled database is, in words (data/seed-titles.ts has the articles themselves). */
export const BUNDLED_PERIOD = 'November 2024';

/** What each mark on the page looks like and means: the legend in the popup. */
export const VERDICT_LEGEND: Record<Verdict, { mark: string; means: string }> = {
  differs: { mark: 'wavy underline, ≠ sign', means: 'a source in the database gives another figure or says otherwise' },
  new: { mark: 'dotted underline, + sign', means: 'nothing in the database to compare with' },
  agrees: { mark: 'thin underline', means: 'the database has the same claim; that is not proof it is true' },
};

/** Verdicts in words (never colour alone). */
export const VERDICT_WORDS: Record<Verdict, string> = {
  agrees: 'Agrees',
  differs: 'Differs',
  new: 'New',
};

export const VERDICT_LONG: Record<Verdict, string> = {
  agrees: 'agrees with the database',
  differs: 'differs from the database',
  new: 'not in the database',
};

/** A shape per verdict, so the verdict reads without colour too. */
export const VERDICT_ICON: Record<Verdict, string> = { agrees: '✓', differs: '≠', new: '+' };

/** What a figure counts, in words ("troops sent"), or its unit when the kind has no name. */
export function countsText(f: Figure): string {
  return COUNTS_WORDS[f.counts] ?? (f.unit !== 'count' && f.unit !== 'percent' ? f.unit : '');
}

export function num(n: number): string {
  const [int, frac] = String(Math.round(n * 100) / 100).split('.');
  return `${(int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** A figure in words: "about 10,000 troops sent", "23 of 32 members meeting the target". */
export function figureText(f: Figure): string {
  const pct = f.unit === 'percent' ? '%' : '';
  let core = `${num(f.value)}${pct}`;
  if (f.qualifier === 'between') core = `${num(f.value)}${pct} and ${num(f.max ?? f.value)}${pct}`;
  if (f.of != null) core += ` of ${num(f.of)}`;
  const what = countsText(f);
  const q = f.qualifier === 'exact' ? '' : `${f.qualifier.replace('-', ' ')} `;
  return `${q}${core}${what ? ` ${what}` : ''}`.trim();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-11-07" → "7 Nov 2024", "2024-11" → "Nov 2024"; anything else as given. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** When a statement speaks for: its publication date, else the date it gives. */
export function statementWhen(s: Statement): string {
  return dateText(s.published ?? s.asOf ?? null);
}

/** Who gave a statement's figure: the person or body it names, else the outlet, else the source. */
export function statementWho(s: Statement): string {
  return s.attribution ?? s.outlet ?? sourceTitle(s.source);
}

/** Where a statement was published: "trendynewsnow.com · Nov 2024". */
export function statementWhere(s: Statement): string {
  return [s.outlet ?? sourceTitle(s.source), statementWhen(s)].filter(Boolean).join(' · ');
}

/** How one database statement stands against the page's figure, for the tooltip's rows. */
export type RowKind = 'fits' | 'differs' | 'other' | 'says';

export interface SourceRow {
  kind: RowKind;
  comparison: Comparison;
}

/**
 * Sorts the statements for reading: the ones that decide the verdict first, then the ones
 * that disagree with it, then figures of another kind, then statements without a figure.
 * A statement counting something else than the page (troops in training against troops
 * sent) is "other", not "differs", when another statement counts the same thing as the page.
 */
export function sourceRows(verdict: Verdict, figure: Figure | null, comparisons: Comparison[]): SourceRow[] {
  const sameKind = !!figure && comparisons.some((c) => c.fits !== null && c.statement.figure?.counts === figure.counts);
  const rows = comparisons.map((c): SourceRow => {
    const f = c.statement.figure;
    if (!f) return { kind: 'says', comparison: c };
    if (c.fits === null || (sameKind && f.counts !== figure!.counts)) return { kind: 'other', comparison: c };
    return { kind: c.fits ? 'fits' : 'differs', comparison: c };
  });
  const order: RowKind[] = verdict === 'agrees' ? ['fits', 'differs', 'other', 'says'] : ['differs', 'fits', 'other', 'says'];
  return rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The tooltip's first line: the verdict in the reader's words. Never "verified". */
export function verdictLine(verdict: Verdict, figure: Figure | null, rows: SourceRow[]): string {
  const n = (k: RowKind) => rows.filter((r) => r.kind === k).length;
  const sources = (x: number) => `${x} ${x === 1 ? 'source' : 'sources'}`;
  const compared = n('fits') + n('differs');
  if (verdict === 'new') return 'New: nothing in the database to compare with';
  if (verdict === 'differs') {
    if (figure && compared) return `Differs: ${n('differs')} of ${sources(compared)} ${n('differs') === 1 ? 'gives' : 'give'} another figure`;
    return 'Differs: the sources in the database say otherwise';
  }
  if (figure && compared) return `Agrees: ${n('fits')} of ${sources(compared)} ${n('fits') === 1 ? 'gives' : 'give'} the same figure`;
  return `Agrees: the database has the same claim (${sources(rows.length)})`;
}

/** Quote cut at a word edge, for button names and list rows. */
export function shortQuote(quote: string, max = 60): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const edge = cut.lastIndexOf(' ');
  return `${(edge > max / 2 ? cut.slice(0, edge) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Host name of a URL, or '' when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Only web pages become links: a stored javascript: or data: URL must never be clickable. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
