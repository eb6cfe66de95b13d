// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Tooltip, type TooltipProps } from '../components/Tooltip';
import { placeNear, placeTooltip, type Box } from '../components/placement';
import type { Comparison, Explanation, Statement } from '../core/types';

const pentagon: Statement = {
  source: '000_43f53078eb556458.txt',
  quote: 'The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched to the Kursk region',
  attribution: 'the Pentagon',
  figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' },
  asOf: '2024-11',
  outlet: 'trendynewsnow.com',
  url: 'https://trendynewsnow.com/north-koreas-troop-deployment/',
  published: null,
};
const training: Statement = {
  source: '002_9950ee67f3d01385.txt',
  quote: 'Zelensky said 10,000 North Korean soldiers were being trained in Russia',
  attribution: 'Volodymyr Zelensky',
  figure: { value: 10000, unit: 'soldiers', qualifier: 'exact', counts: 'troops-training' },
  asOf: '2024-11',
  outlet: 'westtimelines.com',
  url: null,
  published: '2024-11-07',
};
const noFigure: Statement = {
  source: '003_195da53a531a13bd.txt',
  quote: 'Rutte said North Korean troops had been sent to Russia',
  attribution: 'Mark Rutte',
  figure: null,
  asOf: '2024-10',
};
const compare = (statement: Statement, fits: boolean | null): Comparison => ({ claimId: 'nk-troops-deployed-kursk', statement, fits, text: '' });

const explanation: Explanation = {
  summary: 'The page says 12,000; the Pentagon estimated about 10,000.',
  comparisons: [compare(pentagon, false)],
};

let host: HTMLElement;

