// Sentences written after the blind evaluation, one list per kind of failure it showed, all in
// wording unlike the labelled sets: the engine must get the kind right, not those lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine.ts';
import type { ClaimPack, Verdict } from '../core/types.ts';

const root = join(import.meta.dirname, '..');
const pack = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack;
const engine = createEngine(pack.claims);

type Case = [text: string, verdict: Verdict, claimId?: string];

function check([text, verdict, claimId]: Case): void {
  const found = engine.annotate(text);
  expect(found.map((a) => [a.verdict, a.claimId])).toEqual([[verdict, claimId]]);
}

const SPEND = 'nato-members-meet-2pct-target';

describe('kind 1: the count is the figure, not the threshold or a date', () => {
  it.each<Case>([
    ['Figures released in July show 23 out of 32 allies now meet the 2% benchmark.', 'agrees', SPEND],
    ['As of June, 23 of the 32 NATO countries hit the 2 percent goal.', 'agrees', SPEND],
    ['By last June, 23 of NATO’s 32 members reached the two per cent spending guideline.', 'agrees', SPEND],
    ['In its June report, the alliance said 23 of 32 members meet the 2% of GDP target.', 'agrees', SPEND],
    ['Since March, 23 out of 32 NATO states have met the 2% threshold, officials said.', 'agrees', SPEND],
    ['Twenty-three of NATO’s 32 members now meet the 2% defence spending target.', 'agrees', SPEND],
    ['On 17 June, NATO said 23 of its 32 allies met the benchmark of 2% of GDP.', 'agrees', SPEND],
    ['According to data published in September, 25 of 32 allies meet the 2% target.', 'differs', SPEND],
    ['In June, 18 of the 32 NATO members met the 2% goal.', 'differs', SPEND],
    ['Published in May, the figures show 30 out of 32 allies meet the 2 per cent benchmark.', 'differs', SPEND],
    ['By December, 20 of NATO’s 32 members reached the 2% spending target.', 'differs', SPEND],
    ['Nine of the 32 allies still fall short of the 2% target, NATO said in June.', 'agrees', SPEND],
    ['Nine out of NATO’s 32 members miss the 2 percent guideline.', 'agrees', SPEND],
    ['Twelve of the 32 NATO members fall short of the 2% of GDP spending target.', 'differs', SPEND],
    ['Fifteen of the alliance’s 32 members still miss the 2% benchmark.', 'differs', SPEND],
    ['According to a June tally, 23 out of 32 NATO members spend at least 2% of GDP on defence.', 'agrees', SPEND],
    ['NATO’s latest estimates, released in June, found that 23 of 32 allies meet the 2% goal.', 'agrees', SPEND],
    ['Last summer, 24 of NATO’s 32 allies met the 2% benchmark, the alliance said.', 'differs', SPEND],
    ['As of July 2024, 23 of the 32 NATO member states had met the 2 per cent target.', 'agrees', SPEND],
    ['In the figures for June, 21 out of 32 NATO allies met the two per cent goal.', 'differs', SPEND],
    ['In October, Rutte said 23 of the 32 allies would meet the 2% target this year.', 'agrees', SPEND],
    ['Some 23 of the 32 NATO allies reach the 2% threshold, according to figures published in June.', 'agrees', SPEND],
    ['Only 11 of 32 NATO members met the 2% target in 2023.', 'differs', SPEND],
    ['Published on June 17, the data show 23 of 32 allies reaching the 2% benchmark.', 'agrees', SPEND],
    ['Across the alliance, 23 out of 32 members now meet the 2 percent threshold, NATO said in June.', 'agrees', SPEND],
    ['Of NATO’s 32 members, 23 meet the 2% goal.', 'agrees', SPEND],
    ['NATO said in July that 27 of its 32 members meet the 2% guideline.', 'differs', SPEND],
    ['According to June figures, 19 out of the 32 allies hit the 2% target.', 'differs', SPEND],
    ['Officials said on Monday, June 24, that 23 of the 32 NATO allies meet the 2% target.', 'agrees', SPEND],
    ['In a report dated June, 22 of 32 NATO members met the 2% of GDP benchmark.', 'differs', SPEND],
  ])('%s', (...c) => check(c));
});

const PLANNED = 'nk-troops-planned-total';
const DEPLOYED = 'nk-troops-deployed-kursk';

describe('kind 2: plain-space thousands and planned totals', () => {
  it.each<Case>([
    ['North Korea is mulling sending some 12 000 troops to Russia in total, Seoul says.', 'agrees', PLANNED],
    ['Pyongyang could eventually dispatch around 12 000 soldiers to Russia, South Korean intelligence believes.', 'agrees', PLANNED],
    ['Kim Jong Un plans to send about 12,000 soldiers to Russia overall, according to the NIS.', 'agrees', PLANNED],
    ['North Korea intends to deploy roughly 12 000 troops to Russia, Seoul’s spy agency said.', 'agrees', PLANNED],
    ['Seoul believes Pyongyang is contemplating a deployment of about 12,000 soldiers to Russia in all.', 'agrees', PLANNED],
    ['North Korea may ultimately send some 12 000 soldiers to fight for Russia.', 'agrees', PLANNED],
    ['The NIS said North Korea is weighing a total of 12 000 troops for Russia.', 'agrees', PLANNED],
    ['Pyongyang aims to send around 12,000 troops to Russia, South Korean officials said.', 'agrees', PLANNED],
    ['All told, North Korea could send roughly 12 000 soldiers to Russia.', 'agrees', PLANNED],
    ['North Korea is considering sending as many as 12,000 soldiers to Russia.', 'agrees', PLANNED],
    ['North Korea wants to send about 12 000 troops to Russia eventually, Seoul says.', 'agrees', PLANNED],
    ['South Korea’s spy agency says Pyongyang is planning to dispatch 12 000 soldiers to Russia.', 'agrees', PLANNED],
    ['North Korea could send some 20 000 soldiers to Russia in all, Seoul says.', 'differs', PLANNED],
    ['Pyongyang is weighing sending about 30 000 troops to Russia, the NIS believes.', 'differs', PLANNED],
    ['North Korea plans to send 50,000 soldiers to Russia in total.', 'differs', PLANNED],
    ['North Korea might eventually deploy around 100 000 troops to Russia.', 'differs', PLANNED],
    ['Kim Jong Un is considering sending roughly 5 000 soldiers to Russia overall.', 'differs', PLANNED],
    ['North Korea intends to send 15 000 soldiers to Russia, Seoul said.', 'differs', PLANNED],
    ['Pyongyang is mulling a dispatch of about 8 000 troops to Russia in all.', 'differs', PLANNED],
    ['Seoul says North Korea aims to send roughly 25 000 soldiers to Russia eventually.', 'differs', PLANNED],
    ['About 10 000 North Korean soldiers have been dispatched to the Kursk region.', 'agrees', DEPLOYED],
    ['Roughly 10 000 North Korean troops are now stationed in Russia’s Kursk region.', 'agrees', DEPLOYED],
    ['Some 10 000 North Korean soldiers have arrived in Russia, the Pentagon said.', 'agrees', DEPLOYED],
    ['Around 10 000 North Korean troops were deployed to Kursk last month.', 'agrees', DEPLOYED],
    ['Nearly 10 000 North Korean soldiers are already in Russia, US officials said.', 'agrees', DEPLOYED],
    ['About 20 000 North Korean soldiers have been dispatched to the Kursk region.', 'differs', DEPLOYED],
    ['Some 3 000 North Korean troops are stationed in Kursk, the Pentagon says.', 'differs', DEPLOYED],
    ['Roughly 50 000 North Korean soldiers have arrived in Russia, Kyiv claims.', 'differs', DEPLOYED],
    ['Pyongyang is set to send about 12 000 soldiers to Russia, Seoul says.', 'agrees', PLANNED],
    ['North Korea hopes to send some 12 000 troops to Russia, according to South Korea.', 'agrees', PLANNED],
  ])('%s', (...c) => check(c));
});

