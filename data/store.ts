// Reads and writes of claims, flags and settings. Every call waits for seeding first.
import Dexie from 'dexie';
import { textTerms } from '../core/retrieval';
import { detectTopics } from '../core/topics';
import type { ClaimPack, ClaimRecord, Verdict } from '../core/types';
import { ClaimDB, db as defaultDb, siteOf } from './db';
import type { ClaimPage, ClaimQuery, Flag, NewFlag, PackInfo, Settings } from './messages';
import { validatePack } from './schema';
import { ensureSeeded } from './seed';

export interface FlagQuery {
  url?: string;
  site?: string;
  verdict?: Verdict;
}

const VERDICTS: readonly string[] = ['agrees', 'differs', 'new'];
export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], shownVerdicts: ['differs', 'new'] };
/** Known verdicts, once each, in a fixed order. */
const verdictList = (v: unknown[]) => VERDICTS.filter((x) => v.includes(x)) as Verdict[];

export function isClaimRecord(row: unknown): row is ClaimRecord {
  const r = row as ClaimRecord;
  return (
    !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.subject === 'string' &&
    Array.isArray(r.topics) && Array.isArray(r.keyTerms) && Array.isArray(r.statements)
  );
}

export function isFlag(row: unknown): row is Flag {
  const f = row as Flag;
  return (
    !!f && typeof f === 'object' && typeof f.id === 'string' && typeof f.url === 'string' &&
    typeof f.createdAt === 'number' && VERDICTS.includes(f.verdict) &&
    !!f.selector && typeof f.selector.exact === 'string'
  );
}

/** Drops rows that are not what the code expects, with one clear message each, instead of crashing. */
function keepValid<T>(rows: unknown[], valid: (row: unknown) => row is T, what: string): T[] {
  return rows.filter((row): row is T => {
    if (valid(row)) return true;
    const id = row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
    console.warn(`ClaimLens: skipped a malformed ${what} row in the database (id ${JSON.stringify(id)})`);
    return false;
  });
}

