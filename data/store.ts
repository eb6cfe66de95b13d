// Reads and writes of claims, flags and settings. Every call waits for seeding first.
import { detectTopics } from '../core/topics';
import type { ClaimPack, ClaimRecord, Verdict } from '../core/types';
import { ClaimDB, db as defaultDb, siteOf } from './db';
import type { Flag, NewFlag, Settings } from './messages';
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

  async function removeFlag(id: string): Promise<void> {
    await ready();
    await db.flags.delete(id);
  }

  async function promoteFlag(id: string): Promise<ClaimRecord> {
    await ready();
    return db.transaction('rw', db.flags, db.claims, async () => {
      const flag = await db.flags.get(id);
      if (!isFlag(flag)) throw new Error(`There is no flag with id ${id}.`);
      if (flag.promotedTo) {
        const existing = await db.claims.get(flag.promotedTo);
        if (existing) return existing;
      }
      const base = `reader-${flag.id.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase()}`;
      let recordId = base;
      for (let n = 2; await db.claims.get(recordId); n++) recordId = `${base}-${n}`;
      const record = recordFromFlag(flag, recordId);
      await db.claims.add(record);
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

  return { listClaims, listFlags, addFlag, removeFlag, promoteFlag, getSettings, setSettings };
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

export function recordFromFlag(flag: Flag, id: string): ClaimRecord {
  return {
    id,
    subject: subjectOf(flag.sentence || flag.selector.exact),
    // Flags saved without topics (older versions, imports) get them from their sentence:
    // the engine never matches a record that has none.
    topics: flag.topics?.length ? flag.topics : detectTopics(flag.sentence || flag.selector.exact),
    keyTerms: keyTermsOf(flag.sentence || flag.selector.exact),
    statements: [{
      source: flag.url,
      quote: flag.selector.exact,
      attribution: flag.attribution ?? null,
      figure: flag.figure ?? null,
      asOf: new Date(flag.createdAt).toISOString().slice(0, 10),
    }],
    origin: 'reader',
  };
}

export const store = createStore();
export const { listClaims, listFlags, addFlag, removeFlag, promoteFlag, getSettings, setSettings } = store;
