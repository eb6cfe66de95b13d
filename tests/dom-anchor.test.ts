// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorQuote, overlaps, selectorFor } from '../dom/anchor';
import { collectBlocks } from '../dom/text';

const blocks = [
  'Officials said 10,000 troops arrived. Later, 10,000 troops arrived in Kursk, the Pentagon said.',
  'NATO has 32 members.',
];

describe('anchorQuote', () => {
  it('finds the exact quote and uses prefix/suffix to choose between repeats', () => {
    const second = blocks[0]!.indexOf('10,000 troops arrived in');
    const sel = selectorFor(blocks[0]!, second, second + '10,000 troops arrived'.length);
    expect(sel.exact).toBe('10,000 troops arrived');
    expect(sel.prefix.endsWith('Later, ')).toBe(true);
    expect(anchorQuote(blocks, sel)).toEqual({ block: 0, start: second, end: second + sel.exact.length });
    const first = selectorFor(blocks[0]!, 15, 15 + sel.exact.length);
    expect(anchorQuote(blocks, first)).toEqual({ block: 0, start: 15, end: 15 + sel.exact.length });
  });

  it('falls back to a whitespace and punctuation tolerant match', () => {
    const page = ['Intro.', 'NATO  has\n 32 members — says   the “alliance”.'];
    const sel = { type: 'TextQuoteSelector' as const, exact: 'NATO has 32 members - says the "alliance"', prefix: '', suffix: '.' };
    const hit = anchorQuote(page, sel)!;
    expect(hit.block).toBe(1);
    expect(page[1]!.slice(hit.start, hit.end)).toBe('NATO  has\n 32 members — says   the “alliance');
  });

  it('returns null when the quote is gone', () => {
    expect(anchorQuote(blocks, { type: 'TextQuoteSelector', exact: '600,000 soldiers', prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors a selector made from real page blocks after the markup changed', () => {
    document.body.innerHTML = '<p>The <a>Pentagon</a> estimated about 10,000 North Korean soldiers.</p>';
    const block = collectBlocks(document.body)[0]!;
    const start = block.text.indexOf('about');
    const sel = selectorFor(block.text, start, block.text.length - 1);
    document.body.innerHTML = '<div><p>The Pentagon estimated <b>about  10,000</b>\nNorth Korean soldiers.</p></div>';
    const texts = collectBlocks(document.body).map((b) => b.text);
    const hit = anchorQuote(texts, sel)!;
    expect(texts[hit.block]!.slice(hit.start, hit.end)).toBe('about  10,000\nNorth Korean soldiers');
  });

  it('overlaps', () => {
    expect(overlaps(0, 5, 4, 9)).toBe(true);
    expect(overlaps(0, 5, 5, 9)).toBe(false);
  });
});
