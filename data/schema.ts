// Hand-written validator for claim packs (data/claims.json, dashboard imports). No ajv and no
// eval: it runs inside the extension under the MV3 content security policy.
import { findFigures, pickFigure, plainFigure } from '../core/figures';
import { detectTopics } from '../core/topics';
import type { ClaimPack, ClaimRecord, Figure, Qualifier, Statement, Topic, Verdict } from '../core/types';
import type { Flag, TextQuoteSelector } from './messages';

/** A claim pack as exported and imported: the bundled format plus optional reader flags. */
export type ClaimPackFile = ClaimPack & { flags?: Flag[] };

export interface ValidateOptions {
  /** Cap on the pack's size in bytes (UTF-8 of its JSON). Default 5 MB. */
  maxBytes?: number;
  /** Seed texts by file name. Given at build/test time: quotes of bundled records must occur in them verbatim. */
  seeds?: Record<string, string>;
  /**
   * Unknown fields are errors, and bundled figures must use the COUNTS vocabulary.
   * Default: on when `seeds` is given. Off for imports, where unknown fields are dropped.
   */
  strict?: boolean;
  /**
   * A pack the reader imports (docs/claim-packs.md): every record is a reader record; version,
   * id, topics, keyTerms, origin, attribution and figure may be left out (ids are generated,
   * topics detected); keys like "__proto__" are refused.
   */
  imported?: boolean;
}

export type ValidateResult = { ok: true; pack: ClaimPackFile } | { ok: false; errors: string[] };

export const LIMITS = {
  maxBytes: 5_000_000,
  /** Imported packs (the dashboard's file input). */
  importBytes: 100 * 1024 * 1024,
  claims: 200_000,
  statements: 200,
  keyTermGroups: 50,
  termsPerGroup: 200,
  term: 80,
  id: 100,
  subject: 300,
  quote: 2_000,
  attribution: 300,
  unit: 40,
  counts: 60,
  flags: 10_000,
  url: 2_048,
  title: 1_000,
  note: 2_000,
  selectorContext: 1_000,
  errors: 50,
} as const;

export const TOPICS: readonly Topic[] = ['nato', 'north-korea', 'south-korea', 'russia'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'nearly', 'between'];
export const VERDICTS: readonly Verdict[] = ['agrees', 'differs', 'new'];

/**
 * What a bundled figure counts. Figures are compared only when they count the same thing.
 * - troops-deployed: soldiers sent to / stationed in a place so far
 * - troops-planned: soldiers a country plans or is considering sending in total
 * - troops-training: soldiers being trained (e.g. for deployment)
 * - killed-or-wounded: casualties, killed and wounded together
 * - killed: deaths only
 * - members-meeting-target: allies meeting a spending target (value of `of` members)
 * - gdp-share: a share of GDP, in percent
 */
export const COUNTS = [
  'troops-deployed',
  'troops-planned',
  'troops-training',
  'killed-or-wounded',
  'killed',
  'members-meeting-target',
  'gdp-share',
] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;
// A '<' that opens a tag, comment, doctype or processing instruction, as an HTML parser reads
// it; "< 2%" and "a < b" stay allowed.
const TAG_LIKE = /<[a-z!?/]/i;
// C0/C1 controls except tab, newline, carriage return; bidi overrides that can disguise text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const SCRIPT_URL = /(?:java|vb)\s*script\s*:/i;

type Obj = Record<string, unknown>;

