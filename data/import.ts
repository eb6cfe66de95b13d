// Imports a claim pack (our claims JSON, a hand-written pack, or ClaimReview JSON-LD) as one
// named pack: all or nothing as the reader sees it. Large packs are checked and written in
// slices so that the background keeps answering pages meanwhile.
import type { ClaimRecord } from '../core/types';
import { claimReviewToPack, looksLikeClaimReview } from './claimreview';
import { ClaimDB, db as defaultDb, siteOf, type PackRow } from './db';
import type { Flag, ImportProgress, ImportResult } from './messages';
import { LIMITS, checkPackSteps, hostileStructure, parsePackText, type ValidateResult } from './schema';
import { ensureSeeded } from './seed';

class Refused extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

/** Records per write transaction: small enough that page lookups get their turn between two. */
export const WRITE_BATCH = 2_000;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  // `terms` are derived on write (data/db.ts) and `pack` says where a record came from: neither
  // tells two records apart.
  const keys = (o: object) => Object.keys(o).filter((k) => k !== 'terms' && k !== 'pack' && (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Lets other tasks (a page's lookup, a progress poll) run between two slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ImportOptions {
  /** The name the dashboard lists the pack under (the file name). */
  name?: string;
  onProgress?(progress: ImportProgress): void;
  /** Records per write transaction. */
  batch?: number;
}

// One import at a time: two packs racing for the same ids could not both be all-or-nothing.
let queue: Promise<unknown> = Promise.resolve();

export function importPack(text: string, db: ClaimDB = defaultDb, opts: ImportOptions = {}): Promise<ImportResult> {
  const run = queue.then(() => runImport(text, db, opts));
  queue = run.catch(() => {});
  return run;
}

async function check(text: string, report: (p: ImportProgress) => void): Promise<ValidateResult> {
  const parsed = parsePackText(text, LIMITS.importBytes);
  if (!parsed.ok) return parsed;
  let data = parsed.data;
  // Before anything reads it: keys like "__proto__" and absurd nesting are refused outright.
  const hostile = hostileStructure(data);
  if (hostile) return { ok: false, errors: [hostile] };
  let fromReviews = false;
  if (looksLikeClaimReview(data)) {
    const converted = claimReviewToPack(data);
    if (!converted.ok) return converted;
    data = converted.pack;
    fromReviews = true;
  }
  const total = Array.isArray((data as { claims?: unknown })?.claims) ? (data as { claims: unknown[] }).claims.length : 0;
  const steps = checkPackSteps(data, { imported: true });
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const result = step.value;
      // Errors name the review the reader knows, not our internal record.
      if (!result.ok && fromReviews) result.errors = result.errors.map((e) => e.replace(/^claims\[(\d+)\]\.?/, (_m, i) => `ClaimReview ${Number(i) + 1}: `));
      return result;
    }
    report({ phase: 'checking', done: step.value, total });
    await breathe();
  }
}

