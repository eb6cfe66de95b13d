// @vitest-environment happy-dom
// The popup as a reader sees it, wired to the real popup API with the messaging layer mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PageSummary, PageSummaryItem, Settings } from '../data/messages';
import { sendToBackground, sendToTab } from '../data/messaging';
import { PopupPanel } from '../components/PopupPanel';
import { createPopupApi } from '../entrypoints/popup/popup-api';
import { allByRole, byRole, click, settle, text, typeInto, waitFor } from './ui-query';

vi.mock('../data/messaging', () => ({ sendToTab: vi.fn(), sendToBackground: vi.fn() }));

const TAB = 42;
const tabSend = vi.mocked(sendToTab) as unknown as ReturnType<typeof vi.fn>;
const bgSend = vi.mocked(sendToBackground) as unknown as ReturnType<typeof vi.fn>;

function item(index: number, verdict: PageSummaryItem['verdict'], quote: string, line = ''): PageSummaryItem {
  return {
    index,
    quote,
    verdict,
    line,
    flagged: false,
    figure: null,
    selector: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
  };
}

function summary(items: PageSummaryItem[], state: PageSummary['state'] = 'done'): PageSummary {
  const counts = { agrees: 0, differs: 0, new: 0 };
  for (const i of items) counts[i.verdict]++;
  return { state, url: 'https://news.example/world/story', title: 'World story', counts, items };
}

const ITEMS = [
  item(0, 'agrees', 'About 10,000 North Korean troops have been deployed to the Kursk region, the Pentagon said.', 'about 10,000 troops; database: about 10,000 (Pentagon)'),
  item(1, 'differs', 'Some 3,000 North Korean soldiers are in Russia.', '3,000 soldiers; database: about 10,000 (Pentagon)'),
  item(2, 'agrees', '23 of 32 NATO members meet the 2% target.'),
  item(3, 'new', 'Seoul is weighing direct arms supplies to Ukraine.'),
];

let settings: Settings;
let pages: PageSummary[];
let root: HTMLElement;

beforeEach(() => {
  settings = { paused: false, disabledSites: [] };
  pages = [summary(ITEMS)];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: TAB }] as never);
  vi.spyOn(window, 'close').mockImplementation(() => {});
  tabSend.mockReset().mockImplementation(async (_tab: number, type: string) => {
    // Each summary request takes the next page state; the last one repeats.
    if (type === 'page/summary') return pages.length > 1 ? pages.shift() : pages[0];
    return true;
  });
  bgSend.mockReset().mockImplementation(async (type: string, data?: Partial<Settings>) => {
    if (type === 'settings/set') settings = { ...settings, ...data };
    return settings;
  });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function openPopup() {
  render(<PopupPanel api={createPopupApi()} />, root);
  await waitFor(() => expect(text(root)).not.toContain('Loading…'));
  await settle();
}

describe('popup states', () => {
  it('shows the counts by verdict in words and numbers, and one button per claim', async () => {
    await openPopup();
    expect(text(root)).toContain('2 agree with the database');
    expect(text(root)).toContain('1 differs from the database');
    expect(text(root)).toContain('1 not in the database');
    const go = allByRole(root, 'button', /^Go to claim: /);
    expect(go).toHaveLength(4);
    expect(go[1]!.getAttribute('aria-label')).toBe('Go to claim: Some 3,000 North Korean soldiers are in Russia.');
    // A long quote is shortened in the name, at a word edge.
    expect(go[0]!.getAttribute('aria-label')).toMatch(/^Go to claim: About 10,000 North Korean troops have been deployed.*…$/);
    expect(text(root)).toContain('3,000 soldiers; database: about 10,000 (Pentagon)');
    expect(text(root)).toContain('Differs');
    expect(text(root)).toContain('World story');
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/summary');
  });

  it('says "Scanning this page…" while the page scans, then shows what it found', async () => {
    pages = [summary([], 'scanning'), summary([], 'scanning'), summary(ITEMS.slice(0, 1))];
    await openPopup();
    expect(text(byRole(root, 'status'))).toBe('Scanning this page…');
    expect(allByRole(root, 'button', /^Go to claim/)).toHaveLength(0);
    await waitFor(() => expect(allByRole(root, 'button', /^Go to claim/)).toHaveLength(1), 3000);
    expect(text(root)).not.toContain('Scanning this page…');
  });

  it('says when no claims were found', async () => {
    pages = [summary([])];
    await openPopup();
    expect(text(byRole(root, 'status'))).toBe('No claims found on this page.');
  });

  it("says it can't run when no content script answers, without the site switch", async () => {
    tabSend.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await openPopup();
    expect(text(byRole(root, 'status'))).toContain("ClaimLens can't run on this page.");
    expect(allByRole(root, 'checkbox', 'Annotate this site')).toHaveLength(0);
    // Still useful: pause and the dashboard.
    byRole(root, 'checkbox', 'Pause ClaimLens everywhere');
    byRole(root, 'button', 'Open dashboard');
  });

  it('says when ClaimLens is off for the site or paused', async () => {
    settings = { paused: false, disabledSites: ['news.example'] };
    pages = [{ ...summary([]), state: 'site-off' }];
    await openPopup();
    expect(text(byRole(root, 'status'))).toBe('ClaimLens is off for this site.');
    expect((byRole(root, 'checkbox', 'Annotate this site') as HTMLInputElement).checked).toBe(false);

    render(null, root);
    settings = { paused: true, disabledSites: [] };
    pages = [{ ...summary([]), state: 'paused' }];
    await openPopup();
    expect(text(byRole(root, 'status'))).toBe('ClaimLens is paused.');
    expect((byRole(root, 'checkbox', 'Pause ClaimLens everywhere') as HTMLInputElement).checked).toBe(true);
  });

  it('renders page text as text, never as HTML', async () => {
    pages = [summary([item(0, 'new', '<img src=x onerror="alert(1)"> 5,000 troops')])];
    await openPopup();
    expect(root.querySelector('img')).toBeNull();
    byRole(root, 'button', 'Go to claim: <img src=x onerror="alert(1)"> 5,000 troops');
  });
});