/** Describes a value for an error message: `"ten"`, `null`, `an array`. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a string is not plain text, or null when it is. */
export function textProblem(s: string): string | null {
  const tag = TAG_LIKE.exec(s);
  if (tag) return `contains markup (${JSON.stringify(s.slice(tag.index, tag.index + 12))}); only plain text is allowed`;
  const ctrl = CONTROL.exec(s);
  if (ctrl) return `contains a control character (U+${ctrl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  if (SCRIPT_URL.test(s)) return 'contains a script URL (javascript:)';
  return null;
}

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

function validIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

class Checker {
  errors: string[] = [];
  dropped = 0;
  constructor(readonly strict: boolean) {}

  err(path: string, msg: string): void {
    if (this.errors.length < LIMITS.errors) this.errors.push(`${path}: ${msg}`);
    else this.dropped++;
  }

  obj(path: string, v: unknown, known: readonly string[]): v is Obj {
    if (!isObj(v)) {
      this.err(path, `expected an object, got ${describe(v)}`);
      return false;
    }
    if (this.strict) for (const k of Object.keys(v)) if (!known.includes(k)) this.err(`${path}.${k}`, 'unknown field');
    return true;
  }

  arr(path: string, v: unknown, max: number, min = 0): v is unknown[] {
    if (!Array.isArray(v)) {
      this.err(path, `expected an array, got ${describe(v)}`);
      return false;
    }
    if (v.length > max) {
      this.err(path, `too many items (${v.length}; at most ${max})`);
      return false;
    }
    if (v.length < min) {
      this.err(path, min === 1 ? 'must not be empty' : `needs at least ${min} items`);
      return false;
    }
    return true;
  }

  /** A text-only string; empty allowed only when `allowEmpty`. */
  str(path: string, v: unknown, max: number, allowEmpty = false): v is string {
    if (typeof v !== 'string') {
      this.err(path, `expected a string, got ${describe(v)}`);
      return false;
    }
    if (!allowEmpty && !v.trim()) {
      this.err(path, 'must not be empty');
      return false;
    }
    if (v.length > max) {
      this.err(path, `too long (${v.length} characters; at most ${max})`);
      return false;
    }
    const problem = textProblem(v);
    if (problem) {
      this.err(path, problem);
      return false;
    }
    return true;
  }

  num(path: string, v: unknown): v is number {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.err(path, `expected a number, got ${describe(v)}`);
      return false;
    }
    return true;
  }

  oneOf<T extends string>(path: string, v: unknown, allowed: readonly T[]): v is T {
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      this.err(path, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
      return false;
    }
    return true;
  }
}

function checkFigure(c: Checker, path: string, v: unknown, vocabulary: boolean): Figure | null | undefined {
  if (v === null) return null;
  if (!c.obj(path, v, ['value', 'max', 'of', 'unit', 'qualifier', 'counts'])) return undefined;
  const n = c.errors.length;
  const fig: Figure = { value: 0, unit: '', qualifier: 'exact', counts: '' };
  if (c.num(`${path}.value`, v.value)) fig.value = v.value;
  if (v.max !== undefined && c.num(`${path}.max`, v.max)) {
    if (v.max < fig.value) c.err(`${path}.max`, `must not be below value (${fig.value}), got ${v.max}`);
    fig.max = v.max;
  }
  if (v.of !== undefined && c.num(`${path}.of`, v.of)) {
    if (v.of <= 0) c.err(`${path}.of`, `must be above 0, got ${v.of}`);
    fig.of = v.of;
  }
  // Figures the engine reads off a page may lack a unit or scope; bundled ones may not.
  if (c.str(`${path}.unit`, v.unit, LIMITS.unit, !vocabulary)) fig.unit = v.unit;
  if (c.oneOf(`${path}.qualifier`, v.qualifier, QUALIFIERS)) {
    fig.qualifier = v.qualifier;
    if (v.qualifier === 'between' && v.max === undefined) c.err(`${path}.max`, 'required when qualifier is "between"');
  }
  if (vocabulary) {
    if (c.oneOf(`${path}.counts`, v.counts, COUNTS)) fig.counts = v.counts;
  } else if (c.str(`${path}.counts`, v.counts, LIMITS.counts, true)) {
    if (v.counts && !KEBAB.test(v.counts)) c.err(`${path}.counts`, `expected kebab-case like "troops-deployed", got ${describe(v.counts)}`);
    fig.counts = v.counts;
  }
  return c.errors.length === n ? fig : undefined;
}

function checkStatement(c: Checker, path: string, input: unknown, reader: boolean, opts: ValidateOptions): Statement | undefined {
  if (!c.obj(path, input, ['source', 'quote', 'attribution', 'figure', 'asOf', 'outlet', 'url', 'published'])) return undefined;
  // Hand-written packs may leave out who said it and the figure; the figure is then read from
  // the quote the way the engine reads a page's sentence, so the two can be compared.
  const v: Obj = opts.imported ? { attribution: null, ...input } : input;
  if (opts.imported && !('figure' in v)) v.figure = typeof v.quote === 'string' ? figureOf(v.quote) : null;
  const n = c.errors.length;
  if (c.str(`${path}.source`, v.source, LIMITS.url)) {
    if (reader) {
      if (!isHttpUrl(v.source)) c.err(`${path}.source`, `expected an http(s) page URL for a reader record, got ${describe(v.source)}`);
    } else if (!SEED_NAME.test(v.source)) {
      const hint = isHttpUrl(v.source) ? ' (a record whose source is a page URL needs origin "reader")' : '';
      c.err(`${path}.source`, `expected a seed file name like "000_43f53078eb556458.txt", got ${describe(v.source)}${hint}`);
    } else if (opts.seeds && !(v.source in opts.seeds)) {
      c.err(`${path}.source`, `no seed file named ${describe(v.source)}`);
    }
  }
  c.str(`${path}.quote`, v.quote, LIMITS.quote);
  if (!('attribution' in v)) c.err(`${path}.attribution`, 'required (a string or null)');
  else if (v.attribution !== null) c.str(`${path}.attribution`, v.attribution, LIMITS.attribution);
  let figure: Figure | null | undefined = null;
  if (!('figure' in v)) c.err(`${path}.figure`, 'required (an object or null)');
  else figure = checkFigure(c, `${path}.figure`, v.figure, c.strict && !reader);
  if (v.asOf !== undefined && v.asOf !== null) {
    if (typeof v.asOf !== 'string' || !validIsoDate(v.asOf)) {
      c.err(`${path}.asOf`, `expected an ISO date like "2024-11-07" or "2024-11", or null, got ${describe(v.asOf)}`);
    }
  }
  // Provenance of the source: each optional, a string or null.
  if (v.outlet !== undefined && v.outlet !== null) c.str(`${path}.outlet`, v.outlet, LIMITS.attribution);
  if (v.url !== undefined && v.url !== null && c.str(`${path}.url`, v.url, LIMITS.url) && !isHttpUrl(v.url)) {
    c.err(`${path}.url`, `expected an http(s) URL or null, got ${describe(v.url)}`);
  }
  if (v.published !== undefined && v.published !== null && (typeof v.published !== 'string' || !validIsoDate(v.published))) {
    c.err(`${path}.published`, `expected an ISO date like "2024-11-07" or "2024-11", or null, got ${describe(v.published)}`);
  }
  if (c.errors.length !== n) return undefined;
  const st: Statement = {
    source: v.source as string,
    quote: v.quote as string,
    attribution: v.attribution as string | null,
    figure: figure ?? null,
  };
  if (v.asOf !== undefined) st.asOf = v.asOf as string | null;
  if (v.outlet !== undefined) st.outlet = v.outlet as string | null;
  if (v.url !== undefined) st.url = v.url as string | null;
  if (v.published !== undefined) st.published = v.published as string | null;
  // Traceability: only bundled records are built from the seeds.
  if (opts.seeds && !reader) {
    const seed = opts.seeds[st.source];
    if (seed !== undefined && !seed.includes(st.quote)) {
      c.err(`${path}.quote`, `does not occur verbatim in ${st.source}: ${describe(st.quote)}`);
    } else if (st.figure && !figureWrittenIn(st.quote, st.figure)) {
      c.err(`${path}.figure.value`, `${st.figure.value}${st.figure.of !== undefined ? ` of ${st.figure.of}` : ''} is not written in the quote`);
    }
  }
  return st;
}

function checkRecord(c: Checker, path: string, input: unknown, opts: ValidateOptions): ClaimRecord | undefined {
  if (!c.obj(path, input, ['id', 'subject', 'topics', 'keyTerms', 'statements', 'origin'])) return undefined;
  const v: Obj = opts.imported ? { topics: [], keyTerms: [], ...input } : input;
  const n = c.errors.length;
  const imported = !!opts.imported;
  if ((!imported || v.id !== undefined) && c.str(`${path}.id`, v.id, LIMITS.id) && !KEBAB.test(v.id)) {
    c.err(`${path}.id`, `expected lower-case kebab-case like "nk-troops-deployed-kursk", got ${describe(v.id)}`);
  }
  if (v.origin !== undefined) c.oneOf(`${path}.origin`, v.origin, ['bundled', 'reader'] as const);
  // Everything a reader imports is a reader record, whatever it says.
  const reader = imported || v.origin === 'reader';
  c.str(`${path}.subject`, v.subject, LIMITS.subject);
  if (c.arr(`${path}.topics`, v.topics, TOPICS.length, reader ? 0 : 1)) {
    const seen = new Set<unknown>();
    v.topics.forEach((t, i) => {
      if (c.oneOf(`${path}.topics[${i}]`, t, TOPICS) && seen.has(t)) c.err(`${path}.topics[${i}]`, `duplicate topic ${describe(t)}`);
      seen.add(t);
    });
  }
  if (c.arr(`${path}.keyTerms`, v.keyTerms, LIMITS.keyTermGroups, reader ? 0 : 1)) {
    v.keyTerms.forEach((group, i) => {
      const gp = `${path}.keyTerms[${i}]`;
      if (!c.arr(gp, group, LIMITS.termsPerGroup, 1)) return;
      group.forEach((term, j) => {
        if (c.str(`${gp}[${j}]`, term, LIMITS.term) && term !== term.toLowerCase()) {
          c.err(`${gp}[${j}]`, `must be lower case, got ${describe(term)}`);
        }
      });
    });
  }
  const statements: Statement[] = [];
  if (c.arr(`${path}.statements`, v.statements, LIMITS.statements, 1)) {
    const seen = new Set<string>();
    v.statements.forEach((s, i) => {
      const st = checkStatement(c, `${path}.statements[${i}]`, s, reader, opts);
      if (!st) return;
      const key = `${st.source}\n${st.quote}\n${JSON.stringify(st.figure)}`;
      if (seen.has(key)) c.err(`${path}.statements[${i}]`, 'duplicate statement (same source, quote and figure)');
      seen.add(key);
      statements.push(st);
    });
  }
  if (c.errors.length !== n) return undefined;
  const record: ClaimRecord = {
    id: v.id as string,
    subject: v.subject as string,
    topics: v.topics as Topic[],
    keyTerms: v.keyTerms as string[][],
    statements,
  };
  if (v.origin !== undefined) record.origin = v.origin as 'bundled' | 'reader';
  if (imported) {
    record.origin = 'reader';
    // The engine never compares a page with a record that has no topics.
    if (!record.topics.length) record.topics = detectTopics([record.subject, ...statements.map((s) => s.quote)].join('\n'));
    if (record.id === undefined) record.id = generatedId(record);
  }
  return record;
}

function checkSelector(c: Checker, path: string, v: unknown): TextQuoteSelector | undefined {
  if (!c.obj(path, v, ['type', 'exact', 'prefix', 'suffix'])) return undefined;
  const n = c.errors.length;
  c.oneOf(`${path}.type`, v.type, ['TextQuoteSelector'] as const);
  c.str(`${path}.exact`, v.exact, LIMITS.quote);
  c.str(`${path}.prefix`, v.prefix, LIMITS.selectorContext, true);
  c.str(`${path}.suffix`, v.suffix, LIMITS.selectorContext, true);
  if (c.errors.length !== n) return undefined;
  return { type: 'TextQuoteSelector', exact: v.exact as string, prefix: v.prefix as string, suffix: v.suffix as string };
}

const FLAG_FIELDS = ['id', 'url', 'site', 'title', 'selector', 'sentence', 'figure', 'verdict', 'claimId', 'note', 'createdAt', 'promotedTo', 'topics', 'attribution', 'published'];

function checkFlag(c: Checker, path: string, v: unknown): Flag | undefined {
  if (!c.obj(path, v, FLAG_FIELDS)) return undefined;
  const n = c.errors.length;
  c.str(`${path}.id`, v.id, LIMITS.id);
  if (c.str(`${path}.url`, v.url, LIMITS.url) && !isHttpUrl(v.url)) {
    c.err(`${path}.url`, `expected an http(s) URL, got ${describe(v.url)}`);
  }
  c.str(`${path}.site`, v.site, 253, true);
  c.str(`${path}.title`, v.title, LIMITS.title, true);
  const selector = checkSelector(c, `${path}.selector`, v.selector);
  c.str(`${path}.sentence`, v.sentence, LIMITS.quote);
  const figure = v.figure === undefined ? null : checkFigure(c, `${path}.figure`, v.figure, false);
  c.oneOf(`${path}.verdict`, v.verdict, VERDICTS);
  if (v.claimId !== undefined) c.str(`${path}.claimId`, v.claimId, LIMITS.id);
  c.str(`${path}.note`, v.note, LIMITS.note, true);
  if (c.num(`${path}.createdAt`, v.createdAt) && v.createdAt < 0) c.err(`${path}.createdAt`, `must not be negative, got ${v.createdAt}`);
  if (v.promotedTo !== undefined) c.str(`${path}.promotedTo`, v.promotedTo, LIMITS.id);
  if (v.topics !== undefined && c.arr(`${path}.topics`, v.topics, TOPICS.length)) {
    v.topics.forEach((t, i) => c.oneOf(`${path}.topics[${i}]`, t, TOPICS));
  }
  if (v.attribution !== undefined && v.attribution !== null) c.str(`${path}.attribution`, v.attribution, LIMITS.attribution);
  if (v.published !== undefined && (typeof v.published !== 'string' || !validIsoDate(v.published))) {
    c.err(`${path}.published`, `expected an ISO date like "2024-11-07", got ${describe(v.published)}`);
  }
  if (c.errors.length !== n || !selector) return undefined;
  const flag: Flag = {
    id: v.id as string,
    url: v.url as string,
    site: v.site as string,
    title: v.title as string,
    selector,
    sentence: v.sentence as string,
    figure: figure ?? null,
    verdict: v.verdict as Verdict,
    note: v.note as string,
    createdAt: v.createdAt as number,
  };
  if (v.claimId !== undefined) flag.claimId = v.claimId as string;
  if (v.promotedTo !== undefined) flag.promotedTo = v.promotedTo as string;
  if (v.topics !== undefined) flag.topics = v.topics as Topic[];
  if (v.attribution !== undefined) flag.attribution = v.attribution as string | null;
  if (v.published !== undefined) flag.published = v.published as string;
  return flag;
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Offset of the first JSON syntax error in text (JSON.parse does not always say), or -1. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const at = (k: number) => text.charAt(k);
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(at(i))) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const lit = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const str = () => {
    i++;
    while (i < text.length && at(i) !== '"') {
      if (at(i) < ' ') fail();
      i += at(i) === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (ch === '{') {
          ws();
          if (text[i] !== '"') fail();
          str();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (ch === '"') return str();
    if (ch === 't') return lit('true');
    if (ch === 'f') return lit('false');
    if (ch === 'n') return lit('null');
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}

/** JSON.parse's message with "line 3, column 7" of the error. */
function jsonError(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  const pos = m ? Number(m[1]) : jsonErrorOffset(text);
  if (pos < 0) return msg;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${msg.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}

/** The figure a sentence is about, as the engine reads it (core/engine.ts), or null. */
function figureOf(quote: string): Figure | null {
  try {
    const main = pickFigure(findFigures(quote));
    return main ? plainFigure(main) : null;
  } catch {
    return null;
  }
}

/** Id for a record that has none: the same content always gets the same id, so importing twice adds nothing. */
export function generatedId(record: Pick<ClaimRecord, 'subject' | 'statements'>): string {
  const key = [record.subject, ...record.statements.map((s) => `${s.source}\n${s.quote}`)].join('\n');
  // Two 32-bit FNV-1a hashes with different seeds: collisions are astronomically unlikely at 200,000 records.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  return `pack-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** A key that could pollute prototypes, or nesting too deep to be a pack; null when neither. */
export function hostileStructure(data: unknown): string | null {
  const stack: [unknown, string, number][] = [[data, 'pack', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return `${path}: nested more than ${MAX_DEPTH} levels deep`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object') stack.push([v[i], `${path}[${i}]`, depth + 1]);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return `${path}: the key ${JSON.stringify(k)} is not allowed`;
      const x = (v as Obj)[k];
      if (typeof x === 'object' && x !== null) stack.push([x, `${path}.${k}`, depth + 1]);
    }
  }
  return null;
}

/** Parses pack text; size and JSON syntax are checked with line and column. */
export function parsePackText(text: string, maxBytes: number = LIMITS.maxBytes): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  // Cheap upper bound first: no UTF-8 string is longer than 3 bytes per UTF-16 unit.
  const size = text.length * 3 <= maxBytes ? text.length : utf8Length(text);
  if (size > maxBytes) return { ok: false, errors: [`pack: too large (${size} bytes; at most ${maxBytes})`] };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (err) {
    return { ok: false, errors: [`pack: not valid JSON: ${jsonError(text, err)}`] };
  }
}

