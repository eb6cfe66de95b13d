import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimDB } from '../data/db';
import { createStore, keyTermsOf, subjectOf } from '../data/store';
import { createEngine } from '../core/engine';
import { freshDb, newFlag, packV1, troops } from './db-fixtures';

let db: ClaimDB;
let store: ReturnType<typeof createStore>;
beforeEach(() => {
  db = freshDb();
  store = createStore(db, packV1);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('flags', () => {
  it('addFlag stores a flag with an id, a time and the site taken from the url', async () => {
    const before = Date.now();
    const flag = await store.addFlag(newFlag());
    expect(flag.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(flag.site).toBe('news.example');
    expect(flag.createdAt).toBeGreaterThanOrEqual(before);
    expect(await store.listFlags()).toEqual([flag]);
  });

  it('addFlag ignores a site sent by the caller and refuses a flag without url or quote', async () => {
    const flag = await store.addFlag(newFlag({ site: 'evil.example' }));
    expect(flag.site).toBe('news.example');
    await expect(store.addFlag(newFlag({ url: undefined as never }))).rejects.toThrow('A flag needs a page URL');
    await expect(store.addFlag({ ...newFlag(), selector: undefined as never })).rejects.toThrow('A flag needs a page URL');
  });

  it('flagging the same quote on the same page twice keeps one flag', async () => {
    const first = await store.addFlag(newFlag());
    const second = await store.addFlag(newFlag({ note: 'again' }));
    expect(second).toEqual(first);
    expect(await store.listFlags()).toHaveLength(1);
  });

  it('listFlags filters by url, site and verdict and lists newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    const a = await store.addFlag(newFlag({ selector: { type: 'TextQuoteSelector', exact: 'one', prefix: '', suffix: '' } }));
    vi.setSystemTime(2_000);
    const b = await store.addFlag(newFlag({ url: 'https://news.example/other', verdict: 'agrees', selector: { type: 'TextQuoteSelector', exact: 'two', prefix: '', suffix: '' } }));
    vi.setSystemTime(3_000);
    const c = await store.addFlag(newFlag({ url: 'https://blog.example/x', verdict: 'new', selector: { type: 'TextQuoteSelector', exact: 'three', prefix: '', suffix: '' } }));

    const ids = (flags: { id: string }[]) => flags.map((f) => f.id);
    expect(ids(await store.listFlags())).toEqual([c.id, b.id, a.id]);
    expect(ids(await store.listFlags({ url: a.url }))).toEqual([a.id]);
    expect(ids(await store.listFlags({ site: 'NEWS.example' }))).toEqual([b.id, a.id]);
    expect(ids(await store.listFlags({ site: 'news.example', verdict: 'agrees' }))).toEqual([b.id]);
    expect(ids(await store.listFlags({ verdict: 'new' }))).toEqual([c.id]);
    expect(await store.listFlags({ site: 'nowhere.example' })).toEqual([]);
  });

  it('removeFlag deletes only that flag', async () => {
    const a = await store.addFlag(newFlag());
    const b = await store.addFlag(newFlag({ selector: { type: 'TextQuoteSelector', exact: 'other quote', prefix: '', suffix: '' } }));
    await store.removeFlag(a.id);
    expect(await store.listFlags()).toEqual([b]);
  });
});

describe('promoteFlag', () => {
  it('turns a flag into a reader record built from its claim, quote and figure, dated by the page', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-15T10:00:00Z'));
    const flag = await store.addFlag(newFlag({ published: '2024-11-28T09:30:00+01:00' }));
    expect(flag.published).toBe('2024-11-28');
    const record = await store.promoteFlag(flag.id);

    expect(record.id).toMatch(/^reader-[0-9a-f]{8}$/);
    expect(record.origin).toBe('reader');
    // It differed from a record: it is about that record's subject, not a cut-off sentence.
    expect(record.subject).toBe(troops.subject);
    expect(record.topics).toEqual(['north-korea', 'russia']);
    expect((record.keyTerms ?? []).flat()).toEqual(expect.arrayContaining(['north', 'korean', 'kursk']));
    expect((record.keyTerms ?? []).flat()).not.toContain('the');
    expect(record.statements).toEqual([{
      source: flag.url,
      quote: flag.selector.exact,
      attribution: 'Officials',
      figure: flag.figure,
      asOf: '2024-11-28',
      published: '2024-11-28',
    }]);
    expect((await store.listClaims()).find((c) => c.id === record.id)).toEqual(record);
    expect((await store.listFlags())[0]?.promotedTo).toBe(record.id);
  });

  it('a new claim is named by its own words, whole; without a page date the day it was flagged is the as-of date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-15T10:00:00Z'));
    const exact = 'some 3,000 North Korean soldiers were moved by rail towards the Kursk front line over the past two weeks, according to Seoul';
    const flag = await store.addFlag(newFlag({ verdict: 'new', claimId: undefined, published: 'last Tuesday', selector: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } }));
    expect(flag.published).toBeUndefined();
    const record = await store.promoteFlag(flag.id);
    expect(record.subject).toBe(`S${exact.slice(1)}`);
    expect(record.statements[0]).toMatchObject({ asOf: '2025-01-15' });
    expect(record.statements[0]!.published).toBeUndefined();
    vi.useRealTimers();
  });

  it('promoting twice returns the same record, and an unknown flag is a clear error', async () => {
    const flag = await store.addFlag(newFlag());
    const first = await store.promoteFlag(flag.id);
    expect(await store.promoteFlag(flag.id)).toEqual(first);
    expect((await store.listClaims()).filter((c) => c.origin === 'reader')).toHaveLength(1);
    await expect(store.promoteFlag('missing')).rejects.toThrow('There is no flag with id missing.');
  });

  it('a promoted new claim is matched on a later page, even from a flag saved without topics', async () => {
    const sentence = 'Around 200 North Korean soldiers have been killed in the fighting in Kursk, according to Ukrainian military intelligence.';
    const [seen] = createEngine(await store.listClaims()).annotate(sentence);
    expect(seen?.verdict).toBe('new');
    const flag = await store.addFlag(newFlag({
      selector: { type: 'TextQuoteSelector', exact: sentence, prefix: '', suffix: '' },
      sentence, figure: seen!.figure, verdict: 'new', claimId: undefined, topics: undefined, attribution: undefined,
    }));
    const record = await store.promoteFlag(flag.id);
    expect(record.topics).toEqual(expect.arrayContaining(['north-korea']));

    const engine = createEngine(await store.listClaims());
    const [same] = engine.annotate('Ukrainian military intelligence says about 200 North Korean soldiers have been killed in the fighting in Kursk.');
    expect(same).toMatchObject({ verdict: 'agrees', claimId: record.id });
    const [other] = engine.annotate('Ukrainian military intelligence says about 900 North Korean soldiers have been killed in the fighting in Kursk.');
    expect(other).toMatchObject({ verdict: 'differs', claimId: record.id });
  });

  it('never takes the id of an existing record', async () => {
    const flag = await store.addFlag(newFlag());
    const taken = `reader-${flag.id.replace(/-/g, '').slice(0, 8)}`;
    await db.claims.add({ ...troops, id: taken, origin: 'reader' });
    const record = await store.promoteFlag(flag.id);
    expect(record.id).toBe(`${taken}-2`);
    expect((await db.claims.get(taken))?.subject).toBe(troops.subject);
  });
});

