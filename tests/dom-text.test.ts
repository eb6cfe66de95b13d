// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectBlocks, rangeFor, blockElementOf, walkBlocks } from '../dom/text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Text of a DOM range given as (node, offset) pairs, read back from the DOM. */
function textBetween(r: ReturnType<typeof rangeFor>): string {
  const range = document.createRange();
  range.setStart(r.start.node, r.start.offset);
  range.setEnd(r.end.node, r.end.offset);
  return range.toString();
}

describe('collectBlocks', () => {
  it('reads a sentence spanning <a>, <em> and <strong> as one block', () => {
    const body = page('<p>The <a href="#">Pentagon</a> said <em>about <strong>10,000</strong></em> troops.</p>');
    const blocks = collectBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual(['The Pentagon said about 10,000 troops.']);
    expect(blocks[0]!.element.localName).toBe('p');
    expect(blocks[0]!.nodes.map((n) => n.node.data)).toEqual(["The ", "Pentagon", " said ", "about ", "10,000", " troops."]);
    expect(blocks.truncated).toBe(false);
  });

  it('gives its caller a turn every few hundred nodes, even across thousands of empty wrappers, and still reads every block', () => {
    const body = page(`<p>First paragraph.</p>${'<div><span></span></div>'.repeat(3000)}<p>Last paragraph.</p>`);
    const items = [...walkBlocks(body)];
    const blocks = items.filter((b) => b !== null).map((b) => b!.text);
    expect(blocks).toEqual(['First paragraph.', 'Last paragraph.']);
    // 9,000 nodes with no text between the two paragraphs: a turn at least every 300 of them.
    expect(items.filter((b) => b === null).length).toBeGreaterThanOrEqual(30);
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['First paragraph.', 'Last paragraph.']);
  });

  it('splits blocks at nested block elements and <br>', () => {
    const body = page('<div>Intro text<p>Para one.</p>tail text<br>after break</div><ul><li>Item A</li><li>Item B</li></ul>');
    const texts = collectBlocks(body).map((b) => [b.text, b.element.localName]);
    expect(texts).toEqual([
      ['Intro text', 'div'],
      ['Para one.', 'p'],
      ['tail text', 'div'],
      ['after break', 'div'],
      ['Item A', 'li'],
      ['Item B', 'li'],
    ]);
  });

  it('skips form fields, code, scripts, contenteditable and our own marks', () => {
    const body = page(
      '<p>Visible claim.</p><textarea>typed 5,000 troops</textarea><input value="x"><select><option>opt</option></select>' +
        '<pre>pre 1</pre><p>Run <code>npm test</code> now.</p><script>var a = 1</script><style>p{}</style>' +
        '<div contenteditable="true"><p>editing 10,000</p></div><div contenteditable="false">not editable</div>' +
        '<svg><text>svg text</text></svg><claimlens-tooltip>ours</claimlens-tooltip><noscript>ns</noscript>',
    );
    const texts = collectBlocks(body).map((b) => b.text);
    expect(texts).toEqual(['Visible claim.', 'Run  now.', 'not editable']);
  });

  it('reads through our own highlight marks (their text is page text)', () => {
    const body = page('<p>NATO has <claimlens-mark data-verdict="new">32 members</claimlens-mark> now.</p>');
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['NATO has 32 members now.']);
  });

  it('keeps offsets exact, whitespace included, and drops whitespace-only blocks', () => {
    const body = page('<p>\n  North Korea sent\n   <b>troops</b>  </p>\n<div>   </div>');
    const blocks = collectBlocks(body);
    expect(blocks).toHaveLength(1);
    const b = blocks[0]!;
    expect(b.text).toBe('\n  North Korea sent\n   troops  ');
    for (const { node, start } of b.nodes) expect(b.text.slice(start, start + node.data.length)).toBe(node.data);
  });

  it('skips hidden subtrees through the predicate', () => {
    const body = page('<p>Shown.</p><div class="hide"><p>Hidden 9,000.</p></div>');
    const texts = collectBlocks(body, { isHidden: (el) => el.classList.contains('hide') }).map((b) => b.text);
    expect(texts).toEqual(['Shown.']);
  });

  it('stops at the node cap and reports truncated', () => {
    const body = page(Array.from({ length: 50 }, (_, i) => `<p>Sentence ${i}.</p>`).join(''));
    const blocks = collectBlocks(body, { maxNodes: 10 });
    expect(blocks).toHaveLength(10);
    expect(blocks.truncated).toBe(true);
    const byChars = collectBlocks(body, { maxChars: 40 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.map((b) => b.text).join('').length).toBeLessThanOrEqual(40);
  });

  it('scans an inline root inside its block element', () => {
    page('<p>Before <span id="s">inside <i>span</i></span> after</p>');
    const span = document.getElementById('s')!;
    const blocks = collectBlocks(span);
    expect(blocks.map((b) => b.text)).toEqual(['inside span']);
    expect(blocks[0]!.element.localName).toBe('p');
    expect(blockElementOf(span)?.localName).toBe('p');
  });
});

describe('rangeFor', () => {
  it('maps offsets back to text nodes across element boundaries', () => {
    const body = page('<p>The <a href="#">Pentagon</a> said <em>about <strong>10,000</strong></em> troops.</p>');
    const block = collectBlocks(body)[0]!;
    const cases: Array<[string, number]> = [['Pentagon', 0], ['Pentagon said about 10,000', 0], ['10,000 troops.', 0], ['The', 0]];
    for (const [needle] of cases) {
      const start = block.text.indexOf(needle);
      const r = rangeFor(block, start, start + needle.length);
      expect(textBetween(r)).toBe(needle);
    }
  });

  it('starts a range in the element that follows a boundary and ends it in the one before', () => {
    const body = page('<p>The <a href="#">Pentagon</a> said</p>');
    const block = collectBlocks(body)[0]!;
    const r = rangeFor(block, 4, 12); // exactly "Pentagon"
    expect(r.start.node.parentElement?.localName).toBe('a');
    expect(r.start.offset).toBe(0);
    expect(r.end.node.parentElement?.localName).toBe('a');
    expect(r.end.offset).toBe(8);
  });

  it('rejects offsets outside the block', () => {
    const block = collectBlocks(page('<p>short</p>'))[0]!;
    expect(() => rangeFor(block, 2, 99)).toThrow(RangeError);
  });
});

describe('in Node with linkedom (batch annotator)', () => {
  it('gives the same blocks and offsets', () => {
    const { document: doc } = parseHTML(
      '<html><body><article><h2>Head line</h2><p>About <a>10,000</a> <em>North Korean</em> soldiers.</p><pre>x</pre></article></body></html>',
    );
    const blocks = collectBlocks(doc.body as unknown as Element);
    expect(blocks.map((b) => b.text)).toEqual(['Head line', 'About 10,000 North Korean soldiers.']);
    const block = blocks[1]!;
    const start = block.text.indexOf('10,000 North');
    const r = rangeFor(block, start, start + '10,000 North'.length);
    expect(r.start.node.data.slice(r.start.offset)).toBe('10,000');
    expect(r.end.node.data.slice(0, r.end.offset)).toBe('North');
  });
});
