// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import claims from '../data/claims.json';
import { createEngine } from '../core/engine';
import type { ClaimRecord, Engine } from '../core/types';
import { PageAnnotator, type ReadBlocks } from '../dom/page-annotator';
import { selectorFor } from '../dom/anchor';
import { watchPage } from '../dom/observer';

const records = ((claims as { claims?: ClaimRecord[] }).claims ?? (claims as unknown as ClaimRecord[])) as ClaimRecord[];
const engine: Engine = createEngine(records);
// The engine reads what the page sends, as the background does; answers arrive a task later.
const read: ReadBlocks = async (blocks) => {
  await new Promise((r) => setTimeout(r, 0));
  return engine.annotatePage!(blocks);
};

const PAGE =
  '<nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
  '<article><p>The <a href="#x">Pentagon</a> has estimated that approximately <strong>10,000</strong> North Korean soldiers have been dispatched to the Kursk region in Russia.</p>' +
  '<p>The weather in Seoul was mild on Tuesday.</p>' +
  '<p>Rutte said more than 600,000 Russian soldiers have been killed or wounded since the full-scale invasion of Ukraine.</p>' +
  '<p><textarea>about 10,000 North Korean soldiers have been dispatched to Kursk</textarea></p></article>';

function make(signal = new AbortController().signal) {
  return new PageAnnotator({ doc: document, root: document.body, read, signal });
}

describe('PageAnnotator', () => {
  beforeEach(() => {
    document.querySelector('claimlens-descriptions')?.remove();
    document.body.innerHTML = PAGE;
  });

  it('highlights the claims of a page, spanning inline markup, and nothing in form fields', async () => {
    const a = make();
    await a.scanAll();
    expect(a.state).toBe('done');
    const items = a.items();
    expect(items.length).toBeGreaterThanOrEqual(2);
    const quotes = items.map((f) => f.quote);
    expect(quotes.some((q) => q.includes('Pentagon') && q.includes('10,000'))).toBe(true);
    expect(quotes.some((q) => q.includes('600,000'))).toBe(true);
    expect(quotes.some((q) => q.includes('weather'))).toBe(false);
    expect(document.querySelector('textarea claimlens-mark, nav claimlens-mark')).toBeNull();
    for (const f of items) {
      const marks = a.marks(f.index);
      expect(marks.map((m) => m.textContent).join('')).toBe(f.quote);
      expect(marks[0]!.getAttribute('data-verdict')).toBe(f.annotation.verdict);
    }
  });

  it('puts the page back exactly when destroyed', async () => {
    const before = document.body.innerHTML;
    const a = make();
    await a.scanAll();
    expect(document.querySelectorAll('claimlens-mark').length).toBeGreaterThan(0);
    a.destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it('marks flagged claims found by their quote selector, and unmarks them', async () => {
    const a = make();
    await a.scanAll();
    const target = a.items().find((f) => f.quote.includes('600,000'))!;
    // A flag saved on an earlier visit: only its quote and context are known.
    const selector = selectorFor(target.block.text, target.annotation.start + 5, target.annotation.end - 5);
    a.setFlags([{ id: 'flag-1', selector }]);
    expect(a.marks(target.index).every((m) => m.hasAttribute('data-flagged'))).toBe(true);
    expect(document.querySelectorAll('claimlens-mark[data-flagged]').length).toBe(a.marks(target.index).length);
    a.markFlag(target.index, null);
    expect(document.querySelectorAll('claimlens-mark[data-flagged]').length).toBe(0);
  });

  it('dismisses a highlight for the visit, also across re-scans', async () => {
    const a = make();
    await a.scanAll();
    const target = a.items()[0]!;
    const block = target.block.element;
    a.dismiss(target.index);
    expect(a.items().some((f) => f.quote === target.quote)).toBe(false);
    a.rescan([block]);
    expect(a.items().some((f) => f.quote === target.quote)).toBe(false);
  });

  it('re-scans a changed block without touching the others', async () => {
    const a = make();
    await a.scanAll();
    const count = a.items().length;
    const weather = document.querySelectorAll('article p')[1]!;
    weather.textContent = 'NATO Secretary General Mark Rutte said 23 of the 32 members meet the 2% defence spending target.';
    await a.rescan([weather]);
    expect(a.items().length).toBe(count + 1);
    expect(weather.querySelector('claimlens-mark')).not.toBeNull();
    expect(document.body.textContent).toContain('23 of the 32 members');
  });

  it('keeps intact highlights (same marks, same index) when a counter in their block ticks', async () => {
    document.body.innerHTML =
      '<p>Readers: <span id="n">1</span>. Rutte said more than 600,000 Russian soldiers have been killed or wounded since the full-scale invasion of Ukraine.</p>';
    const a = make();
    await a.scanAll();
    const [before] = a.items();
    const marks = a.marks(before!.index);
    expect(marks.length).toBeGreaterThan(0);
    for (let i = 2; i < 5; i++) {
      document.getElementById('n')!.textContent = String(i * 100);
      await a.rescan([document.querySelector('p')!]);
    }
    const [after] = a.items();
    expect(after!.index).toBe(before!.index);
    a.marks(after!.index).forEach((m, i) => expect(m).toBe(marks[i]));
    expect(document.querySelectorAll('claimlens-mark').length).toBe(marks.length);
    // The block's offsets were refreshed: anchoring the new text still finds the claim.
    expect(after!.block.text.slice(after!.annotation.start, after!.annotation.end)).toBe(after!.quote);
    a.destroy();
    expect(document.querySelector('p')!.textContent).toContain('Readers: 400.');
  });

  it('with the page watcher, new paragraphs get highlighted and our writes cause no re-scan', async () => {
    const ac = new AbortController();
    let rescans = 0;
    const a = make(ac.signal);
    const w = watchPage({
      root: document.body,
      signal: ac.signal,
      isOurs: (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('claimlens-mark'),
      debounceMs: 10,
      maxWaitMs: 50,
      onChanged: (blocks) => {
        rescans++;
        a.rescan(blocks);
      },
    });
    a.setWrite((fn) => w.ours(fn));
    await a.scanAll();
    await new Promise((r) => setTimeout(r, 40));
    expect(rescans).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Rutte said more than 600,000 Russian soldiers have been killed or wounded since the full-scale invasion of Ukraine.';
    document.querySelector('article')!.append(p);
    await new Promise((r) => setTimeout(r, 60));
    expect(rescans).toBe(1);
    expect(p.querySelector('claimlens-mark')).not.toBeNull();
    ac.abort();
  });
});