describe('popup actions', () => {
  it('"Go to claim" asks the page to focus that claim and closes the popup', async () => {
    await openPopup();
    await click(byRole(root, 'button', 'Go to claim: Some 3,000 North Korean soldiers are in Russia.'));
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/focus', { index: 1 });
    expect(window.close).toHaveBeenCalled();
  });

  it('switching the site off sends settings/set and says the site is off', async () => {
    await openPopup();
    const site = byRole(root, 'checkbox', 'Annotate this site') as HTMLInputElement;
    expect(site.checked).toBe(true);
    await click(site);
    expect(bgSend).toHaveBeenCalledWith('settings/set', { disabledSites: ['news.example'] });
    expect(text(byRole(root, 'status'))).toBe('ClaimLens is off for this site.');

    // Back on: the popup waits for the page to rescan instead of showing a stale state.
    pages = [{ ...summary([]), state: 'site-off' }, summary([], 'scanning'), summary(ITEMS)];
    await click(byRole(root, 'checkbox', 'Annotate this site'));
    expect(bgSend).toHaveBeenLastCalledWith('settings/set', { disabledSites: [] });
    await waitFor(() => expect(allByRole(root, 'button', /^Go to claim/)).toHaveLength(4), 3000);
  });

  it('pausing everywhere sends settings/set and says ClaimLens is paused', async () => {
    await openPopup();
    await click(byRole(root, 'checkbox', 'Pause ClaimLens everywhere'));
    expect(bgSend).toHaveBeenCalledWith('settings/set', { paused: true });
    expect(text(byRole(root, 'status'))).toBe('ClaimLens is paused.');
  });

  it('flags a claim with a note, then offers "Unflag"', async () => {
    await openPopup();
    const flagButtons = allByRole(root, 'button', 'Flag…');
    expect(flagButtons).toHaveLength(4);
    await click(flagButtons[3]!);
    const note = byRole(root, 'textbox', 'Note (optional)') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);
    await typeInto(note, 'Check with the ministry');
    pages = [summary(ITEMS.map((i) => (i.index === 3 ? { ...i, flagged: true } : i)))];
    await click(byRole(root, 'button', 'Save flag'));
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/flag', { index: 3, note: 'Check with the ministry', flagged: true });
    const unflag = byRole(root, 'button', 'Unflag');
    expect(document.activeElement).toBe(unflag);
    expect(allByRole(root, 'textbox')).toHaveLength(0);

    await click(unflag);
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/flag', { index: 3, note: '', flagged: false });
  });

  it('cuts a long comparison line to a few lines until the reader asks for all of it', async () => {
    const line = Array.from({ length: 6 }, (_, i) => `“Quote ${i} about 10,000 troops” (Source ${i}, 00${i}_seed.txt)`).join('; ');
    pages = [summary([item(0, 'agrees', 'About 10,000 troops.', line), item(1, 'new', 'Short one.', 'new figure: 5 ships')])];
    await openPopup();
    const more = byRole(root, 'button', 'Show all comparisons');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const shown = root.querySelector(`#${more.getAttribute('aria-controls')}`)!;
    expect(text(shown)).toBe(line);
    expect(shown.classList.contains('clamped')).toBe(true);
    await click(more);
    expect(byRole(root, 'button', 'Show less').getAttribute('aria-expanded')).toBe('true');
    expect(shown.classList.contains('clamped')).toBe(false);
    // A short line needs no button.
    expect(allByRole(root, 'button', /^Show /)).toHaveLength(1);
  });

  it('"Cancel" closes the note without flagging', async () => {
    await openPopup();
    await click(allByRole(root, 'button', 'Flag…')[0]!);
    await click(byRole(root, 'button', 'Cancel'));
    expect(allByRole(root, 'textbox')).toHaveLength(0);
    expect(tabSend).not.toHaveBeenCalledWith(TAB, 'page/flag', expect.anything());
  });

  it('popup.html?tab=<id> speaks to that tab (browser tests open the popup as a tab)', async () => {
    history.replaceState(null, '', '?tab=9');
    try {
      await openPopup();
      expect(tabSend).toHaveBeenCalledWith(9, 'page/summary');
      expect(browser.tabs.query).not.toHaveBeenCalled();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('"Open dashboard" opens the options page', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await openPopup();
    await click(byRole(root, 'button', 'Open dashboard'));
    expect(open).toHaveBeenCalled();
  });
});
