import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine.ts';
import { figuresFit } from '../core/verdict.ts';
import type { Figure } from '../core/types.ts';
import { records } from './core-fixtures.ts';

const fig = (value: number, qualifier: Figure['qualifier'] = 'exact', extra: Partial<Figure> = {}): Figure => ({
  value,
  qualifier,
  unit: 'soldiers',
  counts: 'troops-deployed',
  ...extra,
});

describe('tolerances', () => {
  it('a hedged figure agrees within about 5%', () => {
    expect(figuresFit(fig(10000), fig(10000, 'about'))).toBe(true);
    expect(figuresFit(fig(9800), fig(10000, 'about'))).toBe(true);
    expect(figuresFit(fig(10000, 'about'), fig(9800))).toBe(true);
    expect(figuresFit(fig(11000), fig(10000, 'about'))).toBe(false);
  });

  it('12,000 and 13,000 differ even when both are hedged', () => {
    expect(figuresFit(fig(12000, 'about'), fig(13000, 'about'))).toBe(false);
  });

  it('an open bound extends only 10-15%', () => {
    expect(figuresFit(fig(620000), fig(600000, 'more-than'))).toBe(true);
    expect(figuresFit(fig(700000), fig(600000, 'more-than'))).toBe(false);
    expect(figuresFit(fig(600000, 'more-than'), fig(600000, 'more-than'))).toBe(true);
    expect(figuresFit(fig(600000, 'more-than'), fig(620000))).toBe(true);
  });

  it('an exact count agrees only with the same count', () => {
    const target = { unit: 'members', counts: 'members-meeting-target' };
    expect(figuresFit(fig(23, 'exact', { of: 32, ...target }), fig(23, 'exact', { of: 32, ...target }))).toBe(true);
    expect(figuresFit(fig(22, 'exact', { of: 32, ...target }), fig(23, 'exact', { of: 32, ...target }))).toBe(false);
    expect(figuresFit(fig(23, 'exact', { of: 31, ...target }), fig(23, 'exact', { of: 32, ...target }))).toBe(false);
    expect(figuresFit(fig(23, 'exact', target), fig(23, 'exact', { of: 32, ...target }))).toBe(true);
  });

  it('a range agrees when it overlaps', () => {
    expect(figuresFit(fig(10000, 'between', { max: 12000 }), fig(10000, 'about'))).toBe(true);
    expect(figuresFit(fig(11000, 'between', { max: 12000 }), fig(10000, 'about'))).toBe(false);
    expect(figuresFit(fig(15000, 'between', { max: 20000 }), fig(10000, 'about'))).toBe(false);
  });

  it('a less-than statement covers everything below it', () => {
    expect(figuresFit(fig(1.3, 'about', { unit: 'percent' }), fig(2, 'less-than', { unit: 'percent' }))).toBe(true);
    expect(figuresFit(fig(2.1, 'exact', { unit: 'percent' }), fig(2, 'less-than', { unit: 'percent' }))).toBe(false);
  });
});

describe('verdicts on sentences', () => {
  const engine = createEngine(records);
  const one = (text: string) => {
    const found = engine.annotate(text);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('agrees with a hedged figure of the same scope, citing the statement', () => {
    const a = one('About 9,800 North Korean soldiers are now in Russia, US officials believe.');
    expect(a).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops' });
    expect(a.explanation.summary).toMatch(/agrees/);
    expect(a.explanation.comparisons).toHaveLength(2);
    expect(a.explanation.comparisons[0]).toMatchObject({ claimId: 'nk-troops', fits: true });
    expect(a.explanation.comparisons[0]!.text).toContain('the Pentagon');
    expect(a.explanation.comparisons[0]!.text).toContain('a.txt');
  });

  it('differs when the figure is outside what every statement supports', () => {
    const a = one('Kyiv says 14,000 North Korean troops have crossed into Russia.');
    expect(a).toMatchObject({ verdict: 'differs', claimId: 'nk-troops' });
    expect(a.explanation.comparisons.every((c) => c.fits === false)).toBe(true);
    expect(a.explanation.summary).toContain('14,000');
  });

  it('compares planned totals with planned totals, not with troops already sent', () => {
    expect(one('North Korea could eventually send roughly 12,000 soldiers to Russia.')).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops-planned' });
    expect(one('North Korea has already sent 12,000 soldiers to Russia.')).toMatchObject({ verdict: 'differs', claimId: 'nk-troops' });
  });

  it('a figure of another scope is a new claim (killed vs killed or wounded)', () => {
    const a = one('Around 200 Russian soldiers were killed in the attack, Kyiv said.');
    expect(a.verdict).toBe('new');
    expect(a.claimId).toBeUndefined();
    expect(a.explanation.comparisons).toEqual([]);
  });

  it('more than 600,000 fits 620,000 but not 700,000', () => {
    expect(one('Some 620,000 Russian soldiers have been killed or wounded.').verdict).toBe('agrees');
    expect(one('More than 700,000 Russian soldiers have been killed or wounded, Kyiv says.').verdict).toBe('differs');
  });

  it('exact counts of members must be the same count', () => {
    expect(one('NATO says 23 of its 32 members now meet the 2% target.').verdict).toBe('agrees');
    expect(one('Only 20 of the 32 NATO allies meet the 2% target.').verdict).toBe('differs');
  });

  it('a different month for the same event differs; the same month agrees', () => {
    expect(one('Ukraine’s incursion into the Kursk region began in mid-September.')).toMatchObject({ verdict: 'differs', claimId: 'kursk-incursion' });
    expect(one('Kyiv’s troops pushed into the Kursk region in early August.')).toMatchObject({ verdict: 'agrees', claimId: 'kursk-incursion' });
  });
});
