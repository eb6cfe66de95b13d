import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine.ts';
import { TermIndex } from '../core/match.ts';
import type { ClaimPack, ClaimRecord } from '../core/types.ts';
import { records } from './core-fixtures.ts';

const root = join(import.meta.dirname, '..');
const engine = createEngine(records);
// The bundled records without their hints: what a pack of the same records would give.
const hintless = createEngine((JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims.map(({ keyTerms: _hints, ...r }) => r as ClaimRecord));

describe('engine: claims and non-claims', () => {
  it.each([
    'Follow our live coverage of the war in Ukraine.',
    'Newsletter: the week in NATO',
    'Live: Russia-Ukraine war, day 990',
    "Explainer: what is NATO's Article 5?",
    'Is NATO ready for a second Trump term?',
    'Advertisement',
    'Copyright 2024. All rights reserved.',
    '© 2024 The Example Gazette. All rights reserved.',
    'Photo: North Korean soldiers on parade (Reuters)',
    'Log in to comment on this story about NATO and Russia.',
    'North Korea fires ballistic missile into the sea',
    'Read more: Russia',
    'The team won 23 of its 32 games this season.',
    'Korean skincare exports grew 12% in the first quarter.',
    'More than 10,000 people visited the science museum last month.',
    'More than 10,000 runners took part in the Moscow Marathon on Sunday.',
    'Soldiers march in Pyongyang. (Photo by KCNA via Getty Images)',
    'Reporting by Guy Faulconbridge in Moscow; Editing by Mark Trevelyan',
    'Le Kremlin-Bicêtre, a town of 25,000 south of Paris, opened its new market hall on Saturday.',
    'Volunteers from the Moscow United Methodist Church sold 300 quilts at the street fair last weekend.',
    'Russian disinformation report hotline: 010-85061466',
    'U.S. Secretary of State Marco Rubio arrives for a meeting of NATO ministers in Brussels, April 3, 2025. /VCG',
    // An explainer's lead-in: the claims follow it.
    'Six things to know about the North Korean troops in Russia',
    'Here’s what we know so far about Russia’s losses in Kursk.',
    'What we know about the 12,000 North Korean soldiers sent to Russia',
  ])('not a claim: %s', (text) => {
    expect(engine.annotate(text)).toEqual([]);
  });

  it.each([
    'Russia launched 120 missiles and 90 drones at Ukraine overnight, Kyiv said.',
    'Kim Jong Un hosted Russian defence minister Andrei Belousov in Pyongyang on Friday.',
    'Finland joined NATO in April 2023, doubling the alliance’s border with Russia.',
    'NATO plans to have more than 300,000 troops at high readiness.',
    'Several North Korean generals have travelled to Russia with the troops, Ukrainian intelligence said.',
    // British style: the alliance is "Nato".
    'Nato members agreed to raise the target to 5% of GDP by 2035.',
    'What we know is that Russia has launched 120 missiles at Ukraine since Friday, Kyiv said.',
  ])('check-worthy claim the database does not cover is new: %s', (text) => {
    const found = engine.annotate(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.verdict).toBe('new');
    expect(found[0]!.explanation.summary).toMatch(/No record/);
  });

  it('a figure in an ALL-CAPS headline is a claim', () => {
    expect(engine.annotate('NORTH KOREA HAS 25,000 TROOPS IN RUSSIA, KYIV CLAIMS')).toMatchObject([
      { verdict: 'differs', claimId: 'nk-troops', attribution: 'KYIV' },
    ]);
  });
});

describe('engine: matching by subject', () => {
  it('matches different wording of the same subject', () => {
    const [a] = engine.annotate('Rutte said Moscow was supplying Pyongyang with advanced technology as payment for its military support.');
    expect(a).toMatchObject({ verdict: 'agrees', claimId: 'tech-exchange', attribution: 'Rutte', figure: null });
    expect(a!.topics).toEqual(expect.arrayContaining(['russia', 'north-korea', 'nato']));
  });

  it('an unrelated topical sentence does not borrow a record', () => {
    const [a] = engine.annotate('Moscow signed a grain deal with Pyongyang, state media reported.');
    expect(a?.verdict).toBe('new');
  });

  it('a sentence led by another actor is not about the record', () => {
    const [a] = engine.annotate('North Korean troops took part in an assault on Ukrainian positions in Kursk, Kyiv said.');
    expect(a?.verdict).toBe('new');
  });

  it('people of another side are not the record’s people', () => {
    const [a] = engine.annotate('South Korea hosts almost 30,000 American troops, a bulwark against North Korea and Russia.');
    expect(a?.claimId).toBeUndefined();
  });

  it('a record whose point is a figure matches a sentence without one only when its words stand together', () => {
    expect(engine.annotate('Many Russian soldiers have been killed or wounded in the war, officials said.')).toMatchObject([{ verdict: 'agrees', claimId: 'ru-casualties' }]);
    expect(engine.annotate('Russian troops were seen near the border town where a local official was killed last month.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('gives offsets of each claim in a block', () => {
    const block = 'Officials did not give details. Kyiv says 4,500 North Korean soldiers have been moved to Kursk in Russia. More is expected.';
    const found = engine.annotate(block);
    expect(found).toHaveLength(1);
    const a = found[0]!;
    expect(block.slice(a.start, a.end)).toBe('Kyiv says 4,500 North Korean soldiers have been moved to Kursk in Russia.');
    expect(a.sentence).toBe(block.slice(a.start, a.end));
    expect(a.figure).toMatchObject({ value: 4500, unit: 'soldiers', counts: 'troops-deployed' });
  });

  it('a pronoun-led sentence takes its names from the sentence before', () => {
    const found = engine.annotate('Rutte spoke about Russia and North Korea. He said Moscow is providing advanced technology in exchange for troops.');
    expect(found.at(-1)).toMatchObject({ verdict: 'agrees', claimId: 'tech-exchange' });
  });

  it('derives terms from the quote of a reader record without keyTerms', () => {
    const reader: ClaimRecord = {
      id: 'reader-1',
      subject: 'Russia moved S-400 batteries to Kaliningrad',
      topics: ['russia'],
      keyTerms: [],
      origin: 'reader',
      statements: [{ source: 'https://example.org/a', quote: 'Russia moved two S-400 air defence batteries to Kaliningrad.', attribution: null, figure: null }],
    };
    const e = createEngine([...records, reader]);
    expect(e.annotate('Moscow has moved S-400 air defence batteries into Kaliningrad, officials said.')).toMatchObject([{ verdict: 'agrees', claimId: 'reader-1' }]);
    expect(e.annotate('Russia moved troops to the border with Finland, officials said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('reads a record that says “regaining control” as regaining, whatever word the page uses for it', () => {
    expect(hintless.annotate('Russia Says It Has Retaken Key Kursk Town From Ukraine')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
  });

  it('reads a record of a deal by what is given, not by what is given in return', () => {
    expect(hintless.annotate('Russia provided North Korea with air defense systems, South Korea says.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-tech-for-nk-support' }]);
  });

  it('reads troops fighting or taking part somewhere as troops sent there, by a record that says they were sent', () => {
    expect(hintless.annotate('Gerasimov also confirmed Saturday that North Korean soldiers fought against Ukrainian troops in Russia’s Kursk region.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
  });

  it('a description (set off by commas, or uniforms worn) does not part the subject from its verb, nor say what the sentence asserts', () => {
    const said = 'Thousands of North Korean soldiers, wearing Russian uniforms and carrying Russian rifles, have arrived in the Kursk region, officials said.';
    expect(hintless.annotate(said)).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    expect(hintless.annotate('North Korean soldiers wearing Russian uniforms are moving into the Kursk region, the Pentagon said.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    // Uniforms handed out are still another fact.
    expect(hintless.annotate('North Korean soldiers in Kursk were handed Russian uniforms, officials said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('reads each side’s giving in its own clause: both directions said is not the record reversed', () => {
    expect(hintless.annotate('North Korea provides military support to Russia; in return, Moscow gives Pyongyang satellite technology.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-tech-for-nk-support' }]);
    expect(hintless.annotate('It is North Korea that provides technology to Russia.')).toMatchObject([{ verdict: 'differs', claimId: 'russia-tech-for-nk-support' }]);
  });

  it('a cause set before the main clause is not what the sentence reports', () => {
    expect(hintless.annotate("Rutte said that because of Russia's heavy losses, North Korean troops have been sent to the Kursk region.")).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    expect(hintless.annotate('North Korean troops sent to Kursk have suffered heavy losses, Rutte said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('knows a region by its towns, and villages taken as ground taken', () => {
    for (const e of [hintless, createEngine((JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims)]) {
      expect(e.annotate('Russian forces have recaptured Sudzha, the main town Ukraine held.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
      expect(e.annotate('Russian troops “liberated” Korenevo and three other villages, the ministry said.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
    }
  });

  it('reads the claim after a list of its sources, and a war named by its sides as no other place', () => {
    for (const e of [hintless, createEngine((JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims)]) {
      expect(e.annotate('Intelligence services in Ukraine, the United States, and South Korea have all said Pyongyang has sent about 10,000 soldiers to Russia.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
      expect(e.annotate('About 10,000 North Korean soldiers were sent to Russia to take part in the Russia-Ukraine war, Seoul says.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads a count against another target than the record’s, and troops of the enemy, as other claims', () => {
    for (const e of [hintless, createEngine((JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims)]) {
      expect(e.annotate('Only three allies currently meet the new 5% defence spending target.')).toMatchObject([{ verdict: 'new' }]);
      expect(e.annotate('Zelensky said Ukrainian units in Kursk are holding off some 40,000 enemy troops.')).toMatchObject([{ verdict: 'new' }]);
    }
  });

  it('a party’s own first acknowledgement is no outside confirmation, and ground a town held before is an aside', () => {
    expect(hintless.annotate('Putin has for the first time acknowledged that North Korean soldiers fought in the Kursk region.')[0]?.claimId).not.toBe('nk-troops-confirmed-by-allies');
    expect(hintless.annotate('Russian forces have retaken Korenevo, the largest town that Ukraine previously held in the Kursk region.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
  });

  it('a capital where something is said ("told reporters in Brussels") is no country acting; the capital acting still is', () => {
    expect(hintless.annotate('Russia is supplying North Korea with missile technology in exchange for troops, Rutte told reporters in Brussels.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-tech-for-nk-support' }]);
    expect(hintless.annotate('Belgium has yet to reach the 2% target, Rutte said.')).toMatchObject([{ verdict: 'agrees', claimId: 'belgium-below-2pct' }]);
  });

  it('off-topic blocks cost nothing and give nothing', () => {
    expect(engine.annotate('The weather in Brussels was mild. 10,000 people ran the marathon.')).toEqual([]);
    expect(engine.annotate('')).toEqual([]);
  });
});

describe('engine: what a figure counts, and who says what, in news wording', () => {
  it('one day’s losses are not compared with losses in all', () => {
    expect(engine.annotate('On December 3, Russia lost 1,480 soldiers killed and wounded, Ukraine’s military said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('a total counted from a dated start is a total', () => {
    const dated: ClaimRecord = {
      id: 'ru-losses-dated',
      subject: 'Russian troops killed or wounded in the war',
      topics: ['russia'],
      statements: [{ source: 'https://example.org/l', quote: 'More than 600,000 Russian soldiers have been killed or wounded.', attribution: 'NATO', figure: { value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' }, asOf: '2024-12' }],
    };
    const e = createEngine([dated]);
    expect(e.annotate('Since February 24, 2022, Russia has lost more than 750,000 soldiers killed and wounded, according to Kyiv.')).toMatchObject([{ verdict: 'differs', claimId: 'ru-losses-dated' }]);
  });

  it('losses named before a place are the losers’ own ("Russian army losses in Ukraine")', () => {
    const losses: ClaimRecord = {
      id: 'ru-losses-place',
      subject: 'Russian troops killed or wounded in the war',
      topics: ['russia'],
      statements: [{ source: 'https://example.org/l', quote: 'More than 600,000 Russian soldiers have been killed or wounded.', attribution: 'NATO', figure: { value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' }, asOf: '2024-12' }],
    };
    const e = createEngine([losses]);
    expect(e.annotate('Since February 2022, Russian army losses in Ukraine have exceeded 700,000 personnel, Austin said.')).toMatchObject([{ verdict: 'differs', claimId: 'ru-losses-place' }]);
    expect(e.annotate('Since February 2022, Ukraine has lost 70,000 personnel killed or wounded, Austin said.')[0]?.claimId).toBeUndefined();
  });

  it('a figure under a tenth of the record’s counts a part or another group: new; an inflated one differs', () => {
    const losses: ClaimRecord = {
      id: 'ru-losses-total',
      subject: 'Russian troops killed or wounded in the war',
      topics: ['russia'],
      statements: [{ source: 'https://example.org/l', quote: 'More than 600,000 Russian soldiers have been killed or wounded.', attribution: 'NATO', figure: { value: 600000, unit: 'soldiers', qualifier: 'more-than', counts: 'killed-or-wounded' }, asOf: '2024-12' }],
    };
    const e = createEngine([losses]);
    expect(e.annotate('Russia has lost about 40,000 soldiers killed or wounded in the war, Kyiv said.')).toMatchObject([{ verdict: 'new' }]);
    expect(e.annotate('Russia has lost about 40,000 soldiers killed or wounded in the war, Kyiv said.')[0]?.claimId).toBeUndefined();
    expect(e.annotate('Russia has lost 800,000 soldiers killed or wounded in the war, Kyiv said.')).toMatchObject([{ verdict: 'differs', claimId: 'ru-losses-total' }]);
    expect(e.annotate('Russia has lost 9 million soldiers killed or wounded in the war, Kyiv said.')).toMatchObject([{ verdict: 'differs', claimId: 'ru-losses-total' }]);
  });

  it('the other side’s losses, and killed and wounded listed apart, are another count', () => {
    const [a] = engine.annotate('Kyiv counted its own toll: Ukraine’s human cost stands at 46,000 soldiers killed and 380,000 wounded in the war with Russia.');
    expect(a?.claimId).toBeUndefined();
  });

  it('troops a country has deployed are its own, not the record’s foreign troops', () => {
    const kursk: ClaimRecord = {
      id: 'nk-kursk',
      subject: 'North Korean troops deployed to Russia’s Kursk region',
      topics: ['north-korea', 'russia'],
      statements: [{ source: 'https://example.org/k', quote: 'About 10,000 North Korean soldiers have been deployed to the Kursk region.', attribution: 'the Pentagon', figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' } }],
    };
    const e = createEngine([kursk]);
    expect(e.annotate('To push Ukraine out of Kursk, Russia has deployed about 50,000 soldiers alongside North Korean units.')[0]?.claimId).toBeUndefined();
    expect(e.annotate('About 11,000 North Korean soldiers have been deployed to the Kursk region, Kyiv says.')).toMatchObject([{ verdict: 'differs', claimId: 'nk-kursk' }]);
  });

  it('a figure after initials or a dash is read', () => {
    expect(engine.annotate('US officials say 9,800 N. Korean soldiers are now in Russia.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops' }]);
  });

  it('what nobody knows yet and what commentators guess are not new claims', () => {
    expect(engine.annotate('It is still unclear how Moscow will respond to the new sanctions on its oil exports.')).toEqual([]);
    expect(engine.annotate('Analysts say the Kremlin could try to delay the ceasefire talks until the spring.')).toEqual([]);
    expect(engine.annotate('“I expect Russia to keep up its missile strikes through the winter,” a NATO official said.')).toEqual([]);
  });

  it('a record about a third country is matched only where that country, or its capital, is named', () => {
    const belgium: ClaimRecord = {
      id: 'belgium-short',
      subject: 'Belgium does not meet NATO’s 2% spending target',
      topics: ['nato'],
      statements: [{ source: 'https://example.org/b', quote: 'Belgium spends 1.3% of GDP on defence, short of NATO’s 2% target.', attribution: null, figure: { value: 2, unit: 'percent', qualifier: 'less-than', counts: 'gdp-share' } }],
    };
    const e = createEngine([...records, belgium]);
    expect(e.annotate('Poland will spend 4.1% of its GDP on defence this year, the most in NATO.')[0]?.claimId).toBeUndefined();
    expect(e.annotate('Brussels spends just 1.3% of GDP on defence, below NATO’s 2% target.')).toMatchObject([{ verdict: 'agrees', claimId: 'belgium-short' }]);
  });
});

describe('engine: more news wording', () => {
  it('losses of one period are not compared with the total', () => {
    expect(engine.annotate('Kyiv said Russian forces lost 41,000 soldiers killed and wounded in November alone.')).toMatchObject([{ verdict: 'new' }]);
    expect(engine.annotate('Russia lost 1,350 soldiers yesterday, Ukraine’s General Staff said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('a comparison after the figure dates the earlier figure, not this one', () => {
    const dated: ClaimRecord = {
      id: 'nato-2pct-2024',
      subject: 'NATO members meeting the 2% target in 2024',
      topics: ['nato'],
      statements: [{ source: 'https://example.org/n', quote: '23 of the 32 NATO members meet the 2% target.', attribution: 'NATO', figure: { value: 23, of: 32, unit: 'members', qualifier: 'exact', counts: 'members-meeting-target' }, asOf: '2024-06' }],
    };
    const e = createEngine([dated]);
    expect(e.annotate('NATO now counts 23 of its 32 members at the 2% target, up from three in 2014.')).toMatchObject([{ verdict: 'agrees', claimId: 'nato-2pct-2024' }]);
    expect(e.annotate('Back in 2014, only three of NATO’s members met the 2% target.')[0]?.claimId).toBeUndefined();
  });

  it('who reports a claim does not lead it', () => {
    expect(engine.annotate('US and South Korean officials voiced alarm over Russia supplying Pyongyang with advanced technology in exchange for its military support.')).toMatchObject([{ verdict: 'agrees', claimId: 'tech-exchange' }]);
  });

  it('a tweet credit after a sentence does not swallow it', () => {
    const block = 'Russia lost 1,350 soldiers yesterday, Ukraine’s General Staff said. pic.twitter.com/abc123 — Example News (@example) January 5, 2025';
    const found = engine.annotate(block);
    expect(found.map((a) => a.sentence)).toEqual(['Russia lost 1,350 soldiers yesterday, Ukraine’s General Staff said.']);
  });

  it('a sentence that names its wire service "(via Reuters)" is no photo caption', () => {
    expect(hintless.annotate('The Russian army has retaken the villages of Malaya Loknya and Kazachya Loknya in the Kursk region, pushing back Ukrainian forces that had held them since last August’s surprise raid (via Reuters).')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
    expect(engine.annotate('Soldiers march in Kursk. (Photo by Yuri Kochetkov via Reuters)')).toEqual([]);
  });

  it('verification notes and photo captions are not claims', () => {
    expect(engine.annotate('The claims about the Russian strike could not be independently verified.')).toEqual([]);
    expect(engine.annotate('The casualty figures for the Kursk fighting were not independently confirmable.')).toEqual([]);
    expect(engine.annotate('Russia’s losses in Kursk have not been independently confirmed.')).toEqual([]);
    expect(engine.annotate('A man walks past a destroyed Russian tank in Kharkiv, Ukraine, in March 2024.')).toEqual([]);
  });
});

describe('engine: other facts about the same actors', () => {
  it('a step that may come is not the step taken', () => {
    expect(engine.annotate('More North Korean soldiers might be redeployed to Russia from training grounds in the east, officials said.')).toMatchObject([{ verdict: 'new' }]);
  });

  it('one period’s losses named without a figure are not the total', () => {
    const [a] = engine.annotate('Russian forces suffered more soldiers killed and wounded this past month than in any month of the war, Kyiv said.');
    expect(a?.claimId).toBeUndefined();
  });

  it('a loss total is compared, not the killed and wounded it breaks into', () => {
    expect(engine.annotate('Kyiv says Russia has lost more than 780,000 soldiers: 210,000 killed and 570,000 wounded.')).toMatchObject([{ verdict: 'differs', claimId: 'ru-casualties', figure: { value: 780000 } }]);
  });

  it('a line about who said it is not a claim', () => {
    expect(engine.annotate('This was reported by the press service of Russia’s defence ministry.')).toEqual([]);
  });

  it('reads a share of the allies against a count of members', () => {
    expect(hintless.annotate('About two-thirds of allies now meet NATO’s 2% spending guideline, Rutte said.')).toMatchObject([{ verdict: 'agrees', claimId: 'nato-members-meet-2pct-target' }]);
    expect(hintless.annotate('Around a third of the allies still fall short of NATO’s 2% target.')).toMatchObject([{ verdict: 'agrees', claimId: 'nato-members-meet-2pct-target' }]);
    expect(hintless.annotate('Only a quarter of the allies meet NATO’s 2% target.')).toMatchObject([{ verdict: 'differs', claimId: 'nato-members-meet-2pct-target' }]);
  });

  it('one side’s act on the other is not a record of the other side’s act', () => {
    const pack: ClaimRecord[] = [
      {
        id: 'ua-took-sudzha',
        subject: 'Ukrainian forces captured the town of Sudzha in Russia’s Kursk region',
        topics: ['russia'],
        statements: [{ source: 'https://example.org/s', quote: 'Ukrainian forces captured the town of Sudzha in the Kursk region in August.', attribution: null, figure: null, asOf: '2024-08' }],
      },
    ];
    const e = createEngine(pack);
    expect(e.annotate('Ukrainian forces captured the town of Sudzha in the Kursk region.')).toMatchObject([{ verdict: 'agrees', claimId: 'ua-took-sudzha' }]);
    expect(e.annotate('Russian forces have captured the town of Sudzha in the Kursk region from Ukrainian forces.')).toMatchObject([{ verdict: 'new' }]);
    expect(e.annotate('Russian forces have captured the town of Sudzha in the Kursk region from Ukrainian forces.')[0]?.claimId).toBeUndefined();
    // The other side’s loss is the doer’s gain; a side before a passive is not its doer.
    expect(engine.annotate('Russian forces pushed Ukrainian troops out of the Kursk region.')[0]?.claimId).not.toBe('kursk-incursion');
    expect(hintless.annotate('Russian forces have seized Sudzha and pushed Ukrainian troops out of most of the Kursk region.')[0]?.claimId).not.toBe('ukraine-kursk-incursion');
    const bundled = createEngine((JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims);
    expect(bundled.annotate('Moscow said its forces have retaken three villages in the Kursk region that were seized by Ukrainian forces in August.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
    expect(engine.annotate('Russia has deployed North Korean troops in the Kursk region, the Pentagon said.')).toMatchObject([{ claimId: 'nk-troops' }]);
  });

  it('reads North Korea by its headline shortenings', () => {
    expect(hintless.annotate('Pentagon says NK soldiers have been sent to Kursk.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
  });

  it('reads North Korea by its full name', () => {
    expect(engine.annotate('The Democratic People’s Republic of Korea has sent about 10,000 soldiers to Russia, the Pentagon said.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops' }]);
  });
});

describe('engine: what a loss figure is', () => {
  it('a trailing "with many casualties" does not make a troop figure a loss', () => {
    expect(engine.annotate('Officials said about 10,000 North Korean soldiers were sent to Russia, with many casualties reported since.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops' }]);
  });

  it('only people are casualties, and losses per area or in one year are rates', () => {
    const [a] = engine.annotate('Russia took 3,900 square kilometres of land at a cost of about 650,000 casualties, analysts at the institute estimate.');
    expect(a?.figure).toMatchObject({ value: 650000 });
    expect(engine.annotate('Kyiv says Russia lost 98 soldiers killed or wounded for every square kilometre it took.')[0]?.claimId).toBeUndefined();
    expect(engine.annotate('Ukraine’s army chief said Russian forces suffered 410,000 casualties during the year.')[0]?.claimId).toBeUndefined();
  });

  it('breadcrumbs and dated photo captions are not claims', () => {
    expect(engine.annotate('Home » World » Russia’s war losses in 2024')).toEqual([]);
    expect(engine.annotate('NATO Secretary General Mark Rutte speaks to reporters at the alliance’s headquarters in Brussels, Belgium, on Dec. 3, 2024.')).toEqual([]);
  });
});

describe('engine on the seed articles', () => {
  const pack = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack;
  const bundled = createEngine(pack.claims);
  const seeds = Object.fromEntries(
    readdirSync(join(root, 'seeds'))
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n, readFileSync(join(root, 'seeds', n), 'utf8')]),
  );
  // Every quoted statement, with the records that quote it.
  const quoted = new Map<string, { source: string; quote: string; ids: string[] }>();
  for (const r of pack.claims) {
    for (const st of r.statements) {
      const key = `${st.source}\n${st.quote}`;
      const entry = quoted.get(key) ?? { source: st.source, quote: st.quote, ids: [] };
      entry.ids.push(r.id);
      quoted.set(key, entry);
    }
  }

  it('a sentence about another country is not the record about members in general', () => {
    const found = bundled.annotate('Belgium now spends well above NATO’s 2% goal, its defence minister said.');
    expect(found.every((a) => a.claimId !== 'nato-members-meet-2pct-target')).toBe(true);
  });

  it('has statements to check', () => {
    expect(quoted.size).toBeGreaterThan(10);
  });

  it.each([...quoted.values()].map((q) => [q.quote.slice(0, 70), q] as const))('spots and agrees: %s', (_, q) => {
    const text = seeds[q.source];
    expect(text, q.source).toBeDefined();
    // Blocks are lines, as a page gives paragraphs and list items.
    const block = text!.split('\n').find((line) => line.includes(q.quote));
    expect(block, 'quote is verbatim in one line of its seed').toBeDefined();
    const at = block!.indexOf(q.quote);
    const hits = bundled.annotate(block!).filter((a) => a.start < at + q.quote.length && a.end > at);
    expect(hits.map((a) => `${a.verdict} ${a.claimId}`)).toContainEqual(expect.stringMatching(new RegExp(`^agrees (${q.ids.join('|')})$`)));
  });
});

describe('engine: words that only look like forms of a record’s words', () => {
  it('reads "United", "forced", "warns", "planes" and "ships" as themselves, and true forms as forms', () => {
    const index = new TermIndex();
    const ids = ['units', 'forces', 'war', 'plan', 'shipped'].map((t) => index.add([t]));
    expect([...index.hits('United States officials forced out what warns of planes and ships').keys()]).toEqual([]);
    expect([...index.hits('the unit, a force at wars, plans to ship').keys()].sort()).toEqual([...ids].sort());
  });
});