const CONFIRMED = 'nk-troops-confirmed-by-allies';

describe('kind 3: vague quantities are not precise figures', () => {
  it.each<Case>([
    ['Seoul and Washington both confirmed that thousands of North Korean troops had been sent to Russia.', 'agrees', CONFIRMED],
    ['NATO confirmed several thousand North Korean soldiers are in Russia.', 'agrees', CONFIRMED],
    ['The US has confirmed that many thousands of North Korean troops were sent to Russia.', 'agrees', CONFIRMED],
    ['South Korea confirmed that a few thousand North Korean soldiers are now in Russia.', 'agrees', CONFIRMED],
    ['The Pentagon confirmed that several thousand North Korean troops have arrived in Russia.', 'agrees', CONFIRMED],
    ['Officials in Seoul verified that thousands of North Korean soldiers had been sent to Russia.', 'agrees', CONFIRMED],
    ['NATO and Seoul have corroborated reports that several thousand North Korean troops are in Russia.', 'agrees', CONFIRMED],
    ['The alliance confirmed thousands of North Korean soldiers were dispatched to Russia.', 'agrees', CONFIRMED],
    ['Washington confirmed that a few thousand North Korean soldiers had reached Russia.', 'agrees', CONFIRMED],
    ['Seoul confirmed several thousand North Korean troops have been shipped to Russia.', 'agrees', CONFIRMED],
    ['NATO officials confirmed thousands of North Korean troops are already in Russia.', 'agrees', CONFIRMED],
    ['US intelligence confirmed several thousand North Korean soldiers in Russia this week.', 'agrees', CONFIRMED],
    ['South Korea has confirmed that thousands of North Korean troops were moved to Russia.', 'agrees', CONFIRMED],
    ['The allies confirmed that many thousands of North Korean soldiers are in Russia.', 'agrees', CONFIRMED],
    ['The White House confirmed that several thousand North Korean troops were sent to Russia.', 'agrees', CONFIRMED],
    ['Several thousand North Korean soldiers have been sent to Russia, NATO confirmed.', 'agrees', CONFIRMED],
    ['Thousands of North Korean troops were sent to Russia, Seoul has confirmed.', 'agrees', CONFIRMED],
    ['A few thousand North Korean soldiers are in Russia, the Pentagon confirmed on Monday.', 'agrees', CONFIRMED],
    ['Many thousands of North Korean troops have been dispatched to Russia, NATO confirmed.', 'agrees', CONFIRMED],
    ['Several thousand North Korean soldiers were shipped to Russia, Washington confirmed.', 'agrees', CONFIRMED],
  ])('%s', (...c) => check(c));

  it.each([
    'Several thousand North Korean soldiers have been sent to Russia, officials say.',
    'Thousands of North Korean troops are in Russia, Kyiv says.',
    'A few thousand North Korean soldiers have arrived in the Kursk region.',
    'Many thousands of North Korean troops were deployed to Russia.',
    'Several thousand North Korean troops are stationed in Kursk, Ukraine says.',
    'Some thousands of North Korean soldiers have reached Russia.',
    'Thousands of North Korean soldiers are now fighting in Kursk.',
    'Several hundred North Korean soldiers have been sent to Russia, officials say.',
    'Hundreds of North Korean troops have arrived in Kursk, Kyiv claims.',
    'Tens of thousands of North Korean soldiers could end up in Russia, analysts say.',
  ])('a vague quantity never differs: %s', (text) => {
    const found = engine.annotate(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.verdict).not.toBe('differs');
    expect(found[0]!.figure).toBeNull();
  });
});

const INFANTRY = 'nk-troops-infantry-training';

describe('kind 4: words for training match the training records', () => {
  it.each<Case>([
    ['North Korean soldiers are being drilled in trench assault tactics in Russia.', 'agrees', INFANTRY],
    ['The North Korean troops are drilling in infantry tactics near Kursk.', 'agrees', INFANTRY],
    ['North Korean units are being schooled in infantry combat at Russian ranges.', 'agrees', INFANTRY],
    ['Russian instructors are coaching North Korean soldiers in assault tactics, Kyiv says.', 'agrees', INFANTRY],
    ['North Korean servicemen were instructed in infantry tactics in the Russian Far East.', 'agrees', INFANTRY],
    ['The North Korean battalions are being readied in trench combat, officials said.', 'agrees', INFANTRY],
    ['North Korean fighters are learning drone warfare at Russian bases, officials say.', 'agrees', INFANTRY],
    ['North Korean forces have been trained in infantry tactics before heading to Kursk.', 'agrees', INFANTRY],
    ['North Korean brigades are being taught assault tactics, Ukrainian intelligence says.', 'agrees', INFANTRY],
    ['Russian officers drilled the North Korean troops in combat tactics for weeks.', 'agrees', INFANTRY],
    ['North Korean infantry are undergoing training in trench assaults, US officials say.', 'agrees', INFANTRY],
    ['The North Korean soldiers drill in infantry tactics every day, a source said.', 'agrees', INFANTRY],
    ['Kyiv says Pyongyang is preparing 10,000 soldiers to fight for Russia.', 'agrees', DEPLOYED],
    ['North Korea is readying 10,000 of its troops to fight alongside Russia, Zelensky said.', 'agrees', DEPLOYED],
    ['Zelensky claimed Pyongyang was drilling 10,000 of its soldiers for combat in Russia.', 'agrees', DEPLOYED],
    ['North Korea has been preparing 10,000 troops to join Russia’s war, Kyiv says.', 'agrees', DEPLOYED],
    ['Pyongyang is preparing some 10,000 soldiers to fight for Moscow, Ukraine claims.', 'agrees', DEPLOYED],
    ['North Korea is training 10,000 of its soldiers to support Russia, Zelensky said.', 'agrees', DEPLOYED],
    ['Zelensky said North Korea was preparing 40,000 soldiers to fight for Russia.', 'differs', DEPLOYED],
    ['North Korea is readying 25,000 of its troops to fight alongside Russia, Kyiv claims.', 'differs', DEPLOYED],
    ['Pyongyang is drilling 3,000 of its soldiers for combat in Russia, Zelensky said.', 'differs', DEPLOYED],
    ['North Korea has prepared 30,000 troops to fight for Russia, Ukraine says.', 'differs', DEPLOYED],
    ['The North Korean troops are being trained in infantry combat near the front.', 'agrees', INFANTRY],
    ['North Korean special forces are drilling in assault tactics in Russia.', 'agrees', INFANTRY],
    ['North Korean soldiers are learning trench combat from Russian instructors, officials say.', 'agrees', INFANTRY],
    ['The North Korean units have been coached in drone warfare at Russian sites.', 'agrees', INFANTRY],
    ['North Korean personnel are being instructed in infantry combat, Seoul says.', 'agrees', INFANTRY],
    ['The North Korean army units were drilled in assault tactics at a Russian range.', 'agrees', INFANTRY],
    ['North Korean troops are receiving training in infantry tactics in eastern Russia.', 'agrees', INFANTRY],
    ['North Korea is preparing 10 000 soldiers to fight for Russia, Zelensky warned.', 'agrees', DEPLOYED],
  ])('%s', (...c) => check(c));
});

