// The claim database. Lives in the extension's origin (background, popup, options), never in a
// content script, where IndexedDB would belong to the web page.
import Dexie, { type EntityTable } from 'dexie';
import type { ClaimRecord } from '../core/types';
import type { Flag } from './messages';

export interface KeyValueRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'claimlens';

/** Host name of a URL, or '' when it is not a URL. */
export function siteOf(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export class ClaimDB extends Dexie {
  claims!: EntityTable<ClaimRecord, 'id'>;
  flags!: EntityTable<Flag, 'id'>;
  settings!: EntityTable<KeyValueRow, 'key'>;
  meta!: EntityTable<KeyValueRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Shipped schemas. Versions only grow; one with an upgrade function is never edited again.
    this.version(1).stores({
      claims: 'id, origin',
      flags: 'id, url, createdAt',
      settings: 'key',
    });
    this.version(2)
      .stores({
        flags: 'id, url, site, createdAt, verdict',
        meta: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('flags')
          .toCollection()
          .modify((flag: Partial<Flag>) => {
            if (!flag || typeof flag !== 'object' || flag.site) return;
            flag.site = siteOf(flag.url);
            if (!flag.site) console.warn(`ClaimLens: flag ${String(flag.id)} has no valid URL; kept without a site`);
          }),
      );
  }
}

export const db = new ClaimDB();
