// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks } from '../dom/text';
import { Highlighter, markIndex } from '../dom/highlighter';

const HTML =
  '<article><p>The <a href="/x">Pentagon</a> said <em>about <strong>10,000</strong></em> North Korean troops went.</p>' +
  '<p>NATO has 32 members   and 23 meet the target.</p></article>';

function marksText(): string[] {
  return [...document.querySelectorAll('claimlens-mark')].map((m) => m.textContent ?? '');
}

describe('Highlighter', () => {
  beforeEach(() => {
    document.querySelector('claimlens-descriptions')?.remove();
    document.body.innerHTML = HTML;
  });

  it('wraps a range spanning inline elements in one mark per text piece', () => {
    const block = collectBlocks(document.body)[0]!;
    const quote = 'Pentagon said about 10,000 North';
    const start = block.text.indexOf(quote);
    const h = new Highlighter(document);
    const marks = h.highlight(block, { index: 0, start, end: start + quote.length, verdict: 'agrees', claimId: 'nk-troops' });
    expect(marks.map((m) => m.textContent).join('')).toBe(quote);
    expect(marksText()).toEqual(['Pentagon', ' said ', 'about ', '10,000', ' North']);
    // The link still holds its text, now inside a mark.
    expect(document.querySelector('a')!.textContent).toBe('Pentagon');
    expect(document.querySelector('a > claimlens-mark')).not.toBeNull();
    for (const m of marks) {
      expect(m.getAttribute('data-verdict')).toBe('agrees');
      expect(m.getAttribute('data-claim-id')).toBe('nk-troops');
      expect(m.getAttribute('data-cl-index')).toBe('0');
      expect(m.hasAttribute('data-flagged')).toBe(false);
    }
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks.slice(1).every((m) => m.getAttribute('tabindex') === '-1')).toBe(true);
    const descId = marks[0]!.getAttribute('aria-describedby')!;
    expect(document.getElementById(descId)?.textContent).toBe('ClaimLens: agrees with the database');
    expect(markIndex(marks[2]!)).toBe(0);
  });

  it('leaves page text unchanged and restores the DOM exactly on destroy', () => {
    const before = document.body.innerHTML;
    const textBefore = document.body.textContent;
    const h = new Highlighter(document);
    const blocks = collectBlocks(document.body);
    const b0 = blocks[0]!;
    const b1 = blocks[1]!;
    h.highlightBlock(b0, [
      { index: 0, start: 4, end: 12, verdict: 'agrees', claimId: 'a' },
      { index: 1, start: b0.text.indexOf('10,000'), end: b0.text.indexOf('troops'), verdict: 'differs', claimId: 'b' },
    ]);
    h.highlight(b1, { index: 2, start: 2, end: b1.text.length - 3, verdict: 'new', flagged: true });
    expect(document.querySelectorAll('claimlens-mark').length).toBeGreaterThan(3);
    expect(document.body.textContent).toBe(textBefore);
    expect(document.querySelector('[data-verdict="new"]')!.hasAttribute('data-claim-id')).toBe(false);
    expect(document.querySelector('[data-verdict="new"]')!.hasAttribute('data-flagged')).toBe(true);
    h.destroy();
    expect(document.body.innerHTML).toBe(before);
    // Same number of text nodes: every split was joined again.
    expect(document.querySelectorAll('p')[0]!.childNodes.length).toBe(5);
    expect(document.querySelector('em')!.childNodes.length).toBe(2);
    expect(document.querySelector('claimlens-descriptions')).toBeNull();
  });

  it('does not wrap whitespace-only pieces', () => {
    document.body.innerHTML = '<p><b>NATO</b> <i>grew</i></p>';
    const block = collectBlocks(document.body)[0]!;
    const h = new Highlighter(document);
    h.highlight(block, { index: 5, start: 0, end: block.text.length, verdict: 'new' });
    expect(marksText()).toEqual(['NATO', 'grew']);
  });

  it('keeps later ranges of a block correct after splitting, and skips overlaps', () => {
    const block = collectBlocks(document.body)[1]!;
    const h = new Highlighter(document);
    const t = block.text;
    const done = h.highlightBlock(block, [
      { index: 2, start: t.indexOf('23'), end: t.indexOf('23') + 2, verdict: 'differs' },
      { index: 1, start: t.indexOf('32'), end: t.indexOf('32') + 2, verdict: 'agrees' },
      { index: 3, start: t.indexOf('32') + 1, end: t.indexOf('members'), verdict: 'new' },
    ]);
    expect(done.map((d) => d.index)).toEqual([1, 2]);
    expect(marksText()).toEqual(['32', '23']);
  });

  it('sets and clears data-flagged, and removes one highlight', () => {
    const block = collectBlocks(document.body)[1]!;
    const h = new Highlighter(document);
    h.highlightBlock(block, [
      { index: 0, start: 0, end: 4, verdict: 'agrees' },
      { index: 1, start: 9, end: 11, verdict: 'new' },
    ]);
    h.setFlagged(1, true);
    expect(h.marks(1)[0]!.hasAttribute('data-flagged')).toBe(true);
    h.setFlagged(1, false);
    expect(h.marks(1)[0]!.hasAttribute('data-flagged')).toBe(false);
    h.remove(0);
    expect(marksText()).toEqual(['32']);
    h.destroy();
    expect(document.body.innerHTML).toBe(HTML);
  });
});