const TRUMP = 'trump-inaugurated-january-20';
const REGAIN = 'russia-regaining-kursk';
const BELGIUM = 'belgium-below-2pct';

describe('kind 5a: another date for a dated event differs, the same date agrees', () => {
  it.each<Case>([
    ['Trump will be sworn in as the 47th president on March 4.', 'differs', TRUMP],
    ['Donald Trump’s swearing-in is planned for January 6.', 'differs', TRUMP],
    ['Trump takes office on 21 January, his team said.', 'differs', TRUMP],
    ['The president-elect will be inaugurated on December 20.', 'differs', TRUMP],
    ['Trump’s inauguration is set for Jan. 25 in Washington.', 'differs', TRUMP],
    ['Trump will return to the White House on February 20.', 'differs', TRUMP],
    ['Trump is due to be sworn in on the 15th of January.', 'differs', TRUMP],
    ['Trump’s inauguration as president is scheduled for November 30.', 'differs', TRUMP],
    ['The inauguration of Donald Trump will take place on January 2.', 'differs', TRUMP],
    ['Trump will be inaugurated as the 47th US president on 10 February.', 'differs', TRUMP],
    ['Trump will be sworn in on January 20, his transition team confirmed.', 'agrees', TRUMP],
    ['Donald Trump’s inauguration is set for 20 January.', 'agrees', TRUMP],
    ['Trump takes office on Jan. 20 as the 47th president.', 'agrees', TRUMP],
    ['The president-elect will be inaugurated on January 20th in Washington.', 'agrees', TRUMP],
    ['Trump is to be sworn in as the 47th president in January.', 'agrees', TRUMP],
  ])('%s', (...c) => check(c));
});

describe('kind 5b: words for regaining ground match the regaining record', () => {
  it.each<Case>([
    ['Russian troops are steadily clawing back territory in Kursk.', 'agrees', REGAIN],
    ['Moscow’s forces have won back much of the lost ground in Kursk.', 'agrees', REGAIN],
    ['Russia is gradually taking back territory in the Kursk region, Kyiv admits.', 'agrees', REGAIN],
    ['Russian units have retaken several villages in Kursk this week.', 'agrees', REGAIN],
    ['The Kremlin says its troops have recovered most of the Kursk territory.', 'agrees', REGAIN],
    ['Russian soldiers clawed back ground in the Kursk region over the winter.', 'agrees', REGAIN],
    ['Russia has been driving out Ukrainian forces from Kursk, the Kremlin said.', 'agrees', REGAIN],
    ['Russian forces are slowly winning back lost ground in Kursk.', 'agrees', REGAIN],
    ['Moscow has reconquered a large part of the territory in Kursk, officials said.', 'agrees', REGAIN],
    ['Russian troops retook a string of villages in the Kursk region on Sunday.', 'agrees', REGAIN],
    ['The Russian army is pushing back Ukrainian units in Kursk.', 'agrees', REGAIN],
    ['Putin’s forces have recaptured territory in the Kursk region, the ministry said.', 'agrees', REGAIN],
    ['Russian troops have expelled Ukrainian forces from parts of Kursk.', 'agrees', REGAIN],
    ['Russia is reclaiming ground in Kursk at a slow pace, analysts say.', 'agrees', REGAIN],
    ['Russian forces have ousted Ukrainian troops from much of Kursk, Moscow claims.', 'agrees', REGAIN],
  ])('%s', (...c) => check(c));
});

describe('kind 5c: economic output is GDP, "two per cent" is 2%', () => {
  it.each<Case>([
    ['Belgium spends less than two per cent of its economic output on defence.', 'agrees', BELGIUM],
    ['Belgium still devotes under 2 percent of its national output to defence.', 'agrees', BELGIUM],
    ['Belgium spends below two percent of economic output on its military, De Croo admitted.', 'agrees', BELGIUM],
    ['The Belgian government spends less than 2% of gross domestic product on defence.', 'agrees', BELGIUM],
    ['Belgium has not yet reached two per cent of its economic output for defence spending.', 'agrees', BELGIUM],
    ['Belgium falls short of the two per cent target, its prime minister conceded.', 'agrees', BELGIUM],
    ['Belgium spends 4 per cent of its economic output on defence.', 'differs', BELGIUM],
    ['Belgium spends more than 3% of its economic output on defence.', 'differs', BELGIUM],
    ['Belgium spends 2.5 per cent of its economic output on defence.', 'differs', BELGIUM],
    ['De Croo said Belgium still spends less than two per cent of economic output on defence.', 'agrees', BELGIUM],
    ['Twenty-three of the alliance’s 32 members spend at least two per cent of economic output on defence.', 'agrees', SPEND],
    ['23 of 32 NATO members devote two per cent of national output to defence.', 'agrees', SPEND],
    ['Only 15 of NATO’s 32 allies spend two per cent of their economic output on defence.', 'differs', SPEND],
    ['Belgium spends under two per cent of GDP on the military, its leader acknowledged.', 'agrees', BELGIUM],
    ['Belgium still spends less than 2 per cent of its economic output on its armed forces.', 'agrees', BELGIUM],
  ])('%s', (...c) => check(c));
});

