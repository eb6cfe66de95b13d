// @vitest-environment happy-dom
// The popup as a reader sees it, wired to the real popup API with the messaging layer mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PageSummary, PageSummaryItem, Settings } from '../data/messages';
import { sendToBackground, sendToTab } from '../data/messaging';
import { PopupPanel, aboutText } from '../components/PopupPanel';
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
  settings = { paused: false, disabledSites: [], shownVerdicts: ['differs', 'new'] };
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
    // What differs comes first, then what is new, then what agrees, each in page order.
    expect(go.map((b) => b.getAttribute('aria-label')!.slice(13, 30))).toEqual([
      'Some 3,000 North ', 'Seoul is weighing', 'About 10,000 Nort', '23 of 32 NATO mem',
    ]);
    // A long quote is shortened in the name, at a word edge.
    expect(go[2]!.getAttribute('aria-label')).toMatch(/^Go to claim: About 10,000 North Korean troops have been deployed.*…$/);
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

  it('says there is nothing to show, and why it may be, when no content script answers; no site switch', async () => {
    tabSend.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await openPopup();
    expect(text(byRole(root, 'status'))).toContain('No claims found on this page.');
    expect(text(byRole(root, 'status'))).toContain("Browser pages, the web store and PDF files can't be read");
    expect(allByRole(root, 'checkbox', 'Annotate this site')).toHaveLength(0);
    // Still useful: pause and the dashboard.
    byRole(root, 'checkbox', 'Pause ClaimLens everywhere');
    byRole(root, 'button', 'Open dashboard');
  });

  it('says when ClaimLens is off for the site or paused', async () => {
    settings = { paused: false, disabledSites: ['news.example'], shownVerdicts: ['differs', 'new'] };
    pages = [{ ...summary([]), state: 'site-off' }];
    await openPopup();
    expect(text(byRole(root, 'status'))).toBe('ClaimLens is off for this site.');
    expect((byRole(root, 'checkbox', 'Annotate this site') as HTMLInputElement).checked).toBe(false);

    render(null, root);
    settings = { paused: true, disabledSites: [], shownVerdicts: ['differs', 'new'] };
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
    await click(flagButtons[1]!);
    const note = byRole(root, 'textbox', 'Note (optional)') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);
    await typeInto(note, 'Check with the ministry');
    pages = [summary(ITEMS.map((i) => (i.index === 3 ? { ...i, flagged: true } : i)))];
    await click(byRole(root, 'button', 'Save flag'));
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/flag', { index: 3, note: 'Check with the ministry', flagged: true });
    expect(text(byRole(root, 'status'))).toBe('Flag saved: “Seoul is weighing direct arms supplies to Ukraine.”. It is listed in the dashboard.');
    expect(text(root)).toContain('⚑ Flagged');
    const unflag = byRole(root, 'button', 'Unflag');
    expect(document.activeElement).toBe(unflag);
    expect(allByRole(root, 'textbox')).toHaveLength(0);

    await click(unflag);
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/flag', { index: 3, note: '', flagged: false });
  });

  it('asks before unflagging a claim whose flag has a note, and keeps it on "Keep flag"', async () => {
    pages = [summary(ITEMS.map((i) => (i.index === 3 ? { ...i, flagged: true, note: 'Check with the ministry' } : i)))];
    await openPopup();
    await click(byRole(root, 'button', 'Unflag'));
    expect(tabSend).not.toHaveBeenCalledWith(TAB, 'page/flag', expect.objectContaining({ flagged: false }));
    expect(text(root)).toContain('Remove this flag and its note “Check with the ministry”?');
    await click(byRole(root, 'button', 'Keep flag'));
    expect(tabSend).not.toHaveBeenCalledWith(TAB, 'page/flag', expect.objectContaining({ flagged: false }));
    await click(byRole(root, 'button', 'Unflag'));
    await click(byRole(root, 'button', 'Remove flag and note'));
    expect(tabSend).toHaveBeenCalledWith(TAB, 'page/flag', { index: 3, note: '', flagged: false });
  });

  it('cuts a long comparison line to a few lines until the reader asks for all of it', async () => {
    const line = Array.from({ length: 6 }, (_, i) => `“Quote ${i} about 10,000 troops” (Source ${i}, 00${i}_seed.txt)`).join('; ');
    pages = [summary([item(0, 'differs', 'About 10,000 troops.', line), item(1, 'differs', 'Short one.', 'Page: 5 ships · Database: 6 ships')])];
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

describe('popup: filter, marks and the database', () => {
  it('a count card lists only its claims until pressed again', async () => {
    await openPopup();
    const agree = byRole(root, 'button', /2 agree with the database/);
    expect(agree.getAttribute('aria-pressed')).toBe('false');
    await click(agree);
    expect(agree.getAttribute('aria-pressed')).toBe('true');
    expect(allByRole(root, 'button', /^Go to claim/).map((b) => b.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Go to claim: About 10,000/),
      'Go to claim: 23 of 32 NATO members meet the 2% target.',
    ]);
    expect(text(byRole(root, 'heading', /^Agrees:/))).toContain('Agrees: 2 of 4 claims');
    await click(agree);
    expect(allByRole(root, 'button', /^Go to claim/)).toHaveLength(4);
    // A card with nothing to show cannot be chosen.
    pages = [summary(ITEMS.filter((i) => i.verdict !== 'new'))];
    render(null, root);
    await openPopup();
    expect((byRole(root, 'button', /0 not in the database/) as HTMLButtonElement).disabled).toBe(true);
  });

  it('the legend says what each mark means and chooses which are marked, remembered in settings', async () => {
    await openPopup();
    const legend = root.querySelector('details.legend')!;
    expect(text(legend)).toContain('≠ Differs (wavy underline, ≠ sign): a source in the database gives another figure or says otherwise.');
    expect(text(legend)).toContain('⚑ You flagged this claim.');
    expect(text(legend)).not.toMatch(/verified/i);
    const agrees = byRole(legend, 'checkbox', /^✓ Agrees/) as HTMLInputElement;
    const differs = byRole(legend, 'checkbox', /^≠ Differs/) as HTMLInputElement;
    expect([agrees.checked, differs.checked]).toEqual([false, true]);
    await click(agrees);
    expect(bgSend).toHaveBeenCalledWith('settings/set', { shownVerdicts: ['differs', 'new', 'agrees'] });
    expect(agrees.checked).toBe(true);
    await click(differs);
    expect(bgSend).toHaveBeenLastCalledWith('settings/set', { shownVerdicts: ['new', 'agrees'] });
  });

  it('"About the database" says what it holds and from when', async () => {
    bgSend.mockImplementation(async (type: string) => {
      if (type === 'packs/list') return [{ id: 'p1', name: 'Kyiv Independent pack', importedAt: '', count: 120, status: 'ready' }, { id: 'p2', name: 'half', importedAt: '', count: 3, status: 'importing' }];
      if (type === 'flags/list') return [{ id: 'f1', promotedTo: 'reader-1' }, { id: 'f2' }];
      return settings;
    });
    await openPopup();
    const about = text(root.querySelector('details.about')!);
    expect(about).toContain('Bundled: 5 news articles from November 2024 reporting');
    expect(about).toContain('Imported: 120 records in 1 claim pack (Kyiv Independent pack).');
    expect(about).toContain('Yours: 1 record made from your flags.');
    expect(about).toContain('not proof that it is true');
  });

  it('says only the bundled part when the background cannot count the rest', () => {
    expect(aboutText({ articles: 5, packs: [], readerRecords: 0 })).toEqual([
      'Bundled: 5 news articles from November 2024 reporting, read into claims with their figures, who gave them and when.',
      'A claim "agrees" when these sources say the same; that is not proof that it is true. Anything newer than the database shows as "new".',
    ]);
  });
});
