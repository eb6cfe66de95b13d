// Records are matched by what they say: a record a reader imports in a pack (subject and
// statements only, no keyTerms) is found when a page repeats or paraphrases it, beside the
// bundled records or among a small candidate subset, and judged by its figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine.ts';
import { isCheckWorthy, isNonClaim } from '../core/claims.ts';
import type { ClaimPack, ClaimRecord } from '../core/types.ts';

const root = join(import.meta.dirname, '..');
const bundled = (JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack).claims;
const emptied = bundled.map(({ keyTerms: _k, ...r }) => r as ClaimRecord);
/** Engines on the bundled records as shipped and with every keyTerms emptied. */
const engines = [bundled, emptied].map((records) => createEngine(records));
/** The two engines with their names, for describe.each(...)('... (%s)'). */
const BOTH = engines.map((e, i) => [i ? 'keyTerms emptied' : 'as shipped', e] as const);

const QUOTE = 'Estonia expelled 21 Russian diplomats accused of spying.';

function packRecord(withFigure: boolean): ClaimRecord {
  return {
    id: 'estonia-expels-diplomats',
    subject: 'Estonia expelled Russian diplomats accused of spying',
    topics: ['russia'],
    origin: 'reader',
    pack: 'pack-1',
    statements: [
      {
        source: 'https://example.org/estonia',
        quote: QUOTE,
        attribution: null,
        figure: withFigure ? { value: 21, unit: 'diplomats', qualifier: 'exact', counts: 'diplomats-expelled' } : null,
      },
    ],
  };
}

const verdicts = (records: ClaimRecord[], text: string) => createEngine(records).annotate(text).map((a) => [a.verdict, a.claimId]);

describe.each([
  ['with a figure', true],
  ['without a figure', false],
] as const)('a pack record %s and no keyTerms', (_, withFigure) => {
  const record = packRecord(withFigure);
  const id = record.id;
  describe.each([
    ['alone', [] as ClaimRecord[]],
    ['beside the bundled records', bundled],
    ['beside the bundled records without their keyTerms', emptied],
  ])('%s', (_name, others) => {
    const records = [...others, record];

    it('agrees when the page repeats it word for word', () => {
      expect(verdicts(records, QUOTE)).toEqual([['agrees', id]]);
      expect(verdicts(records, `Officials said on Tuesday that ${QUOTE.charAt(0).toLowerCase()}${QUOTE.slice(1)}`)).toEqual([['agrees', id]]);
    });

    it('agrees when the page paraphrases it', () => {
      expect(verdicts(records, 'Tallinn has expelled 21 Russian diplomats it accuses of espionage.')).toEqual([['agrees', id]]);
    });

    it('differs when the page gives another figure', () => {
      expect(verdicts(records, 'Estonia expelled 12 Russian diplomats accused of spying.')).toEqual([['differs', id]]);
    });

    it('is not the record of a sentence about something else', () => {
      for (const text of [
        'Russian diplomats attended a ceremony in Tallinn on Monday.',
        'Russia expelled 21 Estonian diplomats in response, the foreign ministry said.',
        'Estonia said Russian drones had crossed its border twice this month.',
      ]) {
        expect(createEngine(records).annotate(text).every((a) => a.claimId !== id), text).toBe(true);
      }
    });
  });
});