export function createStore(db: ClaimDB = defaultDb, pack?: ClaimPack) {
  const ready = () => ensureSeeded(db, pack);
  // Words of records a search has read, by id; any write anywhere makes them stale.
  const searchCache = new Map<string, { terms: string[]; text: string } | null>();
  Dexie.on('storagemutated', () => searchCache.clear());

  async function listClaims(): Promise<ClaimRecord[]> {
    await ready();
    // `terms` are the index's, derived on every write: never shown, exported or compared.
    return keepValid(await db.claims.toArray(), isClaimRecord, 'claim').map(({ terms: _t, ...c }) => c);
  }

  async function listFlags(query: FlagQuery = {}): Promise<Flag[]> {
    await ready();
    const { url, site, verdict } = query;
    const rows = url
      ? await db.flags.where('url').equals(url).toArray()
      : site
        ? await db.flags.where('site').equals(site.toLowerCase()).toArray()
        : await db.flags.toArray();
    return keepValid(rows, isFlag, 'flag')
      .filter((f) => (!site || f.site === site.toLowerCase()) && (!verdict || f.verdict === verdict))
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  async function addFlag(input: NewFlag): Promise<Flag> {
    await ready();
    const flag: Flag = { ...input, id: crypto.randomUUID(), createdAt: Date.now(), site: siteOf(input?.url) };
    // Only a real date is kept: the page's metadata is not trusted further.
    if (flag.published !== undefined) {
      const day = isoDay(flag.published);
      if (day) flag.published = day;
      else delete flag.published;
    }
    if (!isFlag(flag)) throw new Error('A flag needs a page URL, the quoted text and a verdict.');
    return db.transaction('rw', db.flags, async () => {
      // Flagging the same quote on the same page twice keeps the first flag.
      const same = await db.flags.where('url').equals(flag.url)
        .filter((f) => f.selector?.exact === flag.selector.exact).first();
      if (same) return same;
      await db.flags.add(flag);
      return flag;
    });
  }

  /** Deletes a flag; resolves to it (note included) so that it can be put back. */
  async function removeFlag(id: string): Promise<Flag | null> {
    await ready();
    return db.transaction('rw', db.flags, async () => {
      const flag = await db.flags.get(id);
      await db.flags.delete(id);
      return isFlag(flag) ? flag : null;
    });
  }

  /** Puts a deleted flag back as it was (Undo). */
  async function restoreFlag(flag: Flag): Promise<Flag> {
    await ready();
    // What comes back goes through the same checks as an imported flag (text only, known fields).
    const checked = isFlag(flag) ? validatePack({ version: 1, claims: [], flags: [{ ...flag, site: flag.site || siteOf(flag.url) }] }) : null;
    if (!checked?.ok || !checked.pack.flags?.[0]) throw new Error('This is not a flag that can be restored.');
    const row: Flag = checked.pack.flags[0];
    await db.flags.put(row);
    return row;
  }

  /** Deletes one reader record (bundled records stay); resolves to it so that it can be put back. */
  async function removeRecord(id: string): Promise<ClaimRecord | null> {
    await ready();
    return db.transaction('rw', db.claims, db.flags, db.packs, async () => {
      const row = await db.claims.get(id);
      if (!row) return null;
      if (row.origin !== 'reader') throw new Error('Bundled records cannot be deleted.');
      await db.claims.delete(id);
      if (row.pack) await db.packs.where('id').equals(row.pack).modify((p) => void (p.count = Math.max(0, p.count - 1)));
      // The flag it was promoted from can be promoted again.
      await db.flags.filter((f) => f.promotedTo === id).modify((f) => void delete f.promotedTo);
      const { terms: _t, ...record } = row;
      return record;
    });
  }

  /** Puts a deleted reader record back (Undo), and relinks the flag it was promoted from. */
  async function restoreRecord(record: ClaimRecord): Promise<void> {
    await ready();
    if (!isClaimRecord(record) || record.origin !== 'reader') throw new Error('Only a reader record can be restored.');
    const { terms: _t, pack, ...plain } = record;
    // The same checks as an imported record (text only, known fields), then its pack again.
    const checked = validatePack({ version: 1, claims: [plain] }, { imported: true });
    if (!checked.ok || !checked.pack.claims[0]) throw new Error(`This record cannot be restored: ${checked.ok ? 'it is empty' : checked.errors[0]}`);
    await db.transaction('rw', db.claims, db.flags, db.packs, async () => {
      const row: ClaimRecord = { ...checked.pack.claims[0]!, ...(pack ? { pack } : {}) };
      // A record whose pack was removed meanwhile comes back as the reader's own.
      if (row.pack && !(await db.packs.get(row.pack))) delete row.pack;
      const had = await db.claims.get(row.id);
      await db.claims.put(row);
      if (row.pack && had?.pack !== row.pack) await db.packs.where('id').equals(row.pack).modify((p) => void (p.count += 1));
      const st = row.statements[0];
      if (!st) return;
      await db.flags
        .where('url')
        .equals(st.source)
        .filter((f) => !f.promotedTo && f.selector?.exact === st.quote)
        .modify({ promotedTo: row.id });
    });
  }

  /** Imported packs, newest first, each with the number of records it holds (kept on every change). */
  async function listPacks(): Promise<PackInfo[]> {
    await ready();
    const rows = await db.packs.orderBy('importedAt').reverse().toArray();
    return Promise.all(
      rows.map(async (p) => ({
        id: p.id,
        name: p.name,
        importedAt: p.importedAt,
        status: p.status ?? 'ready',
        count: p.count,
      })),
    );
  }

  /** Removes a pack and every record that came with it; resolves to how many records went. */
  async function removePack(id: string): Promise<{ removed: number }> {
    await ready();
    return db.transaction('rw', db.claims, db.packs, async () => {
      if (!(await db.packs.get(id))) throw new Error('There is no such pack (it may have been removed already).');
      const removed = await db.claims.where('pack').equals(id).delete();
      await db.packs.delete(id);
      return { removed };
    });
  }

  /**
   * One page of records: the reader's own (promoted) first, then by id. `query` keeps records
   * with a word starting with each query word (figures are looked for in the text). Only index
   * ranges with a limit and the page's rows are read, so it costs about the same at 50,000.
   */
  async function queryClaims({ query = '', offset = 0, limit = 25 }: ClaimQuery = {}): Promise<ClaimPage> {
    await ready();
    offset = Math.max(0, Math.floor(offset));
    limit = Math.max(0, Math.min(200, Math.floor(limit)));
    const { prefixes, literals } = searchParts(query);
    // The reader's own records are the promoted flags' (few): no index scan needed to find them.
    const flagged = [...new Set((await db.flags.toArray()).map((f) => f.promotedTo).filter((id): id is string => typeof id === 'string'))];
    const ownRows = (await db.claims.bulkGet(flagged)).filter((r): r is ClaimRecord => !!r && r.origin === 'reader' && !r.pack);
    const own = new Set(ownRows.map((r) => r.id));
    const clean = (rows: (ClaimRecord | undefined)[]) =>
      keepValid(rows.filter(Boolean), isClaimRecord, 'claim').map(({ terms: _t, ...c }) => c);

    if (!prefixes.length && !literals.length) {
      const total = await db.claims.count();
      const mine = ownRows.sort((a, b) => a.id.localeCompare(b.id));
      const head = mine.slice(offset, offset + limit);
      const restOffset = Math.max(0, offset - mine.length);
      const restLimit = limit - head.length;
      let rest: ClaimRecord[] = [];
      if (restLimit > 0) {
        // Keys first (cheap), skipping the reader's own, then only the page's rows.
        const keys = (await db.claims.orderBy(':id').offset(restOffset).limit(restLimit + own.size).primaryKeys()) as string[];
        rest = await db.claims.bulkGet(keys.filter((k) => !own.has(k)).slice(0, restLimit)) as ClaimRecord[];
      }
      return { total, items: clean([...head, ...rest]) };
    }

    // Each word's records, up to SEARCH_CAP: a narrow word gives the exact set.
    const probes = await Promise.all(
      prefixes.map(async (p) => {
        const keys = new Set((await db.claims.where('terms').startsWith(p).limit(SEARCH_CAP + 1).primaryKeys()) as string[]);
        return { p, keys, complete: keys.size <= SEARCH_CAP };
      }),
    );
    probes.sort((a, b) => Number(b.complete) - Number(a.complete) || a.keys.size - b.keys.size);
    let keys: string[];
    let more = false;
    if (probes.length) {
      const [base, ...others] = probes;
      more = !base!.complete;
      let set = base!.keys;
      for (const o of others.filter((x) => x.complete)) set = new Set([...set].filter((k) => o.keys.has(k)));
      keys = [...set];
      const check = others.filter((x) => !x.complete).map((x) => x.p);
      if ((check.length || literals.length) && keys.length) {
        // Words too common to list, and figures: checked on the candidates' own words, read
        // once and remembered while the database does not change (a reader types on).
        const missing = keys.filter((k) => !searchCache.has(k));
        if (missing.length) {
          const rows = await db.claims.bulkGet(missing);
          rows.forEach((r, i) => searchCache.set(missing[i]!, r ? { terms: r.terms ?? [], text: recordText(r) } : null));
        }
        keys = keys.filter((k) => {
          const r = searchCache.get(k);
          return !!r && check.every((p) => r.terms.some((t) => t.startsWith(p))) && literals.every((w) => r.text.includes(w));
        });
        if (searchCache.size > 50_000) searchCache.clear();
      }
    } else {
      // Only figures: scan, but stop after SEARCH_CAP + 1 hits.
      keys = (await db.claims.filter((r) => isClaimRecord(r) && literals.every((w) => recordText(r).includes(w))).limit(SEARCH_CAP + 1).primaryKeys()) as string[];
      more = keys.length > SEARCH_CAP;
    }
    if (more) keys = keys.slice(0, SEARCH_CAP);
    keys.sort((a, b) => Number(own.has(b)) - Number(own.has(a)) || (a < b ? -1 : a > b ? 1 : 0));
    const items = clean(await db.claims.bulkGet(keys.slice(offset, offset + limit)));
    return { total: keys.length, items, ...(more ? { more: true } : {}) };
  }

  async function promoteFlag(id: string): Promise<ClaimRecord> {
    await ready();
    return db.transaction('rw', db.flags, db.claims, async () => {
      const flag = await db.flags.get(id);
      if (!isFlag(flag)) throw new Error(`There is no flag with id ${id}.`);
      if (flag.promotedTo) {
        const existing = await db.claims.get(flag.promotedTo);
        if (existing) {
          const { terms: _t, ...record } = existing;
          return record;
        }
      }
      const base = `reader-${flag.id.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase()}`;
      let recordId = base;
      for (let n = 2; await db.claims.get(recordId); n++) recordId = `${base}-${n}`;
      // A flag that matched a record is about the same thing: it keeps that record's subject.
      const matched = flag.claimId ? await db.claims.get(flag.claimId) : undefined;
      const record = recordFromFlag(flag, recordId, matched?.subject);
      // A copy: the database's hook adds index terms to what it is given.
      await db.claims.add({ ...record });
      await db.flags.update(flag.id, { promotedTo: record.id });
      return record;
    });
  }

  async function getSettings(): Promise<Settings> {
    await ready();
    const rows = await db.settings.bulkGet(['paused', 'disabledSites', 'shownVerdicts']);
    const [paused, sites, shown] = rows.map((r) => r?.value);
    if (paused !== undefined && typeof paused !== 'boolean') console.warn('ClaimLens: ignored a malformed "paused" setting');
    if (sites !== undefined && !Array.isArray(sites)) console.warn('ClaimLens: ignored a malformed "disabledSites" setting');
    return {
      paused: typeof paused === 'boolean' ? paused : DEFAULT_SETTINGS.paused,
      disabledSites: Array.isArray(sites) ? normaliseSites(sites) : [],
      shownVerdicts: Array.isArray(shown) ? verdictList(shown) : [...DEFAULT_SETTINGS.shownVerdicts],
    };
  }

  async function setSettings(patch: Partial<Settings>): Promise<Settings> {
    await ready();
    const rows = [];
    if (patch?.paused !== undefined) {
      if (typeof patch.paused !== 'boolean') throw new Error('"paused" must be true or false.');
      rows.push({ key: 'paused', value: patch.paused });
    }
    if (patch?.disabledSites !== undefined) {
      if (!Array.isArray(patch.disabledSites)) throw new Error('"disabledSites" must be a list of host names.');
      rows.push({ key: 'disabledSites', value: normaliseSites(patch.disabledSites) });
    }
    if (patch?.shownVerdicts !== undefined) {
      if (!Array.isArray(patch.shownVerdicts) || patch.shownVerdicts.some((v) => !VERDICTS.includes(v))) {
        throw new Error('"shownVerdicts" must be a list of verdicts: agrees, differs, new.');
      }
      rows.push({ key: 'shownVerdicts', value: verdictList(patch.shownVerdicts) });
    }
    if (rows.length) await db.settings.bulkPut(rows);
    return getSettings();
  }

  return {
    listClaims, listFlags, addFlag, removeFlag, restoreFlag, promoteFlag, getSettings, setSettings,
    removeRecord, restoreRecord, listPacks, removePack, queryClaims,
  };
}

/** A search lists at most this many records; a broader one asks for more words. */
export const SEARCH_CAP = 2_000;

function recordText(r: ClaimRecord): string {
  return [r.subject, ...r.statements.flatMap((s) => [s.quote, s.attribution ?? ''])].join('\n').toLowerCase();
}

/** Query words as index prefixes (stemmed words) and literals (figures, short words) checked in the text. */
export function searchParts(query: string): { prefixes: string[]; literals: string[] } {
  const prefixes = new Set<string>();
  const literals = new Set<string>();
  for (const word of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    const terms = /^\p{L}[\p{L}'’-]*$/u.test(word) ? textTerms(word) : [];
    if (terms.length) for (const t of terms) prefixes.add(t);
    else if (/[\p{L}\p{N}]/u.test(word) && word.length >= 2) literals.add(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''));
  }
  literals.delete('');
  return { prefixes: [...prefixes], literals: [...literals] };
}


function normaliseSites(sites: unknown[]): string[] {
  const clean = sites.filter((s): s is string => typeof s === 'string').map((s) => s.trim().toLowerCase());
  return [...new Set(clean.filter(Boolean))];
}

const STOPWORDS = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his how i ' +
    'if in into is it its just more most much no not of on or our out over said says she so some ' +
    'than that the their them then there these they this those to under up was we were what when ' +
    'which while who will with would about after also against among any because before between both ' +
    'during each few many may might now only other such through very you your according').split(' '),
);

