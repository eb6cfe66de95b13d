import { describe, expect, it } from 'vitest';
import { findFigures, pickFigure } from '../core/figures.ts';

const main = (s: string) => {
  const f = pickFigure(findFigures(s), s);
  return f && { value: f.value, max: f.max, of: f.of, unit: f.unit, qualifier: f.qualifier, counts: f.counts, text: s.slice(f.start, f.end) };
};

describe('figures: numbers in every form', () => {
  it.each([
    ['10,000 troops', 10000],
    ['10\u00A0000 troops', 10000],
    ['10\u2009000 troops', 10000],
    ['10\u202F000 troops', 10000],
    ['10.000 troops', 10000],
    ['ten thousand troops', 10000],
    ['twenty-three allies', 23],
    ['six hundred thousand soldiers', 600000],
    ['10k troops', 10000],
    ['600K soldiers', 600000],
    ['1.5 million people', 1500000],
    ['12-thousand troops', 12000],
    ['4.12% of GDP', 4.12],
  ])('%s = %d', (text, value) => {
    expect(main(text)?.value).toBe(value);
  });

  it.each([
    ['2% of GDP', 2],
    ['two per cent of GDP', 2],
    ['2 percent of GDP', 2],
  ])('percentage %s', (text, value) => {
    expect(main(text)).toMatchObject({ value, unit: 'percent' });
  });

  it.each([
    ['23 of 32 members meet the target', 23, 32],
    ['23 of its 32 members meet the target', 23, 32],
    ["only 20 of the alliance's 32 members meet the target", 20, 32],
    ['23 members out of 32 meet the target', 23, 32],
    ['23 out of 32 NATO members meet the target', 23, 32],
  ])('ratio %s', (text, value, of) => {
    expect(main(text)).toMatchObject({ value, of, unit: 'members' });
  });

  it.each([
    ['between 10,000 and 12,000 troops', 10000, 12000],
    ['11 to 12,000 troops', 11000, 12000],
    ['10 to 12 thousand troops', 10000, 12000],
    ['from 1,000 to 1,500 soldiers', 1000, 1500],
  ])('range %s', (text, value, max) => {
    expect(main(text)).toMatchObject({ value, max, qualifier: 'between' });
  });

  it.each([
    ['about 10,000 troops', 'about'],
    ['around 10,000 troops', 'about'],
    ['roughly 10,000 troops', 'about'],
    ['some 10,000 troops', 'about'],
    ['approximately 10,000 troops', 'about'],
    ['nearly 10,000 troops', 'nearly'],
    ['close to 10,000 troops', 'nearly'],
    ['more than 10,000 troops', 'more-than'],
    ['over 10,000 troops', 'more-than'],
    ['at least 10,000 troops', 'at-least'],
    ['up to 10,000 troops', 'up-to'],
    ['as many as 10,000 troops', 'up-to'],
    ['only 10,000 troops', 'exact'],
    ['just 10,000 troops', 'exact'],
    ['10,000 troops', 'exact'],
  ])('qualifier %s', (text, qualifier) => {
    expect(main(text)).toMatchObject({ value: 10000, qualifier });
  });

  it('a small number in words still counts when it counts something', () => {
    expect(main('Just nine NATO members met the target.')).toMatchObject({ value: 9, qualifier: 'exact', unit: 'members' });
  });

  it('includes the qualifier in the figure text', () => {
    expect(main('They sent close to 20,000 soldiers.')?.text).toBe('close to 20,000');
  });
});