describe('delete and restore', () => {
  it('a deleted flag and a deleted reader record come back as they were; what comes back is checked', async () => {
    const flag = await store.addFlag(newFlag({ verdict: 'new', claimId: undefined, note: 'keep this' }));
    const record = await store.promoteFlag(flag.id);
    const gone = await store.removeRecord(record.id);
    expect(gone).toEqual(record);
    expect((await store.listFlags())[0]?.promotedTo).toBeUndefined();
    await store.restoreRecord(gone!);
    expect((await store.listClaims()).find((c) => c.id === record.id)).toEqual(record);
    expect((await store.listFlags())[0]?.promotedTo).toBe(record.id);

    const removed = await store.removeFlag(flag.id);
    expect(removed?.note).toBe('keep this');
    expect(await store.listFlags()).toEqual([]);
    await store.restoreFlag(removed!);
    expect(await store.listFlags()).toEqual([{ ...removed, promotedTo: record.id }]);

    await expect(store.restoreRecord({ ...record, subject: '<script>x</script>' })).rejects.toThrow(/contains markup/);
    await expect(store.restoreFlag({ ...removed!, note: '<img src=x>' })).rejects.toThrow('This is not a flag that can be restored.');
    await expect(store.removeRecord(troops.id)).rejects.toThrow('Bundled records cannot be deleted.');
  });
});

describe('subject and key terms', () => {
  it('cuts a long subject at a word edge', () => {
    const s = subjectOf('The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched to the Kursk region');
    expect(s.length).toBeLessThanOrEqual(81);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toMatch(/^The Pentagon has estimated that approximately 10,000 North Korean soldiers\b/);
  });

  it('prefers names and long words, drops stop words', () => {
    expect(keyTermsOf('Russia said that it was in the Donbas with many drones')).toEqual([['russia'], ['donbas'], ['drones']]);
    expect(keyTermsOf('Officials in Seoul said Pyongyang shipped artillery shells to Moscow last autumn').flat())
      .toEqual(['officials', 'seoul', 'pyongyang', 'artillery', 'moscow']);
  });
});

describe('settings', () => {
  const shown = { shownVerdicts: ['differs', 'new'] };
  it('defaults to running everywhere, and a patch changes only what it names', async () => {
    expect(await store.getSettings()).toEqual({ paused: false, disabledSites: [], ...shown });
    expect(await store.setSettings({ disabledSites: ['News.Example ', 'news.example', 'blog.example'] }))
      .toEqual({ paused: false, disabledSites: ['news.example', 'blog.example'], ...shown });
    expect(await store.setSettings({ paused: true })).toEqual({ paused: true, disabledSites: ['news.example', 'blog.example'], ...shown });
    expect(await createStore(db, packV1).getSettings()).toEqual({ paused: true, disabledSites: ['news.example', 'blog.example'], ...shown });
  });

  it('remembers which verdicts are marked, once each, in a fixed order', async () => {
    expect((await store.setSettings({ shownVerdicts: ['new', 'agrees', 'new'] })).shownVerdicts).toEqual(['agrees', 'new']);
    expect((await createStore(db, packV1).getSettings()).shownVerdicts).toEqual(['agrees', 'new']);
    expect((await store.setSettings({ shownVerdicts: [] })).shownVerdicts).toEqual([]);
  });

  it('refuses settings of the wrong type', async () => {
    await expect(store.setSettings({ paused: 'yes' as never })).rejects.toThrow('"paused" must be true or false.');
    await expect(store.setSettings({ disabledSites: 'a.example' as never })).rejects.toThrow('"disabledSites" must be a list');
    await expect(store.setSettings({ shownVerdicts: ['verified'] as never })).rejects.toThrow('"shownVerdicts" must be a list of verdicts');
    expect(await store.getSettings()).toEqual({ paused: false, disabledSites: [], ...shown });
  });
});
