// The small text helpers behind the popup and dashboard.
import { describe, expect, it } from 'vitest';
import { figureText, isWebUrl, shortQuote } from '../components/claim-text';
import { findQuote } from '../components/SourceDialog';
import { searchClaims } from '../components/ClaimBrowser';
import { importMessage } from '../components/PackTools';
import type { ClaimRecord } from '../core/types';

describe('figureText', () => {
  it('says hedges, ranges and ratios in words', () => {
    expect(figureText({ value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' })).toBe('about 10,000 soldiers (troops deployed)');
    expect(figureText({ value: 10000, max: 12000, unit: 'troops', qualifier: 'between', counts: 'troops-deployed' })).toBe('between 10,000 and 12,000 troops (troops deployed)');
    expect(figureText({ value: 23, of: 32, unit: 'members', qualifier: 'exact', counts: 'members-meeting-target' })).toBe('23 of 32 members (members meeting target)');
    expect(figureText({ value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' })).toBe('more than 600,000 soldiers (killed or wounded)');
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