describe('kind 6: origin adjectives and captions with an agency credit are not claims', () => {
  it.each([
    'The Moscow-born violinist will play 14 recitals in Vienna this winter.',
    'A Russian-language theatre in Riga sold 9,000 tickets last season.',
    'The Kursk-born painter opened an exhibition of 40 canvases in Berlin.',
    'Russian-speaking residents make up 25% of the town, the census found.',
    'A Moscow-based fashion label opened 12 stores in Dubai.',
    'The Seoul-born chef runs three restaurants in London.',
    'Pyongyang-born defector Kim wrote 5 novels about her childhood.',
    'The Kyiv-born architect designed 30 bridges across Canada.',
    'Russian-American author Masha Gessen will give 8 lectures this spring.',
    'Enrolment in Korean-language classes rose 40% at the college.',
    'The Russian-language edition of the novel sold 200,000 copies.',
    'A Kremlin-themed escape room attracted 15,000 visitors in its first year.',
    'The Moscow-educated ballerina danced 60 performances of Giselle.',
    'Kharkiv-born swimmer Anna won 3 medals at the European championships.',
    'Crimea-born singer Jamala released 10 albums over her career.',
  ])('not topical: %s', (text) => {
    expect(engine.annotate(text)).toEqual([]);
  });

  it.each([
    'Russian soldiers walk past a destroyed tank near Kursk, October 2024. (Reuters)',
    'North Korean leader Kim Jong Un inspects troops at a training base. (KCNA via Reuters)',
    'NATO Secretary General Mark Rutte speaks to the press in Brussels on Thursday. (AFP)',
    'Ukrainian troops fire artillery towards Russian positions in Donetsk. (AP)',
    'South Korean President Yoon Suk Yeol attends a security meeting in Seoul. (Yonhap)',
    'Russian President Vladimir Putin chairs a meeting at the Kremlin, November 2024. (Sputnik via AFP)',
    'North Korean soldiers march during a parade in Pyongyang, 2023. (KCNA)',
    'A Ukrainian soldier stands guard in the Sumy region near the Russian border. (EPA-EFE)',
    'NATO flags fly outside the alliance headquarters in Brussels. (Getty Images)',
    'Russian servicemen load a missile launcher in the Kursk region. (TASS)',
    'Kim Jong Un and Vladimir Putin shake hands in Pyongyang, June 2024. (Sputnik / Reuters)',
    'Ukrainian soldiers ride a tank towards the front line near Kursk. (Handout)',
    'Rescuers work at the site of a Russian missile strike in Kyiv. (Ukrinform)',
    'NATO troops take part in exercises in Lithuania, 2024. (File)',
    'North Korean troops train at a range in Russia’s Far East. (Anadolu)',
  ])('caption with a credit is no claim: %s', (text) => {
    expect(engine.annotate(text)).toEqual([]);
  });

  it.each<Case>([
    ['A Moscow-based analyst said about 10,000 North Korean soldiers were stationed in Kursk.', 'agrees', DEPLOYED],
    ['Moscow-backed forces have been clawing back ground in Kursk.', 'agrees', REGAIN],
  ])('a sentence with a real topic still counts: %s', (...c) => check(c));
});

const DESPERATION = 'putin-growing-desperation';

describe('kind 7: an explicit negation of the record’s assertion differs', () => {
  it.each<Case>([
    ['Rutte said the North Korean deployment showed no desperation on Putin’s part.', 'differs', DESPERATION],
    ['The deployment of North Korean troops is not a sign of Russian desperation, Moscow insists.', 'differs', DESPERATION],
    ['The Kremlin denied any desperation behind the arrival of North Korean soldiers.', 'differs', DESPERATION],
    ['Analysts say North Korean troops in Russia are no sign of desperation for Putin.', 'differs', DESPERATION],
    ['Putin is not desperate, the Kremlin said of the North Korean troops.', 'differs', DESPERATION],
    ['Russia has not regained control of Kursk, Ukrainian officials said.', 'differs', REGAIN],
    ['Russian troops have never recaptured the lost territory in Kursk, Kyiv says.', 'differs', REGAIN],
    ['The Kremlin denied that Russia was providing North Korea with technology in exchange for its support.', 'differs', 'russia-tech-for-nk-support'],
    ['Moscow denies giving Pyongyang military technology as payment for troops.', 'differs', 'russia-tech-for-nk-support'],
    ['Russia is not supplying North Korea with missile technology in return for troops, Lavrov said.', 'differs', 'russia-tech-for-nk-support'],
    ['Seoul said North Korean troops in Russia were not undergoing training in infantry tactics.', 'differs', INFANTRY],
    ['North Korean troops were not trained in infantry tactics, Pyongyang claimed.', 'differs', INFANTRY],
    ['The North Korean deployment is no escalation, the Kremlin said.', 'differs', 'nk-deployment-significant-escalation'],
    ['Moscow says North Korean troops in Russia do not violate any sanctions.', 'differs', 'nk-troops-violate-sanctions'],
    ['Pyongyang denied that its troops in Russia breached UN sanctions.', 'differs', 'nk-troops-violate-sanctions'],
    ['Russia and North Korea do not evade sanctions through their alliance, the Kremlin said.', 'differs', 'russia-nk-sanctions-evasion'],
    ['Rutte said the North Korean deployment was a sign of Putin’s growing desperation.', 'agrees', DESPERATION],
    ['Russian forces have been regaining ground in Kursk, Moscow says.', 'agrees', REGAIN],
    ['North Korean troops in Russia pose a threat not only to Europe but also to the US, Rutte said.', 'agrees', 'nk-russia-threat-europe-us'],
    ['The deployment of North Korean troops is not just an escalation but a dangerous step, Rutte warned.', 'agrees', 'nk-deployment-significant-escalation'],
    ['Belgium does not yet meet the 2% target, De Croo admitted.', 'agrees', BELGIUM],
    ['Russia is supplying North Korea with technology in exchange for troops, not cash, Rutte said.', 'agrees', 'russia-tech-for-nk-support'],
    ['North Korean troops in Russia violate sanctions, no matter what Moscow says.', 'agrees', 'nk-troops-violate-sanctions'],
    ['Russian troops are regaining control of Kursk, no longer retreating, officials said.', 'agrees', REGAIN],
    ['Putin has no shortage of desperation, judging by his reliance on North Korean troops.', 'agrees', DESPERATION],
    ['The use of North Korean troops signals desperation in Moscow, not strength.', 'agrees', DESPERATION],
    ['North Korean troops are undergoing training in infantry tactics, not artillery.', 'agrees', INFANTRY],
    ['Kyiv rejected claims that Russian forces had regained territory in Kursk.', 'differs', REGAIN],
    ['Moscow refuted reports of desperation over the North Korean troops.', 'differs', DESPERATION],
    ['Kyiv denies that Russian troops have retaken territory in Kursk.', 'differs', REGAIN],
    ['Seoul said North Korean troops in Russia were not being trained in assault tactics.', 'differs', INFANTRY],
    ['Rutte rejected talk of Putin’s desperation over the North Korean troops.', 'differs', DESPERATION],
  ])('%s', (...c) => check(c));
});

// Kinds the second blind set showed; all sentences written for these tests, in other words.
type Open = [text: string, verdict: Verdict | 'none', claimId?: string];
const NK2 = 'nk-troops-deployed-kursk';
const BEL = 'belgium-below-2pct';
const RW = 'rutte-worked-with-trump';
const HT = 'nato-higher-target-leaders-decide';
const T = 'nk-russia-threat-europe-us';
const RK = 'russia-regaining-kursk';
const TECH = 'russia-tech-for-nk-support';
const NK = NK2;

function checkOpen([text, verdict, claimId]: Open, by = engine): void {
  const found = by.annotate(text).map((a) => [a.verdict, a.claimId]);
  expect(found).toEqual(verdict === 'none' ? [] : [[verdict, claimId]]);
}

// The learned check, retrained with real-news set 27 and later fitted to convergence, turns these
// agreements (the rules' reading) into new claims: a known cost, kept visible here rather than dropped.
describe('blind-2 kind 6, read by the rules alone', () => {
  const rules = createEngine(pack.claims, { learned: false });
  it.each<Open>([
  ['Asked if the 2% threshold should be increased, the NATO chief said that was for member states’ leaders.', 'agrees', HT],
  ['Asked about a higher target, NATO’s secretary general said it was a decision for allied leaders.', 'agrees', HT],
  ])('%s', (...c) => checkOpen(c, rules));
});

