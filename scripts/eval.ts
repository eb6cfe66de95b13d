// `npm run eval -- FILE.jsonl [...] [--engine PATH]`: measures the engine on labelled sentences
// (format of /work/shared/dev-set/sentences.jsonl). Always exits 0 once it could measure; 2 when
// a file or the engine cannot be loaded.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Annotation, ClaimRecord, Engine, Verdict } from '../core/types';
import { validatePack } from '../data/schema';

type Expect = Verdict | 'none' | 'any';
type Got = Verdict | 'none';
interface Labelled {
  where: string;
  id: string;
  subject: string | null;
  expect: Expect;
  accept: string[];
  text: string;
}

const EXPECTS: Expect[] = ['agrees', 'differs', 'new', 'any', 'none'];
const GOTS: Got[] = ['agrees', 'differs', 'new', 'none'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

function parseArgs(argv: string[]): { files: string[]; engine: string } {
  const files: string[] = [];
  let engine = join(root, 'core', 'engine.ts');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--engine') engine = resolve(argv[++i] ?? fail('--engine needs a path'));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--engine core/engine.ts]');
      process.exit(0);
    } else files.push(arg);
  }
  if (!files.length) fail('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--engine core/engine.ts]');
  return { files, engine };
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
    const where = `${file}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch (err) {
      fail(`${where}: not valid JSON: ${(err as Error).message}`);
    }
    if (typeof o.text !== 'string') fail(`${where}: "text" must be a string`);
    if (!EXPECTS.includes(o.expect as Expect)) fail(`${where}: "expect" must be one of ${EXPECTS.join(', ')}`);
    const accept = Array.isArray(o.accept) ? o.accept.filter((a): a is string => typeof a === 'string') : [];
    out.push({ where, id: String(o.id ?? i + 1), subject: (o.subject as string) ?? null, expect: o.expect as Expect, accept, text: o.text });
  });
  return out;
}

async function loadEngine(path: string, claims: ClaimRecord[]): Promise<Engine> {
  let mod: { createEngine?: (claims: ClaimRecord[]) => Engine };
  try {
    mod = await import(pathToFileURL(path).href);
  } catch (err) {
    fail(`Cannot load the engine from ${path}: ${(err as Error).message}`);
  }
  if (typeof mod.createEngine !== 'function') fail(`${path} does not export createEngine(claims)`);
  return mod.createEngine(claims);
}

/** The annotation that speaks for the sentence: the longest one. */
function primary(anns: Annotation[]): Annotation | undefined {
  return anns.reduce<Annotation | undefined>((best, a) => (!best || a.end - a.start > best.end - best.start ? a : best), undefined);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a (0/0)');
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

async function main(): Promise<void> {
  const { files, engine: enginePath } = parseArgs(process.argv.slice(2));
  const sentences = files.flatMap(loadSentences);
  let packText: string;
  try {
    packText = readFileSync(join(root, 'data', 'claims.json'), 'utf8');
  } catch (err) {
    fail(`Cannot read data/claims.json: ${(err as Error).message}`);
  }
  const pack = validatePack(packText);
  if (!pack.ok) fail(`data/claims.json is invalid (run npm run claims:check):\n${pack.errors.join('\n')}`);
  const engine = await loadEngine(enginePath, pack.pack.claims);

  const confusion = new Map<string, number>();
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const wrong: string[] = [];
  const errors: string[] = [];
  let mustSpot = 0, mustSpotHit = 0, spotted = 0, spottedClaims = 0, judged = 0, judgedRight = 0;
  const t0 = performance.now();

  for (const s of sentences) {
    let anns: Annotation[] = [];
    try {
      anns = engine.annotate(s.text);
    } catch (err) {
      errors.push(`${s.where} [${s.id}] threw ${(err as Error).message}: ${clip(s.text)}`);
    }
    const best = primary(anns);
    const got: Got = best ? best.verdict : 'none';
    const acceptable = new Set<string>([s.expect, ...s.accept]);
    // A claim is labelled when expect is not none, or none is expected but a verdict is accepted too.
    const isClaim = s.expect !== 'none' || s.accept.some((a) => a !== 'none');
    const noneOk = acceptable.has('none');
    const tag = `${s.where} [${s.id}${s.subject ? ` ${s.subject}` : ''}]`;
    const key = `${s.expect}\t${got}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);

    if (s.expect !== 'none' && !noneOk) {
      mustSpot++;
      if (best) mustSpotHit++;
      else missed.push(`${tag} expected ${s.expect}: ${clip(s.text)}`);
    }
    if (best) {
      spotted++;
      if (isClaim) spottedClaims++;
      else falseAlarms.push(`${tag} got ${got}${best.claimId ? ` (${best.claimId})` : ''}: ${clip(s.text)}`);
      if (s.expect === 'agrees' || s.expect === 'differs' || s.expect === 'new') {
        judged++;
        if (acceptable.has(got)) judgedRight++;
        else wrong.push(`${tag} expected ${[...acceptable].join('|')}, got ${got}${best.claimId ? ` (${best.claimId})` : ''}: ${clip(s.text)}`);
      }
    }
  }
  const ms = performance.now() - t0;

  console.log(`${sentences.length} sentences from ${files.join(', ')} (${(ms / Math.max(1, sentences.length)).toFixed(2)} ms each)`);
  console.log(`spotting recall    ${pct(mustSpotHit, mustSpot)}`);
  console.log(`spotting precision ${pct(spottedClaims, spotted)}`);
  console.log(`verdict accuracy   ${pct(judgedRight, judged)}`);
  console.log('\nexpect \\ got  ' + GOTS.map((g) => g.padStart(8)).join(''));
  for (const e of EXPECTS) {
    const row = GOTS.map((g) => String(confusion.get(`${e}\t${g}`) ?? 0).padStart(8));
    if (row.some((c) => c.trim() !== '0')) console.log(`${e.padEnd(13)}${row.join('')}`);
  }
  const list = (title: string, items: string[]) => {
    if (!items.length) return;
    console.log(`\n${title} (${items.length}):`);
    for (const i of items) console.log(`  ${i}`);
  };
  list('missed claims', missed);
  list('wrong verdicts', wrong);
  list('false alarms', falseAlarms);
  list('engine errors', errors);
}

main().catch((err) => fail(`eval failed: ${(err as Error).stack ?? err}`));
