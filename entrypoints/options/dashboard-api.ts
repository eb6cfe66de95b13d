// The dashboard's link to the claim database. Extension pages share the database's origin, so
// the dashboard reads and writes it directly and tells open pages to redraw.
import Dexie from 'dexie';
import type { DashboardApi } from '../../components/Dashboard';
import type { ExportKind } from '../../components/PackTools';
import { db } from '../../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../../data/export';
import { CHUNK_CHARS } from '../../data/import';
import type { ImportProgress, ImportResult } from '../../data/messages';
import { broadcastRefresh, sendToBackground } from '../../data/messaging';
import {
  listFlags, listPacks, promoteFlag, queryClaims, removeFlag, removePack, removeRecord, restoreFlag, restoreRecord,
} from '../../data/store';

/** Seed articles, bundled as text: file name -> article. */
const seedModules = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });
export const seeds: Record<string, string> = Object.fromEntries(
  Object.entries(seedModules).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

const EXPORTS: Record<ExportKind, [() => Promise<object>, string, string]> = {
  claims: [() => exportClaimsJson(), 'claimlens-claims.json', 'application/json'],
  annotations: [() => exportWebAnnotations(), 'claimlens-web-annotations.jsonld', 'application/ld+json'],
  claimreview: [() => exportClaimReview(), 'claimlens-claimreview.jsonld', 'application/ld+json'],
};

/** Sends a pack's text to the background in chunks and follows its progress until it is done. */
async function importInBackground(text: string, name: string, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const { job } = await sendToBackground('pack/import-begin', { name, size: text.length, chunks });
  for (let i = 0; i < chunks; i++) {
    await sendToBackground('pack/import-chunk', { job, index: i, text: text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS) });
    onProgress?.({ phase: 'receiving', done: i + 1, total: chunks });
  }
  let progress = await sendToBackground('pack/import-end', { job });
  while (progress.phase !== 'done') {
    onProgress?.(progress);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    progress = await sendToBackground('pack/progress', { job });
  }
  return progress.result ?? { ok: false, errors: ['The background gave no outcome for this import.'] };
}

const POLL_MS = 150;
const WATCH_MS = 1_000;

export function createDashboardApi(): DashboardApi {
  return {
    queryClaims: (q) => queryClaims(q),
    listFlags: () => listFlags(),
    listPacks: () => listPacks(),
    async promoteFlag(id) {
      const record = await promoteFlag(id);
      await broadcastRefresh();
      return record;
    },
    async removeFlag(id) {
      const flag = await removeFlag(id);
      await broadcastRefresh();
      return flag;
    },
    async restoreFlag(flag) {
      await restoreFlag(flag);
      await broadcastRefresh();
    },
    async removeRecord(id) {
      const record = await removeRecord(id);
      await broadcastRefresh();
      return record;
    },
    async restoreRecord(record) {
      await restoreRecord(record);
      await broadcastRefresh();
    },
    async removePack(id) {
      const result = await removePack(id);
      await broadcastRefresh();
      return result;
    },
    async exportFile(kind) {
      const [make, filename, type] = EXPORTS[kind];
      return { filename, type, text: JSON.stringify(await make(), null, 2) };
    },
    // The background checks and writes the pack (it tells open pages when done), so a large
    // pack neither blocks this page nor stops when it closes.
    importPack: importInBackground,
    seeds,
    watch(onChange) {
      // Any write to the database, here or in the background (a flag saved from a page, an
      // import), at most once a second: a large import writes every few hundred milliseconds,
      // and counting 200,000 records on each write would slow it down.
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last = 0;
      const fire = () => {
        timer = null;
        last = Date.now();
        onChange();
      };
      const listener = () => {
        if (timer) return;
        timer = setTimeout(fire, Math.max(0, WATCH_MS - (Date.now() - last)));
      };
      Dexie.on('storagemutated', listener);
      return () => {
        Dexie.on('storagemutated').unsubscribe(listener);
        if (timer) clearTimeout(timer);
      };
    },
  };
}
