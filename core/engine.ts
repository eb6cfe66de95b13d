// The claim engine: text block in, annotations (sentence offsets + verdict) out.
// Cheap first: one topic-gate regex per block and per sentence before any heavy work.
import type { Annotation, ClaimRecord, Engine, Figure, PageBlock, Topic } from './types.ts';
import { splitSentences } from './sentences.ts';
import { detectTopics, leadTopic, namesNato, otherSense, statecraft, topicGate } from './topics.ts';
import { ABOVE, BELOW, findFigures, pickFigure, plainFigure, scopeOf, thresholdsOf } from './figures.ts';
import { findAttribution, withoutSource } from './attribution.ts';
import { textTerms } from './retrieval.ts';
import { isCaptionBlock, isCheckWorthy, isConjecture, isCreditLine, isHeadline, isLabelHeading, isNonClaim, isOpinion, SHARE_ROW } from './claims.ts';
import { CONFIRMS, WHOLE, candidates, mainClauseText, drain, negatedGroups, prepareSteps, reversed, scopeFamily, type Candidate, type Matcher } from './match.ts';
import { judge, newClaim } from './verdict.ts';
import { aboutRecord } from './scorer.ts';

// A group named without a number ("several North Korean generals", "hundreds of soldiers
// killed") still says what is counted.
const VAGUE_SCOPE =
  /\b(?:two|three|four|five|six|seven|eight|nine|several|a few|few|dozens of|hundreds of|thousands of|tens of thousands of|many|numerous|a number of|a group of|a handful of|senior|high-ranking)\s+(?:[\p{L}-]+\s+){0,3}?(generals?|officers?|commanders?|troops|soldiers|servicemen|forces)\b/iu;

function scopeCue(sentence: string): string | null {
  const m = VAGUE_SCOPE.exec(sentence);
  if (!m) return null;
  return scopeOf(/general|officer|commander/i.test(m[1] ?? '') ? 'officers' : 'soldiers', sentence);
}

// Sentences that lean on the one before for who they are about.
const ANAPHOR =
  /^[“"‘']?\s*(?:he|she|it|they|this|these|that|those|such|i|we|its|his|her|their|both|the (?:move|deployment|presence|alliance|agency|report|country|regime|troops|soldiers|two|leaders?|nations|countries|chief|secretary[\s-]general))\b/iu;

// "Rutte described this deployment as ...": a noun that points back, anywhere in the sentence;
// "Rutte said this was a sign of ...": a pronoun as what someone calls the story so far;
// "22 of the 32 have done so", "only 19 of the 31 members achieved it": what the sentence before said they do.
const POINTING = /\b(?:done|do|does|did) so\b|\b(?:his|her|its|their|the) country['’]s\s+(?:troops|soldiers|forces|army|military|units)\b|\b(?:achieved|achieve|achieves|met|meet|meets|reached|reach|reaches|exceeded|exceed|exceeds|missed|miss|misses)\s+it\b|\b(?:this|these|such|that)\s+(?:deployment|move|development|presence|step|decision|dispatch|transfer|troops|soldiers|forces|units)\b|\b(?:said|says|adding|added|noted|called|calling|described|describing)\s+(?:that\s+)?(?:this|it)\s+(?:was|is|as|marked|marks|represented|represents|showed|shows|signals|signalled|signaled)\b/i;

// "Ukrainian intelligence says about 200 North Korean soldiers have been killed": a count of what
// our topics' claims count, with its source, is a claim even on a page about something else.
const COUNTED = new Set(['soldiers', 'officers', 'killed', 'wounded', 'casualties', 'members', 'percent', 'money', 'weapons', 'equipment']);
const sourcedCount = (a: Annotation) => a.figure !== null && COUNTED.has(a.figure.unit) && a.attribution !== null;

// "In recent weeks, the NIS revealed that ...", "Seoul accused Pyongyang of ...": who reports is not
// who the claim is about.
const REPORTED = /^[^.;:]{0,120}?\b(?:(?:informed|briefed|assured|notified|told)\b[^;:“"]{0,80}?\bthat|(?:claims?|reports?|assertions?|allegations?|assessments?|estimates?|statements?|warnings?)\s+(?:from|by)\b[^;:“"]{0,80}?\bthat|said\s+(?:at|in|on|during|after)\b[^;:“"]{0,60}?\bthat|said|says|revealed|reported|reports|announced|estimated|estimates|believes?|claimed|claims|confirmed|stated|noted|added|warned|indicated|suggested|told [\p{L}]+|accus(?:ed|es|ing)(?: [\p{L}-]+){0,3} of)\s+(?:that\s+)?/iu;

const FOUND = /^[^.;:,]{0,60}?\b(?:has|have|had)\s+(?:found|discovered|confirmed|concluded|determined|established|identified|learned|assessed|verified)\s+(?:that\s+)?/iu;

// "South Korean officials", "US and South Korean intelligence": who tells, not who acts.
const SOURCES =
  /\b(?:(?:North|South) Korean|Russian|Ukrainian|NATO|U\.?S\.?|American|Western|European|EU)(?:\s+and\s+(?:(?:North|South) Korean|Russian|Ukrainian|NATO|U\.?S\.?|American|Western|European|EU))?\s+(?:officials?|intelligence(?:\s+(?:officials|agency|services?))?|sources|media|authorities|lawmakers|experts|analysts|spy agency)\b/g;

// "Spurred on by Russia's war, 23 of NATO's members ...", "Amid Russia's advance, ...", "According
// to the U.S. and South Korea, ...", "Two and a
// half years after Moscow's invasion, ...": an opening phrase sets the scene; the claim's subject
// comes after it.
const OPENING = /^(?:\p{Lu}\p{Ll}+ed(?: on)? by|According to|Amid|Despite|After|Before|Since|Following|Given|In the wake of|In response to|(?:[\p{L}-]+\s+){1,5}(?:after|before|since)\b)\b[^,]{0,90},\s*/u;

// "SEOUL, South Korea: ...", "BRUSSELS (AP) — ...": where the story was filed.
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L} .]*)?(?:\s*\([^)]{1,30}\))?\s*[:—–]\s*/u;
// "According to the United States, South Korea, and Ukraine, ...": a list of sources.
const NAME_WORDS = "(?:the\\s+)?\\p{Lu}[\\p{L}.’']*(?:\\s+\\p{Lu}[\\p{L}.’']*){0,3}";
// (The source may already be cut out of it: "According to  , South Korea, and Ukraine, ...".)
const LIST_OPENING = new RegExp(`^According to\\s+(?:${NAME_WORDS}\\s*)?(?:,\\s*${NAME_WORDS})*,?\\s+and\\s+${NAME_WORDS},\\s*`, 'u');

