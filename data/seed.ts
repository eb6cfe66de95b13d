// Loads the bundled claims into the database once per bundled version, keeping reader rows.
import type { ClaimPack, ClaimRecord } from '../core/types';
import bundledJson from './claims.json';
import type { ClaimDB } from './db';

export const bundledPack = bundledJson as unknown as ClaimPack;

// One promise per database instance: every read awaits it, so a content script's first message
// that wakes the background cannot read a half-seeded database.
const seeding = new WeakMap<ClaimDB, Promise<void>>();

export function ensureSeeded(db: ClaimDB, pack: ClaimPack = bundledPack): Promise<void> {
  let done = seeding.get(db);
  if (!done) {
    done = seed(db, pack).catch((err: unknown) => {
      // Forget the failure so a later read tries again instead of failing forever.
      seeding.delete(db);
      console.error('ClaimLens: could not load the bundled claims into the database:', err);
      throw err;
    });
    seeding.set(db, done);
  }
  return done;
}

async function seed(db: ClaimDB, pack: ClaimPack): Promise<void> {
  if (!Number.isFinite(pack?.version) || !Array.isArray(pack?.claims)) {
    throw new Error('the bundled claim pack has no version or no claims');
  }
  await db.transaction('rw', db.claims, db.flags, db.meta, async () => {
    const stored = (await db.meta.get('bundledVersion'))?.value;
    if (stored === pack.version) return;
    if (stored !== undefined && typeof stored !== 'number') {
      console.warn(`ClaimLens: unexpected bundled version ${JSON.stringify(stored)} in the database; reloading the bundled claims`);
    }
    const bundledIds = new Set(pack.claims.map((c) => c.id));
    // A record without origin is bundled (see ClaimRecord.origin); only reader rows are kept.
    await db.claims.filter((row) => !isReaderRow(row)).delete();
    const readerRows = await db.claims.toArray();
    for (const row of readerRows) {
      if (bundledIds.has(row.id)) await moveReaderRecord(db, row, bundledIds);
    }
    await db.claims.bulkAdd(pack.claims.map((c) => ({ ...c, origin: 'bundled' as const })));
    await db.meta.put({ key: 'bundledVersion', value: pack.version });
  });
}

function isReaderRow(row: unknown): row is ClaimRecord {
  return !!row && typeof row === 'object' && (row as ClaimRecord).origin === 'reader';
}

/** A new bundled record took a reader record's id: keep the reader's under a fresh id. */
async function moveReaderRecord(db: ClaimDB, row: ClaimRecord, taken: Set<string>): Promise<void> {
  let id = `reader-${row.id}`;
  for (let n = 2; taken.has(id) || (await db.claims.get(id)); n++) id = `reader-${row.id}-${n}`;
  console.warn(`ClaimLens: bundled claim ${row.id} now exists; the reader's record moved to ${id}`);
  await db.claims.delete(row.id);
  await db.claims.add({ ...row, id });
  await db.flags.filter((flag) => flag.promotedTo === row.id).modify({ promotedTo: id });
}