describe('figures: what is not a claim figure', () => {
  it.each([
    'In 2024 the alliance met again.',
    'Trump takes office as the 47th US president on January 20.',
    'The full-scale invasion began nearly three years ago.',
    'Live: Russia-Ukraine war, day 990',
    'The talks ended on 8 November.',
    'One of the soldiers spoke.',
    'Russia and North Korea, two nations under sanctions, met.',
    'Russia moved S-400 batteries and F-16 jets arrived.',
    '1. a significant escalation in the involvement of Pyongyang',
    '2) yet another breach of UN resolutions',
  ])('%s has no figure', (text) => {
    expect(main(text)).toBeNull();
  });

  it('still reads a count that opens a sentence', () => {
    expect(main('12,000 North Korean soldiers were sent to Russia.')).toMatchObject({ value: 12000 });
  });

  it('prefers the counted figure to a threshold such as the 2% target', () => {
    expect(main('Belgium, which spends about 1.3% of GDP on defence, remains below the 2% goal.')).toMatchObject({ value: 1.3, counts: 'gdp-share' });
    expect(main('Twenty-three NATO allies will hit the 2 per cent target, up from three a decade ago.')).toMatchObject({ value: 23, counts: 'members-meeting-target' });
  });
});

describe('figures: what is counted', () => {
  it.each([
    ['About 10,000 North Korean soldiers are in Russia.', 'troops-deployed'],
    ['North Korea has already sent 1,500 soldiers to Russia.', 'troops-deployed'],
    ['Pyongyang could eventually send 12,000 soldiers.', 'troops-planned'],
    ['North Korea plans to send 12,000 troops.', 'troops-planned'],
    ['More than 600,000 Russian soldiers have been killed or wounded.', 'killed-or-wounded'],
    ['Russian casualties stand at roughly 400,000 troops.', 'killed-or-wounded'],
    ['Around 200 North Korean soldiers have been killed.', 'killed'],
    ['Russia has lost about 120,000 soldiers killed.', 'killed'],
    ['Twenty North Korean officers were seen in Kursk.', 'officers'],
    ['23 of 32 members meet the 2% target.', 'members-meeting-target'],
    // Reinforcements, potentials, and troops already there whatever a modal before them says.
    ['North Korea sent 3,000 to 4,000 more troops to Kursk in January.', 'troops-deployed-more'],
    ['Pyongyang has the capability to send 20,000 troops to Russia.', 'troops-planned'],
    ['He said the North is able to bring 30,000 to 40,000 more soldiers.', 'troops-planned-more'],
    ['Pyongyang plans to send an additional 6,000 soldiers to Russia.', 'troops-planned-more'],
    ['North Korea sent another 3,000 troops to Kursk.', 'troops-deployed-more'],
    ['They would join the 11,000 North Korean soldiers deployed in November to Kursk.', 'troops-deployed'],
    // Reported rather than planned; members written with a hyphen.
    ['In total, more than 11,000 soldiers would have been sent to Kursk.', 'troops-deployed'],
    ['According to the report, 23 out of NATO’s 32 member-states achieved the agreed 2% of GDP for defence.', 'members-meeting-target'],
    // A leading contrast clause is the figure's own: what follows its comma is another subject's.
    ['While 23 out of NATO’s 32 members met the 2% target last year, some major European allies fell short.', 'members-meeting-target'],
    ['Nine of 32 allies fall short of the target.', 'members-missing-target'],
    // A later wave is more troops, whatever it is called.
    ['Out of the third deployment plan of 6,000 troops, around 1,000 engineers have arrived.', 'troops-planned-more'],
    ['North Korea sent a second batch of 3,000 soldiers to Kursk.', 'troops-deployed-more'],
    // A word before the counted noun only describes it: fighter jets are aircraft, not fighters.
    ['NATO members field a total of 5,406 fighter jets, compared to Russia’s 1,026.', 'equipment'],
    ['Russia moved about 3,000 army vehicles to the border.', 'equipment'],
    ['Some 10,000 army personnel were sent to Russia.', 'troops-deployed'],
  ])('%s -> %s', (text, counts) => {
    expect(main(text)?.counts).toBe(counts);
  });
});

