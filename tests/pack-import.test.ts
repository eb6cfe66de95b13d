// Importing packs as a reader does: hand-written packs, ClaimReview feeds, large packs in slices
// (all or nothing), hostile input; and pages compared against what was imported.
import { afterEach, describe, expect, it } from 'vitest';
import { annotateBlocks } from '../data/annotate-service';
import { ClaimDB } from '../data/db';
import { CHUNK_CHARS, createImportJobs, importPack } from '../data/import';
import type { ImportProgress } from '../data/messages';
import { LIMITS, validatePack } from '../data/schema';
import { createStore } from '../data/store';

const dbs: ClaimDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function fresh(): Promise<ClaimDB> {
  const db = new ClaimDB(`packs-${crypto.randomUUID()}`);
  dbs.push(db);
  await createStore(db).listClaims(); // seeded with the bundled records
  return db;
}

const DRONES_QUOTE = 'Poland said 19 Russian drones entered its airspace overnight.';
// Only subjects and statements, as someone would write it by hand.
const minimal = {
  claims: [
    { subject: 'Russian drones over Poland', statements: [{ source: 'https://factcheck.example/drones', quote: DRONES_QUOTE }] },
  ],
};

const review = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/review/1',
  claimReviewed: 'NATO has 500,000 troops on high readiness.',
  datePublished: '2025-03-01',
  itemReviewed: {
    '@type': 'Claim',
    author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'Some Party' }],
    appearance: { '@type': 'CreativeWork', url: 'https://speech.example/transcript', publisher: { name: 'Speech Weekly' } },
  },
  reviewRating: { '@type': 'Rating', ratingValue: 2, alternateName: 'Mostly false' },
  ...over,
});

/** Page blocks, read by the background's engine exactly as for a real page. */
async function read(db: ClaimDB, text: string) {
  const [found] = await annotateBlocks(db, [{ text }]);
  return found ?? [];
}

const PAGE = 'Poland said 19 Russian drones entered its airspace overnight, officials in Warsaw confirmed.';

describe('a hand-written pack', () => {
  it('imports with only subjects and statements; pages are then compared against it; removing the pack takes it out', async () => {
    const db = await fresh();
    expect((await read(db, PAGE)).filter((a) => a.claimId?.startsWith('pack-'))).toEqual([]);

    const r = await importPack(JSON.stringify(minimal), db, { name: 'drones.json' });
    expect(r).toMatchObject({ ok: true, added: { claims: 1, flags: 0 }, pack: { name: 'drones.json' } });
    const [record] = await db.claims.where('origin').equals('reader').toArray();
    expect(record).toMatchObject({
      subject: 'Russian drones over Poland',
      topics: ['russia'],
      keyTerms: [],
      // The figure is read from the quote, as the engine reads the page's sentence.
      statements: [{ source: 'https://factcheck.example/drones', quote: DRONES_QUOTE, attribution: null, figure: { value: 19 } }],
      origin: 'reader',
      pack: r.ok ? r.pack?.id : '',
    });
    expect(record!.id).toMatch(/^pack-/);

    const hit = (await read(db, PAGE)).find((a) => a.claimId === record!.id);
    expect(hit, 'the page sentence is not compared with the imported record').toBeDefined();
    expect(hit!.verdict).toBe('agrees');

    // The same file again: nothing new, same id.
    expect(await importPack(JSON.stringify(minimal), db, { name: 'drones.json' })).toMatchObject({ ok: true, added: { claims: 0, flags: 0 } });
    expect(await db.packs.count()).toBe(1);

    const store = createStore(db);
    expect(await store.listPacks()).toMatchObject([{ name: 'drones.json', count: 1, status: 'ready' }]);
    expect(await store.removePack(r.ok ? r.pack!.id : '')).toEqual({ removed: 1 });
    expect(await db.claims.where('origin').equals('reader').count()).toBe(0);
    expect((await read(db, PAGE)).filter((a) => a.claimId === record!.id)).toEqual([]);
  });

  it('says what is wrong, by position, when a hand-written pack is not right', async () => {
    const db = await fresh();
    const before = await db.claims.count();
    const bad = { claims: [{ subject: 'x', statements: [{ source: 'not a url', quote: 'q' }] }, { statements: [] }] };
    const r = await importPack(JSON.stringify(bad), db);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('claims[0].statements[0].source: expected an http(s) page URL for a reader record, got "not a url"');
      expect(r.errors).toContain('claims[1].subject: expected a string, got nothing');
      expect(r.errors).toContain('claims[1].statements: must not be empty');
    }
    expect(await db.claims.count()).toBe(before);
  });
});

