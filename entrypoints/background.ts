import { browser, defineBackground } from '#imports';
import { db } from '../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../data/export';
import { importPack } from '../data/import';
import type { ExportFormat } from '../data/messages';
import { broadcastRefresh, handleBackgroundMessages } from '../data/messaging';
import { ensureSeeded } from '../data/seed';
import { store } from '../data/store';

const exporters: Record<ExportFormat, () => Promise<object>> = {
  'claims-json': () => exportClaimsJson(db),
  'web-annotations': () => exportWebAnnotations(db),
  'claim-review': () => exportClaimReview(db),
};

/** Tell open pages to redraw once a change is stored; the reply does not wait for them. */
function changed<T>(value: T): T {
  void broadcastRefresh();
  return value;
}

export default defineBackground(() => {
  // Registered first and synchronously, so a message that wakes the worker is not lost;
  // every handler waits for seeding itself.
  handleBackgroundMessages({
    'claims/list': () => store.listClaims(),
    'flags/list': (query) => store.listFlags(query ?? {}),
    'flags/add': (flag) => store.addFlag(flag).then(changed),
    'flags/remove': ({ id }) => store.removeFlag(id).then(changed),
    'flags/promote': ({ id }) => store.promoteFlag(id).then(changed),
    'settings/get': () => store.getSettings(),
    'settings/set': (patch) => store.setSettings(patch).then(changed),
    'pack/import': async ({ text }) => {
      const result = await importPack(text, db);
      return result.ok && result.added.claims + result.added.flags > 0 ? changed(result) : result;
    },
    'pack/export': async ({ format }) => {
      const exporter = exporters[format];
      if (!exporter) throw new Error(`Unknown export format "${String(format)}".`);
      return exporter();
    },
  });
  const seed = () => void ensureSeeded(db).catch(() => {}); // logged in ensureSeeded
  browser.runtime.onInstalled.addListener(seed);
  browser.runtime.onStartup.addListener(seed);
  seed();
});