async function runImport(text: string, db: ClaimDB, opts: ImportOptions): Promise<ImportResult> {
  const report = (p: ImportProgress) => opts.onProgress?.(p);
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  // Size, JSON syntax, hostile keys, markup, control characters and shape: all checked by the schema.
  const checked = await check(text, report);
  if (!checked.ok) return { ok: false, errors: checked.errors };

  const claims: ClaimRecord[] = checked.pack.claims.map((c) => ({ ...c, origin: 'reader' }));
  const flags: Flag[] = (checked.pack.flags ?? []).map((f) => ({ ...f, site: f.site || siteOf(f.url) }));
  const batch = Math.max(1, opts.batch ?? WRITE_BATCH);
  await ensureSeeded(db);

  // What is new, and what it would overwrite (put back if the import fails).
  const fresh: ClaimRecord[] = [];
  const overwritten: ClaimRecord[] = [];
  const collisions: string[] = [];
  for (let i = 0; i < claims.length; i += batch) {
    const slice = claims.slice(i, i + batch);
    // Keys first: most ids of a new pack do not exist, and only existing rows need reading.
    const existing = (await db.claims.where(':id').anyOf(slice.map((c) => c.id)).primaryKeys()) as string[];
    const rows = existing.length ? await db.claims.bulkGet(existing) : [];
    const byId = new Map(rows.filter((r): r is ClaimRecord => !!r).map((r) => [r.id, r]));
    slice.forEach((c) => {
      const prev = byId.get(c.id);
      if (prev && prev.origin !== 'reader') {
        if (collisions.length < LIMITS.errors) collisions.push(`Claim id "${c.id}" belongs to a bundled record; rename it to import it.`);
      } else if (!same(c, prev)) {
        fresh.push(c);
        if (prev) overwritten.push(prev);
      }
    });
  }
  if (collisions.length) return { ok: false, errors: collisions };
  const oldFlags = await db.flags.bulkGet(flags.map((f) => f.id));
  const freshFlags = flags.filter((f, i) => !same(f, oldFlags[i]));
  const unchanged = claims.length + flags.length - fresh.length - freshFlags.length;
  if (!fresh.length && !freshFlags.length) return { ok: true, added: { claims: 0, flags: 0 }, unchanged };

  const row: PackRow | null = fresh.length
    ? {
        id: `pack-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`,
        name: (opts.name ?? '').trim().slice(0, LIMITS.title) || 'Imported pack',
        importedAt: new Date().toISOString(),
        count: fresh.length,
        status: 'importing',
      }
    : null;
  const tagged = row ? fresh.map((c) => ({ ...c, pack: row.id })) : [];
  const replacing = new Set(overwritten.map((o) => o.id));
  // New ids are added, not put: with the terms hook, a put first reads every key it writes.
  const write = async (slice: ClaimRecord[]) => {
    const added = slice.filter((c) => !replacing.has(c.id));
    const replaced = slice.filter((c) => replacing.has(c.id));
    if (added.length) await db.claims.bulkAdd(added);
    if (replaced.length) await db.claims.bulkPut(replaced);
  };
  // Records moved here from older packs: those packs now hold fewer.
  const moved = new Map<string, number>();
  for (const o of overwritten) if (o.pack) moved.set(o.pack, (moved.get(o.pack) ?? 0) + 1);
  const recount = async () => {
    for (const [id, n] of moved) await db.packs.where('id').equals(id).modify((p) => void (p.count = Math.max(0, p.count - n)));
  };
  const ok = (): ImportResult => ({
    ok: true,
    added: { claims: fresh.length, flags: freshFlags.length },
    unchanged,
    ...(row ? { pack: { id: row.id, name: row.name } } : {}),
  });

  try {
    if (tagged.length <= batch) {
      // Small: one transaction, so it is all or nothing in the database itself.
      await db.transaction('rw', db.claims, db.flags, db.packs, async () => {
        if (row) await db.packs.put({ ...row, status: 'ready' });
        if (tagged.length) await write(tagged);
        if (freshFlags.length) await db.flags.bulkPut(freshFlags);
        await recount();
      });
      report({ phase: 'writing', done: tagged.length, total: tagged.length });
      return ok();
    }
    // Large: the pack stays 'importing' (ignored by page lookups) until its last record is written.
    await db.packs.put(row!);
    for (let i = 0; i < tagged.length; i += batch) {
      await db.transaction('rw', db.claims, db.packs, async () => {
        // Removed mid-import (the reader gave up on it): stop rather than write orphans.
        if (!(await db.packs.get(row!.id))) throw new Error('the pack was removed while it was being imported');
        await write(tagged.slice(i, i + batch));
      });
      report({ phase: 'writing', done: Math.min(i + batch, tagged.length), total: tagged.length });
      await breathe();
    }
    await db.transaction('rw', db.flags, db.packs, async () => {
      if (!(await db.packs.get(row!.id))) throw new Error('the pack was removed while it was being imported');
      if (freshFlags.length) await db.flags.bulkPut(freshFlags);
      await db.packs.update(row!.id, { status: 'ready' });
      await recount();
    });
    return ok();
  } catch (err) {
    if (row) await undoPack(db, row.id, overwritten).catch((e: unknown) => console.error('ClaimLens: could not undo a failed import:', e));
    if (err instanceof Refused) return { ok: false, errors: err.errors };
    console.error('ClaimLens: import failed and was rolled back:', err);
    return { ok: false, errors: [`The import failed and nothing was changed: ${(err as Error)?.message ?? String(err)}`] };
  }
}

