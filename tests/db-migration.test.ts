import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { ClaimDB } from '../data/db';
import { createStore } from '../data/store';
import { packV1, packV2, readerRecord, spending, troops } from './db-fixtures';

const names: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as the first shipped build (schema version 1, no meta table) left it. */
async function shippedV1Database() {
  const name = `test-v1-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores({ claims: 'id, origin', flags: 'id, url, createdAt', settings: 'key' });
  // v1 flags had no `site`; bundled rows carried no origin.
  await old.table('claims').bulkAdd([{ ...troops }, { ...spending }, readerRecord]);
  await old.table('flags').bulkAdd([
    { id: 'f-old', url: 'https://www.news.example/a', title: 'A', selector: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      sentence: 'x', figure: null, verdict: 'agrees', note: 'first', createdAt: 1000 },
    { id: 'f-new', url: 'https://other.example/b', title: 'B', selector: { type: 'TextQuoteSelector', exact: 'y', prefix: '', suffix: '' },
      sentence: 'y', figure: null, verdict: 'new', note: '', createdAt: 2000, promotedTo: readerRecord.id },
    { id: 'f-bad-url', url: 'not a url', title: 'C', selector: { type: 'TextQuoteSelector', exact: 'z', prefix: '', suffix: '' },
      sentence: 'z', figure: null, verdict: 'differs', note: 'kept anyway', createdAt: 3000 },
  ]);
  await old.table('settings').bulkPut([{ key: 'paused', value: true }, { key: 'disabledSites', value: ['other.example'] }]);
  const before = {
    flags: await old.table('flags').toArray(),
  };
  old.close();
  return { name, before };
}

describe('schema migration v1 -> v2', () => {
  it('opens a v1 database, fills flag sites, loses nothing of the reader, and re-seeds bundled records', async () => {
    const { name, before } = await shippedV1Database();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new ClaimDB(name);
    const store = createStore(db, packV2);

    const flags = await store.listFlags();
    expect(db.verno).toBe(4);
    expect(flags.map((f) => f.id)).toEqual(['f-bad-url', 'f-new', 'f-old']); // newest first
    for (const flag of flags) {
      const { site, ...rest } = flag;
      expect(rest).toEqual(before.flags.find((f) => f.id === flag.id));
      expect(site).toBe({ 'f-old': 'www.news.example', 'f-new': 'other.example', 'f-bad-url': '' }[flag.id]);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('flag f-bad-url has no valid URL'));

    // The new indexes answer queries.
    expect((await store.listFlags({ site: 'other.example' })).map((f) => f.id)).toEqual(['f-new']);
    expect((await store.listFlags({ verdict: 'agrees' })).map((f) => f.id)).toEqual(['f-old']);
    expect(await db.flags.where('verdict').equals('differs').primaryKeys()).toEqual(['f-bad-url']);

    expect(await store.getSettings()).toEqual({ paused: true, disabledSites: ['other.example'], shownVerdicts: ['differs', 'new'] });
    const claims = await store.listClaims();
    expect(claims.find((c) => c.id === readerRecord.id)).toEqual(readerRecord);
    // v1 kept no bundled version: the bundled records are reloaded from the current pack.
    expect(claims.filter((c) => c.origin === 'bundled').map((c) => c.id).sort()).toEqual(packV2.claims.map((c) => c.id).sort());
    expect((await db.meta.get('bundledVersion'))?.value).toBe(packV2.version);
    db.close();
  });

  it('a fresh install creates the current schema directly', async () => {
    const name = `test-fresh-${crypto.randomUUID()}`;
    names.push(name);
    const db = new ClaimDB(name);
    await createStore(db, packV1).listClaims();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['claims', 'flags', 'meta', 'packs', 'settings']);
    expect(db.flags.schema.indexes.map((i) => i.name).sort()).toEqual(['createdAt', 'site', 'url', 'verdict']);
    db.close();
  });
});