describe('ClaimReview', () => {
  it('one review, a list, an @graph and an ItemList of ListItems all import', async () => {
    const shapes = {
      single: review(),
      list: [review()],
      graph: { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review()] },
      itemList: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: review() }] },
    };
    for (const [shape, data] of Object.entries(shapes)) {
      const db = await fresh();
      const r = await importPack(JSON.stringify(data), db);
      expect(r, shape).toMatchObject({ ok: true, added: { claims: 1 } });
      const [record] = await db.claims.where('origin').equals('reader').toArray();
      expect(record?.subject, shape).toBe('NATO has 500,000 troops on high readiness. (rated: Mostly false)');
      expect(record?.topics).toEqual(['nato']);
      expect(record?.statements).toEqual([{
        source: 'https://speech.example/transcript',
        quote: 'NATO has 500,000 troops on high readiness.',
        attribution: 'Jane Doe, Some Party',
        figure: expect.objectContaining({ value: 500_000 }),
        asOf: '2025-03-01',
        published: '2025-03-01',
        outlet: 'Speech Weekly',
      }]);
    }
  });

  it('falls back to the review URL, and a page is compared against the imported review', async () => {
    const db = await fresh();
    const feed = [review({ claimReviewed: DRONES_QUOTE, itemReviewed: { author: 'Polish army' }, reviewRating: undefined })];
    const r = await importPack(JSON.stringify(feed), db);
    expect(r.ok).toBe(true);
    const [record] = await db.claims.where('origin').equals('reader').toArray();
    expect(record?.statements[0]).toMatchObject({ source: 'https://factcheck.example/review/1', attribution: 'Polish army' });
    expect((await read(db, PAGE)).some((a) => a.claimId === record!.id)).toBe(true);
  });

  it('refuses hostile or malformed reviews with a message and changes nothing', async () => {
    const db = await fresh();
    const before = await db.claims.count();
    const cases: [unknown, RegExp][] = [
      [[review({ claimReviewed: '<img src=x onerror=alert(1)> NATO' })], /^ClaimReview 1: subject: contains markup/],
      [[review({ claimReviewed: ['a'] })], /^ClaimReview 1: claimReviewed must be a non-empty string/],
      [[review({ itemReviewed: 'x' })], /^ClaimReview 1: itemReviewed must be an object/],
      [[review({ url: 'javascript:alert(1)', itemReviewed: {} })], /^ClaimReview 1: no http\(s\) address/],
      [[review({ datePublished: 'yesterday', itemReviewed: { appearance: { url: 'https://a.example/' } } })], /asOf: expected an ISO date/],
      [[review({ reviewRating: { alternateName: { x: 1 } } })], /alternateName must be a string/],
      [[{ '@type': 'Organization' }], /^pack: no ClaimReview found/],
      [[review({ itemReviewed: { appearance: { url: 'https://a.example/' }, author: { name: 'x'.repeat(400) } } })], /attribution: too long/],
      [JSON.parse('[{"@type":"ClaimReview","claimReviewed":"x","constructor":{"prototype":{"bad":1}}}]'), /"constructor" is not allowed/],
    ];
    for (const [data, message] of cases) {
      const r = await importPack(JSON.stringify(data), db);
      expect(r.ok, String(message)).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
    }
    // "__proto__" survives JSON.parse as an own key: refused before anything reads it.
    const proto = await importPack('[{"@type":"ClaimReview","claimReviewed":"x","__proto__":{"polluted":1}}]', db);
    expect(proto).toEqual({ ok: false, errors: ['pack[0]: the key "__proto__" is not allowed'] });
    let deep = '"x"';
    for (let i = 0; i < 40; i++) deep = `[${deep}]`;
    expect(await importPack(`{"claims": ${deep}}`, db)).toMatchObject({ ok: false, errors: [expect.stringMatching(/nested more than 32 levels/)] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.claims.count()).toBe(before);
    expect(await db.packs.count()).toBe(0);
  });
});