describe('blind-2 kind 1: headline lines, demonyms as troops, "-strong" forces', () => {
  it.each<Open>([
  ['Some 10,000 North Koreans Are Now Fighting Alongside Russian Troops', 'agrees', NK],
  ['A 10,000-strong North Korean contingent has been massed near Kursk.', 'agrees', NK],
  ['AROUND 10,000 NORTH KOREANS DEPLOYED TO KURSK, PENTAGON SAYS', 'agrees', NK],
  ['SEOUL: 40,000 NORTH KOREANS NOW FIGHTING IN RUSSIA', 'differs', NK],
  ['A 30,000-strong North Korean force has been sent to Russia, officials claim.', 'differs', NK],
  ['Pentagon: About 10,000 North Koreans Now In Kursk Region', 'agrees', NK],
  ['10K North Korean Troops Deployed To Russia, Pentagon Says', 'agrees', NK],
  ['Kim Jong Un Sends 10,000-Strong Force To Fight For Putin', 'agrees', NK],
  ['WASHINGTON: ROUGHLY 10,000 NORTH KOREAN SOLDIERS NOW IN RUSSIA', 'agrees', NK],
  ['North Korea’s 10K-Strong Contingent Arrives In Kursk', 'agrees', NK],
  ['Some 25,000 North Koreans Now Fighting In Kursk, Kyiv Claims', 'differs', NK],
  ['KURSK: 20K NORTH KOREAN TROOPS NOW AT THE FRONT', 'differs', NK],
  ['Pyongyang Dispatches 50,000-Strong Army To Russia', 'differs', NK],
  ['Report: 100,000 North Koreans Fighting For Moscow', 'differs', NK],
  ['Nearly 10,000 North Koreans Now Deployed In Russia, Officials Say', 'agrees', NK],
  ['An Estimated 10,000 North Korean Soldiers Stationed In Kursk', 'agrees', NK],
  ['A 10,000-Strong North Korean Deployment Has Reached The Front', 'agrees', NK],
  ['PENTAGON: 10,000 NORTH KOREANS DISPATCHED TO KURSK REGION', 'agrees', NK],
  ['About 35,000 North Korean Troops Massed In Kursk, Kyiv Says', 'differs', NK],
  ['Roughly 10,000 North Koreans Have Been Sent To Russia To Fight Ukraine', 'agrees', NK],
  ['Up To 10,000 North Korean Soldiers Now Stationed In Russia', 'agrees', NK],
  ['Over 60,000 North Koreans Deployed To Russia, Claims Zelensky', 'differs', NK],
  ['Some 10,000 North Korean Fighters Moved Into Kursk, US Says', 'agrees', NK],
  ['Kyiv Says 15,000-Strong North Korean Contingent Now In Kursk', 'differs', NK],
  ['10,000 North Koreans Are Fighting In Russia’s Kursk Region, Pentagon Estimates', 'agrees', NK],
  ['BREAKING: 10,000 NORTH KOREAN TROOPS NOW INSIDE RUSSIA', 'agrees', NK],
  ['Around 80,000 North Koreans Now Fighting Ukraine In Kursk', 'differs', NK],
  ['An 8,000-Strong North Korean Force Now Stationed In Kursk', 'differs', NK],
  ['US: Approximately 10,000 North Koreans Deployed Near Kursk', 'agrees', NK],
  ['Moscow Now Has 10,000 North Korean Soldiers Fighting In Kursk', 'agrees', NK],
  ['Some 26,000 North Koreans Work In Russian Factories', 'new'],
  ])('%s', (...c) => checkOpen(c));
});

describe('blind-2 kind 2: a country above or below the 2% threshold', () => {
  it.each<Open>([
  ['Belgium still falls short of the 2% of GDP spending target, De Croo conceded.', 'agrees', BEL],
  ['Belgium has not yet reached the two per cent benchmark for defence spending.', 'agrees', BEL],
  ['Belgium now spends well above the 2% defence spending target.', 'differs', BEL],
  ['Belgium surpasses the alliance’s 2 percent spending goal, its defence minister said.', 'differs', BEL],
  ['Belgium remains below NATO’s 2% defence spending guideline.', 'agrees', BEL],
  ['Belgium is yet to hit the 2% of GDP target for military spending.', 'agrees', BEL],
  ['Belgium spends less than the 2% NATO target on its armed forces.', 'agrees', BEL],
  ['Belgium lags behind NATO’s 2 per cent defence spending benchmark.', 'agrees', BEL],
  ['Belgium misses the alliance’s 2% spending threshold again this year.', 'agrees', BEL],
  ['Belgium has failed to meet NATO’s 2% defence spending goal.', 'agrees', BEL],
  ['Belgium does not meet the 2% of GDP defence spending target.', 'agrees', BEL],
  ['Belgium never reached the 2% NATO spending guideline, critics say.', 'agrees', BEL],
  ['Belgium remains short of the two percent defence spending target.', 'agrees', BEL],
  ['Belgium spends under the 2% benchmark set by NATO.', 'agrees', BEL],
  ['Belgium is still under NATO’s 2% defence spending goal, the report found.', 'agrees', BEL],
  ['Belgium exceeds the 2% NATO spending target by a wide margin.', 'differs', BEL],
  ['Belgium comfortably surpasses the alliance’s 2% defence spending benchmark.', 'differs', BEL],
  ['Belgium now tops NATO’s two per cent spending guideline.', 'differs', BEL],
  ['Belgium met the 2% defence spending target last year, officials said.', 'differs', BEL],
  ['Belgium reached NATO’s 2% of GDP goal in 2023, its government claims.', 'differs', BEL],
  ['Belgium spends more than the 2% NATO target on defence.', 'differs', BEL],
  ['Belgium is already above the 2 percent spending threshold, Brussels says.', 'differs', BEL],
  ['Belgium meets the two per cent defence spending benchmark, De Croo insisted.', 'differs', BEL],
  ['Belgium outstrips NATO’s 2% defence spending goal, ministers claim.', 'differs', BEL],
  ['Belgium has gone beyond the alliance’s 2% spending target.', 'differs', BEL],
  ['The Belgian government still falls short of NATO’s 2% spending target.', 'agrees', BEL],
  ['Belgian defence spending remains below the 2% of GDP benchmark.', 'agrees', BEL],
  ['Belgium is far from reaching the 2% goal, according to NATO figures.', 'agrees', BEL],
  ['Belgium has yet to meet the alliance’s 2 per cent spending threshold.', 'agrees', BEL],
  ['Belgium easily exceeds the two percent defence spending guideline, officials argue.', 'differs', BEL],
  ['Belgium has stayed under the 2% military spending target for a decade.', 'agrees', BEL],
  ])('%s', (...c) => checkOpen(c));
});

