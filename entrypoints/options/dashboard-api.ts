// The dashboard's link to the claim database. Extension pages share the database's origin, so
// the dashboard reads and writes it directly and tells open pages to redraw.
import { liveQuery } from 'dexie';
import type { DashboardApi } from '../../components/Dashboard';
import type { ExportKind } from '../../components/PackTools';
import { db } from '../../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../../data/export';
import { importPack } from '../../data/import';
import { broadcastRefresh } from '../../data/messaging';
import { listClaims, listFlags, promoteFlag, removeFlag } from '../../data/store';

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

export function createDashboardApi(): DashboardApi {
  return {
    listClaims,
    listFlags: () => listFlags(),
    async promoteFlag(id) {
      const record = await promoteFlag(id);
      await broadcastRefresh();
      return record;
    },
    async removeFlag(id) {
      await removeFlag(id);
      await broadcastRefresh();
    },
    async exportFile(kind) {
      const [make, filename, type] = EXPORTS[kind];
      return { filename, type, text: JSON.stringify(await make(), null, 2) };
    },
    async importPack(text) {
      const result = await importPack(text);
      if (result.ok && result.added.claims + result.added.flags > 0) await broadcastRefresh();
      return result;
    },
    seeds,
    watch(onChange) {
      // liveQuery also sees writes made by the background (flags saved from a page).
      let first = true;
      const sub = liveQuery(() => Promise.all([db.claims.count(), db.flags.toArray()])).subscribe({
        next: () => (first ? (first = false) : onChange()),
        error: () => {},
      });
      return () => sub.unsubscribe();
    },
  };
}