describe('annotatePage', () => {
  const engine = createEngine([...bundled, packRecord(true)]);

  it('is index-aligned with the blocks, with offsets within each block', () => {
    const blocks = [
      { text: 'Estonia expels Russian diplomats', heading: true },
      { text: `Subscribe to our newsletter. ${QUOTE}` },
      { text: 'The weather was mild.' },
    ];
    const out = engine.annotatePage(blocks);
    expect(out).toHaveLength(3);
    const [a] = out[1]!;
    expect(a).toMatchObject({ verdict: 'agrees', claimId: 'estonia-expels-diplomats' });
    expect(blocks[1]!.text.slice(a!.start, a!.end)).toBe(QUOTE);
    expect(out[2]).toEqual([]);
    expect(engine.annotate(QUOTE)).toMatchObject([{ verdict: 'agrees' }]);
  });

  it('lends a heading’s topic to a figure under it that names none', () => {
    const blocks = [
      { text: 'NATO allies raise defence spending', heading: true },
      { text: 'Poland will raise its army’s budget by 4.7% next year, the government said.' },
    ];
    expect(engine.annotate(blocks[1]!.text)).toEqual([]);
    const out = engine.annotatePage(blocks);
    expect(out[1]).toMatchObject([{ verdict: 'new', topics: ['nato'] }]);
  });

  it('reads an ally’s defence budget as a share of output as NATO’s story, on a page that names no topic', () => {
    const blocks = [
      { text: 'Baltic states lead the region', heading: true },
      { text: 'Polish defense expenditure is expected to reach a record 4.7% this year.' },
      { text: 'Lithuania decided to raise its 2025 defence budget to 3.9% of GDP.' },
      { text: 'The bakery sold 600 loaves.' },
    ];
    const out = engine.annotatePage(blocks);
    expect(out[1]).toMatchObject([{ verdict: 'new', topics: ['nato'] }]);
    expect(out[2]).toMatchObject([{ verdict: 'new', topics: ['nato'] }]);
    expect(out[3]).toEqual([]);
    // What an ally can do with it is no claim of the page's story.
    expect(engine.annotatePage([...blocks.slice(0, 3), { text: 'With such defence budgets, the region can deter any attack.' }])[3]).toEqual([]);
    // A budget that grows is no share of output, and inflation is no defence.
    expect(engine.annotate('The city’s school budget grew 4% this year.')).toEqual([]);
  });

  it('lends nothing to a figure about something else on a topical page', () => {
    const blocks = [
      { text: 'North Korean troops in Russia', heading: true },
      { text: 'The Pentagon said about 10,000 North Korean soldiers are in Russia’s Kursk region.' },
      { text: 'The bakery sold 600 loaves on Sunday.' },
    ];
    const out = engine.annotatePage(blocks);
    expect(out[1]).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    expect(out[2]).toEqual([]);
  });

  it('reads the rows of a table of defence shares under a NATO spending heading as claims', () => {
    const blocks = [
      { text: 'How much NATO allies spend on defence', heading: true },
      { text: 'Here is how much each ally spent on defence last year as a share of GDP, according to NATO.' },
      { text: 'Poland 4.12%' },
      { text: 'United Kingdom – over 2% since at least 2014' },
    ];
    const out = engine.annotatePage(blocks);
    expect(out[2]).toMatchObject([{ verdict: 'new', topics: ['nato'] }]);
    expect(out[3]).toMatchObject([{ verdict: 'new', topics: ['nato'] }]);
    // A poll's table on a page about no topic of ours is nothing.
    expect(engine.annotatePage([{ text: 'Latest poll', heading: true }, { text: 'Labour 34%' }])[1]).toEqual([]);
  });

  it('reads a line that only says where the story came from as no claim', () => {
    const blocks = [
      { text: 'North Korean troops in Russia', heading: true },
      { text: 'The Pentagon said about 10,000 North Korean soldiers are in Russia’s Kursk region.' },
      { text: 'Yonhap reported this on Friday, November 1.' },
      { text: 'A senior official at the Ukrainian defence ministry told The Kyiv Post.' },
      { text: 'Zelensky said this week that 3,000 of them have been killed or wounded.' },
    ];
    const out = engine.annotatePage(blocks);
    expect(out[1]).toMatchObject([{ verdict: 'agrees' }]);
    expect(out[2]).toEqual([]);
    expect(out[3]).toEqual([]);
    // "this week" dates what was said; the claim is still made.
    expect(out[4]).toHaveLength(1);
  });

  it('reads a bare dismissal ("fake news") as denying the claim the page denied first', () => {
    const blocks = [
      { text: 'Kremlin denies North Korean troops were sent to Russia', heading: true },
      { text: 'The Kremlin on Thursday denied that North Korean troops had been deployed to Russia.' },
      { text: 'A spokesman called the reports “fake news”, state media said.' },
      { text: 'The spokesman spoke to reporters in Moscow on Thursday.' },
    ];
    const out = engine.annotatePage(blocks);
    const denied = out[1]![0]!;
    expect(denied).toMatchObject({ verdict: 'differs' });
    expect(out[2]).toMatchObject([{ verdict: 'differs', claimId: denied.claimId }]);
    expect(out[3]!.filter((a) => a.claimId)).toEqual([]);
  });

  it('reads troops taking part in combat as another fact than their being sent, unless a figure counts them', () => {
    for (const e of engines) {
      const [combat] = e.annotate('North Korean troops deployed to Russia have already been involved in combat, a lawmaker said.');
      expect(combat?.claimId).toBeUndefined();
      const [sent] = e.annotate('North Korea sent more than 10,000 troops to Russia, some of whom have begun engaging in combat.');
      expect(sent).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' });
    }
  });

  it('reads how someone answered (did not deny, cannot confirm, neither confirmed nor denied) as a fact of its own', () => {
    for (const e of engines) {
      const [notDenied] = e.annotate('The Kremlin did not deny that North Korean soldiers were stationed in the Kursk region.');
      expect(notDenied).toMatchObject({ verdict: 'new' });
      expect(notDenied?.claimId).toBeUndefined();
      const [unconfirmed] = e.annotate('Seoul could not confirm whether more North Korean troops had been sent to Russia.');
      expect(unconfirmed?.claimId).toBeUndefined();
      const [neither] = e.annotate('The Kremlin has neither confirmed nor denied that North Korean troops are in Russia.');
      expect(neither).toMatchObject({ verdict: 'new' });
      expect(neither?.claimId).toBeUndefined();
      const [said] = e.annotate('South Korea said North Korea has sent about 10,000 soldiers to Russia.');
      expect(said).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' });
    }
  });

  it('reads one ally reaching the 2% target, or all the members, as other facts than how many meet it', () => {
    for (const e of engines) {
      const [one] = e.annotate('Spain expects to reach NATO’s 2% defence spending target in 2025, its defence minister said.');
      expect(one?.claimId).toBeUndefined();
      const [all] = e.annotate('Italy ranks 20th on defence spending among the alliance’s 32 members, NATO figures show.');
      expect(all?.claimId).toBeUndefined();
      const [count] = e.annotate('Twenty-three of NATO’s 32 allies now meet the 2% defence spending target.');
      expect(count).toMatchObject({ verdict: 'agrees', claimId: 'nato-members-meet-2pct-target' });
    }
  });

  it('reads soldiers missing, or losses over months in a row, as other counts than the totals', () => {
    for (const e of engines) {
      const [missing] = e.annotate('At least five North Korean soldiers went missing near Sudzha, Ukrainian intelligence said.');
      expect(missing?.claimId).toBeUndefined();
      const [run] = e.annotate('Russian casualties topped 45,000 for three months in a row, Ukraine’s general staff said.');
      expect(run?.claimId).toBeUndefined();
    }
  });

  it('reads a call to go well beyond the 2% target as the call for more spending, and a request for comment as no claim', () => {
    for (const e of engines) {
      const [call] = e.annotate('NATO’s chief said allies will have to go considerably beyond 2% of GDP.');
      expect(call).toMatchObject({ verdict: 'agrees', claimId: 'european-nato-must-spend-more' });
      const [notEnough] = e.annotate('Rutte said that 2% is not enough and Europe must spend more.');
      expect(notEnough).toMatchObject({ verdict: 'agrees', claimId: 'european-nato-must-spend-more' });
      const [past] = e.annotate('In the 1980s, European allies spent far more than 3% of GDP on defence.');
      expect(past?.claimId).toBeUndefined();
      expect(e.annotate('The newspaper contacted the Russian defence ministry for comment on Tuesday.')).toEqual([]);
    }
  });

  it('reads a year as a year, and the heaviest losses of one year as that year’s, not the total', () => {
    for (const e of engines) {
      const [year] = e.annotate('Moscow’s troops are advancing at their fastest pace since the 2022 invasion, when Russian forces reached Kyiv.');
      expect(year?.explanation.summary ?? '').not.toMatch(/2,022/);
      const [oneYear] = e.annotate('Russian forces suffered their heaviest losses last year since the start of the war, with 430,000 killed or wounded.');
      expect(oneYear?.claimId).toBeUndefined();
    }
  });

  it('reads the subject after an opening time phrase that names another topic', () => {
    for (const e of engines) {
      const [count] = e.annotate('Three years after Russia’s invasion of Ukraine, 23 of the 32 NATO members meet the 2% spending target.');
      expect(count).toMatchObject({ verdict: 'agrees', claimId: 'nato-members-meet-2pct-target' });
    }
  });

  it('gives a photo caption, a what-might-have-been and one strike’s victims no record', () => {
    for (const e of engines) {
      expect(e.annotate('NATO Secretary General Mark Rutte speaks during a news conference with the Polish prime minister in Warsaw.')).toEqual([]);
      expect(e.annotate('The fire on the Russian cargo plane could have led to a crash over Germany, investigators said.')).toEqual([]);
      const [strike] = e.annotate('A Russian drone strike on Kharkiv killed three people and injured nine, the governor said.');
      expect(strike?.claimId).toBeUndefined();
    }
  });

  it('reads "unaware of" and "no evidence of more" as answers of their own, and "has evidence" as a confirmation', () => {
    const e = createEngine(bundled);
    expect(e.annotate('Beijing said it was unaware of North Korean soldiers fighting for Russia.')[0]?.claimId).toBeUndefined();
    expect(e.annotate('There is no evidence that more North Korean soldiers are going to Russia, the Pentagon said.')[0]?.claimId).toBeUndefined();
    expect(e.annotate('The Pentagon said it had evidence that North Korean troops were sent to Russia.')[0]).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops-confirmed-by-allies' });
  });

  it('reads one front’s losses, a reaction to reports and "did not deny the reports" as other facts', () => {
    for (const e of engines) {
      expect(e.annotate('Zelensky said Russia has lost 20,000 soldiers killed or wounded in the Kursk operation.')[0]?.claimId).toBeUndefined();
      expect(e.annotate('Japan is deeply concerned about reports that North Korean soldiers are fighting for Russia.')[0]?.claimId).toBeUndefined();
      expect(e.annotate('The Kremlin is unsure whether North Korean units will stay in Russia, a spokesman said.')[0]?.claimId).toBeUndefined();
    }
    const blocks = [{ text: 'Seoul says North Korea has sent troops to Russia’s Kursk region.' }, { text: 'Putin did not deny the reports on Friday.' }];
    const [, second] = engine.annotatePage(blocks);
    expect(second?.[0]?.verdict).not.toBe('differs');
  });

  it('reads a promise of help as another fact than help given', () => {
    for (const e of engines) {
      const [promise] = e.annotate('Putin promised the North Korean leader Kim Jong Un assistance with satellite technology at their 2023 meeting.');
      expect(promise?.claimId).toBeUndefined();
    }
  });

  it('reads a prospect come true as a new fact, not the record of the prospect', () => {
    const prospect: ClaimRecord = {
      id: 'minister-may-resign',
      subject: 'The Latvian defence minister may resign over the Russian drone incursion',
      topics: ['russia'],
      statements: [{ quote: 'The Latvian defence minister could possibly resign over the Russian drone incursion, officials said.', attribution: 'officials', figure: null, source: 'test' }],
    } as ClaimRecord;
    const e = createEngine([prospect]);
    expect(e.annotate('The Latvian defence minister may resign over the Russian drone incursion, officials said.')).toMatchObject([{ verdict: 'agrees', claimId: 'minister-may-resign' }]);
    const [done] = e.annotate('Allies congratulated the new Latvian defence minister, who was sworn in after the Russian drone incursion.');
    expect(done?.claimId).toBeUndefined();
  });

  it('reads a potential transfer as another fact than the transfer a record says happens', () => {
    const e = createEngine(bundled);
    expect(e.annotate('Russia is providing North Korea with advanced technology in exchange for its troops.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-tech-for-nk-support' }]);
    const [potential] = e.annotate('The allies will closely watch for the potential transfer of Russian technology to North Korea.');
    expect(potential?.claimId).toBeUndefined();
  });

  it('reads what an action was meant to achieve as another fact than the action', () => {
    const e = createEngine(bundled);
    expect(e.annotate('Ukrainian forces launched a surprise incursion into Russia’s Kursk region in early August.')).toMatchObject([{ verdict: 'agrees', claimId: 'ukraine-kursk-incursion' }]);
    const [aim] = e.annotate('Ukraine’s incursion into Russia’s Kursk region aimed to force Moscow to pull troops from the east.');
    expect(aim?.claimId).toBeUndefined();
  });

  it('reads the claim after "informed lawmakers ... that", not the one who informs, as the subject', () => {
    for (const e of engines) {
      expect(e.annotate('The Defense Intelligence Agency in Seoul informed South Korean lawmakers during a parliamentary audit that North Korean troops have been deployed to Russia’s Kursk Oblast.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads a third country named after all a record says as an addition, not the subject', () => {
    // With the bundled hints; without them the record's words are too spread.
    for (const e of [engine]) {
      expect(e.annotate('Moscow provides missile technology to North Korea, money to Iran in return for their help in its war against Ukraine, Rutte said.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-tech-for-nk-support' }]);
      expect(e.annotate('Iran provides missile technology to North Korea in return for its help in Russia’s war against Ukraine, Rutte said.')[0]?.claimId).not.toBe('russia-tech-for-nk-support');
    }
  });

  it('reads a negation inside a condition ("if they do not invest") as no denial', () => {
    for (const e of engines) {
      const [warning] = e.annotate('Trump warned NATO members: if they do not invest enough in their own defense, the United States will not protect them.');
      expect(warning?.verdict).not.toBe('differs');
      expect(e.annotate('European allies do not need to spend more on defence, the minister said.')).toMatchObject([{ verdict: 'differs', claimId: 'european-nato-must-spend-more' }]);
    }
  });

  it('reads Ukraine losing territory in Kursk as Russia regaining it', () => {
    for (const e of engines) {
      expect(e.annotate('Ukraine is steadily losing territory near Kursk in Russia.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
    }
    // With the bundled hints: Russian troops advancing into the Ukrainian-held part of Kursk.
    expect(engines[0]!.annotate('The ISW said that Moscow’s soldiers recently advanced in the segment under Ukrainian control in Kursk.')).toMatchObject([{ verdict: 'agrees', claimId: 'russia-regaining-kursk' }]);
  });

  it('reads troops "brought in" from North Korea as troops sent', () => {
    // (By the rules: the learned check, retrained with real-news set 27, turns it into a new claim.)
    for (const e of [bundled, emptied].map((records) => createEngine(records, { learned: false }))) {
      expect(e.annotate('Seeking advantage in his invasion of Ukraine, President Vladimir Putin has brought in troops and military hardware from North Korea.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads soldiers captured, or prisoners, as another fact than troops sent or an incursion', () => {
    for (const e of engines) {
      for (const text of [
        'This is the first instance of Ukraine capturing troops from North Korea alive, Kyiv said.',
        'Ukraine said it had captured two North Korean soldiers in Russia’s Kursk region.',
        'Zelensky offered to hand North Korean prisoners of war back to Kim Jong Un in exchange for Ukrainians held in Russia.',
      ]) {
        const [a] = e.annotate(text);
        expect(a, text).toMatchObject({ verdict: 'new' });
        expect(a?.claimId, text).toBeUndefined();
      }
    }
  });

  it('reads a counterattack, or an attack repelled, as a clash of its own, not the August incursion', () => {
    for (const e of engines) {
      const [clash] = e.annotate('Russia declared Sunday that Ukrainian forces launched a counterattack in the western border region of Kursk over the weekend.');
      expect(clash).toMatchObject({ verdict: 'new' });
      expect(clash?.claimId).toBeUndefined();
      const [repelled] = e.annotate('Russia’s defence ministry said its troops repelled Ukrainian forces who on Thursday mounted an offensive in Russia’s western Kursk region.');
      expect(repelled?.claimId).toBeUndefined();
      expect(e.annotate('Ukraine launched a counter-offensive in the Russian border region of Kursk last summer, aiming to reduce the pressure on its eastern fronts.')).toMatchObject([{ verdict: 'agrees', claimId: 'ukraine-kursk-incursion' }]);
    }
  });

  it('reads the claim after "claims from X that" and "According to X," as the subject, not X', () => {
    for (const e of engines) {
      expect(e.annotate('The revelations follow claims from the U.S., South Korea, and Ukraine that North Korea deployed over 10,000 troops to Russia in October.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
      expect(e.annotate('According to the U.S. and South Korea, more than 10,000 North Korean soldiers have been deployed to fight against Ukraine.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads "moving into" as the "moved" of a record (stems of three letters once an ending is off)', () => {
    for (const e of engines) {
      const [moving] = e.annotate('Kyiv said North Korean troops have started moving into the Kursk border region in western Russia, where Ukrainian forces launched an incursion in August.');
      expect(moving).toMatchObject({ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' });
    }
  });

  it('reads "this deployment" and "these troops" anywhere in a sentence as pointing back to the sentence before', () => {
    const sent = 'Seoul says North Korea has sent about 10,000 troops to Russia’s Kursk region.';
    for (const e of engines) {
      const [, called] = e.annotatePage([{ text: sent }, { text: 'NATO Secretary General Mark Rutte described this deployment as a “significant escalation” of the war.' }]);
      expect(called).toMatchObject([{ verdict: 'agrees', claimId: 'nk-deployment-significant-escalation' }]);
      const [both] = e.annotatePage([{ text: `${sent} The Pentagon is not yet able to confirm reports that these troops have engaged in combat.` }]);
      expect(both).toHaveLength(2);
      expect(both![1]).toMatchObject({ verdict: 'new' });
      expect(both![1]!.claimId).toBeUndefined();
    }
  });

  it('reads a call by NATO or its chief for more spending as a call on its members, and a report of spending as no call', () => {
    for (const e of engines) {
      expect(e.annotate('Secretary-General Mark Rutte calls for increased military budgets.')).toMatchObject([{ verdict: 'agrees', claimId: 'european-nato-must-spend-more' }]);
      expect(e.annotate('NATO said defence spending rose in 2024.')[0]?.claimId).toBeUndefined();
    }
  });

  it('reads a quote that asserts nothing as no claim, however named its speaker, and one that asserts as a claim', () => {
    for (const e of engines) {
      expect(e.annotate('“The security situation does not look good,” NATO chief Mark Rutte declared.')).toEqual([]);
      expect(e.annotate('“We are not ready for what is coming our way,” Rutte warned.')).toEqual([]);
      expect(e.annotate('“North Korean troops have been sent to Russia’s Kursk region,” NATO chief Mark Rutte said.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads what may be, said by nobody in particular, as no claim, and what a source warns may be as a claim', () => {
    for (const e of engines) {
      expect(e.annotate('The capture could provide Russia with a strategic advantage in the Kursk region.')).toEqual([]);
      expect(e.annotate('However, the decision to withdraw the North Korean troops from Kursk may not be permanent.')).toEqual([]);
      expect(e.annotate('The Pentagon warned that North Korean troops could be redeployed to Ukraine’s Donetsk region.')).toMatchObject([{ verdict: 'new' }]);
    }
  });

  it('reads "in the West" as no place the troops are, and the claim after "accused nuclear-armed North Korea of"', () => {
    for (const e of engines) {
      expect(e.annotate('Intelligence agencies in the West, South Korea, and Ukraine have long reported that Pyongyang had dispatched over 10,000 soldiers to support Russia’s military.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
      expect(e.annotate('Washington and Seoul have accused nuclear-armed North Korea of sending more than 10,000 soldiers to help Russia fight Ukraine.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
    }
  });

  it('reads more or additional troops as reinforcements, not the first deployment, and "more than 10,000" as a count', () => {
    for (const e of engines) {
      const [more] = e.annotate('North Korea has sent additional soldiers to Russia, Seoul’s spy agency said.');
      expect(more).toMatchObject({ verdict: 'new' });
      expect(more?.claimId).toBeUndefined();
      expect(e.annotate('Seoul says North Korea has sent more than 10,000 troops to Russia.')).toMatchObject([{ verdict: 'agrees', claimId: 'nk-troops-deployed-kursk' }]);
      expect(e.annotate('Russia says Ukraine launched new counteroffensive in Kursk region.')[0]?.claimId).toBeUndefined();
    }
  });

  it('reads a new offensive as a later event than the record’s, and declining to answer or alarm over reports as answers', () => {
    for (const e of engines) {
      expect(e.annotate('Ukrainian forces launched a surprise incursion into Russia’s Kursk region in early August.')).toMatchObject([{ verdict: 'agrees', claimId: 'ukraine-kursk-incursion' }]);
      const [later] = e.annotate('Ukraine launched a new offensive in Russia’s Kursk region on Sunday, the Kremlin said.');
      expect(later).toMatchObject({ verdict: 'new' });
      expect(later?.claimId).toBeUndefined();
      expect(e.annotate('The Kremlin declined to directly answer whether North Korean troops were fighting in Russia’s Kursk region.')[0]?.claimId).toBeUndefined();
      expect(e.annotate('The EU is “deeply alarmed” over reports that North Korean soldiers are being sent to Russia.')[0]?.claimId).toBeUndefined();
    }
  });

  it('reads "denied these reports" as denying the claim the page just stated', () => {
    const blocks = [
      { text: 'Seoul says North Korea has sent troops to Russia’s Kursk region.' },
      { text: 'Officials in Pyongyang rejected the reports on Friday.' },
    ];
    const [first, second] = engine.annotatePage(blocks);
    expect(first?.[0]?.claimId).toBeTruthy();
    expect(second?.[0]).toMatchObject({ verdict: 'differs', claimId: first?.[0]?.claimId });
  });

  it('gives junk lines nothing, even under a topical heading', () => {
    const junk = ['—', 'Subscribe', 'Advertisement:', 'Photo: Getty Images / AFP', 'Read more: Russia and North Korea sign pact', 'Related stories'];
    const blocks = [{ text: 'North Korean troops in Russia', heading: true }, ...junk.map((text) => ({ text }))];
    expect(engine.annotatePage(blocks).slice(1).flat()).toEqual([]);
  });

  it('reads a title that only names a subject ("the Kursk fighting") as no claim, and one with a verb as a claim', () => {
    const body = { text: 'Ukrainian military intelligence says about 200 North Korean soldiers have been killed in the fighting in Kursk.' };
    const named = engine.annotatePage([{ text: 'Update on the Kursk fighting', heading: true }, body]);
    expect(named[0]).toEqual([]);
    expect(named[1]).toMatchObject([{ verdict: 'new' }]);
    const asserted = engine.annotatePage([{ text: 'North Korean troops join the fighting in Kursk', heading: true }, body]);
    expect(asserted[0]).toHaveLength(1);
  });

  it('reads a subhead made of event nouns ("2. Initial Deployment of North Korean Troops to Russia") as a label, not a claim', () => {
    const title = { text: 'Seoul: North Korea has sent troops to Russia', heading: true };
    const body = { text: 'Seoul says North Korea has sent about 10,000 troops to Russia’s Kursk region. The Kremlin has not commented.' };
    const subhead = (text: string) => engines.map((e) => e.annotatePage([title, body, { text, heading: true }, body])[2]);
    for (const out of subhead('2. Initial Deployment of North Korean Troops to Russia')) expect(out).toEqual([]);
    for (const out of subhead('North Korea deploys troops to Russia’s Kursk region')) expect(out).toHaveLength(1);
    for (const out of subhead('North Korean troops not in combat in Kursk since mid-January: Seoul')) expect(out).toHaveLength(1);
  });

  it('gives a page that spells NATO out as another name nothing, and a page that spells out the alliance its claims', () => {
    const page = (name: string) => [
      { text: 'NATO trade show to be the association’s last', heading: true },
      { text: `The ${name} (NATO) is shifting its focus to regulatory issues.` },
      { text: 'NATO’s board decided the show would end after 2016, the association said.' },
    ];
    for (const e of engines) {
      expect(e.annotatePage(page('National Association of Tobacco Outlets')).flat()).toEqual([]);
      expect(e.annotatePage(page('North Atlantic Treaty Organization')).flat().length).toBeGreaterThan(0);
    }
  });

  it('marks nothing new on a page that names our topics in one sentence only, but reads the same sentence on a news page', () => {
    const claim = 'Russian troops seized 40 villages, officials said.';
    const review = [
      { text: 'A summer of long novels', heading: true },
      { text: 'The book follows three sisters across one hot summer.' },
      { text: `Their father reads the papers aloud at breakfast. ${claim}` },
      { text: 'The prose is quiet and precise.' },
      { text: 'It is the best novel of the year.' },
    ];
    const news = [
      { text: 'Russia presses on in the east', heading: true },
      { text: `${claim} Ukraine’s army said its forces were holding the line near Pokrovsk.` },
      { text: 'The fighting has lasted for weeks.' },
    ];
    for (const e of engines) {
      expect(e.annotatePage(review).flat()).toEqual([]);
      expect(e.annotatePage(news).flat().map((a) => a.sentence)).toContain(claim);
    }
  });

  it('still marks a sourced count of soldiers on a page about something else (a long recipe, a page that adds it later)', () => {
    const claim = 'Ukrainian military intelligence says about 200 North Korean soldiers have been killed in the fighting in Kursk.';
    const recipe = [...Array.from({ length: 30 }, (_, i) => ({ text: `Step ${i}: stir the soup and taste it.` })), { text: claim }];
    for (const e of engines) expect(e.annotatePage(recipe).flat().map((a) => [a.sentence, a.verdict])).toEqual([[claim, 'new']]);
  });

  it('lends a page’s topics to a line that names none only on a page that speaks of states and wars more than once', () => {
    const figureLine = 'The piece stands merely 4 inches tall and sold for 22.9 million pounds.';
    const auction = [
      { text: 'An extraordinary piece of imperial Russian history sold at auction on Tuesday in London.' },
      { text: figureLine },
      { text: 'It was sold by communist authorities in Russia in the 1920s for merely 450 pounds.' },
      { text: 'Collectors praised the craftsmanship of the piece, which was made in 2010.' },
    ];
    for (const e of engines) expect(e.annotatePage(auction).flat().map((a) => a.sentence)).not.toContain(figureLine);
  });

  it('reads “his country’s troops” as the troops of the country the sentence before names', () => {
    const found = engine.annotatePage([
      { text: 'North Korean leader Kim Jong Un opened a war museum in Pyongyang on Thursday.' },
      { text: 'In remarks carried by KCNA, Kim said his country’s troops have been in Russia’s Kursk region for one year.' },
    ]);
    expect(found[1]!.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });

  it('still reads a war page that recalls an old year, or old years beside this one', () => {
    const page = (extra: string) => [
      { text: 'Ukraine’s incursion into Kursk', heading: true },
      { text: `Ukrainian forces launched a surprise incursion into Russia’s Kursk region in August${extra}.` },
      { text: 'It was the first foreign attack on Russian soil since 1941.' },
    ];
    expect(engine.annotatePage(page('')).flat().length).toBeGreaterThan(0);
    expect(engine.annotatePage(page(' 2024, the first since the Battle of Kursk in 1943')).flat().length).toBeGreaterThan(0);
  });

  it('gives a page that uses our names in another sense nothing', () => {
    const blocks = [
      { text: 'Classic Moscow Mule recipe', heading: true },
      { text: 'Vodka and ginger beer in a copper mug is known as a Moscow Mule.' },
      { text: 'Mix 60 ml of Russian vodka with 120 ml of ginger beer and add 2 lime wedges.' },
    ];
    expect(engine.annotatePage(blocks).flat()).toEqual([]);
  });

  it.each([
    [
      'army slang',
      [
        { text: 'How do you take your NATO?', heading: true },
        { text: 'In the barracks a NATO standard is milk with two sugars, poured before the water boils.' },
        { text: 'Ask for a NATO and the cook will hand you the strongest mug in the canteen.' },
      ],
    ],
    [
      'a workout',
      [
        { text: 'Five moves for stronger abs', heading: true },
        { text: 'The Russian twist works the obliques: sit, lean back and turn your chest from side to side.' },
        { text: 'Do 20 Russian twists on each side, then rest for 30 seconds before the plank.' },
      ],
    ],
    [
      'a television review',
      [
        { text: 'Review: a period drama set in Moscow', heading: true },
        { text: 'The new series follows a count who is confined to a grand hotel in Moscow for thirty years.' },
        { text: 'The title may promise a Cold War tale of espionage, but the drama never leaves the hotel.' },
        { text: 'Across eight episodes, Russia changes outside while the guests come and go.' },
      ],
    ],
    [
      'a garden shrub, with no word of pastimes',
      [
        { text: 'Pruning Russian sage', heading: true },
        { text: 'Russian sage was brought to Britain from Central Asia in 1904 and grows to about 1.2 metres.' },
        { text: 'Cut the stems of your Russian sage back to 30 centimetres in early spring.' },
      ],
    ],
    [
      'a writer, with no word of pastimes',
      [
        { text: 'Remembering a Russian poet', heading: true },
        { text: 'Anna Akhmatova wrote about love and grief in early 20th-century Russia.' },
        { text: 'Her first collection of poems appeared in 1912 and sold 300 copies.' },
      ],
    ],
    [
      'a cartridge',
      [
        { text: 'The 7.62x51mm NATO round', heading: true },
        { text: 'The 7.62 NATO has been the standard rifle cartridge of many armies since 1954.' },
        { text: 'A box of 20 rounds of 7.62x51mm NATO costs about 30 dollars.' },
      ],
    ],
    [
      'a pistol calibre that names the alliance in full',
      [
        { text: 'Why 9mm became the world’s favourite handgun round', heading: true },
        { text: 'One milestone in the history of 9mm ammo was the adoption of the NATO standard in the 1950s.' },
        { text: 'The North Atlantic Treaty Organization (NATO) chose the 9mm calibre as its official sidearm cartridge.' },
        { text: 'Police forces and armies around the world followed its lead.' },
      ],
    ],
    [
      'a murder trial in Moscow, Idaho',
      [
        { text: 'Murder trial moved to Boise', heading: true },
        { text: 'The court ordered that the case be moved from Latah County, where Moscow, Idaho, is located.' },
        { text: 'The defense argued that the accused could not get a fair trial from the courthouse in Moscow, where the university is located.' },
        { text: 'A survey found that 98% of the respondents recognized the case, the defense said.' },
      ],
    ],
    [
      'a battle of 1943',
      [
        { text: 'The Battle of Kursk', heading: true },
        { text: 'The battle began on July 5, 1943, with German armoured thrusts against the Soviet defences near Kursk.' },
        { text: 'The Germans planned an offensive aimed at regaining the initiative; by August 1943 the Red Army had pushed them back.' },
      ],
    ],
    [
      'a vehicle manual',
      [
        { text: 'Jump Starting in Case of Emergency', heading: true },
        { text: 'The NATO term for this system is slave start receptacle (1).' },
        { text: 'NATO Slave Cables are the only recommended method of jump starting similar vehicles.' },
        { text: 'You should always use the slave receptacle (1) and NATO Slave Cable when performing this operation.' },
      ],
    ],
    [
      'carmakers in an alliance',
      [
        { text: 'Two carmakers rework their partnership', heading: true },
        { text: 'The Japanese and French carmakers agreed on Tuesday to cut their cross-shareholdings to 10 percent each, reshaping an alliance formed in 1999.' },
        { text: 'A third alliance partner will hold up to 5 percent of the new battery company.' },
        { text: 'Analysts said the allies would save 2 billion euros a year by sharing platforms.' },
      ],
    ],
    [
      'a film about a Russian submarine',
      [
        { text: 'The director’s new film retells the sinking of a Russian navy submarine in the Barents Sea in 2000.' },
        { text: 'Colin Firth plays a British commodore, and the Russian admiral is played with quiet menace.' },
        { text: 'The rescue of the trapped crew was delayed because Russia refused to accept foreign aid for days.' },
        { text: 'It is the director’s weakest work since his debut in 2018.' },
      ],
    ],
    [
      'a town council in Moscow, Tennessee',
      [
        { text: 'Aldermen and police officers quit in Moscow', heading: true },
        { text: '(Moscow, TN) - Three of the six aldermen have resigned and two police officers are off the schedule, the mayor confirmed.' },
        { text: 'The City of Moscow board meeting was cancelled on Monday.' },
      ],
    ],
    [
      'a town named Kremlin',
      [
        { text: 'Voters in the towns of Kremlin and Hillsdale will choose two trustees on Tuesday, the county election board said.' },
        { text: 'In Kremlin, three candidates filed for the seats, and turnout was 41 percent last year.' },
      ],
    ],
    [
      'what the letters NATO once stood for in slang',
      [
        { text: 'In the 1960s, teenagers used the slang “N.A.T.O.” for “No Action, Talk Only.”' },
        { text: 'The NATO initials became well known across Europe and were soon applied to something quite different from the North Atlantic Treaty Organization.' },
      ],
    ],
  ])('gives a page about %s that uses our names nothing', (_kind, blocks) => {
    expect(engine.annotatePage(blocks).flat()).toEqual([]);
  });
});

describe.each(BOTH)('names of the alliance on a news page (%s)', (_name, engine) => {
  it('keeps "allies" and "the alliance" as NATO where the page names NATO', () => {
    const found = engine.annotatePage([
      { text: 'NATO allies lift spending', heading: true },
      { text: 'Twenty-three of the alliance’s 32 members now meet the 2% goal, the secretary general said.' },
    ]);
    expect(found[1]!.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nato-members-meet-2pct-target']]);
  });

  it('reads a line that glosses an acronym as a claim', () => {
    const found = engine.annotate('There are now about 10,000 DPRK soldiers in the Kursk region, the spokesman said, using the acronym for North Korea.');
    expect(found.map((a) => a.claimId)).toEqual(['nk-troops-deployed-kursk']);
  });
});

describe.each(BOTH)('what a clause or a pronoun is about (%s)', (_name, engine) => {
  it('reads the main clause’s claim, not the figure in a clause of its own', () => {
    const found = engine.annotate('Rutte said the arrival of North Korean soldiers showed desperation in Moscow after more than 600,000 Russian troops had been killed or wounded in the war.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'putin-growing-desperation']]);
  });

  it('reads talks about a count as the talks', () => {
    const found = engine.annotate('Yoon Suk Yeol and NATO chief Mark Rutte held talks by phone regarding Pyongyang sending some 10,000 soldiers to Russia.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'rutte-met-yoon']]);
  });

  it('reads a figure in a clause of its own as about what that clause names when the main clause claims nothing', () => {
    const found = engine.annotate('Rutte said Pyongyang’s soldiers reached the front after more than 600,000 Russian troops had been killed or wounded in the war.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-killed-wounded-600k']]);
  });

  it('reads "said this was a sign of" as about the sentence before', () => {
    const found = engine.annotatePage([
      { text: 'North Korea has sent thousands of troops to fight for Russia, the alliance says.' },
      { text: 'Mark Rutte said this was a sign of growing desperation on the part of President Vladimir Putin.' },
    ]);
    expect(found[1]!.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'putin-growing-desperation']]);
  });
});

describe('a record said only in a relative clause (as shipped)', () => {
  it.each([
    'Russian forces have retaken about half of the Kursk land, which Ukrainian troops seized in a surprise incursion last August, a Ukrainian officer said.',
    'Some 55% of the ground in Kursk, which Ukrainian units took in their August offensive, has been recaptured, Moscow said.',
  ])('reads "%s" as Russia regaining Kursk, the incursion being backdrop', (text) => {
    expect(engines[0]!.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  it('still reads the incursion when it is the main clause', () => {
    const found = engines[0]!.annotate('Ukrainian troops launched a surprise incursion into Russia’s Kursk region in early August, which Moscow is still trying to reverse.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'ukraine-kursk-incursion']]);
  });
});

describe.each(BOTH)('the deployment as the way a sentence names its subject (%s)', (_name, engine) => {
  it.each([
    'North Korean soldiers fighting for Moscow were issued forged Russian birth certificates, Kyiv said.',
    'The North Korean troops, sent to help Russia drive Ukraine out of Kursk, have been told to avoid capture at all costs.',
  ])('reads "%s" as another fact than the deployment', (text) => {
    expect(engine.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('reads troops on their way to Kursk as the deployment', () => {
    const found = engine.annotate('A Pentagon spokesman said North Korean soldiers are on their way to Russia’s Kursk region.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });

  it('reads a count of reinforcements as a claim of its own, not against the first deployment’s figures', () => {
    const found = engine.annotate('South Korea’s military said North Korea sent at least 4,000 more troops to Russia this spring.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('still reads a sentence saying the troops were sent as the deployment', () => {
    const found = engine.annotate('The Pentagon said North Korean troops have been deployed to Russia’s Kursk region.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });
});

describe.each(BOTH)('a title that names a subject (%s)', (_name, engine) => {
  const body = { text: 'Russian forces have regained control of much of the Kursk region.' };
  it('reads a Title Case label without a verb as no claim', () => {
    const found = engine.annotatePage([{ text: 'North Korean Troop Deployments in Russia’s Kursk Region', heading: true }, body]);
    expect(found[0]).toEqual([]);
    expect(found[1]!.map((a) => a.claimId)).toEqual(['russia-regaining-kursk']);
  });

  it.each(['NATO Reacts to North Korea’s Troop Deployment in Russia', 'North Korea’s troop movements worry NATO allies after Kursk reports'])('still reads the title "%s" as a claim', (title) => {
    const found = engine.annotatePage([{ text: title, heading: true }, body]);
    expect(found[0]!.length).toBe(1);
  });
});

describe.each(BOTH)('some allies falling short of the target, without a count (%s)', (_name, engine) => {
  it.each([
    'A number of European allies have yet to reach NATO’s 2% of GDP spending goal.',
    'Trump again criticised NATO members for failing to meet the alliance’s 2% spending benchmark.',
  ])('reads "%s" as no denial of the count of members meeting it', (text) => {
    const found = engine.annotate(text);
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('still reads most allies falling short as contradicting the count', () => {
    const found = engine.annotate('Most NATO allies still fail to meet the 2% of GDP defence spending target, the report says.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['differs', 'nato-members-meet-2pct-target']]);
  });
});

describe.each(BOTH)('a record said only in a clause that dates the main one (%s)', (_name, engine) => {
  it.each([
    'Weeks before North Korean troops were sent to Russia, the two leaders signed a mutual defence treaty in Pyongyang.',
    'Moscow and Pyongyang ratified their defence pact after North Korea had decided to send soldiers, KCNA said.',
  ])('reads "%s" as its main clause’s claim, not the deployment', (text) => {
    const found = engine.annotate(text);
    expect(found.map((a) => a.claimId)).not.toContain('nk-troops-deployed-kursk');
    expect(found.map((a) => a.verdict)).toEqual(['new']);
  });

  it('still reads the deployment when the main clause says it', () => {
    const found = engine.annotate('North Korea sent troops to Russia’s Kursk region after the two leaders signed a defence treaty.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });
});

describe.each(BOTH)('troops leaving the front (%s)', (_name, engine) => {
  it('reads a withdrawal as another fact than the deployment', () => {
    const found = engine.annotate('North Korean soldiers sent to the Kursk region have pulled back from the front line, Ukrainian commanders said on Thursday.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('still reads the other side forced to retreat as Russia regaining ground', () => {
    const found = engine.annotate('Over the past week Russian forces have regained control of much of the Kursk region, forcing Ukrainian units to retreat.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });
});

describe.each(BOTH)('calls for more spending in other words (%s)', (_name, engine) => {
  it.each([
    'NATO’s secretary general is pressing for a big increase in defence spending across the alliance.',
    'NATO chief Mark Rutte told allies: “We need significantly more defence spending.”',
  ])('reads "%s" as the call on European members to spend more', (text) => {
    expect(engine.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'european-nato-must-spend-more']]);
  });
});

describe.each(BOTH)('a level called too low (%s)', (_name, engine) => {
  it.each([
    'NATO’s secretary general stressed that the alliance’s present 2% defence spending goal is insufficient to deter Moscow.',
    'Rutte said that for NATO allies, spending 2% of GDP on defence is “not even close to enough”.',
  ])('reads %s as the call for more spending', (text) => {
    expect(engine.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'european-nato-must-spend-more']]);
  });
});

describe.each(BOTH)('air defence kit spelled without a hyphen or short (%s)', (_name, engine) => {
  it.each([
    'Seoul says Russia handed North Korea antiaircraft missiles in return for the soldiers it sent.',
    'Moscow gave Pyongyang anti-air missiles in exchange for troops, an adviser said.',
  ])('reads "%s" as Russia giving technology for support', (text) => {
    expect(engine.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-tech-for-nk-support']]);
  });
});

describe('air defence kit as the technology Russia gives (as shipped)', () => {
  it('reads a deal for troops as the exchange', () => {
    const found = engines[0]!.annotate('Analysts point to a missile-technology-for-soldiers deal between Russia and North Korea.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-tech-for-nk-support']]);
  });

  it('reads a finding told on a programme, the speaker named first, as about Russia', () => {
    const found = engines[0]!.annotate('Seoul’s national security adviser, Kim Tae-hyo, stated on Sunday on a KBS programme that South Korea has discovered that Russia has supplied air defence equipment to North Korea.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-tech-for-nk-support']]);
  });

  it('reads a finding reported by an adviser as about Russia, and air defence missiles as technology', () => {
    const found = engines[0]!.annotate('A security adviser told a TV programme on Friday that South Korea has found Russia supplied air defence missiles and other equipment to North Korea.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-tech-for-nk-support']]);
  });
});

describe('a share of ground changing hands (as shipped)', () => {
  it('reads Ukraine’s own withdrawal from a Kursk town as Russia regaining Kursk', () => {
    const found = engines[0]!.annotate('As Russia pressed its advance in the Kursk region, Ukrainian units have withdrawn from the town of Sudzha.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  it('reads Russian forces making advances in Kursk as Russia regaining it', () => {
    const found = engines[0]!.annotate('The Institute for the Study of War said Russian forces had made advances near Sudzha in the Kursk region this week.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  it.each([
    'Russia says its troops have regained control of 63% of the area Ukrainian forces held in Kursk.',
    'Ukrainian units have lost more than 40 percent of the territory they held in Kursk as Russian troops push them back.',
  ])('reads "%s" as Russia regaining Kursk, not a new count', (text) => {
    expect(engines[0]!.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  it('reads places counted as retaken in Kursk as Russia regaining Kursk, not a new count', () => {
    const found = engines[0]!.annotate('Moscow’s defence ministry said its troops had liberated nine more villages in the Kursk region this week.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  it('still reads attacks on villages as no count of ground changing hands', () => {
    const found = engines[0]!.annotate('Russian forces repelled Ukrainian attacks on two villages in the Kursk region, the ministry said.');
    expect(found.every((a) => a.claimId !== 'russia-regaining-kursk' || a.verdict !== 'agrees')).toBe(true);
  });

  it('reads, of counts owned by two sides, the one a record counts', () => {
    const found = engines[0]!.annotate('Zelensky said some 50,000 Russian troops and 12,000 North Korean soldiers are now massed in the Kursk region.');
    expect(found.map((a) => [a.verdict, a.claimId, a.figure?.value])).toEqual([['differs', 'nk-troops-deployed-kursk', 12000]]);
  });

  it('still reads a count of troops in Kursk against the troops records', () => {
    const found = engines[0]!.annotate('About 60 percent of the North Korean troops sent to Kursk have been killed or wounded, Ukraine said.');
    expect(found.every((a) => a.claimId !== 'russia-regaining-kursk')).toBe(true);
  });
});

describe('a part of a total (as shipped)', () => {
  it('reads a small count of casualties as a part, not a different total, whatever word counts the people', () => {
    const found = engines[0]!.annotate('Zelenskyy said Moscow had suffered big losses in five months of fighting in Russia’s Kursk region with nearly 15,000 killed.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('reads a count that leans on the sentence before as a claim of its own', () => {
    const found = engines[0]!.annotatePage([
      { text: 'Russia has lost more than 600,000 soldiers killed or wounded since the invasion, according to Ukraine. This includes 1,820 casualties over just one day.' },
    ]);
    expect(found[0]!.map((a) => a.verdict)).toEqual(['agrees', 'new']);
  });
});

describe.each(BOTH)('losses without a count (%s)', (_name, engine) => {
  it('reads a battle’s heavy losses as another fact than the war’s total', () => {
    const found = engine.annotate('Zelenskyy said Russian troops suffered heavy losses in the fighting near Makhnovka in the Kursk region.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });
});

describe.each(BOTH)('an election won, against a record of its prospect (%s)', (_name, engine) => {
  it('does not read a meeting after the election victory as the pre-election prospect', () => {
    const found = engine.annotate('The NATO chief met Donald Trump in Florida on Friday, their first meeting since Trump’s election victory earlier this month.');
    expect(found.every((a) => a.claimId !== 'trump-potential-re-election')).toBe(true);
  });
});

describe.each(BOTH)('the parties’ silence (%s)', (_name, engine) => {
  it.each([
    'Neither Moscow nor Pyongyang has formally acknowledged sending the soldiers.',
    'The Kremlin has not publicly confirmed that North Korean units are fighting in Kursk.',
    'Peskov stopped short of confirming that North Korean troops were in Russia.',
    'Russia praised its ties with North Korea on Tuesday while declining to confirm reports that its troops had arrived.',
  ])('reads "%s" as a fact of its own, not as agreeing with a confirmation', (text) => {
    expect(engine.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });

  it('still reads allies not confirming as a denial of the allies’ confirmation', () => {
    const found = engine.annotate('Neither Seoul nor Washington has confirmed that North Korean troops were sent to Russia.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['differs', 'nk-troops-confirmed-by-allies']]);
  });
});

describe.each(BOTH)('who confirms (%s)', (_name, engine) => {
  it('does not read a party confirming its own act as the allies’ confirmation', () => {
    const found = engine.annotate('Zelenskyy said that Russia has officially confirmed the involvement of North Korean soldiers in its war against Ukraine.');
    expect(found.every((a) => a.claimId !== 'nk-troops-confirmed-by-allies')).toBe(true);
  });

  it('still reads NATO’s chief confirming the troops as that confirmation', () => {
    const found = engine.annotate('Mark Rutte confirmed on Monday that North Korean troops have been sent to Russia.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-confirmed-by-allies']]);
  });
});

describe('records matched by what they say (keyTerms emptied)', () => {
  it('does not take troops with another fact for troops sent for training, when "training" is not said', () => {
    const found = engines[1]!.annotate('Ukrainian officers reported that North Korean soldiers fighting for Russia were given forged military papers bearing Russian names.');
    expect(found.every((a) => a.claimId !== 'nk-troops-sent-for-training')).toBe(true);
  });

  // A subject's manner adverb ("gradually regaining") is how the point happens, not a word the page must say.
  it.each([
    'Russian forces have reclaimed a large part of the occupied area in Kursk over the past week.',
    'Russia’s army says it has retaken a dozen villages from Ukraine in the Kursk region.',
  ])('reads ground retaken in Kursk as Russia regaining it without "gradually": %s', (text) => {
    expect(engines[1]!.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'russia-regaining-kursk']]);
  });

  // News words for defence money and for more of it.
  it.each([
    'The NATO chief urged European allies to devote more funds to their armed forces.',
    'Rutte told European members of the alliance to turbocharge their defence funding.',
  ])('reads funds and contributions as spending: %s', (text) => {
    expect(engines[1]!.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'european-nato-must-spend-more']]);
  });

  it.each([
    ['The US defence secretary said Washington has evidence that North Korean troops have been sent to Russia.', 'agrees'],
    ['The Pentagon said it had no evidence that North Korean troops had been sent to Russia.', 'differs'],
  ])('reads having evidence as confirming, and having none as denying: %s', (text, verdict) => {
    expect(engines[1]!.annotate(text).map((a) => [a.verdict, a.claimId])).toEqual([[verdict, 'nk-troops-confirmed-by-allies']]);
  });

  it('reads "achieved it" with what the sentence before names', () => {
    const found = engines[1]!.annotate('NATO allies agreed to spend 2% of GDP on defence. Only 19 of the 31 members achieved it in 2024.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined], ['differs', 'nato-members-meet-2pct-target']]);
  });
});

describe.each(BOTH)('soldiers held captive (%s)', (_name, engine) => {
  it('reads an offer to swap soldiers held captive as another fact than soldiers sent', () => {
    const found = engine.annotate('“Ukraine is ready to hand over Kim Jong Un’s soldiers to him if he can organize their exchange for our warriors who are being held captive in Russia,” Zelenskyy said.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });
});

describe('page furniture and lines that lean on the one before (as shipped)', () => {
  const e = engines[0]!;
  it('gives a list label run into its first link no highlight', () => {
    const found = e.annotatePage([{ text: 'RELATED STORIES Russia, North Korea lost ‘up to a battalion’ of soldiers in Kursk: Zelenskyy' }]);
    expect(found.flat()).toEqual([]);
  });

  it.each([
    ['a credit', 'via The Associated Press news agency'],
    ['a widget in another script', '이 글자 크기로 본문이 변경됩니다.'],
    ['an address slug run into a paywall notice', 'north-korea-sends-troops-to-kursk You have a preview view of this article while we are checking your access.'],
    ['a related link', 'Also read: North Korea ratifies its defence treaty with Russia'],
    ['a caption credit', 'Credit…Jane Doe for The New York Times'],
    ['a caption', 'In this handout photo released by the Russian Defence Ministry, soldiers ride on a tank near Sudzha, Russia.'],
    ['a chart’s caption', 'This graphic shows how much each NATO ally spent on defence in 2024.'],
    ['a byline', 'Jane Smith reports from Seoul.'],
    ['a newsletter prompt', 'Just sign up for our NATO and Russia briefing, delivered directly to your inbox.'],
    ['a caption of a handshake', 'South Korean President Yoon Suk Yeol and NATO chief Mark Rutte shake hands before their talks in Seoul.'],
    ['a caption of a pose', 'Soldiers of a Ukrainian brigade pose for a photo beside a captured Russian tank near Kupiansk.'],
    ['a dated caption without “on”', 'NATO Secretary General Mark Rutte speaks to reporters at the alliance’s headquarters in Brussels, Belgium March 3, 2025.'],
    ['a present-tense caption that ends with its date', 'Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder conducts a press briefing on Russia at the Pentagon, Nov. 4, 2024.'],
    ['a caption ending with a weekday and date', 'Prime Minister Justin Trudeau answers questions on NATO spending as he makes his way to a meeting in Ottawa, on Thursday, Jan. 23, 2025.'],
    ['a verbless caption naming who was where', 'Donald Trump at the NATO summit in The Hague.'],
    ['an agency’s photo credit', 'REUTERS/Jane Doe'],
    ['an embedded post’s link', 'Ukrainian drone hits North Korean position in Kursk pic.twitter.com/AbC123xyZ'],
  ])('reads %s as no claim', (_kind, text) => {
    expect(isNonClaim(text)).toBe(true);
  });

  it('still reads an English claim that quotes a name in another script', () => {
    expect(isNonClaim('North Korea calls its troops in Russia “조선인민군” units, the agency said.')).toBe(false);
    expect(isNonClaim('Trump at WEF Urges NATO Allies to Boost Defense Spending to 5% of GDP')).toBe(false);
  });

  it('reads "did not know in what capacity" troops would serve as no claim about the planned total', () => {
    const found = e.annotate('But he cautioned that he did not know in what capacity and to what purpose the North Korean troops would be deployed.');
    expect(found.every((a) => a.claimId !== 'nk-troops-planned-total')).toBe(true);
  });

  it('reads further troop deployments as reinforcements, not the first soldiers sent', () => {
    const found = e.annotate('Lee added that there are signs that North Korea is preparing for further troop deployments.');
    expect(found.every((a) => a.claimId !== 'nk-troops-sent-for-training')).toBe(true);
  });

  it('reads a count that says "have done so" as a claim on the sentence before', () => {
    const found = e.annotatePage([
      { text: 'NATO leaders agreed in 2014 to spend at least 2% of gross domestic product on defence. So far, 22 of the 32 member countries have done so.' },
    ]);
    expect(found[0]!.filter((a) => a.sentence.startsWith('So far')).length).toBe(1);
  });
});

describe.each(BOTH)('a list of sources first (%s)', (_name, engine) => {
  it('reads the claim after "According to A, B and C," as about its own subject', () => {
    const found = engine.annotate('According to Washington, Seoul, and Kyiv, North Korea dispatched over 10,000 troops to Russia in October, some of whom are now fighting.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });
});

describe('assertion verbs', () => {
  it.each([
    'The chancellor outright rejected the demand, citing the burden on taxpayers.',
    'The economy minister deemed the new target unattainable.',
    'The prime minister ruled out any rise before the election.',
  ])('reads "%s" as asserting something', (text) => {
    expect(isCheckWorthy(text, false, null)).toBe(true);
  });
});

describe.each(BOTH)('datelines and trailing non-answers (%s)', (_name, engine) => {
  it('reads past a dateline to the claim', () => {
    const found = engine.annotate('SEOUL, South Korea: Seoul’s intelligence agency reported on Friday that North Korea has dispatched troops to help Russia in its war against Ukraine.');
    // (Which record of troops sent is the emptied engine's own choice; the claim is read as one.)
    expect(found.map((a) => a.verdict)).toEqual(['agrees']);
    expect(found[0]!.claimId).toMatch(/^nk-troops-/);
  });

  it('reads a count stated before "but could not corroborate" as the count', () => {
    const found = engine.annotate('The Pentagon said that there were at least 10,000 North Korean soldiers in Kursk, but could not corroborate reports that they were in combat.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });
});

describe('a clause that says where (as shipped)', () => {
  it('reads a record said only in a ", where ..." clause as the backdrop, not the claim', () => {
    const found = engines[0]!.annotate('Washington and Seoul say some of the North Korean troops are moving to Russia’s Kursk region, where the Kremlin’s forces have struggled to push back a Ukrainian incursion.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['agrees', 'nk-troops-deployed-kursk']]);
  });
});

describe.each(BOTH)('whose losses (%s)', (_name, engine) => {
  it('does not compare Ukraine’s casualties "sustained" with Russia’s', () => {
    const found = engine.annotate('Ukraine has sustained nearly 400,000 casualties since the invasion, the study found.');
    expect(found.map((a) => [a.verdict, a.claimId])).toEqual([['new', undefined]]);
  });
});

describe.each(BOTH)('a later attack of the same kind (%s)', (_name, engine) => {
  it('reads "launched a major new attack" as a later event, not the August incursion', () => {
    const found = engine.annotate('Ukrainian forces have launched a major new attack in Russia’s Kursk region, Russian military bloggers said on Sunday.');
    expect(found.every((a) => a.claimId !== 'ukraine-kursk-incursion')).toBe(true);
  });
});
