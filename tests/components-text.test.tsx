// The small text helpers behind the popup and dashboard.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dateText, figureText, isWebUrl, shortQuote, sourceRows, statementWhere, statementWho, verdictLine } from '../components/claim-text';
import { axis, chartText, statementPoints, type ChartPoint } from '../components/FigureChart';
import { formatFigure } from '../core/verdict';
import { findQuote } from '../components/SourceDialog';
import { searchClaims } from '../components/ClaimBrowser';
import { importMessage } from '../components/PackTools';
import type { ClaimRecord, Comparison, Statement } from '../core/types';

describe('figureText', () => {
  it('says hedges, ranges and ratios in words, with one name per kind of figure', () => {
    expect(figureText({ value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' })).toBe('about 10,000 troops sent');
    expect(figureText({ value: 10000, max: 12000, unit: 'troops', qualifier: 'between', counts: 'troops-deployed' })).toBe('between 10,000 and 12,000 troops sent');
    expect(figureText({ value: 23, of: 32, unit: 'members', qualifier: 'exact', counts: 'members-meeting-target' })).toBe('23 of 32 members meeting the target');
    expect(figureText({ value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' })).toBe('more than 600,000 killed or wounded');
    expect(figureText({ value: 2, unit: 'percent', qualifier: 'at-least', counts: 'gdp-share' })).toBe('at least 2% of GDP');
  });

  it('uses the same words as the engine’s summaries for every figure in the database', () => {
    const pack = JSON.parse(readFileSync(new URL('../data/claims.json', import.meta.url), 'utf8'));
    const figures = (pack.claims as ClaimRecord[]).flatMap((r) => r.statements.flatMap((st) => (st.figure ? [st.figure] : [])));
    expect(figures.length).toBeGreaterThan(5);
    // And every kind and hedge the engine knows, in ratios, ranges and percentages.
    const kinds = ['troops-deployed', 'troops-training', 'troops-planned', 'killed-or-wounded', 'killed', 'wounded', 'members-meeting-target', 'members-missing-target', 'gdp-share', 'spending-target', 'officers', 'ships'];
    const hedges = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'nearly', 'between'] as const;
    for (const counts of kinds) for (const qualifier of hedges) {
      figures.push({ value: 1234.5, max: 2000, unit: counts === 'gdp-share' ? 'percent' : 'count', qualifier, counts });
      figures.push({ value: 9, of: 32, unit: 'members', qualifier, counts });
    }
    for (const f of figures) expect(figureText(f)).toBe(formatFigure(f));
  });
});

describe('dates and sources in words', () => {
  it('says dates as a reader does', () => {
    expect(dateText('2024-11-07')).toBe('7 Nov 2024');
    expect(dateText('2024-11')).toBe('Nov 2024');
    expect(dateText('2024')).toBe('2024');
    expect(dateText(null)).toBe('');
  });
  it('names who gave a statement, and where and when it was published', () => {
    const s: Statement = { source: '004_2a477c9cc4b6c32c.txt', quote: 'q', attribution: null, figure: null, asOf: '2024-11', outlet: 'horizonpost.com', published: '2024-11-08' };
    expect(statementWho(s)).toBe('horizonpost.com');
    expect(statementWhere(s)).toBe('horizonpost.com · 8 Nov 2024');
    expect(statementWhere({ ...s, outlet: null, published: null })).toBe('Russia-North Korea Alliance: Implications for Western Security and NATO Concerns · Nov 2024');
    expect(statementWho({ ...s, attribution: 'the Pentagon' })).toBe('the Pentagon');
  });
});

describe('sourceRows and verdictLine', () => {
  const fig = (value: number, counts = 'troops-deployed') => ({ value, unit: 'soldiers', qualifier: 'exact' as const, counts });
  const c = (figure: ReturnType<typeof fig> | null, fits: boolean | null): Comparison => ({
    claimId: 'x', fits, text: '', statement: { source: 's', quote: 'q', attribution: null, figure },
  });
  it('puts the deciding sources first and another kind of count apart', () => {
    const rows = sourceRows('differs', fig(13000), [c(fig(10000, 'troops-training'), false), c(null, null), c(fig(10000), false), c(fig(13000), true)]);
    expect(rows.map((r) => r.kind)).toEqual(['differs', 'fits', 'other', 'says']);
    expect(verdictLine('differs', fig(13000), rows)).toBe('Differs: 1 of 2 sources gives another figure');
    expect(verdictLine('agrees', fig(13000), sourceRows('agrees', fig(13000), [c(fig(10000), false), c(fig(13000), true)]))).toBe('Agrees: 1 of 2 sources gives the same figure');
    expect(verdictLine('agrees', null, [{ kind: 'says', comparison: c(null, null) }])).toBe('Agrees: the database has the same claim (1 source)');
    expect(verdictLine('new', null, [])).toBe('New: nothing in the database to compare with');
  });
  it('compares a complement (members short of the target) when no source counts the same thing', () => {
    const short = fig(9, 'members-missing-target');
    const rows = sourceRows('agrees', short, [c(fig(23, 'members-meeting-target'), true)]);
    expect(rows.map((r) => r.kind)).toEqual(['fits']);
  });
});

describe('chart axis and text', () => {
  const fig = (value: number, counts = 'troops-deployed') => ({ value, unit: 'soldiers', qualifier: 'exact' as const, counts });
  const p = (value: number, who: string, role: ChartPoint['role'] = 'source'): ChartPoint => ({ figure: { value, unit: 'soldiers', qualifier: 'exact', counts: 'troops-deployed' }, who, when: '', role });
  it('spans every figure with round ticks', () => {
    const { lo, hi, ticks } = axis([p(10000, 'a'), p(13000, 'b')]);
    expect(lo).toBeLessThan(10000);
    expect(hi).toBeGreaterThan(13000);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => t % 500 === 0 && t >= lo && t <= hi)).toBe(true);
    const one = axis([p(23, 'a'), p(23, 'b')]);
    expect(one.lo).toBeLessThan(23);
    expect(one.hi).toBeGreaterThan(23);
  });
  it('says the chart in words', () => {
    expect(chartText([p(13000, 'This page', 'page'), { ...p(10000, 'the Pentagon', 'differs'), when: 'Nov 2024' }])).toBe(
      'This page: 13,000 troops sent; the Pentagon (Nov 2024): 10,000 troops sent – another figure',
    );
    expect(statementPoints([
      { source: 's', quote: 'q', attribution: 'Rutte', figure: fig(1), published: '2024-11-07' },
      { source: 's', quote: 'q', attribution: null, figure: null },
      { source: 's', quote: 'q', attribution: 'Kyiv', figure: fig(2, 'troops-training') },
    ], 'troops-deployed')).toEqual([{ figure: fig(1), who: 'Rutte', when: '7 Nov 2024', role: 'source' }]);
  });
});

describe('shortQuote', () => {
  it('keeps short quotes and cuts long ones at a word edge', () => {
    expect(shortQuote('  Some 3,000   soldiers.  ')).toBe('Some 3,000 soldiers.');
    const long = 'The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched';
    const s = shortQuote(long, 60);
    expect(s.length).toBeLessThanOrEqual(61);
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
    expect(long[s.length - 1]).toBe(' ');
  });
});

describe('findQuote', () => {
  it('finds the quote exactly, or across differing whitespace', () => {
    const text = 'Intro.\n\nThe Pentagon has estimated that\n  10,000 soldiers went. End.';
    const [a, b] = findQuote(text, 'The Pentagon has estimated that 10,000 soldiers went.')!;
    expect(text.slice(a, b)).toBe('The Pentagon has estimated that\n  10,000 soldiers went.');
    expect(findQuote(text, 'Intro.')).toEqual([0, 6]);
    expect(findQuote(text, 'not (in) [the] text?')).toBeNull();
  });
});

describe('searchClaims', () => {
  const rec = (id: string, subject: string, quote: string, attribution: string | null): ClaimRecord => ({
    id,
    subject,
    topics: [],
    keyTerms: [],
    statements: [{ source: 's.txt', quote, attribution, figure: null }],
  });
  const claims = [
    rec('a', 'Troops in Kursk', 'About 10,000 soldiers', 'the Pentagon'),
    rec('b', 'NATO spending', '23 of 32 members', null),
    rec('c', 'Casualties', 'more than 600,000 killed or wounded', 'Rutte'),
  ];
  it('matches every word against subject, quotes and attribution', () => {
    expect(searchClaims(claims, '').map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(searchClaims(claims, 'pentagon').map((c) => c.id)).toEqual(['a']);
    expect(searchClaims(claims, 'NATO').map((c) => c.id)).toEqual(['b']);
    expect(searchClaims(claims, 'rutte killed').map((c) => c.id)).toEqual(['c']);
    expect(searchClaims(claims, 'rutte kursk')).toEqual([]);
  });
});

describe('importMessage and isWebUrl', () => {
  it('reports what an import added', () => {
    expect(importMessage({ claims: 3, flags: 2 })).toBe('Imported 3 claims and 2 flags.');
    expect(importMessage({ claims: 1, flags: 0 })).toBe('Imported 1 claim.');
    expect(importMessage({ claims: 0, flags: 0 })).toBe('Nothing new: this pack is already imported.');
  });
  it('only lets web pages become links', () => {
    expect(isWebUrl('https://news.example/a')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,x')).toBe(false);
  });
});
