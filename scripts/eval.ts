// `npm run eval -- [FILE.jsonl ...] [--engine PATH] [--heldout]`: measures the engine on labelled
// sentences (format of ../shared/dev-set/sentences.jsonl) and on labelled real news
// (tests/fixtures/realnews/*.jsonl: article/url/para/heading/expect/claimId/text a line).
// Without files it measures every known set. Each set is measured twice: with the bundled records
// as they are, and with every record's keyTerms removed (records matched by what they say only).
//
// Real news is read in context: lines are grouped by article in file order, the lines of one
// `para` make one block, heading lines are heading blocks, and the engine reads the article with
// annotatePage. Files named fresh-*.jsonl are HELD OUT: articles collected and labelled after the
// engine was last tuned, printed only with --heldout so that its author never sees them before
// the one measurement (then they are renamed setN-*). --subsets also measures the engine built
// over only the records an index finds for each page, as the background does.
// Always exits 0 once it could measure; 2 when a file or the engine cannot be loaded.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Annotation, ClaimRecord, Engine, Verdict } from '../core/types';
import { validatePack } from '../data/schema';
import { recordTerms, textTerms } from '../core/retrieval';
import { annotateLines, primary } from './read-lines.ts';

type Expect = Verdict | 'none' | 'any';
type Got = Verdict | 'none';
interface Labelled {
  where: string;
  id: string;
  subject: string | null;
  expect: Expect;
  accept: string[];
  text: string;
  /** Real news: the record the labeller says the line is about. */
  claimId?: string;
  article?: string;
  para?: string;
  heading?: boolean;
}

interface Engines {
  createEngine: (claims: ClaimRecord[]) => Engine;
}

const EXPECTS: Expect[] = ['agrees', 'differs', 'new', 'any', 'none'];
const GOTS: Got[] = ['agrees', 'differs', 'new', 'none'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

const USAGE = 'usage: npm run eval -- [FILE.jsonl ...] [--engine core/engine.ts] [--heldout] [--quiet] [--show-emptied] [--subsets]';

function parseArgs(argv: string[]): { files: string[]; engine: string; heldout: boolean; quiet: boolean; emptied: boolean; subsets: boolean } {
  const files: string[] = [];
  let engine = join(root, 'core', 'engine.ts');
  let heldout = false;
  let quiet = false;
  let emptied = false;
  let subsets = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--engine') engine = resolve(argv[++i] ?? fail('--engine needs a path'));
    else if (arg === '--heldout') heldout = true;
    else if (arg === '--quiet') quiet = true;
    else if (arg === '--show-emptied') emptied = true;
    else if (arg === '--subsets') subsets = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else files.push(arg);
  }
  if (!files.length) files.push(...defaultSets());
  if (!files.length) fail(USAGE);
  return { files, engine, heldout, quiet, emptied, subsets };
}

/** Every labelled set this checkout knows of. */
function defaultSets(): string[] {
  const out: string[] = [];
  const dev = resolve(root, '../shared/dev-set/sentences.jsonl');
  if (existsSync(dev)) out.push(dev);
  const fixtures = join(root, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort()) if (/^heldout.*\.jsonl$/.test(name)) out.push(join(fixtures, name));
  const news = join(fixtures, 'realnews');
  if (existsSync(news)) for (const name of readdirSync(news).sort()) if (name.endsWith('.jsonl')) out.push(join(news, name));
  return out;
}

function loadSentences(file: string): Labelled[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`Cannot read ${file}: ${(err as Error).message}`);
  }
  const out: Labelled[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file.replace(`${root}/`, '')}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch (err) {
      fail(`${where}: not valid JSON: ${(err as Error).message}`);
    }
    if (typeof o.text !== 'string') fail(`${where}: "text" must be a string`);
    if (!EXPECTS.includes(o.expect as Expect)) fail(`${where}: "expect" must be one of ${EXPECTS.join(', ')}`);
    const accept = Array.isArray(o.accept) ? o.accept.filter((a): a is string => typeof a === 'string') : [];
    const item: Labelled = { where, id: String(o.id ?? i + 1), subject: (o.subject as string) ?? null, expect: o.expect as Expect, accept, text: o.text };
    const article = o.article ?? o.url;
    if (article !== undefined && article !== null) {
      item.article = String(article);
      item.para = String(o.para ?? i);
      item.heading = o.heading === true;
      if (typeof o.claimId === 'string' && o.claimId) item.claimId = o.claimId;
    }
    out.push(item);
  });
  return out;
}

