// The engine's home: the background reads a page's blocks against the database. Records are
// found through the multi-entry index over their terms (data/db.ts), never loaded all at once,
// so reading a page costs about the same with 30 records or 50,000, and a woken service worker
// has nothing to rebuild. Only the few candidates a page may be about reach the engine.
import Dexie from 'dexie';
import { createEngine } from '../core/engine';
import { textTerms } from '../core/retrieval';
import type { Annotation, ClaimRecord, Engine } from '../core/types';
import { formatFigure } from '../core/verdict';
import type { ClaimDB } from './db';
import { ensureSeeded } from './seed';

import type { PageBlock } from './messages';

/** An annotation as the page needs it: offsets, verdict, and what the tooltip and popup show. */
export type BlockAnnotation = Annotation & { line: string };

/** Candidates one sentence may nominate, and records one page may reach the engine with. */
const PER_SENTENCE = 4;
const PER_PAGE = 80;
/** Postings longer than this are not read: such a term is a stopword of this database. */
const MAX_POSTINGS = 20_000;
/** Caps on what one request may ask: a hostile page cannot make the worker read forever. */
const MAX_BLOCKS = 3000;
const MAX_CHARS = 400_000;

interface Cache {
  /** How many records hold each term. */
  df: Map<string, number>;
  /** Ids of the records that hold a term, read once it was needed. */
  postings: Map<string, string[]>;
  records: Map<string, ClaimRecord | null>;
  /** Each loaded record's terms, to rank a pool by everything a sentence shares with it. */
  terms: Map<string, string[]>;
  total?: number;
  readyPacks: Set<string> | null;
  engines: Map<string, Engine>;
}

const caches = new WeakMap<ClaimDB, Cache>();
const watched = new WeakSet<ClaimDB>();

function cacheOf(db: ClaimDB): Cache {
  let c = caches.get(db);
  if (!c) {
    c = { df: new Map(), postings: new Map(), records: new Map(), terms: new Map(), readyPacks: null, engines: new Map() };
    caches.set(db, c);
  }
  if (!watched.has(db)) {
    watched.add(db);
    // Any write to the database, here or in the dashboard, makes what we remember stale.
    Dexie.on('storagemutated', () => forget(db));
  }
  return c;
}

/** Drops what was read from the database (after imports, deletions, promotions). */
export function forget(db: ClaimDB): void {
  caches.delete(db);
}

/**
 * Reads the postings of each new term, at most RARE + 1 of them: a rare term's postings and
 * its exact count come in one read; a longer list only says the term is common.
 */
async function readTerms(db: ClaimDB, cache: Cache, terms: string[]): Promise<void> {
  const missing = terms.filter((t) => !cache.df.has(t));
  if (!missing.length) return;
  await db.transaction('r', db.claims, () =>
    Promise.all(
      missing.map(async (t) => {
        const ids = (await db.claims.where('terms').equals(t).limit(RARE + 1).primaryKeys()) as string[];
        if (ids.length <= RARE) cache.postings.set(t, ids);
        cache.df.set(t, ids.length <= RARE ? ids.length : Infinity);
      }),
    ),
  );
}

/** Exact counts of common terms, needed only to intersect their postings rarest first. */
async function countCommon(db: ClaimDB, cache: Cache, terms: string[]): Promise<void> {
  const common = terms.filter((t) => cache.df.get(t) === Infinity);
  await Promise.all(common.map(async (t) => cache.df.set(t, await db.claims.where('terms').equals(t).count())));
}

async function postings(db: ClaimDB, cache: Cache, term: string): Promise<string[]> {
  let ids = cache.postings.get(term);
  if (!ids) {
    ids = (await db.claims.where('terms').equals(term).primaryKeys()) as string[];
    cache.postings.set(term, ids);
  }
  return ids;
}

/** A term held by at most this many records is read whole to score candidates. */
const RARE = 1_000;
/** Records scored closely, per sentence, before the best few are kept. */
const POOL = 40;

/** Sentences of a block, roughly: enough to keep two claims of one paragraph apart. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?…])\s+(?=[^a-z\s])/u);

/**
 * The records a sentence may be about. Rare terms vote for the records that hold them (by
 * rarity); when every term is common (a pack of thousands of similar records), the records
 * holding them all are found by intersecting their postings, rarest first, passing over a term
 * that leaves none (the page words it differently). The pool is then ranked by every term the
 * sentence shares with each record.
 */