/** Records checked between two yields of the checking steps. */
export const CHECK_SLICE = 2_000;

/**
 * The checking of a parsed pack in steps: yields the number of records checked so far after each
 * slice, and returns the result. validatePack runs it at once; the importer yields to other work.
 */
export function* checkPackSteps(data: unknown, opts: ValidateOptions = {}): Generator<number, ValidateResult, void> {
  const c = new Checker(opts.strict ?? !!opts.seeds);
  if (opts.imported) {
    const hostile = hostileStructure(data);
    if (hostile) return { ok: false, errors: [hostile] };
  }
  if (!c.obj('pack', data, ['version', 'claims', 'flags'])) return { ok: false, errors: c.errors };
  const version = opts.imported && data.version === undefined ? 1 : data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    c.err('version', `expected a positive integer, got ${describe(version)}`);
  }
  const claims: ClaimRecord[] = [];
  if (c.arr('claims', data.claims, LIMITS.claims)) {
    const ids = new Map<string, number>();
    const list = data.claims;
    for (let i = 0; i < list.length; i++) {
      const raw = list[i];
      const rec = checkRecord(c, `claims[${i}]`, raw, opts);
      const id = rec?.id ?? (isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined);
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) {
          const generated = isObj(raw) && raw.id === undefined;
          c.err(`claims[${i}]${generated ? '' : '.id'}`, generated ? `same subject and statements as claims[${first}]` : `duplicate id ${describe(id)} (also claims[${first}])`);
        } else ids.set(id, i);
      }
      if (rec) claims.push(rec);
      if ((i + 1) % CHECK_SLICE === 0) yield i + 1;
    }
  }
  let flags: Flag[] | undefined;
  if (data.flags !== undefined && c.arr('flags', data.flags, LIMITS.flags)) {
    flags = [];
    const ids = new Set<unknown>();
    data.flags.forEach((raw, i) => {
      const flag = checkFlag(c, `flags[${i}]`, raw);
      if (flag && ids.has(flag.id)) c.err(`flags[${i}].id`, `duplicate id ${describe(flag.id)}`);
      if (flag) {
        ids.add(flag.id);
        flags!.push(flag);
      }
    });
  }
  if (c.errors.length) {
    const errors = c.dropped ? [...c.errors, `…and ${c.dropped} more errors`] : c.errors;
    return { ok: false, errors };
  }
  const pack: ClaimPackFile = { version: version as number, claims };
  if (flags) pack.flags = flags;
  return { ok: true, pack };
}

