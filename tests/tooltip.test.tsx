// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Tooltip, type TooltipProps } from '../components/Tooltip';
import { placeNear } from '../components/placement';
import type { Explanation } from '../core/types';

const explanation: Explanation = {
  summary: 'The page says 12,000; the Pentagon estimated about 10,000.',
  comparisons: [
    {
      claimId: 'nk-troops-deployed-kursk',
      fits: false,
      text: 'about 10,000 soldiers',
      statement: {
        source: '000_43f53078eb556458.txt',
        quote: 'The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched to the Kursk region',
        attribution: 'the Pentagon',
        figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' },
        asOf: '2024-11',
      },
    },
  ],
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
  it('says the verdict in words and sets the page figure beside the database statement', () => {
    show();
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('ClaimLens: differs from the database');
    const text = dialog.textContent!;
    expect(text).toContain('Differs from the database');
    expect(text).toContain('12,000 troops');
    expect(text).toContain('Ukrainian intelligence');
    expect(text).toContain('about 10,000 soldiers');
    expect(text).toContain('according to the Pentagon');
    expect(text).toContain('North Korea’s Troop Deployment and Its Impact on Global Security');
    expect(text).toContain('as of 2024-11');
    expect(text).toContain('approximately 10,000 North Korean soldiers');
    expect(['Flag…', 'Dismiss', 'Close'].every((n) => button(n))).toBe(true);
    expect(button('Unflag')).toBeUndefined();
  });

  it('says the database has nothing for a new claim', () => {
    show({ verdict: 'new', explanation: { summary: '', comparisons: [] } });
    expect(host.textContent).toContain('New: not in the database');
    expect(host.textContent).toContain('The database has nothing on this yet.');
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

  it('Tab past the last button hands focus back (closes), Tab between buttons does not', () => {
    const props = show();
    const tab = (el: Element, shiftKey = false) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
    tab(button('Dismiss')!);
    expect(props.onClose).not.toHaveBeenCalled();
    tab(button('Close')!);
    expect(props.onClose).toHaveBeenCalledTimes(1);
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

describe('placeNear', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 200 };
  it('goes below the highlight when there is room', () => {
    expect(placeNear({ top: 100, bottom: 120, left: 50, right: 150 }, size, viewport)).toEqual({ top: 126, left: 50 });
  });
  it('goes above near the bottom, and stays inside the viewport on the right', () => {
    expect(placeNear({ top: 500, bottom: 520, left: 700, right: 790 }, size, viewport)).toEqual({ top: 294, left: 492 });
  });
});
