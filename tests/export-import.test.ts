import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimDB } from '../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../data/export';
import { importPack } from '../data/import';
import { LIMITS } from '../data/schema';
import type { Flag } from '../data/messages';
import { ensureSeeded } from '../data/seed';
import { SEED_TITLES } from '../data/seed-titles';
import { createStore } from '../data/store';
import { freshDb, newFlag, packV1, readerRecord, troops } from './db-fixtures';

const dbs: ClaimDB[] = [];
async function seeded() {
  const db = freshDb();
  dbs.push(db);
  await ensureSeeded(db, packV1);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

async function snapshot(db: ClaimDB) {
  return {
    claims: await db.claims.toArray(),
    flags: await db.flags.toArray(),
    settings: await db.settings.toArray(),
  };
}

const importedFlag: Flag = {
  id: 'flag-1',
  url: 'https://news.example/drones',
  site: 'news.example',
  title: 'Drone attack',
  selector: { type: 'TextQuoteSelector', exact: 'Russia launched 90 drones overnight', prefix: 'Officials said ', suffix: '.' },
  sentence: 'Officials said Russia launched 90 drones overnight.',
  figure: { value: 90, unit: 'drones', qualifier: 'exact', counts: 'drones-launched' },
  verdict: 'new',
  note: 'check later',
  createdAt: Date.parse('2025-02-01T08:00:00Z'),
};
const validPack = { version: 1, claims: [readerRecord], flags: [importedFlag] };

describe('exports', () => {
  let db: ClaimDB;
  let flag: Flag;
  beforeEach(async () => {
    db = await seeded();
    const store = createStore(db, packV1);
    flag = await store.addFlag(newFlag());
    await store.promoteFlag(flag.id);
    flag = (await store.listFlags())[0]!;
  });

  it('claims JSON holds the reader records and flags, not the bundled records', async () => {
    const out = await exportClaimsJson(db);
    expect(out.version).toBe(packV1.version);
    expect(out.claims.map((c) => c.id)).toEqual([flag.promotedTo]);
    expect(out.claims[0]?.origin).toBe('reader');
    expect(out.flags).toEqual([flag]);
  });

  it('Web Annotations: a JSON-LD collection of TextQuoteSelector annotations with note and verdict', async () => {
    const out = await exportWebAnnotations(db);
    expect(out['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out.type).toBe('AnnotationCollection');
    expect(out.total).toBe(1);
    const [anno] = out.first.items;
    expect(anno).toEqual({
      id: `urn:uuid:${flag.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: new Date(flag.createdAt).toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Pentagon said 10,000' },
        { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: 'differs' },
      ],
      target: { source: flag.url, selector: flag.selector },
    });
  });

  it('an empty note gives no commenting body', async () => {
    await createStore(db, packV1).addFlag(newFlag({ note: '', selector: { type: 'TextQuoteSelector', exact: 'other', prefix: '', suffix: '' } }));
    const items = (await exportWebAnnotations(db)).first.items;
    expect(items.map((a) => a.body.map((b) => b.purpose))).toEqual([['tagging'], ['commenting', 'tagging']]);
  });

  it('ClaimReview: one review per statement, bundled and reader-added told apart', async () => {
    const out = await exportClaimReview(db);
    expect(out['@context']).toBe('https://schema.org');
    const reviews = out['@graph'];
    const statements = [...packV1.claims, { statements: [1] }].reduce((n, c) => n + c.statements.length, 0);
    expect(reviews).toHaveLength(statements);
    expect(reviews.every((r) => r['@type'] === 'ClaimReview' && r.itemReviewed['@type'] === 'Claim')).toBe(true);

    const bundled = reviews.find((r) => r.identifier === troops.id)!;
    expect(bundled.claimReviewed).toBe(troops.statements[0]!.quote);
    expect(bundled.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'the Pentagon' });
    expect(bundled.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', name: SEED_TITLES['000_43f53078eb556458.txt'] });
    expect(bundled.reviewRating.alternateName).toBe('Bundled source');

    const reader = reviews.find((r) => r.identifier === flag.promotedTo)!;
    expect(reader.claimReviewed).toBe(flag.selector.exact);
    expect(reader.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', url: flag.url });
    expect(reader.reviewRating.alternateName).toBe('Reader-added');
  });
});

describe('importPack', () => {
  it('applies a valid pack: reader claims and flags', async () => {
    const db = await seeded();
    const result = await importPack(JSON.stringify(validPack), db);
    expect(result).toEqual({ ok: true, added: { claims: 1, flags: 1 }, unchanged: 0, pack: { id: expect.stringMatching(/^pack-/), name: 'Imported pack' } });
    const { terms, ...stored } = (await db.claims.get(readerRecord.id))!;
    expect(stored).toEqual({ ...readerRecord, pack: result.ok && result.pack?.id });
    expect(terms).toContain('drone');
    expect(await createStore(db, packV1).listFlags({ site: 'news.example' })).toEqual([importedFlag]);
  });

  it('importing the same file twice changes nothing', async () => {
    const db = await seeded();
    const text = JSON.stringify(validPack);
    await importPack(text, db);
    const before = await snapshot(db);
    expect(await importPack(text, db)).toEqual({ ok: true, added: { claims: 0, flags: 0 }, unchanged: 2 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an export imported into another profile gives the same reader data', async () => {
    const from = await seeded();
    const store = createStore(from, packV1);
    const flag = await store.addFlag(newFlag());
    await store.promoteFlag(flag.id);
    const exported = await exportClaimsJson(from);

    const to = await seeded();
    expect(await importPack(JSON.stringify(exported), to)).toMatchObject({ ok: true, added: { claims: 1, flags: 1 }, unchanged: 0 });
    expect(await exportClaimsJson(to)).toEqual(exported);
  });

  it('marks imported claims as reader records whatever the file says', async () => {
    const db = await seeded();
    const { origin: _, ...noOrigin } = readerRecord;
    const pack = { version: 1, claims: [{ ...noOrigin, origin: 'reader' }] };
    await importPack(JSON.stringify(pack), db);
    expect((await db.claims.get(readerRecord.id))?.origin).toBe('reader');
  });

  describe('refuses, with a clear message, and changes nothing', () => {
    async function refused(text: string) {
      const db = await seeded();
      await importPack(JSON.stringify({ version: 1, claims: [], flags: [{ ...importedFlag, id: 'existing' }] }), db);
      const before = await snapshot(db);
      const result = await importPack(text, db);
      expect(result.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
      return result.ok ? [] : result.errors;
    }

    it('malformed JSON', async () => {
      const errors = await refused('{"version": 1, "claims": [');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/not valid JSON/);
      expect(errors[0]).toMatch(/line 1, column \d+/);
    });

    it('a pack that breaks the schema, naming where', async () => {
      const errors = await refused(JSON.stringify({ version: 1, claims: [{ ...readerRecord, statements: [] }], flags: [{ ...importedFlag, verdict: 'maybe' }] }));
      expect(errors).toContainEqual(expect.stringMatching(/^claims\[0\]\.statements: must not be empty/));
      expect(errors).toContainEqual(expect.stringMatching(/^flags\[0\]\.verdict: expected one of agrees, differs, new/));
    });

    it('HTML in any text field', async () => {
      const hostile = { ...validPack, claims: [{ ...readerRecord, subject: '<img src=x onerror=alert(1)>' }] };
      expect(await refused(JSON.stringify(hostile))).toEqual([expect.stringMatching(/^claims\[0\]\.subject: contains markup/)]);
      const note = { ...validPack, flags: [{ ...importedFlag, note: 'see <script>alert(1)</script>' }] };
      expect(await refused(JSON.stringify(note))).toEqual([expect.stringMatching(/^flags\[0\]\.note: contains markup/)]);
    });

    it('a huge file', async () => {
      const huge = JSON.stringify({ ...validPack, claims: [{ ...readerRecord, subject: 'x'.repeat(LIMITS.importBytes) }] });
      expect(await refused(huge)).toEqual([`pack: too large (${huge.length} bytes; at most ${LIMITS.importBytes})`]);
    }, 30_000);

    it('a claim id that belongs to a bundled record', async () => {
      const clash = { version: 1, claims: [readerRecord, { ...readerRecord, id: troops.id }], flags: [importedFlag] };
      expect(await refused(JSON.stringify(clash))).toEqual([`Claim id "${troops.id}" belongs to a bundled record; rename it to import it.`]);
    });

    it('a failure half way through rolls back what was already written', async () => {
      const db = await seeded();
      const before = await snapshot(db);
      vi.spyOn(db.flags, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const result = await importPack(JSON.stringify(validPack), db);
      expect(result).toEqual({ ok: false, errors: ['The import failed and nothing was changed: QuotaExceededError'] });
      expect(await snapshot(db)).toEqual(before);
    });
  });
});