async function loadEngine(path: string): Promise<Engines> {
  let mod: Partial<Engines>;
  try {
    mod = await import(pathToFileURL(path).href);
  } catch (err) {
    fail(`Cannot load the engine from ${path}: ${(err as Error).message}`);
  }
  if (typeof mod.createEngine !== 'function') fail(`${path} does not export createEngine(claims)`);
  return mod as Engines;
}

/** A set that is held out as a whole. */
export function isHeldOut(file: string): boolean {
  return /(^|\/)fresh\d*-[^/]*\.jsonl$/.test(file);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a (0/0)');
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Score {
  recall: [number, number];
  precision: [number, number];
  verdicts: [number, number];
  /** agrees/differs lines labelled with a record whose verdict came with that record. */
  records: [number, number];
  confusion: Map<string, number>;
  missed: string[];
  wrong: string[];
  falseAlarms: string[];
  errors: string[];
  ms: number;
}

function score(engine: Engine, lines: Labelled[]): Score {
  const errors: string[] = [];
  const t0 = performance.now();
  const anns = annotateLines(engine, lines, errors);
  const ms = performance.now() - t0;
  const s: Score = { recall: [0, 0], precision: [0, 0], verdicts: [0, 0], records: [0, 0], confusion: new Map(), missed: [], wrong: [], falseAlarms: [], errors, ms };
  lines.forEach((l, i) => {
    const best = primary(anns[i] ?? []);
    const got: Got = best ? best.verdict : 'none';
    const acceptable = new Set<string>([l.expect, ...l.accept]);
    const isClaim = l.expect !== 'none' || l.accept.some((a) => a !== 'none');
    const noneOk = acceptable.has('none');
    const tag = `${l.where} [${l.id}${l.subject ? ` ${l.subject}` : ''}${l.claimId ? ` ${l.claimId}` : ''}]`;
    const key = `${l.expect}\t${got}`;
    s.confusion.set(key, (s.confusion.get(key) ?? 0) + 1);
    const rec = best?.claimId ? ` (${best.claimId})` : '';
    if (l.expect !== 'none' && !noneOk) {
      s.recall[1]++;
      if (best) s.recall[0]++;
      else s.missed.push(`${tag} expected ${l.expect}: ${clip(l.text)}`);
    }
    if (best) {
      s.precision[1]++;
      if (isClaim) s.precision[0]++;
      else s.falseAlarms.push(`${tag} got ${got}${rec}: ${clip(l.text)}`);
      if (l.expect === 'agrees' || l.expect === 'differs' || l.expect === 'new') {
        s.verdicts[1]++;
        // A verdict against another record than the labelled one is not the labelled verdict.
        const sameRecord = !l.claimId || got === 'new' || best.claimId === l.claimId;
        if (acceptable.has(got) && sameRecord) s.verdicts[0]++;
        else s.wrong.push(`${tag} expected ${[...acceptable].join('|')}, got ${got}${rec}: ${clip(l.text)}`);
        if (l.claimId && (l.expect === 'agrees' || l.expect === 'differs')) {
          s.records[1]++;
          if (best.claimId === l.claimId) s.records[0]++;
        }
      }
    }
  });
  return s;
}

function print(title: string, s: Score, n: number, quiet: boolean): void {
  console.log(`\n${title}: ${n} lines (${(s.ms / Math.max(1, n)).toFixed(2)} ms each)`);
  console.log(`spotting recall    ${pct(...s.recall)}`);
  console.log(`spotting precision ${pct(...s.precision)}`);
  console.log(`verdict accuracy   ${pct(...s.verdicts)}`);
  if (s.records[1]) console.log(`record right       ${pct(...s.records)}`);
  if (quiet) return;
  console.log('expect \\ got  ' + GOTS.map((g) => g.padStart(8)).join(''));
  for (const e of EXPECTS) {
    const row = GOTS.map((g) => String(s.confusion.get(`${e}\t${g}`) ?? 0).padStart(8));
    if (row.some((c) => c.trim() !== '0')) console.log(`${e.padEnd(13)}${row.join('')}`);
  }
  const list = (t: string, items: string[]) => {
    if (!items.length) return;
    console.log(`${t} (${items.length}):`);
    for (const i of items) console.log(`  ${i}`);
  };
  list('missed claims', s.missed);
  list('wrong verdicts', s.wrong);
  list('false alarms', s.falseAlarms);
  list('engine errors', s.errors);
}

/**
 * An engine built, for each text or page, over only the records an index would find for it, as
 * the background does (data/annotate-service.ts): for each sentence the few records sharing the
 * most rare terms with it (core/retrieval.ts), at most 80 a page.
 */
function retrieving(create: (claims: ClaimRecord[]) => Engine, claims: ClaimRecord[]): Engine {
  const termsOf = claims.map((c) => new Set(recordTerms(c)));
  const df = new Map<string, number>();
  for (const ts of termsOf) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + claims.length / (df.get(t) ?? 1));
  const subset = (texts: string[]): ClaimRecord[] => {
    const chosen = new Set<number>();
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.!?…])\s+(?=[^a-z\s])/u)) {
        const words = textTerms(sentence).filter((t) => df.has(t));
        if (!words.length) continue;
        const ranked = termsOf
          .map((ts, i) => [i, words.reduce((n, t) => n + (ts.has(t) ? idf(t) : 0), 0)] as const)
          .filter(([, n]) => n > 0)
          .sort((a, b) => b[1] - a[1] || termsOf[a[0]]!.size - termsOf[b[0]]!.size)
          .slice(0, 4);
        for (const [i] of ranked) if (chosen.size < 80) chosen.add(i);
      }
    }
    return [...chosen].sort((a, b) => a - b).map((i) => claims[i]!);
  };
  return {
    annotate: (text) => create(subset([text])).annotate(text),
    annotatePage: (blocks) => create(subset(blocks.map((b) => b.text))).annotatePage(blocks),
  };
}