describe('figures: what is counted, read around the figure', () => {
  it('a fragment that goes on with a call is the threshold, not a level reached', () => {
    expect(findFigures('Much more than 2%, the secretary general told reporters.')).toMatchObject([{ value: 2, context: true }]);
    expect(findFigures('Poland spent far more than 3% during the Cold War.')[0]?.context).toBeUndefined();
  });

  it('one member of a group counted is the group’s count; “only one of” is one', () => {
    expect(main('Germany is one of the 18 nations set to meet the defence spending target this year.')).toMatchObject({ value: 18, counts: 'members-meeting-target' });
    expect(main('Only one of the 32 allies met the target in 2014.')).toMatchObject({ value: 1, of: 32 });
  });

  it('the alliance named by its size is no figure of the sentence', () => {
    expect(findFigures('Rutte urged the 32 member nations to devote more funds to the alliance.')).toEqual([]);
    expect(findFigures('The summit of NATO’s 32 allies opened on Tuesday.')).toEqual([]);
  });

  it.each([
    ['Some 15-hundred special forces were moved to Vladivostok.', 1500, 'troops-deployed'],
    ['The DPRK has sent around 10,000 soldiers in total to train in Russia that will probably join the fighting.', 10000, 'troops-deployed'],
    ['Twelve thousand soldiers, including special units, may ultimately be dispatched.', 12000, 'troops-planned'],
    ['The spy agency said the North has decided to send around 12,000 troops to Russia.', 12000, 'troops-planned'],
    ['Over 11,000 North Koreans were sent to support Russia, with about 1,000 fatalities in three months.', 11000, 'troops-deployed'],
    ['She estimated the number of DPRK troops to be approximately 10,000.', 10000, 'troops-deployed'],
    // The membership, in a sentence that says nothing of a target: all the members.
    ['The alliance had 12 founding members in 1949; it has 32 now.', 12, 'members-all'],
    ['The declaration was signed by all 32 nations at the summit.', 32, 'members-all'],
    ['Only 23 of the 32 allies meet the 2% guideline.', 23, 'members-meeting-target'],
    ['NATO has 32 members.', 32, 'members-all'],
    // Troops already somewhere, whatever they may do next.
    ['Some 9,000 North Korean soldiers in Russia may soon be sent into battle, officials say.', 9000, 'troops-deployed'],
    ['Some 9,000 North Korean soldiers may soon be sent to Russia, officials say.', 9000, 'troops-planned'],
    // Reinforcements are a count of their own.
    ['Pyongyang has sent some 2,500 more soldiers to Russia since January.', 2500, 'troops-deployed-more'],
    ['Seoul says two thousand additional North Korean troops arrived in Kursk.', 2000, 'troops-deployed-more'],
    ['The number of DPRK soldiers based in Russia is now roughly 11,500, Kyiv said.', 11500, 'troops-deployed'],
    // A plan for the deployment in the clause before is not the figure's: these are there already.
    ['Seoul said the North had decided to send a large-scale deployment, with 1,500 special forces already in Russia’s Far East.', 1500, 'troops-deployed'],
    ['The agency said Pyongyang sent a large deployment, claiming that 1,500 soldiers were already training there and ready to head for the front.', 1500, 'troops-deployed'],
    ['Russian casualties averaged 1,500 a day in November.', 1500, 'killed-or-wounded-rate'],
    ['Losses in the war exceed 1 million people.', 1000000, 'killed-or-wounded-all'],
    ['Russia’s military deaths and injuries top 1 million, officials say.', 1000000, 'killed-or-wounded'],
    // A month's part after ", with" does not make the total a rate.
    ['Russia has suffered over 700,000 casualties since the invasion began, with 40,000 last month.', 700000, 'killed-or-wounded'],
    ['Estonia expelled 21 Russian diplomats.', 21, 'diplomats'],
    // Of two counts of one kind, the one said to be the whole (not a killed-or-wounded count taken for a part).
    ['Russian losses are put at 45,000 this year and 790,000 overall.', 790000, 'killed-or-wounded'],
    // A total before its parts is what the sentence counts.
    ['Moscow’s total losses exceed 750,000, including 198,000 killed and 550,000 wounded.', 750000, 'killed-or-wounded'],
    // A day's part and the running total it brings up: the total is what is counted.
    ['Russian forces lost 1,310 soldiers over the past day, bringing the total to 912,000, Kyiv says.', 912000, 'killed-or-wounded'],
    ['Moscow lost 1,150 troops in 24 hours, bringing its total losses since 2022 to 905,000.', 905000, 'killed-or-wounded'],
    ['Russia lost 1,100 soldiers yesterday, for a total of 880,000 killed or wounded.', 880000, 'killed-or-wounded'],
    ['Pyongyang sent another 2,000 troops, taking the number of its soldiers in Russia to about 14,000.', 14000, 'troops-deployed'],
    // A place named in a later clause does not make a total one front's.
    ['Russian casualties have risen to 950,000 soldiers as fighting rages around Pokrovsk.', 950000, 'killed-or-wounded'],
    ['Russia has lost 12,000 soldiers around Pokrovsk since the summer.', 12000, 'killed-or-wounded-local'],
    // The size of an army is not a count of troops sent; troops sent beside it still are.
    ['Pyongyang has one of the biggest armed forces on earth, with nearly 1.3 million troops.', 1300000, 'force-size'],
    ['The North fields a 1.2 million-strong army.', 1200000, 'force-size'],
    ['Pyongyang sends a 12,000-strong army to Russia.', 12000, 'troops-deployed'],
    ['Pyongyang keeps about 1.2 million active-duty soldiers.', 1200000, 'force-size'],
    ['The North, whose army numbers some 1.2 million, has sent 11,000 troops to Russia.', 11000, 'troops-deployed'],
    ['The North has sent 11,000 of its 1.2 million active troops to Russia.', 11000, 'troops-deployed'],
  ])('%s', (text, value, counts) => {
    expect(main(text)).toMatchObject({ value, counts });
  });

  it('a share of the members is the band of counts its words round', () => {
    expect(main('About two-thirds of allies now meet the 2% guideline.')).toMatchObject({ value: 18, max: 24, of: 32, qualifier: 'between', counts: 'members-meeting-target' });
    expect(main('Only a quarter of NATO’s 32 members met the target in 2021.')).toMatchObject({ value: 5, max: 11, of: 32, counts: 'members-meeting-target' });
    expect(main('More than half of the allies hit the 2% goal.')).toMatchObject({ value: 16, of: 32, qualifier: 'more-than' });
    expect(main('Nearly a third of alliance members still fall short of the target.')).toMatchObject({ value: 8, max: 11, counts: 'members-missing-target' });
    // Not a share of the members.
    expect(findFigures('Two-thirds of the world’s population lives in Asia.')).toEqual([]);
  });

  it('losses whose loser is named before an aside or a hedge are the loser’s own', () => {
    expect(findFigures('Kyiv, by its own count, is believed to have lost some 45,000 soldiers killed.')).toMatchObject([{ value: 45000, owner: 'other' }]);
    expect(findFigures('Ukraine, meanwhile, has suffered about 400,000 casualties.')).toMatchObject([{ value: 400000, owner: 'other' }]);
    expect(findFigures('Ukraine is estimated to have sustained 400,000 casualties.')).toMatchObject([{ value: 400000, owner: 'other' }]);
    expect(findFigures('Russia is estimated to have sustained 700,000 casualties.')[0]?.owner).not.toBe('other');
  });

  it('a level called for is not a level reached', () => {
    expect(findFigures('Allies must spend much more than 2% of GDP on defence.')).toMatchObject([{ value: 2, context: true }]);
    expect(findFigures('He said the 2% of gross domestic product on defence currently targeted by the alliance is “nowhere near” enough.')).toMatchObject([{ value: 2, context: true }]);
    expect(findFigures('Rutte agreed the 2% of GDP that allies spend on their armed forces today is not sufficient.')).toMatchObject([{ value: 2, context: true }]);
    expect(main('Trump wants members to spend 5% of GDP on defence.')).toMatchObject({ value: 5, counts: 'gdp-share-demanded' });
  });
});

describe('figures: units that hold the count', () => {
  it.each([
    ['The North decided to send four brigades of 12,000 troops to Russia.', 12000],
    ['Three battalions of about 1,500 soldiers were moved to the border.', 1500],
  ])('%s', (text, value) => {
    expect(main(text)).toMatchObject({ value, of: undefined });
  });

  it('still reads "23 of 32 allies" as a count of a whole', () => {
    expect(main('23 of 32 allies meet the target.')).toMatchObject({ value: 23, of: 32 });
  });
});
