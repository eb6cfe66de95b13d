// The popup's link to the browser: the active tab's content script and the background.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/PopupPanel';
import { sendToBackground, sendToTab } from '../../data/messaging';
import { SEED_SOURCES } from '../../data/seed-titles';

/** A content script that has not answered by then is not coming (e.g. a frozen tab). */
export const SUMMARY_TIMEOUT_MS = 2000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('the page did not answer')), ms);
    p.then(resolve, reject).finally(() => clearTimeout(t));
  });
}

export function createPopupApi(): PopupApi {
  // No "tabs" permission: the query gives the id, the URL comes from the page's summary.
  // popup.html?tab=<id> is the popup for that tab: browser tests open the popup as a tab.
  const given = Number(new URLSearchParams(location.search).get('tab'));
  let tab: Promise<number> | undefined = Number.isInteger(given) && given > 0 ? Promise.resolve(given) : undefined;
  const tabId = () =>
    (tab ??= browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => {
      if (t?.id == null) throw new Error('no active tab');
      return t.id;
    }));

  return {
    summary: async () => withTimeout(sendToTab(await tabId(), 'page/summary'), SUMMARY_TIMEOUT_MS),
    focus: async (index) => sendToTab(await tabId(), 'page/focus', { index }),
    flag: async (index, note, flagged) => sendToTab(await tabId(), 'page/flag', { index, note, flagged }),
    settings: () => sendToBackground('settings/get'),
    // The background broadcasts page/refresh, so the open page reacts at once.
    setSettings: (patch) => sendToBackground('settings/set', patch),
    openDashboard: () => void browser.runtime.openOptionsPage().finally(() => window.close()),
    close: () => window.close(),
    about: async () => {
      const [packs, flags] = await Promise.all([sendToBackground('packs/list'), sendToBackground('flags/list', {})]);
      return {
        articles: Object.keys(SEED_SOURCES).length,
        packs: packs.filter((p) => p.status === 'ready').map((p) => ({ name: p.name, count: p.count })),
        readerRecords: flags.filter((f) => f.promotedTo).length,
      };
    },
  };
}