/** The same records with their keyTerms hints removed. */
function withoutKeyTerms(claims: ClaimRecord[]): ClaimRecord[] {
  return claims.map(({ keyTerms: _drop, ...rest }) => rest as ClaimRecord);
}

async function main(): Promise<void> {
  const { files, engine: enginePath, heldout, quiet, emptied, subsets } = parseArgs(process.argv.slice(2));
  let packText: string;
  try {
    packText = readFileSync(join(root, 'data', 'claims.json'), 'utf8');
  } catch (err) {
    fail(`Cannot read data/claims.json: ${(err as Error).message}`);
  }
  const pack = validatePack(packText);
  if (!pack.ok) fail(`data/claims.json is invalid (run npm run claims:check):\n${pack.errors.join('\n')}`);
  const mod = await loadEngine(enginePath);
  const engines: [string, Engine][] = [
    ['', mod.createEngine(pack.pack.claims)],
    ['keyTerms emptied ', mod.createEngine(withoutKeyTerms(pack.pack.claims))],
    ...(subsets
      ? ([
          ['retrieved subsets ', retrieving(mod.createEngine, pack.pack.claims)],
          ['retrieved subsets, keyTerms emptied ', retrieving(mod.createEngine, withoutKeyTerms(pack.pack.claims))],
        ] as [string, Engine][])
      : []),
  ];
  const summary: string[] = [];
  for (const file of files) {
    const lines = loadSentences(file);
    const name = file.replace(`${root}/`, '');
    const parts: [string, Labelled[]][] = isHeldOut(file) ? (heldout ? [['HELD OUT', lines]] : []) : [['', lines]];
    for (const [part, subset] of parts) {
      for (const [label, engine] of engines) {
        const s = score(engine, subset);
        const title = `${label}${name}${part ? ` (${part} articles)` : ''}`;
        print(title, s, subset.length, quiet || (label !== '') !== emptied);
        const r = (x: [number, number]) => (x[1] ? ((100 * x[0]) / x[1]).toFixed(1) : 'n/a').padStart(6);
        summary.push(`${r(s.recall)} ${r(s.precision)} ${r(s.verdicts)}  ${title}`);
      }
    }
  }
  console.log('\nrecall  prec. verdicts  set');
  for (const line of summary) console.log(line);
}

main().catch((err) => fail(`eval failed: ${(err as Error).stack ?? err}`));