function show(over: Partial<TooltipProps> = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const props: TooltipProps = {
    verdict: 'differs',
    quote: '12,000 North Korean troops are in Kursk',
    figure: { value: 12000, unit: 'troops', qualifier: 'exact', counts: 'troops-deployed' },
    attribution: 'Ukrainian intelligence',
    explanation,
    flagged: false,
    onFlag: vi.fn(),
    onUnflag: vi.fn(),
    onDismiss: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
  act(() => render(<Tooltip {...props} />, host));
  return props;
}

const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Tooltip', () => {
  it('opens with the verdict in one line, then the page figure against the source figure', () => {
    show();
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('ClaimLens: differs from the database');
    expect(dialog.firstElementChild!.textContent).toBe('≠Differs: 1 of 1 source gives another figure');
    const text = dialog.textContent!;
    expect(text).toContain('This page: “12,000 North Korean troops are in Kursk”: 12,000 troops sent – according to Ukrainian intelligence');
    expect(text).toContain('about 10,000 troops sent – the Pentagon · trendynewsnow.com · Nov 2024');
    // The quote and a link to the source are one click away.
    const details = dialog.querySelector('details')!;
    expect(details.querySelector('q')!.textContent).toContain('approximately 10,000 North Korean soldiers');
    expect(details.querySelector('a')!.getAttribute('href')).toBe('https://trendynewsnow.com/north-koreas-troop-deployment/');
    expect(text).toContain('Compared with the ClaimLens database only (bundled: five articles, November 2024 reporting)');
    expect(['Flag…', 'Dismiss', 'Close'].every((n) => button(n))).toBe(true);
    expect(button('Unflag')).toBeUndefined();
  });

  it('draws the page figure and every compared source on a number line, with a text alternative', () => {
    const second: Statement = { ...pentagon, attribution: null, outlet: 'horizonpost.com', published: '2024-11-07', figure: { ...pentagon.figure!, value: 11000 } };
    show({ explanation: { summary: '', comparisons: [compare(pentagon, false), compare(second, false)] } });
    const chart = host.querySelector('svg[role="img"]')!;
    const rows = [...chart.querySelectorAll('g.pt')];
    expect(rows.map((g) => g.querySelector('text')!.textContent)).toEqual(['This page', 'the Pentagon, Nov 2024', 'horizonpost.com, 7 Nov 2024']);
    // The page's marker sits right of both sources' (12,000 against 10,000 and 11,000).
    const x = (g: Element) => Number(g.querySelector('rect, path, circle')!.getAttribute('x') ?? g.querySelector('path')!.getAttribute('d')!.slice(1).split(' ')[0]);
    const [pageX, firstX, secondX] = rows.map((g) => (g.querySelector('rect') ? Number(g.querySelector('rect')!.getAttribute('x')) + 5 : x(g) + 5));
    expect(pageX).toBeGreaterThan(secondX!);
    expect(secondX).toBeGreaterThan(firstX!);
    const alt = chart.querySelector('desc')!.textContent!;
    expect(alt).toBe('This page: 12,000 troops sent; the Pentagon (Nov 2024): about 10,000 troops sent – another figure; horizonpost.com (7 Nov 2024): about 11,000 troops sent – another figure');
  });

  it('keeps a figure that counts something else apart, and never calls it differing', () => {
    show({ explanation: { summary: '', comparisons: [compare(pentagon, false), compare(training, false), compare(noFigure, null)] } });
    const groups = [...host.querySelectorAll('section.group')].map((g) => g.querySelector('h3')!.textContent);
    expect(groups).toEqual(['≠ Another figure (1)', '○ Counts something else (1)', '“ Says, without a figure (1)']);
    const other = host.querySelector('section.fits-other')!.textContent!;
    expect(other).toContain('10,000 troops in training – Volodymyr Zelensky · westtimelines.com · 7 Nov 2024');
    expect(host.querySelector('section.fits-says')!.textContent).toContain('“Rutte said North Korean troops had been sent to Russia” – Mark Rutte');
    expect(host.textContent).not.toMatch(/no figure|\(troops deployed\)|verified/i);
    // Only compared figures go on the chart.
    expect(host.querySelectorAll('g.pt')).toHaveLength(2);
  });

  it('an agreeing claim still shows the source that disagrees', () => {
    const other: Statement = { ...pentagon, attribution: 'Ukrainian intelligence', figure: { ...pentagon.figure!, value: 12000, qualifier: 'exact' } };
    show({ verdict: 'agrees', explanation: { summary: '', comparisons: [compare(pentagon, false), compare(other, true)] } });
    expect(host.querySelector('.verdict')!.textContent).toBe('✓Agrees: 1 of 2 sources gives the same figure');
    const groups = [...host.querySelectorAll('section.group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['✓ Same figure (1)', '≠ Another figure (1)']);
    expect(host.textContent).not.toMatch(/verified/i);
  });

  it('says the database has nothing for a new claim', () => {
    show({ verdict: 'new', figure: null, explanation: { summary: '', comparisons: [] } });
    expect(host.querySelector('.verdict')!.textContent).toBe('+New: nothing in the database to compare with');
    expect(host.textContent).toContain('This page: 12,000 North Korean troops are in Kursk');
    expect(host.querySelector('svg')).toBeNull();
    expect(host.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('ClaimLens: new: not in the database');
  });

  it('shows hostile page text as text, never as markup', () => {
    const hostile = 'NATO <img src=x onerror="window.pwned=1"> has 32 members <b>bold</b>';
    show({ quote: hostile, attribution: '<script>alert(1)</script>' });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(host.textContent).toContain('<script>alert(1)</script>');
  });

  it('Flag… opens a note box; Save flag sends the note', async () => {
    const props = show();
    act(() => button('Flag…')!.click());
    const note = host.querySelector('textarea')!;
    expect(note.closest('label')!.textContent).toContain('Note (optional)');
    expect(button('Save flag')).toBeDefined();
    expect(button('Cancel')).toBeDefined();
    await act(async () => {
      note.value = 'Kyiv says 11,000';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      button('Save flag')!.click();
    });
    expect(props.onFlag).toHaveBeenCalledWith('Kyiv says 11,000');
    expect(button('Flag…')).toBeDefined();
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Flag saved. It is listed in the dashboard.');
  });

  it('Cancel closes the note box without flagging', () => {
    const props = show();
    act(() => button('Flag…')!.click());
    act(() => button('Cancel')!.click());
    expect(props.onFlag).not.toHaveBeenCalled();
    expect(host.querySelector('textarea')).toBeNull();
  });

  it('a flagged claim offers Unflag; Dismiss, Close and Escape call back', async () => {
    const props = show({ flagged: true });
    expect(button('Flag…')).toBeUndefined();
    await act(async () => button('Unflag')!.click());
    expect(props.onUnflag).toHaveBeenCalled();
    act(() => button('Dismiss')!.click());
    expect(props.onDismiss).toHaveBeenCalled();
    act(() => button('Close')!.click());
    expect(props.onClose).toHaveBeenCalledTimes(1);
    host.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('a flag with a note is removed only after the reader confirms; Keep flag keeps it', async () => {
    const props = show({ flagged: true, flagNote: 'Ask the ministry' });
    await act(async () => button('Unflag')!.click());
    expect(props.onUnflag).not.toHaveBeenCalled();
    expect(host.textContent).toContain('Remove this flag and its note “Ask the ministry”?');
    expect(document.activeElement).toBe(button('Keep flag'));
    await act(async () => button('Keep flag')!.click());
    expect(props.onUnflag).not.toHaveBeenCalled();
    expect(button('Unflag')).toBeDefined();
    await act(async () => button('Unflag')!.click());
    await act(async () => button('Remove flag and note')!.click());
    expect(props.onUnflag).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Flag and note removed.');
  });

  it('Tab past the last button hands focus back (closes), Tab between buttons does not', () => {
    const props = show();
    const tab = (el: Element, shiftKey = false) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
    tab(button('Dismiss')!);
    expect(props.onClose).not.toHaveBeenCalled();
    tab(button('Close')!);
    expect(props.onClose).toHaveBeenCalledTimes(1);
    // The first stop is the first source's line (it opens to show the quote).
    const first = host.querySelector('summary')!;
    tab(first, true);
    expect(props.onClose).toHaveBeenCalledTimes(2);
    tab(button('Flag…')!, true);
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('shows an error when saving a flag fails', async () => {
    show({ onFlag: () => Promise.reject(new Error('database closed')) });
    act(() => button('Flag…')!.click());
    await act(async () => button('Save flag')!.click());
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('database closed');
  });
});

describe('placeTooltip', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 200 };
  it('goes below the highlight when there is room', () => {
    expect(placeNear({ top: 100, bottom: 120, left: 50, right: 150 }, size, viewport)).toEqual({ top: 126, left: 50 });
  });
  it('goes above near the bottom, and stays inside the viewport on the right', () => {
    expect(placeNear({ top: 500, bottom: 520, left: 700, right: 790 }, size, viewport)).toEqual({ top: 294, left: 492 });
  });
  it('goes beside a tall claim when neither above nor below has room', () => {
    const p = placeTooltip({ top: 150, bottom: 450, left: 40, right: 400 }, size, viewport);
    expect(p).toMatchObject({ side: 'right', left: 406, fits: true });
  });
  it('caps its height to the roomier side when it fits nowhere whole', () => {
    const p = placeTooltip({ top: 200, bottom: 260, left: 8, right: 352 }, { width: 344, height: 400 }, { width: 360, height: 500 });
    expect(p).toMatchObject({ side: 'below', top: 266, maxHeight: 226, fits: false });
  });

  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  it('never covers any line of its claim, in any window from 360×500 up', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      const vw = 360 + Math.floor(rnd() * 1200);
      const vh = 500 + Math.floor(rnd() * 500);
      const width = Math.min(380, vw - 16);
      const natural = { width, height: 120 + Math.floor(rnd() * 400) };
      // A claim of one to six lines in a text column, somewhere in the window.
      const colLeft = 8 + Math.floor(rnd() * Math.max(1, vw / 3));
      const colRight = Math.min(vw - 8, colLeft + 300 + rnd() * 700);
      const lineH = 26;
      const count = 1 + Math.floor(rnd() * 6);
      const top0 = Math.floor(rnd() * (vh - count * lineH));
      const lines: Box[] = Array.from({ length: count }, (_, i) => ({
        top: top0 + i * lineH,
        bottom: top0 + i * lineH + 20,
        left: i === 0 ? colLeft + rnd() * (colRight - colLeft) * 0.6 : colLeft,
        right: i === count - 1 ? colLeft + 40 + rnd() * (colRight - colLeft - 40) : colRight,
      }));
      const p = placeTooltip(lines, natural, { width: vw, height: vh });
      const box = { top: p.top, left: p.left, right: p.left + width, bottom: p.top + Math.min(natural.height, p.maxHeight) };
      for (const line of lines) expect(overlaps(box, line), JSON.stringify({ vw, vh, lines, p })).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(vh);
      expect(box.right).toBeLessThanOrEqual(vw);
      // Enough room left to read the verdict and reach the buttons.
      expect(p.maxHeight).toBeGreaterThanOrEqual(Math.min(natural.height, 150));
    }
  });
});