const ABBREVIATION = /\b(\p{Lu}|Maj|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\./gu;

/** The topic the claim is about: named first, after any "X said that". */
function leadOf(raw: string): Topic | null {
  // "Maj. Gen. Pat Ryder said at an Oct. 29 briefing that ...": abbreviations end no clause.
  const text = raw.replace(DATELINE, '').replace(ABBREVIATION, '$1').replace(SOURCES, ' ').replace(LIST_OPENING, '').replace(OPENING, '');
  const m = REPORTED.exec(text);
  // "North Korea has not sent troops ..., one of its representatives said Monday, ...": the
  // speaker comes after the claim, and what follows is no claim of theirs.
  // ("The adviser, Shin Won-sik, stated on Friday on SBS that ...": the speaker first after all.)
  // ("Agencies in Ukraine, the United States, and South Korea have all said ...": a list of speakers first.)
  const trailing = m !== null && /,[^,]{0,70}$/.test(m[0]) && !/,\s+and\s+[^,]{1,40}?\s(?:(?:have|has|had)\s+)?(?:all\s+|both\s+)?(?:said|say|says|stated|reported|estimated|believe|assessed)\s+$/.test(m[0]) && m.index === 0 && !/\bthat\s*$/.test(m[0]) && /^[^,]{25,}/.test(m[0]) && !/^[^.;,“"]{0,80}?\bthat\b/.test(text.slice(m[0].length));
  let rest = m && !trailing ? text.slice(m[0].length) : '';
  // "Shin told SBS that South Korea has found Russia provided ...": a report of a finding.
  const again = rest ? FOUND.exec(rest) : null;
  if (again) rest = rest.slice(again[0].length);
  return (rest && leadTopic(rest)) || leadTopic(text);
}

// A finite verb or a present-tense verb before its object, in a title: "Treaty officially in effect",
// "China reacts to ...", "adviser attends NATO summit", "leader states members will comply".
const TITLE_VERB = /\b(?:is|are|will|has|have|can|could|may|might|must|should|in (?:effect|force))\b|\b\p{L}+s\s+(?:to|the|a|an|why|how|that|on|about|with|against|NATO|members|allies)\b/u;

/** Most longer words capitalised ("North Korean Troop Movements in Russia"): a label's style, where a sentence-case title reads as a sentence. */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
}

// "... is a sign of desperation after over 600,000 Russian forces have been killed": a figure in a
// clause of its own is about what that clause names.
const SUBORDINATE = /\b(?:after|as|while|whereas|when|because|regarding|concerning|in a (?:war|conflict|fight) (?:that|which))\s+/gi;

/** Where the clause of its own that a figure (at `at`) sits in begins, when it is not the sentence's first; else -1. */
function subordinateAt(sentence: string, at: number): [number, number] {
  let from = -1;
  let word = -1;
  for (const m of sentence.slice(0, at).matchAll(SUBORDINATE)) {
    // "as many as 12,000", "such as": a comparison, not a clause.
    if (/^as\s/i.test(m[0]) && /\b(?:as\s+[\p{L}]+|such)\s+$/iu.test(sentence.slice(0, m.index))) continue;
    from = m.index + m[0].length;
    word = m.index;
  }
  if (from <= 0 || /[,;:]\s/.test(sentence.slice(from, at).replace(/,\s*according to [^,;]{1,60},/i, ''))) return [-1, -1];
  return [word, from];
}

/** The topic named first in the clause that a figure (at `at`) opens or sits in, when that clause is not the sentence's first. */
function figureLead(sentence: string, at: number): Topic | null {
  const [, from] = subordinateAt(sentence, at);
  if (from <= 0) return null;
  const clause = sentence.slice(from).split(/[,;:]\s/)[0] ?? '';
  return leadTopic(clause);
}

/** The time a sentence dates its figure (at `at0`) to: the latest year it names (not "since 2022", nor a comparison after the figure), or long ago. */
function figureYear(sentence: string, at0 = 0): { figureYear?: number } {
  // "since the invasion nearly three years ago", "since February 2022": the start of a total.
  // "up from six in 2018", "compared to just three a decade ago": the earlier figure's time, not this one's.
  const text = sentence
    // ("since the beginning of the invasion, unleashed in February 2022": the start, dated after a comma.)
    .replace(/\b(?:since|from the start of|after)\b[^.;,]*(?:,\s*(?:19|20)\d\d\b|,\s*(?:[\p{L}-]+\s+){0,2}?(?:launched|unleashed|started|begun|began)\s+(?:on|in)\s+[^.;,]{0,20}?\b(?:19|20)\d\d\b)?/giu, ' ')
    .replace(/\b(?:compared (?:to|with)|(?:up|down|rising|falling|risen|fallen|a rise|an increase|a jump)\s+from)\b[^.;]*/gi, (m, at: number) => (at > at0 ? ' ' : m));
  if (/\b(?:years|decades?|a decade)\s+ago\b/i.test(text)) return { figureYear: -Infinity };
  let latest: number | undefined;
  for (const m of text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b(?!\s*(?:%|per|troops|soldiers))/gi)) {
    const y = Number(m[1]);
    latest = latest === undefined ? y : Math.max(latest, y);
  }
  return latest === undefined ? {} : { figureYear: latest };
}

