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

/** A term found in more records than this says little about any one of them. */
const MAX_POSTINGS = 400;
/** Records a block may nominate, and records one page may reach the engine with. */
const PER_BLOCK = 6;
const PER_PAGE = 80;
/** Caps on what one request may ask: a hostile page cannot make the worker read forever. */
const MAX_BLOCKS = 3000;
const MAX_CHARS = 400_000;

interface Cache {
  /** Records that hold each term (ids), or null when the term is too common to use. */
  postings: Map<string, string[] | null>;
  records: Map<string, ClaimRecord | null>;
  readyPacks: Set<string> | null;
  engines: Map<string, Engine>;
}

const caches = new WeakMap<ClaimDB, Cache>();

function cacheOf(db: ClaimDB): Cache {
  let c = caches.get(db);
  if (!c) {
    c = { postings: new Map(), records: new Map(), readyPacks: null, engines: new Map() };
    caches.set(db, c);
    // Any write to the database, here or in the dashboard, makes what we remember stale.
    Dexie.on('storagemutated', () => forget(db));
  }
  return c;
}

/** Drops what was read from the database (after imports, deletions, promotions). */
export function forget(db: ClaimDB): void {
  caches.delete(db);
}

async function postingsFor(db: ClaimDB, cache: Cache, terms: string[]): Promise<void> {
  const missing = terms.filter((t) => !cache.postings.has(t));
  if (!missing.length) return;
  await db.transaction('r', db.claims, async () => {
    await Promise.all(
      missing.map(async (t) => {
        // One more than the cap tells "too common" without reading them all.
        const ids = (await db.claims.where('terms').equals(t).limit(MAX_POSTINGS + 1).primaryKeys()) as string[];
        cache.postings.set(t, ids.length > MAX_POSTINGS ? null : ids);
      }),
    );
  });
}

async function readyPacks(db: ClaimDB, cache: Cache): Promise<Set<string>> {
  if (!cache.readyPacks) {
    const rows = await db.packs.toArray();
    cache.readyPacks = new Set(rows.filter((p) => (p as { status?: string }).status !== 'importing').map((p) => p.id));
  }
  return cache.readyPacks;
}

/** Ranks the records each block shares rare terms with; returns the page's candidates. */
async function candidates(db: ClaimDB, cache: Cache, blocks: PageBlock[]): Promise<ClaimRecord[]> {
  const perBlock = blocks.map((b) => textTerms(b.text));
  await postingsFor(db, cache, [...new Set(perBlock.flat())]);
  const total = Math.max(1, await db.claims.count());
  const chosen = new Map<string, number>();
  for (const terms of perBlock) {
    const score = new Map<string, number>();
    for (const t of terms) {
      const ids = cache.postings.get(t);
      if (!ids?.length) continue;
      const idf = Math.log(1 + total / ids.length);
      for (const id of ids) score.set(id, (score.get(id) ?? 0) + idf);
    }
    const top = [...score].sort((a, b) => b[1] - a[1]).slice(0, PER_BLOCK);
    for (const [id, s] of top) chosen.set(id, Math.max(chosen.get(id) ?? 0, s));
  }
  const ids = [...chosen].sort((a, b) => b[1] - a[1]).slice(0, PER_PAGE).map(([id]) => id);
  const missing = ids.filter((id) => !cache.records.has(id));
  if (missing.length) {
    const rows = await db.claims.bulkGet(missing);
    missing.forEach((id, i) => {
      const row = rows[i];
      cache.records.set(id, row ? stripTerms(row) : null);
    });
  }
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

type PageEngine = Engine & { annotatePage?: (blocks: { text: string; heading?: boolean }[]) => Annotation[][] };

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
  const engine = engineFor(cache, records) as PageEngine;
  const found: Annotation[][] = engine.annotatePage
    ? engine.annotatePage(blocks.map(({ text, heading }) => ({ text, heading })))
    : blocks.map((b) => safe(() => engine.annotate(b.text)));
  return input.map((_, i) =>
    i < blocks.length && !blocks[i]!.context ? (found[i] ?? []).map((a) => ({ ...a, line: oneLine(a) })) : [],
  );
}

function safe(fn: () => Annotation[]): Annotation[] {
  try {
    return fn();
  } catch {
    return []; // One odd block must not stop the page.
  }
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
