import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { ClaimDB } from '../data/db';
import { ensureSeeded } from '../data/seed';
import { createStore } from '../data/store';
import { freshDb, newFlag, packV1, packV2, readerRecord, spending, troops } from './db-fixtures';

const opened: ClaimDB[] = [];
function track(db: ClaimDB) {
  opened.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  const dbs = opened.splice(0);
  dbs.forEach((db) => db.close());
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

/** The same database as the extension sees it after an update: a new instance, same name. */
function reopen(db: ClaimDB) {
  db.close();
  return track(new ClaimDB(db.name));
}

describe('ensureSeeded', () => {
  it('loads the bundled data/claims.json on first run, all marked bundled', async () => {
    const bundled = JSON.parse(readFileSync(path.resolve(__dirname, '../data/claims.json'), 'utf8'));
    const db = track(freshDb());
    await ensureSeeded(db);
    const rows = await db.claims.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(bundled.claims.map((c: { id: string }) => c.id).sort());
    expect(rows.every((r) => r.origin === 'bundled')).toBe(true);
    expect((await db.meta.get('bundledVersion'))?.value).toBe(bundled.version);
  });

  it('is idempotent: seeding twice, or from two instances, leaves one copy of each record', async () => {
    const db = track(freshDb());
    await Promise.all([ensureSeeded(db, packV1), ensureSeeded(db, packV1)]);
    const second = reopen(db);
    await ensureSeeded(second, packV1);
    expect(await second.claims.count()).toBe(packV1.claims.length);
  });

  it('a read issued before seeding finished still sees every record (the wake-up race)', async () => {
    const db = track(freshDb());
    const store = createStore(db, packV1);
    // No ensureSeeded call first: the first message to a fresh worker reads at once.
    const [claims, again] = await Promise.all([store.listClaims(), store.listClaims()]);
    expect(claims.map((c) => c.id).sort()).toEqual([spending.id, troops.id].sort());
    expect(again).toHaveLength(2);
  });

  it('on a bundled version bump replaces bundled records and keeps flags and reader records', async () => {
    const db = track(freshDb());
    const v1 = createStore(db, packV1);
    const flag = await v1.addFlag(newFlag());
    await db.claims.add(readerRecord);
    await v1.setSettings({ paused: true });

    const updated = reopen(db);
    const v2 = createStore(updated, packV2);
    const ids = (await v2.listClaims()).map((c) => c.id).sort();
    expect(ids).toEqual(['nk-troops-kursk', readerRecord.id, 'russia-casualties'].sort());
    expect((await updated.claims.get(troops.id))?.subject).toBe('North Korean soldiers in Kursk');
    expect(await updated.claims.get(spending.id)).toBeUndefined();
    expect(await updated.claims.get(readerRecord.id)).toEqual(readerRecord);
    expect(await v2.listFlags()).toEqual([flag]);
    expect((await v2.getSettings()).paused).toBe(true);
    expect((await updated.meta.get('bundledVersion'))?.value).toBe(2);
  });

  it('keeps a reader record whose id a new bundled record takes, under a new id, with its flag following', async () => {
    const db = track(freshDb());
    const v1 = createStore(db, packV1);
    const mine = { ...readerRecord, id: 'russia-casualties' };
    await db.claims.add({ ...mine });
    const flag = await v1.addFlag(newFlag());
    await db.flags.update(flag.id, { promotedTo: mine.id });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    const updated = reopen(db);
    const claims = await createStore(updated, packV2).listClaims();
    expect(claims.find((c) => c.id === 'russia-casualties')?.origin).toBe('bundled');
    // `terms` are the index's (added on write), never listed.
    const { terms: _t, ...plain } = mine as typeof mine & { terms?: string[] };
    expect(claims.find((c) => c.id === 'reader-russia-casualties')).toEqual({ ...plain, id: 'reader-russia-casualties' });
    expect((await updated.flags.get(flag.id))?.promotedTo).toBe('reader-russia-casualties');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('moved to reader-russia-casualties'));
  });

  it('treats rows without origin (written before origin existed) as bundled', async () => {
    const db = track(freshDb());
    await db.claims.add({ ...spending }); // no origin field, as an old build wrote it
    await ensureSeeded(db, packV2);
    expect(await db.claims.get(spending.id)).toBeUndefined();
    expect(await db.claims.count()).toBe(packV2.claims.length);
  });

  it('skips corrupted rows with a clear message instead of failing every read', async () => {
    const db = track(freshDb());
    await ensureSeeded(db, packV1);
    await db.claims.put({ id: 'broken', origin: 'reader' } as never);
    await db.flags.put({ id: 'bad-flag', url: 42 } as never);
    await db.settings.put({ key: 'paused', value: 'yes' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createStore(db, packV1);

    expect((await store.listClaims()).map((c) => c.id).sort()).toEqual([spending.id, troops.id].sort());
    expect(await store.listFlags()).toEqual([]);
    expect(await store.getSettings()).toEqual({ paused: false, disabledSites: [], shownVerdicts: ['differs', 'new'] });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toContainEqual(expect.stringContaining('malformed claim row in the database (id "broken")'));
    expect(messages).toContainEqual(expect.stringContaining('malformed flag row in the database (id "bad-flag")'));
    expect(messages).toContainEqual(expect.stringContaining('malformed "paused" setting'));
  });

  it('re-seeds over a corrupted bundled version instead of trusting it', async () => {
    const db = track(freshDb());
    await db.meta.put({ key: 'bundledVersion', value: 'garbage' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await ensureSeeded(db, packV1);
    expect(await db.claims.count()).toBe(2);
    expect((await db.meta.get('bundledVersion'))?.value).toBe(1);
  });

  it('a failed seeding is reported, changes nothing, and the next read tries again', async () => {
    const db = track(freshDb());
    await db.claims.add(readerRecord);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const duplicate = { version: 3, claims: [troops, troops] };
    await expect(ensureSeeded(db, duplicate)).rejects.toThrow();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not load the bundled claims'), expect.anything());
    expect(await db.claims.toArray()).toEqual([readerRecord]);
    await ensureSeeded(db, packV1);
    expect(await db.claims.count()).toBe(3);
  });
});
