// The background's engine service as a page uses it: blocks in, annotations out, records found
// through the terms index whatever the database's size.
import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../data/annotate-service';
import { ClaimDB } from '../data/db';
import { importPack } from '../data/import';
import { ensureSeeded } from '../data/seed';
import { createStore } from '../data/store';

const fresh = async () => {
  const db = new ClaimDB(`service-${crypto.randomUUID()}`);
  await ensureSeeded(db);
  return db;
};

const ACTORS = ['Estonia', 'Latvia', 'Lithuania', 'Poland', 'Finland', 'Sweden', 'Norway', 'Denmark', 'Germany', 'France'];
const VERBS = [
  ['expelled', 'Russian diplomats accused of spying'],
  ['detained', 'people suspected of sabotage for Russia'],
  ['delivered', 'air defence launchers to Ukraine'],
  ['stationed', 'troops on NATO’s eastern flank'],
];

/** Many records worded alike: the figure and the actor tell them apart. */
function bigPack(n: number) {
  const claims = [];
  for (let i = 0; i < n; i++) {
    const [verb, what] = VERBS[i % VERBS.length]!;
    const actor = ACTORS[Math.floor(i / VERBS.length) % ACTORS.length]!;
    const value = 10 + i;
    claims.push({
      id: `big-${i}`,
      subject: `${actor} ${verb} ${what}`,
      statements: [{ source: `https://news.example/${i}`, quote: `${actor} ${verb} ${value} ${what}.`, attribution: null }],
    });
  }
  return JSON.stringify({ version: 1, claims });
}

const read = (db: ClaimDB, ...texts: string[]) => annotateBlocks(db, texts.map((text) => ({ text })));

describe('annotateBlocks', () => {
  it('reads bundled claims and keeps context blocks out of the answer', async () => {
    const db = await fresh();
    const [ctx, claim, other] = await annotateBlocks(db, [
      { text: 'North Korean troops in Russia', heading: true, context: true },
      { text: 'The Pentagon said about 13,000 North Korean soldiers are now in Russia’s Kursk region.' },
      { text: 'More than 600,000 Russian soldiers have been killed or wounded, according to NATO.' },
    ]);
    expect(ctx).toEqual([]);
    expect(claim![0]).toMatchObject({ verdict: 'differs', claimId: 'nk-troops-deployed-kursk' });
    expect(claim![0]!.line).toMatch(/13,000/);
    expect(other![0]).toMatchObject({ verdict: 'agrees', claimId: 'russia-killed-wounded-600k' });
  });

  it('finds one record among 4,000 worded alike, by its actor and figure, and still the bundled ones', async () => {
    const db = await fresh();
    const result = await importPack(bigPack(4000), db, { name: 'big.json' });
    expect(result.ok).toBe(true);
    const t0 = performance.now();
    const [hit, near, bundled] = await read(
      db,
      'Poland stationed 2,065 troops on NATO’s eastern flank.',
      'Poland stationed 99,999 troops on NATO’s eastern flank.',
      'More than 600,000 Russian soldiers have been killed or wounded, according to NATO.',
    );
    const ms = performance.now() - t0;
    expect(hit![0]).toMatchObject({ verdict: 'agrees', claimId: 'big-2055' });
    expect(near![0]?.verdict).toBe('differs');
    expect(near![0]?.claimId).toMatch(/^big-/);
    expect(bundled![0]).toMatchObject({ verdict: 'agrees', claimId: 'russia-killed-wounded-600k' });
    console.log(`annotateBlocks, 4,000 pack records: ${ms.toFixed(0)} ms for three blocks`);
  }, 120_000);

  it('forgets a pack once it is removed', async () => {
    const db = await fresh();
    const text = JSON.stringify({
      claims: [{ subject: 'Estonia expels diplomats', statements: [{ source: 'https://e.example/1', quote: 'Estonia expelled 21 Russian diplomats accused of spying.' }] }],
    });
    expect((await importPack(text, db, { name: 'estonia.json' })).ok).toBe(true);
    const [before] = await read(db, 'Estonia expelled 21 Russian diplomats accused of spying.');
    expect(before![0]?.verdict).toBe('agrees');
    const [pack] = await db.packs.toArray();
    await createStore(db).removePack(pack!.id);
    const [after] = await read(db, 'Estonia expelled 21 Russian diplomats accused of spying.');
    expect(after![0]?.claimId).toBeUndefined();
  });

  it('finds a short pack record among bundled records whose hints share its words', async () => {
    const db = await fresh();
    const text = JSON.stringify({
      claims: [{ subject: 'NATO has 32 member states', statements: [{ source: 'https://r.example/1', quote: 'NATO has 32 member states.', figure: { value: 32, unit: 'members', qualifier: 'exact', counts: 'members' } }] }],
    });
    expect((await importPack(text, db, { name: 'members.json' })).ok).toBe(true);
    const [found] = await read(db, 'NATO has 40 member states, a speaker told the crowd.');
    expect(found![0]).toMatchObject({ verdict: 'differs', claimId: expect.stringMatching(/^pack-/) });
  });

  it('bounds a hostile request and survives odd blocks', async () => {
    const db = await fresh();
    const huge = Array.from({ length: 5000 }, () => ({ text: 'Russia '.repeat(200) }));
    const answer = await annotateBlocks(db, [...huge, { text: 42 as unknown as string }]);
    expect(answer).toHaveLength(5001);
    expect(answer.every(Array.isArray)).toBe(true);
  });
});
