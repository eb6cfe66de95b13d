// A small learned check on the rules' record verdicts: logistic regression over generic
// features (the sentence's words, what the rules found, how much of the record the sentence
// says), never a record's id. Weights in scorer-weights.json, made by `npm run train` from the
// labelled real news (tests/fixtures/realnews/set*); chosen by leave-one-set-out measurement.
import type { Annotation, ClaimRecord } from './types.ts';
import { detectTopics, topicGate } from './topics.ts';
import { stem, textTerms } from './retrieval.ts';
import trained from './scorer-weights.json';

export interface Weights {
  /** Feature weights for "the record verdict is about the record", rather than a new claim. */
  record: Record<string, number>;
  /** Below this probability the verdict becomes a new claim. */
  cut: number;
}

const bucket = (n: number, cuts: number[]) => cuts.findIndex((c) => n <= c) === -1 ? cuts.length : cuts.findIndex((c) => n <= c);

/** Features of an annotation as the rules made it. */
function claimFeatures(a: Annotation, heading: boolean): string[] {
  const s = a.sentence;
  const f = ['bias', `v:${a.verdict}`, `fig:${a.figure ? a.figure.unit : 'none'}`, `attr:${a.attribution ? 1 : 0}`];
  const own = topicGate(s) ? detectTopics(s) : [];
  f.push(`own:${Math.min(own.length, 2)}`, `lent:${own.length === 0 ? 1 : 0}`);
  for (const t of a.topics) f.push(`t:${t}`);
  if (heading) f.push('heading');
  f.push(`len:${bucket(s.length, [40, 80, 140, 220])}`);
  if (/^[“"‘']/.test(s)) f.push('quote-first');
  if (/[“"”]/.test(s)) f.push('quoted');
  if (/\?\s*[”"’']?$/.test(s)) f.push('question');
  if (!/[.!?…”"’']\s*$/.test(s)) f.push('no-stop');
  if (/\b(?:I|we|our|us|my)\b/.test(s)) f.push('first-person');
  for (const w of new Set((s.match(/\p{L}[\p{L}'’]*/gu) ?? []).map((w) => stem(w)))) if (w.length >= 2) f.push(`w:${w}`);
  return f;
}

/** Features of a record verdict: how much of what the record says the sentence says too. */
function recordFeatures(a: Annotation, record: ClaimRecord, heading: boolean): string[] {
  const f = claimFeatures(a, heading);
  const mine = new Set(textTerms(a.sentence));
  const subject = textTerms(record.subject ?? '');
  const quotes = new Set(textTerms(record.statements.map((st) => st.quote ?? '').join(' ')));
  const share = (ts: Iterable<string>) => {
    let n = 0;
    let d = 0;
    for (const t of ts) {
      d++;
      if (mine.has(t)) n++;
    }
    return [n, d] as const;
  };
  const [sn, sd] = share(subject);
  const [qn, qd] = share(quotes);
  f.push(`subj-hit:${Math.min(sn, 4)}`, `subj-share:${sd ? bucket(sn / sd, [0.15, 0.3, 0.5, 0.7]) : 0}`, `quote-share:${qd ? bucket(qn / qd, [0.1, 0.2, 0.35, 0.5]) : 0}`);
  f.push(`figured:${record.statements.some((st) => st.figure) ? 1 : 0}`, `compared:${a.figure && a.explanation.comparisons.some((c) => c.fits !== null) ? 1 : 0}`);
  f.push(`why:${a.explanation.summary.split(/\s+/).slice(0, 3).join('_').toLowerCase()}`);
  return f;
}

export function probability(weights: Record<string, number>, features: string[]): number {
  let z = 0;
  for (const x of features) z += weights[x] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const weights = trained as Weights;

/**
 * Whether the check reads this verdict: an agreement by assertion, with no figure compared. (On
 * the labelled real news it fixed none of the differing verdicts that it turned into new claims.)
 */
function checkable(a: Annotation): boolean {
  return a.verdict === 'agrees' && !a.explanation.comparisons.some((c) => c.fits !== null);
}

/** Whether the sentence repeats most of what one of the record's sources said: then it agrees, whatever was learned. */
function repeats(sentence: string, record: ClaimRecord): boolean {
  const mine = new Set(textTerms(sentence));
  return record.statements.some((st) => {
    const said = textTerms(st.quote ?? '');
    return said.length >= 3 && said.filter((t) => mine.has(t)).length >= REPEATED * said.length;
  });
}
const REPEATED = 0.7;

/** What the check weighs of a record verdict, or null when it leaves the verdict as it is (training reads the same). */
export function checkedFeatures(a: Annotation, record: ClaimRecord, heading: boolean): string[] | null {
  return checkable(a) && !repeats(a.sentence, record) ? recordFeatures(a, record, heading) : null;
}

/** Whether a record verdict the rules gave is likely about that record. */
export function aboutRecord(a: Annotation, record: ClaimRecord, heading: boolean, w: Weights = weights): boolean {
  const features = checkedFeatures(a, record, heading);
  return features === null || probability(w.record, features) >= w.cut;
}
