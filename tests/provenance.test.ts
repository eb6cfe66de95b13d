// Source provenance (outlet, URL, publication date): stored on the bundled statements,
// validated by the schema and by `npm run claims:check`, and carried by every export.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClaimPack, ClaimRecord } from '../core/types';
import type { ClaimDB } from '../data/db';
import { exportClaimReview, exportClaimsJson, exportWebAnnotations } from '../data/export';
import { importPack } from '../data/import';
import { validatePack } from '../data/schema';
import { ensureSeeded } from '../data/seed';
import { SEED_SOURCES, SEED_TITLES, sourceTitle } from '../data/seed-titles';
import { createStore } from '../data/store';
import { freshDb, newFlag, readerRecord } from './db-fixtures';

const root = path.resolve(__dirname, '..');
const claimsText = readFileSync(path.join(root, 'data/claims.json'), 'utf8');
const bundled = JSON.parse(claimsText) as ClaimPack;

const dbs: ClaimDB[] = [];
async function seededWith(pack: ClaimPack) {
  const db = freshDb();
  dbs.push(db);
  await ensureSeeded(db, pack);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('bundled provenance', () => {
  it('every seed has a source entry whose verified fields are an http(s) URL, a host name and an ISO date or null', () => {
    expect(Object.keys(SEED_SOURCES).sort()).toEqual(Object.keys(SEED_TITLES).sort());
    for (const [file, s] of Object.entries(SEED_SOURCES)) {
      expect(sourceTitle(file)).toBe(s.title);
      if (s.url !== null) {
        expect(new URL(s.url).protocol).toMatch(/^https?:$/);
        expect(s.outlet).toBe(new URL(s.url).hostname);
      } else {
        expect(s.outlet).toBeNull();
      }
      if (s.published !== null) expect(s.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('every statement of data/claims.json carries its seed’s outlet, url and published', () => {
    const statements = bundled.claims.flatMap((c) => c.statements);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const seed = SEED_SOURCES[s.source]!;
      expect({ outlet: s.outlet, url: s.url, published: s.published }).toEqual({ outlet: seed.outlet, url: seed.url, published: seed.published });
    }
  });
});

describe('claims:check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-provenance-'));
  afterEach(() => rmSync(path.join(dir, 'claims.json'), { force: true }));

  /** Runs the real `npm run claims:check` script on a copy of claims.json with one statement changed. */
  function check(change: Record<string, unknown>): { code: number; output: string } {
    const pack = JSON.parse(claimsText);
    Object.assign(pack.claims[0].statements[0], change);
    const file = path.join(dir, 'claims.json');
    writeFileSync(file, JSON.stringify(pack, null, 2));
    try {
      const out = execFileSync('npx', ['tsx', 'scripts/claims-check.ts', file], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, output: out };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, output: `${e.stdout}${e.stderr}` };
    }
  }

  it('accepts the bundled file', () => {
    expect(check({})).toMatchObject({ code: 0, output: expect.stringContaining('claims.json OK') });
  }, 30_000);

  it('rejects a non-http URL and an impossible publication date, naming where', () => {
    const result = check({ url: 'javascript:alert(1)', published: '2024-13-45' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('claims[0].statements[0].url');
    expect(result.output).toContain('claims[0].statements[0].published: expected an ISO date');
    const ftp = check({ url: 'ftp://example.org/a' });
    expect(ftp.code).toBe(1);
    expect(ftp.output).toContain('claims[0].statements[0].url: expected an http(s) URL or null, got "ftp://example.org/a"');
  }, 30_000);

  it('rejects markup in the outlet and a date that is not a string', () => {
    const result = validatePack({ ...bundled, claims: [{ ...bundled.claims[0]!, statements: [{ ...bundled.claims[0]!.statements[0]!, outlet: '<b>x</b>', published: 20241107 }] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.stringMatching(/statements\[0\]\.outlet: contains markup/));
      expect(result.errors).toContainEqual(expect.stringMatching(/statements\[0\]\.published: expected an ISO date/));
    }
  });

  it('keeps the three fields of a valid statement, nulls included', () => {
    const result = validatePack(claimsText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack).toEqual(bundled);
  });
});

describe('exports carry provenance', () => {
  // A record quoting two sources: one with full provenance, one (like seed 003) with none known.
  const dated: ClaimRecord = {
    id: 'nk-troops-provenance',
    subject: 'North Korean troops sent to Russia',
    topics: ['north-korea', 'russia'],
    keyTerms: [['north korean'], ['troops']],
    statements: [
      {
        source: '000_43f53078eb556458.txt',
        quote: 'approximately 10,000 North Korean soldiers',
        attribution: 'the Pentagon',
        figure: null,
        outlet: 'example-news.org',
        url: 'https://example-news.org/nk-troops',
        published: '2024-11-08',
      },
      { source: '003_195da53a531a13bd.txt', quote: 'approximately 1,500 North Korean soldiers', attribution: null, figure: null, outlet: null, url: null, published: null },
    ],
  };
  const pack: ClaimPack = { version: 7, claims: [dated] };

  it('ClaimReview: appearance has the URL, the outlet as publisher and datePublished, and nothing invented where unknown', async () => {
    const db = await seededWith(pack);
    const reviews = (await exportClaimReview(db))['@graph'];
    const [known, unknown] = reviews.filter((r) => r.identifier === dated.id);
    expect(known!.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      name: SEED_TITLES['000_43f53078eb556458.txt'],
      url: 'https://example-news.org/nk-troops',
      publisher: { '@type': 'Organization', name: 'example-news.org' },
      datePublished: '2024-11-08',
    });
    expect(unknown!.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', name: SEED_TITLES['003_195da53a531a13bd.txt'] });
  });

  it('ClaimReview of the bundled database: each seed’s verified URL and outlet', async () => {
    const db = await seededWith(bundled);
    const reviews = (await exportClaimReview(db))['@graph'];
    const statements = bundled.claims.flatMap((c) => c.statements.map((s) => ({ id: c.id, ...s })));
    expect(reviews).toHaveLength(statements.length);
    for (const s of statements) {
      const r = reviews.find((x) => x.identifier === s.id && x.claimReviewed === s.quote)!;
      const seed = SEED_SOURCES[s.source]!;
      expect(r.itemReviewed.appearance.url).toBe(seed.url ?? undefined);
      expect(r.itemReviewed.appearance.publisher?.name).toBe(seed.outlet ?? undefined);
    }
    // Four of the five seeds were found online; their URLs reach the export.
    expect(new Set(reviews.map((r) => r.itemReviewed.appearance.url).filter(Boolean)).size).toBe(
      new Set(Object.values(SEED_SOURCES).map((x) => x.url).filter(Boolean)).size,
    );
  });

  it('Web Annotation: a flag compared with a record links to its sources with outlet and date', async () => {
    const db = await seededWith(pack);
    await createStore(db, pack).addFlag(newFlag({ claimId: dated.id }));
    const [anno] = (await exportWebAnnotations(db)).first.items;
    const links = anno!.body.filter((b) => b.purpose === 'linking');
    expect(links).toEqual([{
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://example-news.org/nk-troops',
      'dcterms:publisher': 'example-news.org',
      'dcterms:issued': '2024-11-08',
    }]);
    expect(anno!.target.source).toBe(newFlag().url);
  });

  it('Web Annotation: a flag with no compared record has no links', async () => {
    const db = await seededWith(pack);
    await createStore(db, pack).addFlag(newFlag({ claimId: undefined, verdict: 'new' }));
    const [anno] = (await exportWebAnnotations(db)).first.items;
    expect(anno!.body.map((b) => b.purpose)).toEqual(['commenting', 'tagging']);
  });

  it('claims JSON: an imported reader record keeps its provenance through export and re-import', async () => {
    const db = await seededWith(pack);
    const sourced: ClaimRecord = {
      ...readerRecord,
      statements: [{ ...readerRecord.statements[0]!, outlet: 'news.example', url: 'https://news.example/drones', published: '2025-02-01' }],
    };
    expect(await importPack(JSON.stringify({ version: 1, claims: [sourced] }), db)).toMatchObject({ ok: true });
    const exported = await exportClaimsJson(db);
    expect(exported.claims[0]!.statements[0]).toEqual(sourced.statements[0]);

    const other = await seededWith(pack);
    expect(await importPack(JSON.stringify(exported), other)).toMatchObject({ ok: true });
    // Only the pack id (one per import) differs.
    const strip = (claims: ClaimRecord[]) => claims.map(({ pack: _, ...c }) => c);
    expect(strip((await exportClaimsJson(other)).claims)).toEqual(strip(exported.claims));
  });
});
