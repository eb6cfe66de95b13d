import { describe, expect, it } from 'vitest';
import { detectTopics, topicGate } from '../core/topics.ts';

describe('topics', () => {
  it.each([
    ['NATO allies met in Brussels.', 'nato'],
    ['The alliance will respond, Rutte said.', 'nato'],
    ['Stoltenberg invoked Article 5.', 'nato'],
    ['The DPRK fired a missile.', 'north-korea'],
    ['Pyongyang denied it.', 'north-korea'],
    ['Kim Jong Un visited the factory.', 'north-korea'],
    ['North Korean troops arrived.', 'north-korea'],
    ['Seoul’s military responded within hours.', 'south-korea'],
    ['Yoon spoke to reporters about security.', 'south-korea'],
    ["The country's intelligence service, the NIS, said so.", 'south-korea'],
    ['Moscow denied the report.', 'russia'],
    ['The Kremlin declined to comment.', 'russia'],
    ['Putin signed the decree.', 'russia'],
    ['Russian forces advanced near Kursk.', 'russia'],
    ['The war in Ukraine entered its third year.', 'russia'],
    ['NORTH KOREA HAS TROOPS IN RUSSIA', 'north-korea'],
    // British style spells the alliance "Nato", and headlines shorten Korea's halves.
    ['Dutch need to spend €19bn extra on defence to meet Nato target', 'nato'],
    ['That made it the first Nato nation to vow to reach a 5% goal.', 'nato'],
    ['N Korea troops suffer heavy losses', 'north-korea'],
    ['S Korea spy agency briefs lawmakers on the war', 'south-korea'],
    ['Pentagon confirms NK forces in Kursk', 'north-korea'],
    ['Germany will meet its 2% defence pledge this year.', 'nato'],
    ['Seoul raises alarm over N.K.’s troop dispatch', 'north-korea'],
  ])('%s -> %s', (text, topic) => {
    expect(topicGate(text)).toBe(true);
    expect(detectTopics(text)).toContain(topic);
  });

  it.each([
    'Korean skincare exports grew 12% in the first quarter.',
    'Russian dressing sales rose 4% at the supermarket chain.',
    'She ordered a Moscow Mule at the bar.',
    'They played Russian roulette with their savings.',
    'South Korean skincare brands are popular.',
    'He finished his tennis match and broke a string.',
    // Italian "nato" (born) is lower case.
    'Il pianista è nato a Verona nel 1950.',
    // Natural killer cells.
    'NK cells from the donors attacked the tumour within hours.',
  ])('false friend is not topical: %s', (text) => {
    expect(detectTopics(text)).toEqual([]);
    expect(topicGate(text)).toBe(false);
  });

  it('still finds the topic when a false friend comes first', () => {
    expect(detectTopics('Russian dressing aside, Russian troops advanced.')).toEqual(['russia']);
  });

  it('South Korea alone is a topic only for security news, not markets', () => {
    expect(detectTopics("South Korea's Kospi index fell 0.5%.")).toEqual([]);
    expect(detectTopics('South Korea’s spy agency said troops had moved.')).toEqual(['south-korea']);
  });

  it("counts NATO's 2% spending target as NATO even unnamed", () => {
    expect(detectTopics('Belgium does not yet meet the 2% spending target.')).toEqual(['nato']);
    expect(detectTopics('Inflation stayed just under the Fed’s 2 percent target.')).toEqual([]);
  });

  it('counts a country’s defence spending as a share, however the headline words it, as NATO’s', () => {
    expect(detectTopics('Germany Commits to 3.5% Defense Spending by 2029')).toEqual(['nato']);
    expect(detectTopics('Germany eyes 3.5% GDP defence boost to counter threats')).toEqual(['nato']);
    expect(detectTopics('Retail spending rose 3.5% in the defence-heavy region of Bavaria.')).toEqual([]);
  });
});