/** Takes a half-written pack out again: its records, its row, and the records it overwrote back. */
async function undoPack(db: ClaimDB, id: string, overwritten: ClaimRecord[] = []): Promise<void> {
  await db.transaction('rw', db.claims, db.packs, async () => {
    await db.claims.where('pack').equals(id).delete();
    if (overwritten.length) await db.claims.bulkPut(overwritten);
    await db.packs.delete(id);
  });
}

/**
 * Packs left 'importing' by a background that was stopped mid-import: their records go. Call
 * once when the background starts, before any import.
 */
export async function discardUnfinishedImports(db: ClaimDB = defaultDb): Promise<number> {
  const rows = await db.packs.filter((p) => p.status === 'importing').toArray();
  for (const row of rows) await undoPack(db, row.id);
  return rows.length;
}

// ---- Chunked import from the dashboard (runtime messages are capped at 64 MB, JSON only) ----

/** Characters per message when a pack's text is sent to the background. */
export const CHUNK_CHARS = 4 * 1024 * 1024;
const MAX_CHUNKS = 10_000;

interface Job {
  name: string;
  chunks: (string | undefined)[];
  chars: number;
  progress: ImportProgress;
  finished?: number;
}

/** Import jobs of the background: begin, send chunks, end, then poll progress until done. */
export function createImportJobs(db: ClaimDB = defaultDb, onImported?: (result: ImportResult) => void) {
  const jobs = new Map<string, Job>();
  let cleaned: Promise<unknown> | null = null;

  function job(id: string): Job {
    const j = typeof id === 'string' ? jobs.get(id) : undefined;
    if (!j) throw new Error('This import is not known to the background (it may have restarted); choose the file again.');
    return j;
  }

  // Finished jobs are kept a minute for the dashboard to read their outcome.
  function forgetOld() {
    const now = Date.now();
    for (const [id, j] of jobs) if (j.finished && now - j.finished > 60_000) jobs.delete(id);
  }

  return {
    begin({ name, size, chunks }: { name: string; size: number; chunks: number }): { job: string } {
      forgetOld();
      cleaned ??= discardUnfinishedImports(db).catch(() => 0);
      if (!Number.isInteger(chunks) || chunks < 1 || chunks > MAX_CHUNKS) throw new Error(`A pack is sent in 1 to ${MAX_CHUNKS} parts.`);
      if (typeof size === 'number' && size > LIMITS.importBytes) {
        throw new Error(`The file is ${Math.ceil(size / 1048576)} MB; a claim pack may be at most 100 MB.`);
      }
      const id = crypto.randomUUID();
      jobs.set(id, { name: String(name ?? ''), chunks: new Array(chunks).fill(undefined), chars: 0, progress: { phase: 'receiving', done: 0, total: chunks } });
      return { job: id };
    },
    chunk({ job: id, index, text }: { job: string; index: number; text: string }): void {
      const j = job(id);
      if (j.progress.phase !== 'receiving') throw new Error('This import is already being processed.');
      if (!Number.isInteger(index) || index < 0 || index >= j.chunks.length || typeof text !== 'string') throw new Error('Malformed import chunk.');
      j.chars += text.length - (j.chunks[index]?.length ?? 0);
      if (j.chars > LIMITS.importBytes) {
        jobs.delete(id);
        throw new Error('The pack is too large: at most 100 MB.');
      }
      j.chunks[index] = text;
      j.progress = { phase: 'receiving', done: j.chunks.filter((c) => c !== undefined).length, total: j.chunks.length };
    },
    async end({ job: id }: { job: string }): Promise<ImportProgress> {
      const j = job(id);
      if (j.progress.phase !== 'receiving') return j.progress;
      if (j.chunks.some((c) => c === undefined)) throw new Error('Part of the file did not reach the background; choose the file again.');
      const text = j.chunks.join('');
      j.chunks = [];
      j.progress = { phase: 'checking', done: 0, total: 0 };
      await cleaned;
      void importPack(text, db, { name: j.name, onProgress: (p) => (j.progress = p) })
        .catch((err: unknown): ImportResult => ({ ok: false, errors: [`The import failed and nothing was changed: ${(err as Error)?.message ?? String(err)}`] }))
        .then((result) => {
          j.progress = { phase: 'done', done: j.progress.total, total: j.progress.total, result };
          j.finished = Date.now();
          onImported?.(result);
        });
      return j.progress;
    },
    progress({ job: id }: { job: string }): ImportProgress {
      return job(id).progress;
    },
  };
}
