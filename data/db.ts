// The claim database. Lives in the extension's origin (background, popup, options), never in a
// content script, where IndexedDB would belong to the web page.
import Dexie, { type EntityTable } from 'dexie';
import { recordTerms } from '../core/retrieval';
import type { ClaimRecord } from '../core/types';
import type { Flag } from './messages';

export interface KeyValueRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'claimlens';

/** One imported claim pack: its records carry its id in `pack`. */
export interface PackRow {
  id: string;
  /** File name or title the reader knows it by. */
  name: string;
  importedAt: string;
  count: number;
  /** 'importing' while its records are being written: retrieval ignores them until 'ready'. */
  status: 'importing' | 'ready';
}

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
  packs!: EntityTable<PackRow, 'id'>;

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
    // Records are found through a multi-entry index over their derived terms, so a lookup costs
    // the same with 30 records or 50,000, and nothing has to be rebuilt when the worker wakes.
    this.version(3)
      .stores({
        claims: 'id, origin, pack, *terms',
        packs: 'id, importedAt',
      })
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((claim: ClaimRecord) => {
            if (claim && typeof claim === 'object') claim.terms = recordTerms(claim);
          }),
      );
    // Terms derived again when their derivation changed (core/retrieval.ts TERMS_VERSION 2:
    // numbers and figures became terms).
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((claim: ClaimRecord) => {
            if (claim && typeof claim === 'object') claim.terms = recordTerms(claim);
          }),
      );
    // Every write path (seeding, import, promote, edits) gets its terms here, not at each caller.
    this.claims.hook('creating', (_key, claim) => {
      claim.terms = recordTerms(claim);
    });
    this.claims.hook('updating', (changes, _key, claim) => {
      const next = { ...claim, ...changes } as ClaimRecord;
      if ('subject' in changes || 'statements' in changes || 'keyTerms' in changes) return { terms: recordTerms(next) };
      return undefined;
    });
  }
}

export const db = new ClaimDB();
