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
