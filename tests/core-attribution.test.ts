import { describe, expect, it } from 'vitest';
import { findAttribution } from '../core/attribution.ts';

describe('attribution', () => {
  it.each([
    ['The Pentagon said 10,000 troops were in Russia.', 'The Pentagon'],
    ['About 10,000 troops are in Russia, the Pentagon said.', 'the Pentagon'],
    ['Around 200 soldiers were killed, according to Ukrainian military intelligence.', 'Ukrainian military intelligence'],
    ['According to Rutte, the Kremlin is desperate.', 'Rutte'],
    ['The Pentagon estimates that 10,000 troops are in Russia.', 'The Pentagon'],
    ['Over 600k soldiers were killed or wounded, the alliance estimates.', 'the alliance'],
    ['Rutte told reporters that Russia was paying Pyongyang.', 'Rutte'],
    ['US defence officials believe 10,000 soldiers are in Russia.', 'US defence officials'],
    ['Kyiv claims that Russia has lost 700,000 soldiers.', 'Kyiv'],
    ['NATO says 23 of its 32 members meet the target.', 'NATO'],
    ['South Korea’s spy agency thinks 1,500 soldiers were sent.', 'South Korea’s spy agency'],
    ['A think tank estimated Russian casualties at 400,000.', 'A think tank'],
    ['Officials in Kyiv say 4,500 soldiers have moved.', 'Officials in Kyiv'],
    ['Russia fired 120 missiles overnight, Kyiv said on Friday.', 'Kyiv'],
    ['“It is a threat,” said NATO chief Mark Rutte.', 'NATO chief Mark Rutte'],
    ['NORTH KOREA HAS 25,000 TROOPS IN RUSSIA, KYIV CLAIMS', 'KYIV'],
    ['NATO Sec. Gen. Mark Rutte: Russia’s tech aid to North Korea poses a threat.', 'NATO Sec. Gen. Mark Rutte'],
    // "States" and "report" are words of a name and a noun here, not verbs.
    ['United States officials have said the North Korean troops are fighting in Kursk.', 'United States officials'],
  ])('%s -> %s', (text, who) => {
    expect(findAttribution(text)).toBe(who);
  });

  it.each([
    'Russia launched 120 missiles at the grid overnight.',
    'He said the talks went well.',
    'Live: Russia-Ukraine war, day 990',
    // "report" after "a" is a noun: the source is not "In a".
    'In a report to Putin, North Korean troops were praised for their heroism.',
  ])('no source in: %s', (text) => {
    expect(findAttribution(text)).toBeNull();
  });
});