describe('blind-2 kind 3: "all but N of M" is the complement', () => {
  it.each<Open>([
  ['All but nine of the alliance’s 32 allies now hit the 2% target.', 'agrees', SPEND],
  ['All but four of NATO’s 32 members meet the 2 per cent goal.', 'differs', SPEND],
  ['All but nine of NATO’s 32 member states now meet the 2% spending target.', 'agrees', SPEND],
  ['All but 9 of the 32 allies spend at least 2% of GDP on defence.', 'agrees', SPEND],
  ['All but nine of the 32 NATO countries have reached the 2% benchmark.', 'agrees', SPEND],
  ['All but ten of NATO’s 32 members meet the 2% guideline.', 'differs', SPEND],
  ['All but twelve of the alliance’s 32 members hit the two percent target.', 'differs', SPEND],
  ['All but five of the 32 NATO allies now meet the 2% goal.', 'differs', SPEND],
  ['All but nine of NATO’s 32 allies have met the two per cent target, Rutte said.', 'agrees', SPEND],
  ['Every one of NATO’s 32 members now spends at least 2% of GDP on defence.', 'differs', SPEND],
  ['All except nine of NATO’s 32 members now meet the 2% spending target.', 'agrees', SPEND],
  ['All except three of the 32 allies meet the 2% benchmark.', 'differs', SPEND],
  ['All save nine of NATO’s 32 members have hit the 2% goal.', 'agrees', SPEND],
  ['All but nine of the 32 member states now spend 2% of GDP on defence.', 'agrees', SPEND],
  ['All but 2 of NATO’s 32 members now meet the 2% spending target.', 'differs', SPEND],
  ['All but nine of NATO’s 32 allies now reach the 2% of GDP target, the report said.', 'agrees', SPEND],
  ['According to NATO, all but nine of its 32 members meet the 2% target.', 'agrees', SPEND],
  ['All but fifteen of the alliance’s 32 members meet the 2% spending goal.', 'differs', SPEND],
  ['All but six of NATO’s 32 allies reached the 2% target this year.', 'differs', SPEND],
  ['All but nine of NATO’s 32 nations meet the 2% guideline, officials say.', 'agrees', SPEND],
  ['All but eight of the 32 NATO members meet the 2% benchmark.', 'differs', SPEND],
  ['All but nine of the alliance’s 32 members spend at least 2% on defence.', 'agrees', SPEND],
  ['All but eleven of NATO’s 32 allies met the 2 percent goal in June.', 'differs', SPEND],
  ['All but seven of NATO’s 32 members now meet the 2% spending guideline.', 'differs', SPEND],
  ['All but nine of the 32 allies meet the alliance’s 2% target, NATO said in June.', 'agrees', SPEND],
  ['All but one of NATO’s 32 members meet the 2% target.', 'differs', SPEND],
  ['All but nine of NATO’s 32 members have hit the two per cent benchmark.', 'agrees', SPEND],
  ['All but 9 of NATO’s 32 allies have reached the 2% goal, a report found.', 'agrees', SPEND],
  ['All but thirteen of the alliance’s 32 members reached the 2% threshold.', 'differs', SPEND],
  ['All but nine of the alliance’s 32 members now meet the two percent guideline.', 'agrees', SPEND],
  ['All but twenty of NATO’s 32 members meet the 2% target.', 'differs', SPEND],
  ])('%s', (...c) => checkOpen(c));
});

describe('blind-2 kind 4: counted durations against the record\'s quote', () => {
  it.each<Open>([
  ['Rutte said he had worked with Trump for six years as Dutch prime minister.', 'differs', RW],
  ['Rutte worked with Trump for four years as Dutch prime minister.', 'agrees', RW],
  ['Rutte collaborated with Trump for two years while he was Dutch prime minister.', 'differs', RW],
  ['As Dutch prime minister, Rutte worked closely with Trump for four years.', 'agrees', RW],
  ['Rutte spent ten years working with Trump as prime minister of the Netherlands.', 'differs', RW],
  ['Rutte cooperated with Trump for 4 years during his time as Dutch prime minister.', 'agrees', RW],
  ['Rutte worked with Trump for 8 years as Dutch prime minister, aides said.', 'differs', RW],
  ['The NATO chief worked with Trump for three years as Dutch prime minister.', 'differs', RW],
  ['Rutte had a working relationship with Trump for four years as Dutch prime minister.', 'agrees', RW],
  ['Rutte, who worked with Trump for five years as Dutch prime minister, is optimistic.', 'differs', RW],
  ['Mark Rutte collaborated with Donald Trump for four years as prime minister.', 'agrees', RW],
  ['Mark Rutte collaborated with Donald Trump for twelve years as prime minister.', 'differs', RW],
  ['Rutte worked alongside Trump for four years, the NATO chief recalled.', 'agrees', RW],
  ['Rutte worked alongside Trump for seven years, the NATO chief recalled.', 'differs', RW],
  ['The secretary general cooperated with Trump for four years as Dutch prime minister.', 'agrees', RW],
  ['The secretary general cooperated with Trump for nine years as Dutch prime minister.', 'differs', RW],
  ['Rutte worked with President Trump for 18 months as Dutch prime minister.', 'agrees', RW],
  ['For four years, Rutte worked with Trump as prime minister of the Netherlands.', 'agrees', RW],
  ['For six years, Rutte worked with Trump as prime minister of the Netherlands.', 'differs', RW],
  ['Rutte built a rapport with Trump over four years as Dutch prime minister.', 'agrees', RW],
  ['Rutte built a rapport with Trump over two years as Dutch prime minister.', 'differs', RW],
  ['Rutte worked with Trump for a full four years as Dutch prime minister.', 'agrees', RW],
  ['Rutte worked with Trump for a full eight years as Dutch prime minister.', 'differs', RW],
  ['Rutte, Dutch prime minister for 14 years, worked with Trump for four years.', 'agrees', RW],
  ['Rutte collaborated with Trump for 4 years as the Netherlands’ prime minister.', 'agrees', RW],
  ['Rutte collaborated with Trump for 3 years as the Netherlands’ prime minister.', 'differs', RW],
  ['As Dutch prime minister Rutte worked with Trump for six years, he told reporters.', 'differs', RW],
  ['Rutte worked with Trump for four years in The Hague and Washington.', 'agrees', RW],
  ['Rutte cooperated with Trump for a decade as Dutch prime minister.', 'agrees', RW],
  ['Rutte cooperated with Trump for five years as Dutch prime minister.', 'differs', RW],
  ])('%s', (...c) => checkOpen(c));
});