/** Up to five content words of a sentence, names and long words first, one synonym group each. */
export function keyTermsOf(sentence: string): string[][] {
  const words = sentence.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  const seen = new Set<string>();
  const scored: { term: string; score: number; at: number }[] = [];
  words.forEach((word, at) => {
    const term = word.toLowerCase().replace(/['’]s$/, '');
    if (term.length < 3 || STOPWORDS.has(term) || seen.has(term)) return;
    seen.add(term);
    const isName = at > 0 && /^\p{Lu}/u.test(word);
    scored.push({ term, score: term.length + (isName ? 10 : 0), at });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, 5)
    .sort((a, b) => a.at - b.at)
    .map((s) => [s.term]);
}

/** Short subject from a sentence: its start, cut at a word edge. */
export function subjectOf(sentence: string, max = 80): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** A claim's own words as a subject: whole, first letter raised, cut only past 300 characters. */
export function subjectOfClaim(claim: string, max = 300): string {
  const text = claim.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '');
  const whole = text.length <= max ? text : subjectOf(text, max);
  return whole.charAt(0).toUpperCase() + whole.slice(1);
}

/** "2024-11-07T10:00:00+02:00" -> "2024-11-07"; null when it is not a date. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? m[0] : null;
}

export function recordFromFlag(flag: Flag, id: string, subject?: string): ClaimRecord {
  const claim = flag.selector.exact || flag.sentence;
  // The page's publication date says when the claim was made; the flag's date is a fallback.
  const published = isoDay(flag.published);
  return {
    id,
    subject: subject?.trim() || subjectOfClaim(claim),
    // Flags saved without topics (older versions, imports) get them from their sentence:
    // the engine never matches a record that has none.
    topics: flag.topics?.length ? flag.topics : detectTopics(flag.sentence || flag.selector.exact),
    keyTerms: keyTermsOf(flag.sentence || flag.selector.exact),
    statements: [{
      source: flag.url,
      quote: flag.selector.exact,
      attribution: flag.attribution ?? null,
      figure: flag.figure ?? null,
      asOf: published ?? new Date(flag.createdAt).toISOString().slice(0, 10),
      ...(published ? { published } : {}),
    }],
    origin: 'reader',
  };
}

export const store = createStore();
export const {
  listClaims, listFlags, addFlag, removeFlag, restoreFlag, promoteFlag, getSettings, setSettings,
  removeRecord, restoreRecord, listPacks, removePack, queryClaims,
} = store;
