// `npm run train`: fits the learned check of core/scorer.ts on the labelled real news
// (tests/fixtures/realnews/setN-*.jsonl; never the held-out fresh*-* files) and writes
// core/scorer-weights.json. The rules run without the check, bundled records as shipped and with
// keyTerms emptied; each agreement by assertion they give (no figure compared, no source's words
// repeated) is an example: kept when it is the labelled verdict, turned into a new claim when the
// label says new. `--cv` prints leave-one-set-out figures (the model trained without a set,
// measured on it) instead of writing weights.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEngine } from '../core/engine.ts';
import { checkedFeatures, probability } from '../core/scorer.ts';
import type { ClaimRecord } from '../core/types.ts';
import { annotateLines, primary } from './read-lines.ts';
import type { Weights } from '../core/scorer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const L2 = 3;
const EPOCHS = 300;
const MIN_COUNT = 3;
const CUT = 0.4;

interface Line { id: string; article?: string; url?: string; para?: number; heading?: boolean; expect: string; accept?: string[]; claimId?: string; text: string }
interface Row { set: string; line: Line; got: string; gotId: string | null; features: string[] | null }

const claims: ClaimRecord[] = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')).claims;
const emptied = claims.map(({ keyTerms: _hints, ...rest }) => rest as ClaimRecord);
const byId = new Map(claims.map((c) => [c.id, c]));
const dir = join(root, 'tests', 'fixtures', 'realnews');
const files = readdirSync(dir).filter((f) => /^set\d+-.*\.jsonl$/.test(f)).sort();

/** Every labelled line with the rules' verdict for it, read by article as eval reads it. */
function rows(): Row[] {
  const out: Row[] = [];
  for (const records of [claims, emptied]) {
    const engine = createEngine(records, { learned: false });
    for (const file of files) {
      const set = /^set(\d+)/.exec(file)![1]!;
      const lines: Line[] = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      const found = annotateLines(engine, lines.map((l) => ({ ...l, article: l.article ?? l.url ?? '' })));
      lines.forEach((line, i) => {
        const best = primary(found[i]!);
        const record = best?.claimId ? byId.get(best.claimId) : undefined;
        out.push({ set, line, got: best?.verdict ?? 'none', gotId: best?.claimId ?? null, features: best && record ? checkedFeatures(best, record, line.heading === true) : null });
      });
    }
  }
  return out;
}

const acceptable = (l: Line) => new Set([l.expect, ...(l.accept ?? [])]);
const right = (l: Line, got: string, gotId: string | null) => acceptable(l).has(got) && (!l.claimId || got === 'new' || got === 'none' || gotId === l.claimId);

/** Examples: record verdicts that are right (1), or wrong where the label says new (0). */
function examples(rs: Row[]): { f: string[]; y: number }[] {
  return rs.filter((r) => r.features && (right(r.line, r.got, r.gotId) || acceptable(r.line).has('new'))).map((r) => ({ f: r.features!, y: right(r.line, r.got, r.gotId) ? 1 : 0 }));
}

/** L2-regularised logistic regression, full-batch AdaGrad; words seen fewer than MIN_COUNT times are left out. */
function fit(data: { f: string[]; y: number }[]): Record<string, number> {
  const count = new Map<string, number>();
  for (const d of data) for (const x of new Set(d.f)) count.set(x, (count.get(x) ?? 0) + 1);
  const xs = data.map((d) => ({ f: [...new Set(d.f)].filter((x) => !x.startsWith('w:') || (count.get(x) ?? 0) >= MIN_COUNT), y: d.y }));
  const w: Record<string, number> = {};
  const g2: Record<string, number> = {};
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad: Record<string, number> = {};
    for (const d of xs) {
      const e = probability(w, d.f) - d.y;
      for (const x of d.f) grad[x] = (grad[x] ?? 0) + e;
    }
    for (const x of Object.keys(grad).sort()) {
      const g = grad[x]! / xs.length + (x === 'bias' ? 0 : (L2 / xs.length) * (w[x] ?? 0));
      g2[x] = (g2[x] ?? 0) + g * g;
      w[x] = (w[x] ?? 0) - (0.5 / Math.sqrt(g2[x]! + 1e-8)) * g;
    }
  }
  const out: Record<string, number> = {};
  for (const x of Object.keys(w).sort()) if (Math.abs(w[x]!) >= 0.005) out[x] = Number(w[x]!.toFixed(3));
  return out;
}

/** Verdict accuracy as eval counts it, with the check at CUT, for rows of the first or second engine. */
function verdicts(rs: Row[], p: (r: Row) => number): [number, number] {
  let ok = 0;
  let n = 0;
  for (const r of rs) {
    if (r.got === 'none' || !['agrees', 'differs', 'new'].includes(r.line.expect)) continue;
    const flip = r.gotId !== null && p(r) < CUT;
    n++;
    if (right(r.line, flip ? 'new' : r.got, flip ? null : r.gotId)) ok++;
  }
  return [ok, n];
}

/** The weights `npm run train` writes: fitted on every labelled set. */
export function trainWeights(): Weights {
  return { cut: CUT, record: fit(examples(rows())) };
}

/** Leave-one-set-out verdict accuracy without and with the check, as shipped and keyTerms emptied. */
export function crossValidate(): string[] {
  const all = rows();
  const half = all.length / 2;
  const pct = ([a, b]: [number, number]) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  const oof = new Map<Row, number>();
  for (const set of [...new Set(all.map((r) => r.set))]) {
    const w = fit(examples(all.filter((r) => r.set !== set)));
    for (const r of all) if (r.set === set && r.features) oof.set(r, probability(w, r.features));
  }
  return ([['as shipped', all.slice(0, half)], ['keyTerms emptied', all.slice(half)]] as const).map(
    ([name, rs]) => `${name}: verdicts without the check ${pct(verdicts(rs, () => 1))}, with it (each set measured by a model trained without it) ${pct(verdicts(rs, (r) => oof.get(r) ?? 1))}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--cv')) for (const line of crossValidate()) console.log(line);
  else {
    const w = trainWeights();
    writeFileSync(join(root, 'core', 'scorer-weights.json'), `${JSON.stringify(w)}\n`);
    console.log(`core/scorer-weights.json: ${Object.keys(w.record).length} weights from the labelled lines of ${files.length} files`);
  }
}
