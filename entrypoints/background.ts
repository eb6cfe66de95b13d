import { browser, defineBackground } from '#imports';
import { annotateBlocks } from '../data/annotate-service';
import { db, siteOf } from '../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../data/export';
import { createImportJobs, importPack } from '../data/import';
import type { ExportFormat } from '../data/messages';
import { broadcastRefresh, handleBackgroundMessages } from '../data/messaging';
import { ensureSeeded } from '../data/seed';
import { store } from '../data/store';

const exporters: Record<ExportFormat, () => Promise<object>> = {
  'claims-json': () => exportClaimsJson(db),
  'web-annotations': () => exportWebAnnotations(db),
  'claim-review': () => exportClaimReview(db),
};

// Large packs arrive in chunks from the dashboard and are written in slices (data/import.ts).
const imports = createImportJobs(db, (r) => void (r.ok && r.added.claims + r.added.flags > 0 && broadcastRefresh()));

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
    // The engine lives here: pages send text, never receive records.
    'page/read': async ({ url, blocks, withState }) => {
      if (!withState) return { annotations: await annotateBlocks(db, blocks) };
      const settings = await store.getSettings();
      const off = settings.paused || settings.disabledSites.includes(siteOf(url));
      const [annotations, flags] = await Promise.all([off ? [] : annotateBlocks(db, blocks), store.listFlags({ url })]);
      return { annotations, settings, flags };
    },
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
    'flags/restore': ({ flag }) => store.restoreFlag(flag).then(changed),
    'records/remove': ({ id }) => store.removeRecord(id).then(changed),
    'records/restore': ({ record }) => store.restoreRecord(record).then(changed),
    'packs/list': () => store.listPacks(),
    'packs/remove': ({ id }) => store.removePack(id).then(changed),
    'pack/import-begin': (req) => imports.begin(req),
    'pack/import-chunk': (req) => imports.chunk(req),
    'pack/import-end': (req) => imports.end(req),
    'pack/progress': (req) => imports.progress(req),
  });
  const seed = () => void ensureSeeded(db).catch(() => {}); // logged in ensureSeeded
  browser.runtime.onInstalled.addListener(seed);
  browser.runtime.onStartup.addListener(seed);
  seed();
});