// An unconfirmed claim denies the record that says it was confirmed (as the real-news labellers read it).
describe('blind-2 kind 5: negation, denial, "neither … nor", failed to, reversed direction', () => {
  it.each<Open>([
  ['Moscow insisted its ties with Pyongyang posed no threat to the United States.', 'differs', T],
  ['The Kremlin said the Russia-North Korea partnership was no danger to Europe.', 'differs', T],
  ['Putin claimed cooperation with North Korea does not threaten the US.', 'differs', T],
  ['Pyongyang said its alliance with Moscow never endangered Europe.', 'differs', T],
  ['Lavrov denied that the Russia-North Korea pact threatens the United States.', 'differs', T],
  ['Russian forces have not retaken any ground in Kursk, Ukraine says.', 'differs', RK],
  ['Russia has failed to regain control of the Kursk region.', 'differs', RK],
  ['Moscow has yet to recapture any territory in Kursk, analysts say.', 'differs', RK],
  ['Russian troops never regained the lost ground in the Kursk region.', 'differs', RK],
  ['Russian units have been unable to retake territory in Kursk.', 'differs', RK],
  ['Neither Kyiv nor Washington has verified that any North Korean soldiers have been deployed to Russia.', 'differs', CONFIRMED],
  ['Neither NATO nor Seoul has confirmed that North Korean troops are fighting in Russia.', 'differs', CONFIRMED],
  ['The Pentagon has not confirmed that any North Korean soldiers have been sent to Russia.', 'differs', CONFIRMED],
  ['Seoul has yet to confirm that North Korean forces are stationed in Kursk.', 'differs', CONFIRMED],
  ['US officials have failed to verify that any North Korean troops are in Russia.', 'differs', CONFIRMED],
  ['It is North Korea that is supplying Russia with advanced technology, Rutte said.', 'differs', TECH],
  ['Rutte said Pyongyang was providing Moscow with military technology in return for support.', 'differs', TECH],
  ['North Korea gives Russia its missile technology in exchange for support, analysts claim.', 'differs', TECH],
  ['Pyongyang is transferring weapons technology to Moscow in exchange for support against Ukraine.', 'differs', TECH],
  ['According to Seoul, North Korea is sharing technology with Russia in exchange for food.', 'differs', TECH],
  ['Russia is supplying North Korea with advanced technology in exchange for its troops, Rutte said.', 'agrees', TECH],
  ['Moscow is giving Pyongyang space technology as payment for military support.', 'agrees', TECH],
  ['North Korea is sending troops to Russia in exchange for advanced technology.', 'agrees', TECH],
  ['Russian forces have regained control of much of the Kursk region.', 'agrees', RK],
  ['The Russia-North Korea alliance poses a threat not only to Europe but also to the US mainland, Rutte said.', 'agrees', T],
  ['The Russia-North Korea partnership threatens both Europe and the United States, Rutte warned.', 'agrees', T],
  ['Russian troops are clawing back territory in the Kursk region.', 'agrees', RK],
  ['Russian troops have not only regained territory in Kursk but also taken prisoners.', 'agrees', RK],
  ['Seoul has confirmed that thousands of North Korean troops were sent to Russia.', 'agrees', 'nk-troops-confirmed-by-allies'],
  ['Russia is providing North Korea with technology in exchange for military support, Rutte said.', 'agrees', TECH],
  ])('%s', (...c) => checkOpen(c));
});

describe('blind-2 kind 6: "should the 2% floor be raised" is the higher-target record', () => {
  it.each<Open>([
  ['Asked if the 2% benchmark should be increased, Rutte said that was for the allies’ heads of state to decide.', 'agrees', HT],
  ['Whether NATO should raise its 2% target is a decision for the leaders of member states, Rutte said.', 'agrees', HT],
  ['Rutte said raising the 2% goal was up to the allies’ heads of government.', 'agrees', HT],
  ['Asked whether the spending floor should be lifted, Rutte said leaders would decide at the summit.', 'agrees', HT],
  ['Rutte declined to say if the 2% guideline should be raised, saying that was a decision for NATO leaders.', 'agrees', HT],
  ['Whether the alliance increases its spending target is for its heads of state and government to decide, Rutte said.', 'agrees', HT],
  ['Rutte said it was up to NATO leaders to decide whether the 2% threshold should be raised.', 'agrees', HT],
  ['Asked if the 2% floor needed to be increased, Rutte said NATO leaders would make that decision.', 'agrees', HT],
  ['Rutte left it to the allies’ heads of government to decide whether to raise the 2% benchmark.', 'agrees', HT],
  ['Raising NATO’s 2% target is a matter for the leaders of the allies, Rutte said.', 'agrees', HT],
  ['Asked if the alliance’s spending goal should be raised, Rutte said the decision rested with NATO leaders.', 'agrees', HT],
  ['NATO’s secretary general said any decision to raise the 2% guideline would be taken by allied heads of state.', 'agrees', HT],
  ['Rutte said NATO leaders, not he, would decide whether to increase the 2% target.', 'agrees', HT],
  ['Whether to lift the 2% floor is a decision for the allies’ leaders, Rutte told reporters.', 'agrees', HT],
  ['Asked whether the benchmark should be higher, Rutte said the allies’ leaders would decide.', 'agrees', HT],
  ['Rutte said the question of raising the spending target would be decided by NATO heads of government.', 'agrees', HT],
  ['Rutte said a decision on raising the 2% goal belonged to the allies’ heads of state.', 'agrees', HT],
  ['Asked whether NATO should increase the 2% target, Rutte said it was a decision for its leaders.', 'agrees', HT],
  ['Whether the 2% guideline is raised will be decided by NATO leaders at the summit, Rutte said.', 'agrees', HT],
  ['Rutte said NATO’s heads of government would decide whether its spending floor is raised.', 'agrees', HT],
  ['Asked about raising the 2% benchmark, Rutte said that decision was for the allied leaders.', 'agrees', HT],
  ['Rutte said raising the alliance’s target was a decision for its heads of state and government.', 'agrees', HT],
  ['Asked if the 2% floor should go up, Rutte said NATO leaders would decide whether to raise the target.', 'agrees', HT],
  ['Rutte said NATO leaders must decide if the 2% threshold should be lifted.', 'agrees', HT],
  ['Asked whether the target should be increased, Rutte said the decision lay with the allies’ leaders.', 'agrees', HT],
  ['Whether to increase the 2% goal is for NATO’s heads of government, Rutte said on Monday.', 'agrees', HT],
  ['Rutte said it was for allied leaders to decide on raising the benchmark.', 'agrees', HT],
  ['Asked if the 2% guideline should be increased, Rutte said that was a question for NATO leaders to decide.', 'agrees', HT],
  ])('%s', (...c) => checkOpen(c));
});

describe('blind-2 kind 7: false friends (NATO strap) and South Korean politics', () => {
  it.each<Open>([
  ['The NATO-strap watch now comes in 12 shades.', 'none'],
  ['Her new NATO strap costs 15 euros online.', 'none'],
  ['A NATO strap in olive green suits most field watches.', 'none'],
  ['These NATO straps are made of 100% nylon.', 'none'],
  ['The watchmaker sold 5,000 NATO straps last month.', 'none'],
  ['Swap the leather band for a NATO strap in 2 minutes.', 'none'],
  ['The NATO-style strap has been a collector favourite since 1973.', 'none'],
  ['Our NATO watch strap range now includes 40 colours.', 'none'],
  ['A striped NATO strap costs about 20 dollars.', 'none'],
  ['NATO straps in 20mm and 22mm widths are back in stock.', 'none'],
  ['South Korea’s parliament voted to impeach President Yoon after he declared martial law.', 'new'],
  ['South Korea’s President Yoon declared martial law on December 3, before lawmakers voted it down.', 'new'],
  ['South Korean lawmakers voted 204 to 85 to impeach President Yoon Suk Yeol.', 'new'],
  ['Seoul’s constitutional court upheld the impeachment of President Yoon in April.', 'new'],
  ['South Korea’s opposition party won 192 of 300 seats in the parliamentary election.', 'new'],
  ['Yoon Suk Yeol lifted martial law six hours after declaring it.', 'new'],
  ['South Korea’s prime minister became acting president after Yoon was impeached.', 'new'],
  ['South Korea will hold a snap presidential election on June 3.', 'new'],
  ['South Korean prosecutors indicted former President Yoon on insurrection charges.', 'new'],
  ['South Korea’s government announced a new cabinet after the president was removed.', 'new'],
  ['South Korean skincare sales rose 20% last year.', 'none'],
  ['South Korean K-pop band BTS sold 5 million albums.', 'none'],
  ['South Korean food exports reached 10 billion dollars.', 'none'],
  ['South Korea’s stock market fell 2% on Tuesday.', 'none'],
  ['South Korean barbecue restaurants opened 300 new branches.', 'none'],
  ['South Korean dramas drew 50 million viewers worldwide.', 'none'],
  ['South Korea’s won fell to a 15-year low against the dollar.', 'none'],
  ['South Korean beauty brands grew 30% in Europe.', 'none'],
  ['Samsung, South Korea’s biggest firm, posted a 12% rise in profit.', 'none'],
  ['South Korean actors won 3 awards at the festival.', 'none'],
  ])('%s', (...c) => checkOpen(c));
});

