// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addedMentionsTopic, readChunk } from '../dom/gate';

// The extension reads 2,500 elements at a time; a small chunk keeps the pages here small.
const CHUNK = 20;

/** A page of `before` filler paragraphs, then `line`, then `after` more. */
function page(before: number, line: string, after = 0): HTMLElement {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Recipe step ${i}: stir the soup.</p>`).join('');
  document.body.innerHTML = `${filler(before)}<p>${line}</p>${filler(after)}`;
  return document.body;
}

describe('the first stage gate', () => {
  it('finds a topic near the top of a page in its first read', () => {
    const r = readChunk(page(10, 'NATO allies met in Brussels.', 100), 0, CHUNK);
    expect(r.topical).toBe(true);
  });

  it('reads a page on allies\' defence budgets that names no topic', () => {
    expect(readChunk(page(10, 'Polish defense expenditure is expected to reach a record 4.7% this year.'), 0, CHUNK).topical).toBe(true);
    expect(readChunk(page(10, 'Estonia will spend 3.7% of GDP on defence.'), 0, CHUNK).topical).toBe(true);
    expect(readChunk(page(10, 'The team\'s defense allowed 40 points.'), 0, CHUNK).topical).toBe(false);
    expect(readChunk(page(10, 'It would have the third biggest defence budget.'), 0, CHUNK).topical).toBe(false);
  });

  it('says nothing about a page that names no topic, and reads a short one to its end', () => {
    expect(readChunk(page(10, 'The soup is ready.'), 0, CHUNK)).toEqual({ topical: false, next: null });
  });

  it('reads a long page in chunks: a mention past the first chunk is found by the next one', () => {
    const root = page(CHUNK + 5, 'Russia fired 40 missiles overnight.');
    const first = readChunk(root, 0, CHUNK);
    expect(first.topical).toBe(false);
    expect(first.next?.textContent).toBe(`Recipe step ${CHUNK}: stir the soup.`);
    expect(readChunk(root, CHUNK, CHUNK)).toEqual({ topical: true, next: null });
  });

  it('a chunk ends just before its next element, so no text is read twice or skipped', () => {
    const root = page(CHUNK, 'Seoul said so.');
    // The topic line is element CHUNK: the start of the second chunk, not the end of the first.
    expect(readChunk(root, 0, CHUNK).topical).toBe(false);
    expect(readChunk(root, CHUNK, CHUNK).topical).toBe(true);
  });

  it('tests added content without script or style blobs', () => {
    const s = document.createElement('script');
    s.textContent = 'var x = "Russia";';
    expect(addedMentionsTopic(s)).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Kyiv came under attack.';
    expect(addedMentionsTopic(p)).toBe(true);
    expect(addedMentionsTopic(document.createTextNode('a cooking tip'))).toBe(false);
  });
});

describe('the first stage gate and script blobs', () => {
  it('does not read script text, before, between or after them', () => {
    document.body.innerHTML = '<p>Soup.</p><script>var a = "NATO";</script><script>"Russia"</script><p>More soup.</p><script>"Kyiv"</script>';
    expect(readChunk(document.body, 0, 20).topical).toBe(false);
    document.body.innerHTML = '<p>Soup.</p><script>var a = 1;</script><p>Pyongyang fired a missile.</p><script>var b = 2;</script><p>End.</p>';
    expect(readChunk(document.body, 0, 20).topical).toBe(true);
    document.body.innerHTML = '<script>var a = 1;</script><p>Soup.</p><p>The Kremlin said no.</p>';
    expect(readChunk(document.body, 0, 20).topical).toBe(true);
  });

  it('skips the scripts of other chunks without reading across them', () => {
    const soup = Array.from({ length: 30 }, (_, i) => `<p>Soup ${i}.</p><script>"Russia ${i}"</script>`).join('');
    document.body.innerHTML = `${soup}<p>NATO met.</p>`;
    const first = readChunk(document.body, 0, 20);
    expect(first.topical).toBe(false);
    expect(readChunk(document.body, 20, 20).topical).toBe(false);
    expect(readChunk(document.body, 40, 20).topical).toBe(false);
    // 60 elements of soup and scripts: the line is the first of the fourth chunk.
    expect(readChunk(document.body, 60, 20)).toEqual({ topical: true, next: null });
  });
});