// An acronym spelled out before it in brackets: "National Association of Tobacco Outlets (NATO)".
const SPELLED_NATO = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the|on)\s+)*){3,6})\(NATO\)/u;

// A town named Moscow in the United States, named with its state ("Moscow, Idaho", "Moscow, TN").
const TOWN = /\bMoscow,\s+(?:Idaho|Pennsylvania|Vermont|Maine|Ohio|Tennessee|Texas|Iowa|Kansas|Minnesota|Michigan|Indiana|Arkansas|Kentucky|Maryland|Mills|ID|PA|VT|ME|OH|TN|TX|IA|KS|MN|MI|IN|AR|KY|MD|Tenn\.|Pa\.)(?![\p{L}])/u;
// Kit built to a NATO standard: "9mm", "7.62 NATO", "caliber", "cartridge", "NATO slave cable".
const NATO_KIT = /\b\d+(?:\.\d+)?\s?mm\b|\b(?:calib(?:er|re)s?|cartridges?|ammo|ammunition|bullets?|rounds|rifles?|pistols?|handguns?|sidearms?|firearms?|cables?|receptacles?|connectors?|plugs?|sockets?|pallets?|jerry ?cans?)\b/i;

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b(?!\s*(?:%|per ?cent|km|kilomet|miles|troops|soldiers|people|members))/g;

/** Whether the page names years twice or more and every one is before 1990 (one alone may be a time of day or a model). */
function pastOnly(blocks: PageBlock[]): boolean {
  let n = 0;
  for (const b of blocks) {
    for (const m of (b.text ?? '').matchAll(YEAR)) {
      if (Number(m[1]) >= 1990) return false;
      n++;
    }
  }
  return n >= 2;
}

// A town named Kremlin ("the towns of Kremlin and North Enid"): the fortress is no town.
const KREMLIN_TOWN = /\b(?:towns?|villages?|townships?) (?:of|called|named) (?:\p{Lu}[\p{L}-]* (?:and|or) )?Kremlin\b|\bKremlin,\s+(?:Oklahoma|Okla\.|Montana|Mont\.)/u;
const WEAK_NATO = /\b(?:alliance|allies)\b/gi;
const SAME_LENGTH: Record<string, string> = { alliance: 'partners', allies: 'others' };

/**
 * A page's names read in another sense, masked with words of the same length that name nothing:
 * "Moscow" and "Kremlin" in lower case on a page naming a town of that name ("Moscow, Idaho"),
 * and "allies" or "the alliance" on a page that never names NATO (carmakers' or board-game allies).
 */
function otherNamesMasked(blocks: PageBlock[]): PageBlock[] {
  const some = (re: RegExp) => blocks.some((b) => b.text && re.test(b.text));
  const moscow = some(TOWN);
  const kremlin = some(KREMLIN_TOWN);
  // The cheap test first: most pages say neither word.
  const weak = some(/\b(?:alliance|allies)\b/i) && !blocks.some((b) => b.text && b.text.length < 20000 && namesNato(b.text));
  if (!moscow && !kremlin && !weak) return blocks;
  return blocks.map((b) => {
    if (!b.text) return b;
    let text = b.text;
    if (moscow) text = text.replace(/\bMoscow\b/g, 'moscow');
    if (kremlin) text = text.replace(/\bKremlin\b/g, 'kremlin');
    if (weak) text = text.replace(WEAK_NATO, (w) => sameCase(w, SAME_LENGTH[w.toLowerCase()]!));
    return text === b.text ? b : { ...b, text };
  });
}