describe('set-20 kind: a running total with the last day’s part, and a start dated after a comma', () => {
  it.each<Case>([
    ['Russia has lost around 790,000 soldiers, including 1,500 over the past day, Ukraine’s General Staff said.', 'differs', 'russia-killed-wounded-600k'],
    ['Ukraine says Russian casualties have passed 780,000 since the beginning of the invasion, launched in February 2022.', 'differs', 'russia-killed-wounded-600k'],
    ['Russia lost 1,500 soldiers over the past day, Ukraine’s General Staff said.', 'new'],
  ])('%s', (...c) => check(c));
});

describe('set-20 kind: Seoul’s “the North” is North Korea', () => {
  it.each<Case>([
    ["Seoul's spy agency said the North has decided to send about 12,000 troops to help Russia.", 'agrees', 'nk-troops-planned-total'],
    ['The National Intelligence Service said the North has decided to send around 12,000 troops to support Russia in the war in Ukraine.', 'agrees', 'nk-troops-planned-total'],
    ['Russia’s North group of forces repelled 12 Ukrainian attacks near Kursk, Moscow said.', 'new'],
  ])('%s', (...c) => check(c));
});

describe('set-21 kind: a party confirming its own deployment is the deployment, not the allies’ confirmation', () => {
  it.each<Case>([
    ["North Korean authorities confirmed for the first time that the country's troops fought against Ukrainian forces in Russia's Kursk region.", 'agrees', 'nk-troops-deployed-kursk'],
    ["Gerasimov also confirmed on Saturday that North Korean soldiers fought in Russia's Kursk region.", 'agrees', 'nk-troops-deployed-kursk'],
    ['North Korea Confirms Sending Troops to Russia', 'agrees', 'nk-troops-deployed-kursk'],
    ["Pyongyang only confirmed in April that it had deployed troops to support Russia's war in Ukraine.", 'agrees', 'nk-troops-deployed-kursk'],
    ['North Korea confirmed in April it had deployed troops to Russia and admitted that its soldiers had been killed in combat.', 'agrees', 'nk-troops-deployed-kursk'],
    ["NATO confirmed that North Korean troops have been sent to Russia's Kursk region.", 'agrees', 'nk-troops-confirmed-by-allies'],
  ])('%s', (...c) => check(c));
});

describe('set-22 kind: workers, builders and deminers sent are labour, not troops', () => {
  it.each<Case>([
    ['North Korea Sends Thousands of Military Workers to Russia to Rebuild Infrastructure', 'new'],
    ['Pyongyang will send 1,000 deminers and military builders to the Kursk region.', 'new'],
    ['North Korea has sent troops to Russia, where they fought in the Kursk region.', 'agrees', 'nk-troops-deployed-kursk'],
  ])('%s', (...c) => check(c));
});

describe('set-22 kind: what "which include" lists is the sentence’s point, not an aside', () => {
  it.each<Case>([
    ['Rutte outlined his priorities, which include ensuring NATO members continue to increase defense spending.', 'agrees', 'european-nato-must-spend-more'],
  ])('%s', (...c) => check(c));
});

describe('set-14 kind: "United States" is a name, not a form of "units"', () => {
  it.each<Case>([
    ['United States officials have said the North Korean troops are fighting Ukrainians in the Kursk region of Russia.', 'agrees', 'nk-troops-deployed-kursk'],
  ])('%s', (...c) => check(c));
});

describe('set-10 kind: a confirmation of something else is not the allies’ confirmation of the troops', () => {
  it.each<Case>([
    ['British Foreign Secretary David Lammy confirmed that the oil supplies were part of a “settlement” for the weapons and military support provided by the DPRK to Russia.', 'new'],
    ['Andriy Kovalenko confirmed the incident, stating, “The first North Korean troops have already come under fire in the Kursk region.”', 'new'],
    ['Austin was the first senior US official to confirm the development on the record: North Korean troops are in Russia.', 'agrees', 'nk-troops-confirmed-by-allies'],
    ['NATO confirmed that North Korean troops have been sent to Russia.', 'agrees', 'nk-troops-confirmed-by-allies'],
  ])('%s', (...c) => check(c));
});

describe('set-8 kind: what is said of troops already fighting, even in quotation marks, is another fact', () => {
  it.each<Case>([
    ['The Pentagon believes North Korean forces fighting in the Russian armed forces are “fair targets” for Ukraine.', 'new'],
  ])('%s', (...c) => check(c));
});

describe('set-19 kind: ground taken in the incursion, said in passing, leaves the loss of it as the claim', () => {
  it.each<Case>([
    ['Ukraine has lost more than 40% of the territory it took in Russia’s Kursk region during a surprise attack in August.', 'agrees', 'russia-regaining-kursk'],
    ['Ukraine’s foothold in Kursk has shrunk significantly since the Aug. 6 incursion.', 'agrees', 'russia-regaining-kursk'],
    ['Ukrainian forces launched a surprise incursion into Russia’s Kursk region in early August.', 'agrees', 'ukraine-kursk-incursion'],
  ])('%s', (...c) => check(c));
});

describe('set-22 kind: the writer’s reading of what was said before is no claim', () => {
  it.each<Open>([
    ['This shortfall highlights a persistent spending gap across NATO at a time of heightened tension with Russia.', 'none'],
    ['Analysis suggests a geographical divide in NATO defence investment.', 'none'],
    ['NATO figures show a persistent spending gap across the alliance, with eight members below 2%.', 'differs', SPEND],
  ])('%s', (...c) => checkOpen(c));
});

describe('set-19 kind: where and when remarks were made is no claim', () => {
  it.each<Open>([
    ["Stoltenberg's remarks came during a press conference preceding a meeting of NATO defence ministers.", 'none'],
    ['Kremlin spokesperson Dmitry Peskov made the comment to reporters asking about a possible visit by Kim Jong Un.', 'none'],
    ['Stoltenberg shared the figure as NATO defence ministers gathered for a meeting in Brussels.', 'none'],
  ])('%s', (...c) => checkOpen(c));
});

describe('set-9 kind: asking NATO members for more money in other words', () => {
  it.each<Case>([
    ['The NATO chief warned that the alliance’s members are not ready, urging them to “turbocharge” their defence spending.', 'agrees', 'european-nato-must-spend-more'],
    ['Rutte said European allies should bear a greater share of NATO’s defence spending.', 'agrees', 'european-nato-must-spend-more'],
  ])('%s', (...c) => check(c));
});