async function sentenceCandidates(db: ClaimDB, cache: Cache, terms: string[], total: number): Promise<Array<[string, number]>> {
  const df = (t: string) => cache.df.get(t) ?? 0;
  // A common term whose count was never needed weighs as little as the rarest common one can.
  const idf = (t: string) => Math.log(1 + total / Math.max(1, Number.isFinite(df(t)) ? df(t) : RARE + 1));
  const votes = new Map<string, number>();
  for (const t of terms) {
    if (df(t) === 0 || df(t) > RARE) continue;
    for (const id of await postings(db, cache, t)) votes.set(id, (votes.get(id) ?? 0) + idf(t));
  }
  let pool = [...votes].sort((a, b) => b[1] - a[1]).slice(0, POOL).map(([id]) => id);
  if (pool.length === 0) {
    await countCommon(db, cache, terms);
    const usable = terms.filter((t) => df(t) > 0 && df(t) <= MAX_POSTINGS);
    const ranked = [...usable].sort((a, b) => (cache.df.get(a) ?? 0) - (cache.df.get(b) ?? 0));
    let set: Set<string> | null = null;
    for (const t of ranked) {
      const ids = await postings(db, cache, t);
      const next: Set<string> = set ? new Set(ids.filter((id) => set!.has(id))) : new Set(ids);
      if (next.size) set = next;
      if (set && set.size <= POOL) break;
    }
    pool = set ? [...set].slice(0, POOL) : [];
  }
  await loadRecords(db, cache, pool);
  const wanted = new Set(terms);
  const size = (id: string) => cache.terms.get(id)?.length ?? 0;
  // Among records sharing as much, the one that says least besides is the closest ("NATO has 32
  // member states" before a long record whose hints also name member states).
  return pool
    .map((id) => {
      const terms = cache.terms.get(id) ?? [];
      return [id, terms.reduce((n, t) => n + (wanted.has(t) ? idf(t) : 0), 0)] as [string, number];
    })
    .sort((a, b) => b[1] - a[1] || size(a[0]) - size(b[0]))
    .slice(0, PER_SENTENCE);
}

async function loadRecords(db: ClaimDB, cache: Cache, ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !cache.records.has(id));
  if (!missing.length) return;
  const rows = await db.claims.bulkGet(missing);
  missing.forEach((id, i) => {
    const row = rows[i];
    cache.records.set(id, row ? stripTerms(row) : null);
    cache.terms.set(id, row?.terms ?? []);
  });
}

async function readyPacks(db: ClaimDB, cache: Cache): Promise<Set<string>> {
  if (!cache.readyPacks) {
    const rows = await db.packs.toArray();
    cache.readyPacks = new Set(rows.filter((p) => (p as { status?: string }).status !== 'importing').map((p) => p.id));
  }
  return cache.readyPacks;
}

/** The records the page's sentences may be about, best first. */
async function candidates(db: ClaimDB, cache: Cache, blocks: PageBlock[]): Promise<ClaimRecord[]> {
  const perSentence = blocks.flatMap((b) => sentencesOf(b.text)).map(textTerms).filter((t) => t.length);
  await readTerms(db, cache, [...new Set(perSentence.flat())]);
  cache.total ??= await db.claims.count();
  const chosen = new Map<string, number>();
  for (const terms of perSentence) {
    for (const [id, score] of await sentenceCandidates(db, cache, terms, cache.total)) {
      chosen.set(id, Math.max(chosen.get(id) ?? 0, score));
    }
  }
  const ids = [...chosen].sort((a, b) => b[1] - a[1]).slice(0, PER_PAGE).map(([id]) => id);
  const ready = await readyPacks(db, cache);
  return ids
    .map((id) => cache.records.get(id))
    .filter((r): r is ClaimRecord => !!r && (!r.pack || ready.has(r.pack)));
}

function stripTerms(row: ClaimRecord): ClaimRecord {
  const { terms: _t, ...record } = row;
  return record;
}

function engineFor(cache: Cache, records: ClaimRecord[]): Engine {
  const key = records.map((r) => r.id).sort().join('\n');
  let engine = cache.engines.get(key);
  if (!engine) {
    engine = createEngine(records);
    // A handful of recent candidate sets: a page and its live updates reuse one engine.
    if (cache.engines.size >= 8) cache.engines.delete(cache.engines.keys().next().value!);
    cache.engines.set(key, engine);
  }
  return engine;
}

/** Claims in each block, index-aligned with `blocks`; context blocks always get []. */
export async function annotateBlocks(db: ClaimDB, input: PageBlock[]): Promise<BlockAnnotation[][]> {
  if (!Array.isArray(input)) throw new Error('blocks must be a list');
  let chars = 0;
  const blocks: PageBlock[] = [];
  for (const b of input.slice(0, MAX_BLOCKS)) {
    const text = typeof b?.text === 'string' ? b.text : '';
    chars += text.length;
    if (chars > MAX_CHARS) break;
    blocks.push({ text, heading: b.heading === true, context: b.context === true });
  }
  await ensureSeeded(db);
  const cache = cacheOf(db);
  const records = await candidates(db, cache, blocks);
  const found = engineFor(cache, records).annotatePage(blocks.map(({ text, heading }) => ({ text, heading })));
  return input.map((_, i) =>
    i < blocks.length && !blocks[i]!.context ? (found[i] ?? []).map((a) => ({ ...a, line: oneLine(a) })) : [],
  );
}

/** The popup's line: the page's figure beside the database's, each with who gave it. */
export function oneLine(a: Annotation): string {
  const { figure, explanation } = a;
  const stated = new Set(
    explanation.comparisons.flatMap(({ statement: s }) =>
      s.figure ? [`${formatFigure(s.figure)}${s.attribution ? ` (${s.attribution})` : ''}`] : [],
    ),
  );
  if (figure && stated.size) return `Page: ${formatFigure(figure)} · Database: ${[...stated].join('; ')}`;
  return explanation.summary;
}