describe('large packs', () => {
  // A made-up village name per record (letters only), so each record has a word of its own.
  const village = (i: number) => `Zz${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}ov`;
  const sentence = (i: number) => `Russia launched ${100 + i} drones at the village of ${village(i)}, the air force said.`;
  const many = (n: number, tag = 'big') => ({
    claims: Array.from({ length: n }, (_, i) => ({
      id: `${tag}-${i}`,
      subject: `Russian drones report ${i}`,
      statements: [{ source: `https://news.example/${tag}/${i}`, quote: sentence(i) }],
    })),
  });

  it('takes 200,000 records and 100 MB', () => {
    expect(LIMITS.claims).toBeGreaterThanOrEqual(200_000);
    expect(LIMITS.importBytes).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    const r = validatePack(many(200_000), { imported: true });
    expect(r.ok && r.pack.claims.length).toBe(200_000);
    expect(validatePack({ claims: new Array(200_001).fill({}) }, { imported: true })).toEqual({
      ok: false,
      errors: ['claims: too many items (200001; at most 200000)'],
    });
  }, 60_000);

  it('writes in slices under an "importing" pack, reports progress, then makes it ready', async () => {
    const db = await fresh();
    const seen: ImportProgress[] = [];
    const statuses: Promise<string | undefined>[] = [];
    const r = await importPack(JSON.stringify(many(1_000)), db, {
      name: 'big.json',
      batch: 200,
      onProgress: (p) => {
        seen.push(p);
        if (p.phase === 'writing' && p.done === 400) statuses.push(db.packs.toArray().then((rows) => rows[0]?.status));
      },
    });
    expect(r).toMatchObject({ ok: true, added: { claims: 1_000 } });
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([200, 400, 600, 800, 1000]);
    expect(await Promise.all(statuses)).toEqual(['importing']);
    expect(await db.packs.toArray()).toMatchObject([{ name: 'big.json', count: 1_000, status: 'ready' }]);
    expect((await read(db, sentence(1))).find((a) => a.claimId === 'big-1')?.verdict).toBe('agrees');
  }, 60_000);

  it('pages are not compared with a pack while it is still importing', async () => {
    const db = await fresh();
    await importPack(JSON.stringify(many(5)), db, { name: 'small.json' });
    const [row] = await db.packs.toArray();
    await db.packs.update(row!.id, { status: 'importing' });
    expect((await read(db, sentence(1))).some((a) => a.claimId === 'big-1')).toBe(false);
    await db.packs.update(row!.id, { status: 'ready' });
    expect((await read(db, sentence(1))).some((a) => a.claimId === 'big-1')).toBe(true);
  });

  it('is all or nothing: a failure in a later slice takes the pack out and puts overwritten records back', async () => {
    const db = await fresh();
    await importPack(JSON.stringify(many(3, 'big')), db, { name: 'old.json' });
    const oldRecord = await db.claims.get('big-1');
    const before = await db.claims.count();
    // The third slice fails to write, as a full disk would.
    db.claims.hook('creating', (_k, obj) => {
      if ((obj as { id: string }).id === 'big-450') throw new Error('QuotaExceededError: disk full');
    });
    const changed = many(600);
    const r = await importPack(JSON.stringify(changed), db, { name: 'new.json', batch: 200 });
    expect(r).toEqual({ ok: false, errors: [expect.stringContaining('The import failed and nothing was changed: QuotaExceededError: disk full')] });
    expect(await db.claims.count()).toBe(before);
    expect(await db.claims.get('big-1')).toEqual(oldRecord);
    expect((await db.packs.toArray()).map((p) => p.name)).toEqual(['old.json']);
  }, 60_000);

  it('a pack left "importing" (the background stopped midway) can be removed, and is cleaned up on the next import', async () => {
    const db = await fresh();
    await importPack(JSON.stringify(many(5)), db, { name: 'stuck.json' });
    const [row] = await db.packs.toArray();
    await db.packs.update(row!.id, { status: 'importing' });
    const store = createStore(db);
    expect(await store.listPacks()).toMatchObject([{ name: 'stuck.json', status: 'importing' }]);
    expect(await store.removePack(row!.id)).toEqual({ removed: 5 });
    // And one nobody removed goes when the background begins the next import.
    await importPack(JSON.stringify(many(3, 'again')), db, { name: 'again.json' });
    const [again] = await db.packs.toArray();
    await db.packs.update(again!.id, { status: 'importing' });
    createImportJobs(db).begin({ name: 'next.json', size: 10, chunks: 1 });
    await expect.poll(async () => db.packs.count()).toBe(0);
    expect(await db.claims.where('pack').equals(again!.id).count()).toBe(0);
  });

  it('arrives in chunks at the background, which imports it while answering progress', async () => {
    const db = await fresh();
    const jobs = createImportJobs(db);
    const text = JSON.stringify(many(300));
    const size = 1_000;
    const chunks = Math.ceil(text.length / size);
    const { job } = jobs.begin({ name: 'chunked.json', size: text.length, chunks });
    // Out of order is fine; a missing chunk is not.
    for (let i = chunks - 1; i >= 1; i--) jobs.chunk({ job, index: i, text: text.slice(i * size, (i + 1) * size) });
    await expect(jobs.end({ job })).rejects.toThrow('Part of the file did not reach the background');
    jobs.chunk({ job, index: 0, text: text.slice(0, size) });
    expect(jobs.progress({ job })).toEqual({ phase: 'receiving', done: chunks, total: chunks });
    await jobs.end({ job });
    let p = jobs.progress({ job });
    for (let i = 0; p.phase !== 'done' && i < 500; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      p = jobs.progress({ job });
    }
    expect(p.result).toMatchObject({ ok: true, added: { claims: 300 }, pack: { name: 'chunked.json' } });
    expect(() => jobs.progress({ job: 'nope' })).toThrow('not known to the background');
    expect(() => jobs.begin({ name: 'x', size: LIMITS.importBytes + 1, chunks: 30 })).toThrow('at most 100 MB');
    expect(CHUNK_CHARS).toBeLessThanOrEqual(16 * 1024 * 1024);
  }, 60_000);
});