/**
 * Checks a claim pack (the parsed JSON, or its text) and returns a clean copy holding only known
 * fields, or every problem found with where it is: `claims[3].statements[0].figure.value: ...`.
 */
export function validatePack(input: unknown, opts: ValidateOptions = {}): ValidateResult {
  const maxBytes = opts.maxBytes ?? (opts.imported ? LIMITS.importBytes : LIMITS.maxBytes);
  let data = input;
  if (typeof input === 'string') {
    const parsed = parsePackText(input, maxBytes);
    if (!parsed.ok) return parsed;
    data = parsed.data;
  } else {
    let size: number;
    try {
      size = utf8Length(JSON.stringify(input) ?? '');
    } catch {
      return { ok: false, errors: ['pack: not plain JSON data'] };
    }
    if (size > maxBytes) return { ok: false, errors: [`pack: too large (${size} bytes; at most ${maxBytes})`] };
  }
  const steps = checkPackSteps(data, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// ---- Figures written in words or digits ----

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };

// "10,000", "1.5 million", "600k", "12-thousand", "2%": a number and an optional scale word.
const DIGITS = /(?<![\d.])(\d{1,3}(?:[,\u2009\u202F\u00A0]\d{3})+|\d+)(?:\.(\d+))?(?:[\s-]?(thousand|million|billion|mn|bn|k|m)\b)?/gi;

/** Every number written in a text, in digits or in words. */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(DIGITS)) {
    const [, int = '', frac, scale] = m;
    const base = Number(`${int.replace(/[^\d]/g, '')}${frac ? `.${frac}` : ''}`);
    out.add(base);
    if (scale) out.add(Math.round(base * (SCALES[scale.toLowerCase()] ?? 1)));
  }
  // Runs of number words: "ten thousand", "twenty-three", "six hundred thousand".
  let total = 0;
  let current = 0;
  let inRun = false;
  const flush = () => {
    if (inRun) out.add(total + current);
    total = current = 0;
    inRun = false;
  };
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    const unit = UNITS[word];
    if (unit !== undefined) {
      current += unit;
      inRun = true;
    } else if (word === 'hundred' && inRun) {
      current = (current || 1) * 100;
    } else if ((word === 'thousand' || word === 'million' || word === 'billion') && inRun) {
      total += (current || 1) * (SCALES[word] ?? 1);
      current = 0;
    } else if (word === 'and' && inRun) {
      continue;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/** Whether a figure's numbers (value, and max/of when set) are written in the quote. */
export function figureWrittenIn(quote: string, figure: Figure): boolean {
  const found = numbersIn(quote);
  const has = (n: number) => [...found].some((f) => Math.abs(f - n) < 1e-9);
  return has(figure.value) && (figure.max === undefined || has(figure.max)) && (figure.of === undefined || has(figure.of));
}