function sameCase(like: string, word: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function natoRedefined(text: string): boolean {
  const m = SPELLED_NATO.exec(text);
  return m !== null && !/North Atlantic/i.test(m[1] ?? '');
}

const MAX_SENTENCE = 1000;
// Figures that measure ground: a share, square kilometres or miles.
const GROUND = /^(?:percent|kilometers|miles|square[\w-]*|km2|sq[\w-]*)$/;
// "had retaken 12 settlements": places counted as taken or lost (not "attacks on two villages").
const PLACES_TAKEN = /\b(?:retak|retook|recaptur|liberat|regain|reclaim|captur|seiz|took|taken|lost|los(?:e|es|ing)|gain)\w*[”"’]?\s+(?:\p{Lu}[\p{L}-]*\s+and\s+)?(?:(?:control\s+of|back|more than|over|about|some|at least|nearly|almost|another|a further)\s+)*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+)?(?:villages|settlements|towns|localities|hamlets)\b/iu;
// "1,000 sq km": an area the figure reader leaves uncounted.
const AREA_AFTER = /\d\s*(?:sq\.?\s*(?:km|mi)|km2|km²|square\s+(?:kilomet|mile))/i;
const TERRITORY = /\b(?:territor\w*|ground|land|area|villages?|settlements?|towns?|localities|square (?:kilomet\w+|miles)|sq\.? ?(?:km|mi)|km2)\b/i;
const ground = (f: Figure, sentence: string) => ((GROUND.test(f.counts) || (f.counts === 'count' && AREA_AFTER.test(sentence))) && TERRITORY.test(sentence)) || PLACES_TAKEN.test(sentence);
/** Weight of how near a record's figure is to the page's (log ratio) when choosing among records. */
const NEAREST = 1.0;
/** How small a fraction of a record's figure a page's may be and still count the same thing. */
const FAR = 10;
/** How far below the best a record may score and still be the one a denial denies. */
const DENIAL_MARGIN = 0.5;
/** Statements a record needs to be a story's main claim. */
const MAIN_SOURCES = 3;
/** How far below the best a record about a confirmation may score and still speak for one. */
const CONFIRM_MARGIN = 1;
// A number or a share: what a sentence needs to take its topic from its heading or page.
const FIGURE_HINT = /\d|%|per ?cent|\b(?:hundred|thousand|million|billion)\b/i;
const EMPTY = new Map<number, number>();
// "Germany can ensure peace", "that might change": a line that borrows its topic and only
// says what may be is no claim of the page's story.
const MODAL = /\b(?:can|could|might|may)\b/;
// "It looks like another piece of fake news": a dismissal that names nothing it dismisses.
// "Pyongyang denied these reports", "dismissed the claims as ...": a denial of what was just reported.
const DENIES_REPORTS = /(?<!\b(?:not|n['’]t|never|from|without)\s+)\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing))\s+(?:these|the|those|such|this|that|all)\s+(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?)\b/i;
const DISMISSAL = /\b(?:fake news|groundless|baseless|unfounded|fabricat\w+|false (?:claims?|allegations?|reports?|rumou?rs?)|pure (?:fiction|speculation)|absurd)\b/i;

function merge(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  if (b.size === 0) return a;
  const out = new Map(b);
  for (const [k, v] of a) out.set(k, v);
  return out;
}

interface Context {
  text: string;
  topics: Topic[];
  /** Term hits of the text, kept so a chain of pronoun-led sentences is read once. */
  hits: Map<number, number>;
}

export interface EngineOptions {
  /** Whether the learned check (core/scorer.ts) may turn a record verdict into a new claim; off only to train it. */
  learned?: boolean;
}

export function createEngine(records: ClaimRecord[], options: EngineOptions = {}): Engine {
  return drain(engineSteps(records, options));
}

/** createEngine in small steps (one a record), for a caller that must not hold a page's thread. */
export function* engineSteps(records: ClaimRecord[], options: EngineOptions = {}): Generator<void, Engine, void> {
  return engineOf(yield* prepareSteps(records), options.learned !== false);
}

/** Whether every figure of the figure's kind in the record is over FAR times it (a page inflating a record's figure still differs). */
function farFrom(figure: Figure, c: Candidate): boolean {
  const family = scopeFamily(figure.counts);
  let any = false;
  for (const f of c.prepared.statementFigures) {
    // Units are words for the same people ("soldiers", "killed", "casualties") within one scope; a share is no count.
    if (!f || scopeFamily(f.counts) !== family || (f.unit === 'percent') !== (figure.unit === 'percent') || f.value <= 0 || figure.value <= 0) continue;
    any = true;
    if (figure.value * FAR >= f.value) return false;
  }
  return any;
}

function engineOf(prepared: Matcher, learned: boolean): Engine {
  const byId = new Map(prepared.records.map((p) => [p.record.id, p.record]));
  /**
   * The rules' record verdicts, checked by what was learned from labelled real news: one the
   * sentence is unlikely to be about ("deminers sent to Kursk" against the troops record) is a
   * new claim instead.
   */
  const checked = (found: Annotation[], heading: boolean): Annotation[] =>
    learned
      ? found.map((a) => {
          const record = a.claimId ? byId.get(a.claimId) : undefined;
          if (!record || aboutRecord(a, record, heading)) return a;
          return { ...a, verdict: 'new', claimId: undefined, explanation: newClaim(a.figure) };
        })
      : found;

  function annotateSentence(
    text: string,
    start: number,
    end: number,
    own: Topic[],
    hits: Map<number, number>,
    ctx: Context | null,
    borrowed: Topic[] = [],
    lentOnly = false,
    title = false,
    sceneOf: () => Topic[] = () => [],
  ): Annotation | null {
    // Longer than any real sentence: a list or a script dump; skipping it bounds the work.
    if (end - start > MAX_SENTENCE) return null;
    const sentence = text.slice(start, end);
    const mine = own.length ? own : borrowed;
    const topics = ctx ? [...new Set([...mine, ...ctx.topics])] : mine;
    if (topics.length === 0 || isNonClaim(sentence)) return null;
    // "The match ended 6:4 in favour of the Russian": our names in another sense.
    if (otherSense(sentence) && !statecraft(sentence)) return null;
    const attribution = findAttribution(sentence);
    const figs = findFigures(sentence);
    let main = pickFigure(figs, sentence);
    // "60,000 Russian troops and 12,000 North Koreans": of counts of one kind owned by different
    // sides, the one a record counts.
    const rival = main?.owner ? figs.find((f) => f !== main && f.counts === main!.counts && f.owner && f.owner !== main!.owner && !f.context) : undefined;
    if (rival && main) {
      const checkable = (f: typeof rival) =>
        candidates(prepared, { sentence, topics: own.length ? own : borrowed, figure: plainFigure(f), scopeCue: null, attribution, owner: f.owner, hits, contextHits: ctx ? ctx.hits : null }).some((c) => c.scopeFits);
      if (!checkable(main) && checkable(rival)) main = rival;
    }
    const figure: Figure | null = main ? plainFigure(main) : null;
    let claimFigure = main && !main.context ? figure : null;
    // "Belgium has yet to reach the 2% target" / "exceeds the 2% benchmark": a country's
    // own spending level, below or above the threshold figure.
    if (main?.context && main.unit === 'percent' && [...hits.keys()].some((id) => prepared.actors.has(id))) {
      const dir = BELOW.test(sentence) ? 'less-than' : ABOVE.test(sentence) ? 'more-than' : null;
      if (dir) claimFigure = { value: main.value, unit: 'percent', qualifier: dir, counts: 'gdp-share' };
    }
    // Headlines without a figure, sentences without a check-worthy verb and sentences topical
    // only through the one before are claims only when the database knows their subject.
    const worthy =
      (own.length > 0 && isCheckWorthy(sentence, claimFigure !== null, attribution, title) && (claimFigure !== null ? !isConjecture(sentence) : !isOpinion(sentence))) ||
      // Topical only through its heading or page: a claim when it counts something.
      ((lentOnly || (ctx !== null && own.length === 0)) && claimFigure !== null && claimFigure.unit !== 'count' && !isHeadline(sentence) && !isConjecture(sentence)) ||
      (lentOnly && isCheckWorthy(sentence, false, attribution) && !isOpinion(sentence) && !MODAL.test(sentence)) ||
      // A row of a table of shares under a heading or on a page about spending.
      (lentOnly && claimFigure !== null && SHARE_ROW.test(sentence));
    const base = { start, end, sentence, figure, attribution, topics };
    // "Rutte said the deployment is a sign of desperation after over 600,000 Russian troops were
    // killed": the main clause's claim, which states no figure, is the sentence's claim,
    // read before the whole sentence is.
    const [sub] = claimFigure && main ? subordinateAt(sentence, main.start) : [-1];
    const head = sub > 0 ? sentence.slice(0, sub) : '';
    if (head && !isOpinion(head) && !/\b(?:uncertain|unclear|remains?\s+to be seen)\b/i.test(head)) {
      const headHits = prepared.index.hits(head);
      const lead = leadOf(withoutSource(head, attribution));
      const first = candidates(prepared, { sentence: head, topics, figure: null, scopeCue: null, attribution, lead, hits: headHits, contextHits: ctx ? ctx.hits : null, context: ctx?.text })[0];
      if (first && !first.prepared.figured) {
        const { verdict, explanation } = judge(head, null, first.prepared, negatedGroups(head, headHits));
        return { ...base, figure: null, verdict, claimId: first.prepared.record.id, explanation };
      }
    }
    const onGround = claimFigure !== null && ground(claimFigure, sentence);
    const found = candidates(prepared, {
      sentence,
      topics,
      figure: claimFigure,
      scopeCue: claimFigure ? null : scopeCue(sentence),
      ground: onGround,
      ...(claimFigure ? figureYear(sentence, main?.start ?? 0) : {}),
      owner: main && !main.context ? main.owner : undefined,
      threshold: main?.context === true,
      thresholds: thresholdsOf(figs),
      attribution,
      lead: (claimFigure && main && figureLead(sentence, main.start)) || leadOf(withoutSource(sentence, attribution)),
      context: ctx?.text,
      ...(own.length && claimFigure ? { scene: sceneOf() } : {}),
      hits,
      contextHits: ctx ? ctx.hits : null,
    });
    let best = found[0];
    // Every record the sentence speaks of is only in an aside or a dating clause ("months before
    // North Korean troops were deployed, Kim and Putin signed a pact"): its claim is another.
    if (best?.aside && !claimFigure && detectTopics(mainClauseText(sentence)).length > 0) {
      best = undefined;
      found.otherFact = true;
    }
    if (claimFigure) {
      // A figure is compared with records that state one of the same scope, when there are any;
      // among those, the one whose statements the figure fits speaks for it.
      const fitting = found.filter((c) => c.scopeFits);
      // Else the record whose figure is nearest the page's: 10,900 troops speak of the record of
      // 10,000, not of the one of 1,500; among equals, one counting exactly the same thing.
      const family = scopeFamily(claimFigure.counts);
      const distance = (c: Candidate) => {
        let d = Infinity;
        for (const f of c.prepared.statementFigures) {
          if (!f || scopeFamily(f.counts) !== family || f.value <= 0 || claimFigure.value <= 0) continue;
          d = Math.min(d, Math.abs(Math.log(claimFigure.value / f.value)));
        }
        return d;
      };
      const rank = (c: Candidate) => c.score - NEAREST * Math.min(distance(c), 4);
      // Records with a statement counting exactly the same thing ("troops in training") first.
      const same = fitting.filter((c) => c.prepared.statementFigures.some((f) => f?.counts === claimFigure.counts));
      const pool = same.length ? same : fitting;
      if (pool.length) best = pool.reduce((a, b) => (rank(b) > rank(a) + 1e-9 ? b : a));
      for (const c of fitting) {
        if (judge(sentence, claimFigure, c.prepared).verdict === 'agrees') {
          best = c;
          break;
        }
      }
    }
    if (!best) {
      // Another fact about a record's actors ("in combat", "congratulated the president-elect") is new.
      if (!worthy && !(found.otherFact && (mine.length > 0 || (ctx !== null && POINTING.test(sentence))) && !isOpinion(sentence))) return null;
      return { ...base, verdict: 'new', explanation: newClaim(claimFigure) };
    }
    // A figure the record says nothing about is not checked by it: the claim is new. So is one
    // under a tenth of the record's ("around 1,100 casualties" against 600,000 killed or
    // wounded): it counts a part, a period or another group.
    // But a share or an area of ground held, taken or lost ("Ukraine has lost more than 40% of the
    // territory") measures what a record of ground changing hands asserts: its assertion decides.
    const checked = onGround && !best.prepared.figured ? null : claimFigure;
    if (checked && ((!best.prepared.figured && !best.prepared.quoteFamilies.has(scopeFamily(checked.counts))) || farFrom(checked, best))) {
      // ("This includes 1,820 casualties over just one day": a count of its own, leaning on the sentence before.)
      return worthy || (ctx !== null && own.length === 0 && !isConjecture(sentence)) ? { ...base, verdict: 'new', explanation: newClaim(checked) } : null;
    }
    const negs = negatedGroups(sentence, hits);
    // "X has not confirmed that ...": what is denied is a confirmation, when a record says one.
    if (negs.has(WHOLE) && !checked) best = found.find((c) => c.prepared.confirmation) ?? best;
    // "Rutte confirmed that North Korean troops were in Kursk": a confirmation, when a record is about one.
    else if (!checked && CONFIRMS.test(sentence) && !best.prepared.confirmation) best = found.find((c) => c.prepared.confirmation && c.score >= best!.score - CONFIRM_MARGIN) ?? best;
    let { verdict, explanation } = judge(sentence, checked, best.prepared, negs);
    // A denial denies the story's main claim: among records about as close, the one most sources state.
    if (verdict === 'differs' && !checked && !negs.has(WHOLE) && explanation.summary.startsWith('The page denies')) {
      const main = found
        .filter((c) => c.score >= best!.score - DENIAL_MARGIN && c.prepared.record.statements.length >= MAIN_SOURCES)
        .reduce((a, b) => (b.prepared.record.statements.length > a.prepared.record.statements.length ? b : a), best);
      if (main !== best) {
        const again = judge(sentence, null, main.prepared, negs);
        if (again.verdict === 'differs') ({ verdict, explanation } = again), (best = main);
      }
    }
    // "It is North Korea that passes technology to Russia": the record's direction reversed.
    if (verdict === 'agrees' && !checked && reversed(sentence, prepared, best.prepared)) {
      verdict = 'differs';
      explanation = { ...explanation, summary: `The page has giver and receiver reversed: ${best.prepared.record.subject}.` };
    }
    return { ...base, verdict, claimId: best.prepared.record.id, explanation };
  }

  /** Topics and term hits a block may lend to sentences that name none (a heading, the page). */
  interface Lender {
    topics: Topic[];
    hits: Map<number, number>;
    text: string;
    /** Stems of the page's topical blocks: a sentence using two of them continues their story. */
    vocab: Set<string>;
  }

  function sharesVocabulary(sentence: string, vocab: Set<string>): boolean {
    let n = 0;
    for (const t of textTerms(sentence)) if (!t.startsWith('#') && vocab.has(t) && ++n >= 2) return true;
    return false;
  }

  function annotateBlock(text: string, carried: Context | null, lender: Lender | null, out: Context[], title = false): Annotation[] {
    if (!text) return [];
    const named = prepared.names !== null && prepared.names.test(text);
    if (isCaptionBlock(text)) return [];
    const open = (carried !== null && ANAPHOR.test(text)) || (lender !== null && lender.topics.length > 0);
    if (!named && !open && !topicGate(text)) return [];
    const found: Annotation[] = [];
    let prev = carried;
    // What the paragraph and its heading or page are about: read only for a sentence with a figure.
    let scene: Topic[] | undefined;
    const sceneOf = () => (scene ??= [...new Set([...(topicGate(text) ? detectTopics(text) : []), ...(lender?.topics ?? [])])]);
    for (const span of splitSentences(text)) {
      const ctx: Context | null = prev && (ANAPHOR.test(span.text) || POINTING.test(span.text)) ? prev : null;
      const short = span.text.length <= MAX_SENTENCE;
      const own: Topic[] = short && topicGate(span.text) ? detectTopics(span.text) : [];
      // A sentence naming only an outside actor of some record ("Trump") is read for that record.
      const byName = short && own.length === 0 && named && (prepared.names as RegExp).test(span.text);
      // A sentence naming no topic but stating a figure, under a heading or on a page about one
      // ("Germany will spend 2.1% of GDP on defence" in an article on NATO spending).
      // It must speak of states or war itself ("sanctions", "defence"): "the bakery sold 600
      // loaves" is not about the page's topic.
      const lent = short && own.length === 0 && !ctx && lender !== null && lender.topics.length > 0 && (statecraft(span.text) || sharesVocabulary(span.text, lender.vocab) || (lender.topics.includes('nato') && SHARE_ROW.test(span.text))) ? lender : null;
      // Term hits are needed for a topical sentence, or for one a later pronoun may lean on.
      const hits = short && (own.length > 0 || ctx || byName || lent) ? prepared.index.hits(span.text) : EMPTY;
      const borrowed: Topic[] = [];
      if (byName) for (const [id, ts] of prepared.nameTopics) if (hits.has(id)) borrowed.push(...ts);
      const lentCtx: Context | null = lent && borrowed.length === 0 ? { text: lent.text, topics: lent.topics, hits: lent.hits } : null;
      const a =
        own.length > 0 || ctx || borrowed.length > 0
          ? annotateSentence(text, span.start, span.end, own, hits, ctx, [...new Set(borrowed)], false, title, sceneOf)
          : lentCtx
            ? annotateSentence(text, span.start, span.end, own, hits, lentCtx, [], true)
            : null;
      // "… for first time. Picture: Alamy": the sentence before a credit is a caption.
      if (isCreditLine(span.text) && found.length && found[found.length - 1]!.end <= span.start && !/[\n]/.test(text.slice(found[found.length - 1]!.end, span.start))) found.pop();
      if (a) found.push(a);
      prev = ctx
        ? { text: `${span.text} ${ctx.text}`.slice(0, 600), topics: [...new Set([...own, ...ctx.topics])], hits: merge(hits, ctx.hits) }
        : { text: span.text, topics: own, hits };
    }
    if (prev) out.push(prev);
    return found;
  }

  return {
    annotate(text: string): Annotation[] {
      return checked(annotateBlock(text, null, null, []), false);
    },
    annotatePage(blocks: PageBlock[]): Annotation[][] {
      const masked = otherNamesMasked(blocks);
      // The page's own text is put back in what is returned.
      const read = masked === blocks ? readPage(blocks) : readPage(masked).map((found, i) => found.map((a) => ({ ...a, sentence: blocks[i]!.text.slice(a.start, a.end) })));
      return read.map((found, i) => checked(found, blocks[i]!.heading === true));
    },
  };

  function readPage(blocks: PageBlock[]): Annotation[][] {
    // What the page is about: topics its title or first heading names, or that two of its
    // blocks name. A block naming none may take them from there.
    const topicsOf = blocks.map((b) => (b.text && b.text.length < 20000 && topicGate(b.text) ? detectTopics(b.text) : []));
    const count = new Map<Topic, number>();
    for (const ts of topicsOf) for (const t of ts) count.set(t, (count.get(t) ?? 0) + 1);
    const firstHeading = blocks.findIndex((b) => b.heading);
    const pageTopics = [...count].filter(([t, n]) => n >= 2 || (firstHeading >= 0 && topicsOf[firstHeading]!.includes(t))).map(([t]) => t);
    // A page that names our topics only beside food, sport, pets or a town council uses the
    // names in another sense: nothing on it is about them.
    const topical = blocks.filter((_, i) => topicsOf[i]!.length > 0);
    const statelyCount = topical.filter((b) => statecraft(b.text)).length;
    const stately = statelyCount > 0;
    // NATO has no other sense once its false friends (straps, tea) are set aside, unless the
    // page speaks of pastimes (its phonetic alphabet).
    const natoNamed = topicsOf.some((ts) => ts.includes('nato'));
    // None of the blocks naming our topics speaks of states or war (a plant's, a pet's or a
    // novelist's Russia); or fewer than half do and food, sport, culture or pastimes are named
    // beside our names: the names are used in another sense. (Pages in other languages are
    // read as such too: the statecraft words are English.)
    if (!stately && topical.length && !natoNamed) return blocks.map(() => []);
    // "The National Association of Tobacco Outlets (NATO)": the page spells the name out as
    // something else, so its NATO is not the alliance.
    const onlyNato = natoNamed && topicsOf.every((ts) => ts.every((t) => t === 'nato'));
    if (onlyNato && blocks.some((b) => b.text && natoRedefined(b.text))) return blocks.map(() => []);
    // "The NATO standard in the 1950s" on a page where every line naming NATO speaks of
    // calibres, cartridges or cables: the NATO of equipment standards.
    if (onlyNato && topical.every((b) => NATO_KIT.test(b.text))) return blocks.map(() => []);
    // A page whose every year is before 1990 ("the Battle of Kursk began on July 5, 1943") is
    // history: the states and wars of its names are not today's.
    if (pastOnly(blocks)) return blocks.map(() => []);
    if (!stately && blocks.some((b) => b.text && otherSense(b.text))) return blocks.map(() => []);
    if (statelyCount * 2 < topical.length && topical.some((b) => otherSense(b.text))) return blocks.map(() => []);
    const vocab = new Set<string>();
    blocks.forEach((b, i) => {
      if (topicsOf[i]!.length && b.text.length < 5000) for (const t of textTerms(b.text)) vocab.add(t);
    });
    const page: Lender | null = pageTopics.length && statelyCount >= 2 ? { topics: pageTopics, hits: EMPTY, text: '', vocab } : null;
    let heading: Lender | null = null;
    let prev: Context | null = null;
    // The first claim the page denies: what its later bare dismissals ("fake news") dismiss.
    let denied: Annotation | null = null;
    // The claim the page stated last under the current heading: what "denied these reports" denies.
    let last: Annotation | null = null;
    // The claim a line dismisses: a bare dismissal, the one denied first; "denied these reports",
    // that one or the last stated.
    const targetOf = (t: string): Annotation | null => (DISMISSAL.test(t) && denied) || (DENIES_REPORTS.test(t) ? (denied ?? last) : null);
    const dismissal = (a: Annotation): Annotation => {
      if (a.claimId && a.verdict === 'differs' && !a.figure && a.explanation.summary.startsWith('The page denies')) denied ??= a;
      const target = a.claimId || a.figure ? null : targetOf(a.sentence);
      if (a.claimId) last = a;
      if (!target) return a;
      const p = prepared.records.find((r) => r.record.id === target.claimId);
      if (!p) return a;
      const { verdict, explanation } = judge(a.sentence, null, p, new Set([WHOLE]));
      return { ...a, topics: target.topics, verdict, claimId: p.record.id, explanation };
    };
    // On a topical page, a dismissal the engine read as no claim still dismisses.
    const dismissals = (text: string, found: Annotation[], topical: boolean): Annotation[] => {
      if (!topical || !targetOf(text)) return found.map(dismissal);
      const out = [...found];
      for (const span of splitSentences(text)) {
        if (span.text.length > MAX_SENTENCE || !targetOf(span.text) || found.some((a) => a.start < span.end && a.end > span.start)) continue;
        out.push({ start: span.start, end: span.end, sentence: span.text, verdict: 'new', figure: null, attribution: findAttribution(span.text), topics: [], explanation: newClaim(null) });
      }
      return out.sort((a, b) => a.start - b.start).map(dismissal);
    };
    // A page of some length that names our topics in one sentence only, or in several of which
    // fewer than half speak of states and wars (a novel's review, a game, a pet's breed), names
    // them in passing or in another sense: only what the database knows is worth a mark there.
    // (A snippet of a sentence or two is read as it is.)
    let passing = false;
    if (statelyCount < 2 && topical.length > 0) {
      const named = topical.flatMap((b) => splitSentences(b.text).filter((s) => detectTopics(s.text).length));
      const stateSense = named.filter((s) => statecraft(s.text)).length;
      const sentences = blocks.reduce((n, b) => n + Math.max(1, b.text?.match(/[.!?…](?=\s|$)/g)?.length ?? 0), 0);
      passing = sentences >= 4 && (named.length < 2 || stateSense * 2 < named.length);
    }
    return blocks.map((b, i) => {
      const found = readBlock(b, i);
      return passing ? found.filter((a) => a.claimId || sourcedCount(a)) : found;
    });
    function readBlock(b: PageBlock, i: number): Annotation[] {
      const text = b.text ?? '';
      if (b.heading) {
        const topics = topicsOf[i]!;
        heading = topics.length && (stately || statecraft(text)) ? { topics, hits: prepared.index.hits(text), text, vocab } : null;
        prev = null;
        last = null;
        // A heading is read on its own: it lends its topics, never borrows. The page's title, or a
        // heading over running text, asserts like a sentence; one over other headings is a teaser.
        const next = blocks[i + 1];
        const title = i === firstHeading || (next !== undefined && !next.heading && splitSentences(next.text ?? '').length >= 2);
        // The title too, unless a verb the event words miss says it asserts ("Treaty in effect", "NATO Reacts to ...").
        if (isLabelHeading(text) && (i !== firstHeading || (titleCase(text) && !TITLE_VERB.test(text)))) return [];
        return dismissals(text, annotateBlock(text, null, null, [], title), false);
      }
      const ends: Context[] = [];
      // A paragraph that opens with a pronoun leans on the end of the paragraph before.
      const lender = heading ?? page;
      const found = annotateBlock(text, prev, lender, ends);
      prev = ends[0] ?? null;
      return dismissals(text, found, lender !== null || found.length > 0);
    }
  }
}
