import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine.ts';
import type { ClaimRecord } from '../core/types.ts';
import weights from '../core/scorer-weights.json';
import { trainWeights } from '../scripts/train-scorer.ts';

const claims: ClaimRecord[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'claims.json'), 'utf8')).claims;
const checked = createEngine(claims);
const rulesOnly = createEngine(claims, { learned: false });
const seen = (engine: ReturnType<typeof createEngine>, text: string) => engine.annotate(text).map((a) => ({ verdict: a.verdict, claimId: a.claimId }));

describe('the learned check on agreements by assertion', () => {
  // Sentences that name a record's actors but state another fact: a deadline for a new goal,
  // engineers as part of a later deployment plan.
  it.each([
    ['Schoof said NATO members would have until 2032 to reach the new spending goal.', 'nato-members-meet-2pct-target'],
    ['These new combat engineers are part of what is assessed as a “third deployment plan” to bolster Russian forces.', 'nk-troops-planned-total'],
  ])('turns an agreement the sentence does not state into a new claim: %s', (text, ruled) => {
    expect(seen(rulesOnly, text)).toEqual([{ verdict: 'agrees', claimId: ruled }]);
    const [a] = checked.annotate(text);
    expect(a).toMatchObject({ verdict: 'new', sentence: text });
    expect(a!.claimId).toBeUndefined();
    expect(a!.explanation.summary).toMatch(/^No record in the database covers this claim/);
  });

  it.each([
    ['NATO Secretary General Mark Rutte confirmed that North Korean troops have been sent to Russia.', 'nk-troops-confirmed-by-allies'],
    ["North Korea has deployed troops to Russia's Kursk region, Western officials say.", 'nk-troops-deployed-kursk'],
    ['Rutte said European allies must spend more on defence.', 'european-nato-must-spend-more'],
  ])('keeps a plain paraphrase of a record: %s', (text, id) => {
    expect(seen(checked, text)).toEqual([{ verdict: 'agrees', claimId: id }]);
  });

  // Words it never saw weigh nothing: an imported record is judged by how much of it the page says.
  it('keeps a pack record that the page paraphrases', () => {
    const pack: ClaimRecord[] = [
      { id: 'p-expel', subject: 'Estonia expelled Russian diplomats accused of spying', topics: ['russia'], statements: [{ quote: 'Estonia expelled 21 Russian diplomats accused of spying.', source: 'pack', attribution: 'Estonian foreign ministry', figure: null }] },
      { id: 'p-drones', subject: 'Kim Jong Un visited a drone factory', topics: ['north-korea'], statements: [{ quote: 'North Korean leader Kim Jong Un inspected a factory producing attack drones.', source: 'pack', attribution: 'KCNA', figure: null }] },
    ];
    const engine = createEngine([...claims, ...pack]);
    expect(seen(engine, 'Estonia has expelled Russian diplomats it accuses of espionage.')).toEqual([{ verdict: 'agrees', claimId: 'p-expel' }]);
    expect(seen(engine, 'Kim Jong Un inspected a factory that makes attack drones, state media reported.')).toEqual([{ verdict: 'agrees', claimId: 'p-drones' }]);
  });

  it('never reads a figure the rules compared', () => {
    const text = 'Pyongyang is thought to have deployed close to 20,000 soldiers to fight for Moscow.';
    expect(seen(checked, text)).toEqual(seen(rulesOnly, text));
    expect(seen(checked, text)[0]?.verdict).toBe('differs');
  });

  // The weights depend on what the rules output: a change to the rules needs `npm run train`.
  it('ships the weights that npm run train makes from the labelled sets', () => {
    expect(trainWeights()).toEqual(weights);
  }, 120_000);
});
