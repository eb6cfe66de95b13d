// Finds the figures of a sentence and picks the one the claim is about.
// Handles digits with any thousands separator, number words, short forms (10k, 1.5 million,
// 12-thousand), percentages, ratios (23 of 32), ranges (between 10,000 and 12,000; 11 to 12,000)
// and qualifiers (about, more than, up to...). Years, dates, ordinals, durations are not claim
// figures. `counts` says what is counted, so that figures of another scope are not compared.
import { ALLIANCE_SIZE } from './lexicon.ts';
import type { Figure, Qualifier } from './types.ts';

export interface FoundFigure extends Figure {
  start: number;
  end: number;
  /** A threshold such as "the 2% target": context, not the claim's own figure. */
  context?: boolean;
  /** Whose people are counted, from the words before the unit ("30,000 American troops"). */
  owner?: Owner;
  /** A level called for ("allies must spend 3%"), not one reached. */
  demanded?: boolean;
  /** The running total a part brings up ("lost 1,080 over the past day, bringing the total to 1,000,340"). */
  total?: boolean;
}

// A call for a level: "must spend", "wants members to up spending to", "called for".
const DEMAND =
  /\b(?:must|should|need(?:s|ed)? to|have to|has to|ought to|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|want(?:s|ed)?|expect(?:s|ed)?|push(?:es|ed|ing)? for)\b[^.;]{0,70}$/i;
// Who lost them: "Ukraine has lost", "Ukrainian losses", "Russia's casualties", "Ukraine, in
// turn, is said to have suffered"; a place is no loser ("Russian army losses in Ukraine have ...").
const LOSER =
  /^.*\b(?<!\b(?:in|into|inside|across|throughout)\s)(Ukraine|Ukrainian|Kyiv|Kiev|Russia|Russian|Moscow|North Korea|North Korean|Pyongyang)(?:['’]s)?(?:,[^,.;]{1,30},)?\s+(?:\w+\s+){0,2}?(?:(?:is|are|was|were)\s+(?:said|believed|estimated|thought|reported|understood)\s+to\s+have\s+)?(?:(?:has\s+|have\s+|had\s+)?(?:lost|losses|casualties|suffered|sustained|incurred|dead|death toll|human cost|toll)\b[^.;]*|(?:has|have|had)\s*)$/;

const SENDER =
  /\b(Ukraine|Kyiv|Kiev|Russia|Moscow|North Korea|Pyongyang)\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+(?:now\s+|already\s+|currently\s+)?(?:deployed|sent|massed|amassed|stationed|concentrated|committed|gathered)?|(?:is|are)\s+(?:now\s+|currently\s+)?(?:amassing|massing|deploying|sending|gathering|concentrating))\s*$/;

/** A side named by a demonym: one of ours, or someone else's. */
export type Owner = 'north-korea' | 'south-korea' | 'russia' | 'nato' | 'other';

const OWNERS: [RegExp, Owner][] = [
  [/\b(?:north korean|n\. korean|dprk|pyongyang['’]s)\b/i, 'north-korea'],
  [/\b(?:south korean|seoul['’]s)\b/i, 'south-korea'],
  [/\b(?:russian|russia['’]s|moscow['’]s|kremlin['’]s)\b/i, 'russia'],
  [/\b(?:nato|allied)\b/i, 'nato'],
  [/\b(?:american|u\.?s\.?|british|uk|french|german|ukrainian|ukraine['’]s|kyiv['’]s|chinese|china['’]s|iranian|polish|turkish|japanese|israeli|indian|canadian|syrian|belarusian|finnish|swedish|dutch|italian|spanish)\b/i, 'other'],
  // "50,000 enemy troops": someone's enemy, which a record's side is not said to be.
  [/\b(?:enemy|hostile|opposing)\b/i, 'other'],
  // Any other people named by its demonym ("Estonian diplomats").
  [/\b\p{Lu}\p{Ll}+(?:ian|ish|ese|ean|an|i)\b/u, 'other'],
];

// zero..nineteen, then twenty..ninety by tens.
const SMALL: Record<string, number> = {};
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, i) => (SMALL[w] = i));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => (SMALL[w] = 20 + i * 10));
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};
const WORD = `(?:${Object.keys(SMALL).join('|')}|hundred|thousand|million|billion)`;
const WORDS = `${WORD}(?:(?:\\s*-\\s*|\\s+(?:and\\s+)?)${WORD})*`;
// Thousands separators: comma, dot, no-break space, thin space, narrow no-break space.
const DIGITS = `\\d{1,3}(?:[,.\\u00A0\\u2009\\u202F' ]\\d{3})+(?![\\d.,]\\d)(?!\\d)|\\d+(?:\\.\\d+)?`;
const MULT = `(?:\\s*-?\\s*(?:hundred thousand|hundred|thousand|million|billion|trillion)\\b|(?:k|K|m|mn|bn|tn)\\b)`;
const NUMBER_RE = new RegExp(`(?<![\\w.,])(?:(${DIGITS})(${MULT})?|\\b(${WORDS})\\b(${MULT})?)`, 'giu');

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_RE = new RegExp(`\\b(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
// "nine of NATO's 32": a small number in words opening a ratio counts.
const RATIO_NEXT = /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|all|[\p{L}-]+['’]s?)\s+){0,3}\d/iu;
const DURATION_AFTER =
  /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|yrs?)\b/i;
const PERCENT_AFTER = /^\s*(?:%|per[\s-]?cent\b|pct\b|percentage points?\b)/i;

interface RawNumber {
  start: number;
  end: number;
  value: number;
  /** Had its own multiplier word or suffix ("12 thousand", "10k"). */
  scaled: boolean;
  words: boolean;
  raw: string;
}

function parseDigits(raw: string): number {
  // "10.000" is ten thousand; "4.12" and "1.5" are decimals.
  if (/^\d{1,3}(?:[,.\u00A0\u2009\u202F' ]\d{3})+$/u.test(raw)) return Number(raw.replace(/[^\d]/g, ''));
  return Number(raw);
}

function parseWords(raw: string): number {
  let total = 0;
  let current = 0;
  for (const w of raw.toLowerCase().split(/[\s-]+/u)) {
    if (w === 'and' || !w) continue;
    const small = SMALL[w];
    if (small !== undefined) current += small;
    else if (w === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * (SCALE[w] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

function parseMult(m: string | undefined): number {
  if (!m) return 1;
  const w = m.replace(/[\s-]+/gu, ' ').trim().toLowerCase();
  if (w === 'hundred thousand') return 1e5;
  return SCALE[w] ?? 1;
}

function scanNumbers(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const words = m[3] !== undefined;
    const base = words ? parseWords(m[3] ?? '') : parseDigits(m[1] ?? '');
    const mult = parseMult(words ? m[4] : m[2]);
    if (!Number.isFinite(base) || base === 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: base * mult,
      scaled: mult !== 1 || (words && /thousand|million|billion/i.test(m[3] ?? '')),
      words,
      raw: m[0],
    });
  }
  return out;
}

// What kind of thing follows a figure; adjectives and names in between are skipped.
const UNIT_WORDS: [RegExp, string][] = [
  [/^(?:soldiers?|troops?|servicemen|service members|personnel|fighters?|forces?|men|mercenaries|infantry|special forces|marines|paratroopers|conscripts|contingents?|deployment|army|brigades?|battalions?)$/i, 'soldiers'],
  [/^(?:generals?|officers?|commanders?)$/i, 'officers'],
  [/^(?:members?|allies|countries|nations|states|member[\s-]states|member-countries|member-nations|governments)$/i, 'members'],
  [/^(?:casualties|losses)$/i, 'casualties'],
  [/^(?:killed|dead|deaths|fatalities|lives)$/i, 'killed'],
  [/^(?:wounded|injured)$/i, 'wounded'],
  [/^(?:people|civilians|residents|refugees|prisoners|pows|children|workers)$/i, 'people'],
  [/^(?:missiles?|rockets?|drones?|shells?|munitions|rounds|artillery)$/i, 'weapons'],
  [/^(?:tanks?|vehicles|aircraft|jets|planes|helicopters|ships|warships|vessels)$/i, 'equipment'],
  [/^(?:dollars|euros|pounds|won|roubles|rubles|usd|eur)$/i, 'money'],
];

const DEMONYMS = /^(?:north koreans|russians)\b/i;
const MILITARY = /\b(?:fight|fought|troops|soldiers|combat|front|war\b|deploy|dispatch|massed|military|kursk|fatalities|casualties|(?:were|was|been) sent)/i;

type Unit = { unit: string; at: number; owner?: Owner };

/** The unit word i of a noun phrase names (or i with the next word), owned by a demonym before it. */
function unitOf(list: string[], i: number, two = ''): Unit | null {
  const w = (list[i] ?? '').replace(/['’]s$/u, '');
  const unit = UNIT_WORDS.find(([re]) => (two && re.test(two)) || re.test(w))?.[1];
  if (!unit) return null;
  const mods = list.slice(0, i).join(' ');
  const owner = mods ? OWNERS.find(([o]) => o.test(mods))?.[1] : undefined;
  return owner ? { unit, at: i, owner } : { unit, at: i };
}

function unitAfter(text: string, end: number): Unit | null {
  // "10,000 of its soldiers": the counted noun after "of its".
  // "8,000 N. Korean soldiers": initials keep their dots.
  const words = /^(?:\s+or so\b)?(?:\s+of\s+(?:its|their|the|his|her|(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}]+['’]s)(?=\s))?[\s+]*((?:(?:\p{Lu}\.)+\s*|[\p{L}’'-]+[\s,]*){1,5})/u.exec(text.slice(end, end + 80));
  if (!words) return null;
  const list = (words[1] ?? '').split(/[\s,]+/u).filter(Boolean);
  // "10,000 of its military to Russia": the armed forces, when no noun follows.
  if (/^\s+of\s+(?:its|their)\s+military\s+(?:to|in|into|for|at)\b/u.test(text.slice(end, end + 40))) return { unit: 'soldiers', at: 0 };
  // Any other plural noun is what is counted ("21 Russian diplomats", "300 parcels").
  let generic: Unit | null = null;
  for (let i = 0; i < list.length; i++) {
    const w = (list[i] ?? '').replace(/['’]s$/u, '');
    const two = i + 1 < list.length ? `${w} ${list[i + 1]}` : '';
    // "50,000 North Koreans now fighting": a people named for troops in a military context.
    if (DEMONYMS.test(two || w) && MILITARY.test(text)) return { unit: 'soldiers', at: i, owner: /^n/i.test(w) ? 'north-korea' : 'russia' };
    // "5,406 fighter jets", "army vehicles": a singular word before a counted noun modifies it.
    const next = !/s$/i.test(w) && i + 1 < list.length ? unitOf(list, i + 1) : null;
    if (next) return next;
    const u = unitOf(list, i, two);
    if (u) return u;
    // Stop at words that end the noun phrase.
    if (/^(?:of|in|to|at|from|for|on|by|and|or|have|has|had|are|were|was|is|will|would|could|who|that|which|than)$/i.test(w)) break;
    if (!generic && i < 3 && /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u.test(w) && !NOT_NOUN.test(w)) {
      const owner = i > 0 ? OWNERS.find(([o]) => o.test(list.slice(0, i).join(' ')))?.[1] : undefined;
      generic = owner ? { unit: w, at: i, owner } : { unit: w, at: i };
    }
  }
  return generic;
}

// Words ending in -s that are no counted nouns.
const NOT_NOUN = /^(?:times|points|percentage|goes|says|means|remains|seems|stands|includes|comes|makes|takes|gets|gives|shows|plans|helps|needs|wants|looks|keeps|runs|puts|sets|does|has|was|is|this|thus|plus|minus|versus|whereas|across|less|unless|previous|various|serious|numerous|famous|obvious|enormous|tremendous)$/;

// "puts the number of North Korean troops in Kursk at around 10,000": the counted noun comes first.
const PUT_AT = /\b(?:troops?|military|soldiers?)\s+(?:presence|deployment|contingent|numbers?)\b()[^.;:]{0,60}?\b(?:reach|reached|to|at|of|is|was|stands at)\s*(?:between\s*)?$|\b(?:number|total|tally|count|toll|figure|estimate)\s+of\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)\b[^.;:]{0,60}?\b(?:at|to|as|is|was|stands at|reached|hit|to be)(?:\s+(?:currently|now|already|reportedly|probably|likely|still))?\s*$|\b(?:put|puts|putting|estimated?|estimates)\s+(?:the\s+)?((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s+at\s*$/iu;

function unitBefore(text: string, start: number): Unit | null {
  const m = PUT_AT.exec(text.slice(Math.max(0, start - 120), start).replace(/\s*(?:about|around|roughly|approximately|some|nearly|almost|close to|more than|over|at least|up to)\s*$/i, ' '));
  if (m && m[1] === '') return { unit: 'soldiers', at: 0 };
  const phrase = m?.[2] ?? m?.[3];
  if (!phrase) return null;
  const words = phrase.split(/\s+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const u = unitOf(words, i);
    if (u) return u;
  }
  return null;
}

// Words before a figure, by the qualifier they give it.
const QUALIFIERS: [Qualifier, string][] = [
  ['about', 'about|around|roughly|approximately|approx\\.?|circa|some|an estimated|estimated|an approximate'],
  ['nearly', 'nearly|almost|close to|just under'],
  ['more-than', 'just over|well over|more than|over|upwards of|in excess of|above|exceeds?|exceeded|exceeding|tops?|topped|surpass(?:es|ed)?|passed'],
  ['at-least', 'at least|no fewer than|no less than|a minimum of'],
  ['up-to', 'up to|as many as|as much as'],
  ['less-than', "fewer than|less than|under|below|(?:falls?|fell|falling) short of|short of|(?:not|n['’]t|yet to)(?: yet)? (?:reach|reached|meet|met|hit|achieve|achieved)"],
  ['exact', 'only|just|a total of|total of'],
];
/** Above a threshold: "exceeds", "tops", "more than", "meets". */
export const ABOVE = new RegExp(`\\b(?:${QUALIFIERS[2]![1]}|beyond|outstrip\\w*|meets|met|reached)\\b`, 'i');
const QUALIFIER_RE = new RegExp(`(?:^|[\\s(—–])(?:${QUALIFIERS.map(([, w]) => `(${w})`).join('|')})\\s+$`, 'i');

function qualifierBefore(text: string, start: number): { q: Qualifier; at: number } | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = QUALIFIER_RE.exec(before);
  if (!m) return null;
  const k = m.findIndex((g, i) => i > 0 && g !== undefined);
  const word = m[k] ?? '';
  return { q: QUALIFIERS[k - 1]![0], at: start - (before.length - before.lastIndexOf(word)) };
}

/** Numbers that are not figures: years, dates, ordinals, durations, times, day counts. */
function isNonFigure(text: string, n: RawNumber): boolean {
  const after = text.slice(n.end, n.end + 30);
  const before = text.slice(Math.max(0, n.start - 20), n.start);
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  // A list's number: "1. a significant escalation", "2) sanctions".
  if (!n.words && /^\s*$/.test(text.slice(0, n.start)) && /^[.)]\s+\D/.test(after) && n.value < 100) return true;
  if (/^[:.]\d/.test(after) || /^\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu.test(after)) return true;
  if (!n.words && !n.scaled && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(n.raw)) {
    // A year unless its counted noun follows at once ("the 2022 invasion, when Moscow's forces":
    // a year).
    const unit = PERCENT_AFTER.test(after) ? null : unitAfter(text, n.end);
    if (!PERCENT_AFTER.test(after) && (!unit || unit.at >= 2)) return true;
  }
  // A day right after its month ("June 23"); "in June, 23 of 32" is a count after a date.
  if (MONTH_BEFORE.test(before) && n.value <= 31 && !PERCENT_AFTER.test(after)) return true;
  if (new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i').test(after) && n.value <= 31) return true;
  if (DURATION_AFTER.test(after)) return true;
  // "Day 23", "article 5"; but "last year 23 of 32 allies" is a count after a time.
  if (/\b(?:day|week|month|year|round|phase|article|chapter|section|page|no\.?|number|episode|season|part|resolution|flight|route|room|tier|level|grade|gen)\s*$/i.test(before) && !/\b(?:last|this|next|that|each|per|a)\s+(?:day|week|month|year)\s*$/i.test(before)) return true;
  if (/[$€£₩]\s*$/.test(before) === false && /(?:^|\s)#\s*$/.test(before)) return true;
  // Small numbers in words mostly describe ("the two leaders", "Russia and North Korea, two
  // nations", "one of the...") rather than count; "just nine NATO members" still counts.
  // A scale word on its own after a vague word ("several thousand", "a few hundred") is no figure.
  if (n.words && /^(?:hundred|thousand|million|billion)$/i.test(n.raw) && !/\b(?:a|one)\s+$/i.test(before)) return true;
  if (n.words && n.value < 10 && !PERCENT_AFTER.test(after) && !RATIO_NEXT.test(after)) {
    if (n.value === 1 || !unitAfter(text, n.end) || /(?:\b(?:the|these|those|both|its|their|his|her|our|all|other)|,)\s*$/i.test(before)) return true;
  }
  // Model names: S-400, F-16, T-90, MiG-29, Covid-19.
  if (/\p{L}-?$/u.test(before)) return true;
  return false;
}

const UNITS_OF = /^\s+(?:brigades?|battalions?|regiments?|divisions?|units?|groups?|waves?|contingents?|companies|rotations?|batches|ships)\s+(?:of|totall?ing|with)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$/i;
const RATIO_GAP =
  /^(?:\s+[\p{L}’'-]+){0,2}?\s+(?:out\s+of|of)\s+(?:(?:the|its|their|all|[\p{L}-]+['’]s?)\s+){0,3}$/iu;
const OF_FIRST_BEFORE = /(?:^|[,;:]\s*)[“"]?(?:of|among|out of)\s+(?:(?:the|its|all|[\p{L}-]+['’]s?)\s+){0,3}$/iu;
const OF_FIRST_GAP = /^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,\s*(?:only\s+|just\s+)?$/iu;
/** Short of a threshold: "falls short of", "has yet to reach", "below", "does not meet". */
export const BELOW = /\b(?:below|under\b|short\b|far from|less than|lag|miss|(?:yet|fail\w*) to|(?:not|n['’]t|never)(?: yet)? (?:reach|meet|met|hit|achiev|spen)|(?:commit\w*|plans?|aims?|pledg\w+|promis\w+|vow\w*) to (?:reach|meet|hit|achiev))/i;
const ALL_BUT = /\b(?:all|every\s+[\p{L}]+)\s+(?:but|except|save|bar)\s+$/iu;
const RANGE_GAP = /^\s*(?:to|and|-|–|—|or)\s*$/i;

// Soldiers taken prisoner are counted as prisoners, not as troops sent.
const CAPTURED = /\b(?:captur\w+|taken prisoner|took prisoner|prisoners? of war|pows?|surrender\w*|detained)\b/;

// Words that make a troop figure a plan or an eventual total rather than troops already sent.
const PLANNED =
  /\b(?:could|would|may|might|plans?|planned|planning|intends?|intended|intending|considering|consider(?:s|ed)?|contemplat\w+|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|expected to|expects to|is to|are to|will be|will send|eventually|ultimately|total of|in total|in all|all told|overall|prepared to|preparing to|ready to|set to|(?:capability|capacity|ability) to|capable of|able to|aims? to|aiming to|wants? to|hopes? to|seeks? to|looking to|pledged to|promised to|decided to|(?:has|have|had) agreed to|committed to|in the future|in coming months)\b/;

const SENT_SO_FAR = /\b(?:are|were|is|was)\s+already\b|\b(?:are|is)\s+(?:now\s+|currently\s+)(?:in|inside|stationed|deployed|based|present|fighting)\b|\bthere\s+(?:are|were)\s+(?:now\s+)?(?:some|about|around|roughly|approximately|more than|over)?\s*\d|\b(?:has|have|had)\s+(?:already\s+|now\s+|so far\s+)?(?:sent|deployed|dispatched|transferred)\b|\b(?:were|was|have been|has been)\s+(?:already\s+)?(?:sent|deployed|dispatched)\b/;
const PLANNED_MODAL = /\b(?:could|would|may|might|plans?|planned|planning|intends?|considering|expected to|will|eventually|ultimately|set to|aims? to|prepared to|ready to|decided to)\b/;

// "training 10,000 soldiers", "preparing some 10,000 of its troops": the figure counts troops in
// training (the same family as troops sent, but the statements that say so speak for it first).
const TRAINING =
  /\b(?:train(?:s|ed|ing)?|drill(?:s|ed|ing)?|prepar(?:es|ed|ing)|ready(?:ing)?|readie[sd])\s+(?:(?:some|about|around|roughly|nearly|up to|as many as|more than|over|an estimated)\s+)?\d/;

// "the third deployment plan of 6,000 troops", "a second batch of 3,000": a later wave, not the first.
const LATER_WAVE = /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|next|subsequent|fresh|another)\s+(?:[\p{L}-]+\s+)?(?:deployment|dispatch|wave|batch|rotation|contingent|round|group)(?:\s+plan)?\s+(?:of|comprising|totall?ing|with)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up to\s+)?$/iu;

/** What a figure of this unit counts, from the words of its sentence. */
export function scopeOf(unit: string, sentence: string, near = sentence, at?: number): string {
  const scope = baseScope(unit, sentence, near);
  // Losses per day, per week or in one month are another count than losses in all; but "776,090
  // casualties, including 1,990 during the last day" gives the day's part after the total.
  const part = at === undefined ? null : PART.exec(sentence);
  const own = part && at! < part.index ? sentence.slice(0, part.index) : sentence;
  if (/^(?:killed|wounded|killed-or-wounded)$/.test(scope) && ofOnePeriod(own)) return `${scope}-rate`;
  // "Losses in the war exceed 1 million people": everyone's, not one army's soldiers.
  if (/^(?:killed|wounded|killed-or-wounded)$/.test(scope) && (unit === 'people' || (unit === 'count' && !ONE_SIDE.test(sentence))) && ALL_SIDES.test(sentence)) return `${scope}-all`;
  // "15,000 dead in the Kursk operation", "lost 38,000 in this direction": one front's losses.
  // (Not a clause after the figure's: "casualties approach 1 million as losses mount in Donetsk".)
  const after = at === undefined ? -1 : sentence.slice(at).search(/\s(?:as|while|amid|whereas|when)\s|;/);
  if (/^(?:killed|wounded|killed-or-wounded)$/.test(scope) && LOCAL.test(after < 0 ? sentence : sentence.slice(0, at! + after))) return `${scope}-local`;
  // "a drone strike killed two people, including a child": the victims of one attack.
  if (/^(?:killed|wounded|killed-or-wounded)$/.test(scope) && unit === 'people' && STRIKE.test(sentence)) return `${scope}-attack`;
  return scope;
}

const PART = /,?\s+(?:including|of which|among them|with)\s+(?:nearly\s+|about\s+|around\s+|some\s+|over\s+|more than\s+|almost\s+)?\d[\d,.]*\b/i;
const LOCAL = /\b(?:in|during|around|near|on)\s+(?:the\s+)?(?:(?:new\s+)?(?:Kursk|Donetsk|Luhansk|Kharkiv|Kherson|Zaporizhzhia|Bakhmut|Avdiivka|Pokrovsk|Vuhledar|Toretsk|Kupiansk|Sudzha|Belgorod)\b|this\s+direction\b)|\b(?:Kursk|Kharkiv|Pokrovsk|Kherson)\s+(?:operation|offensive|attacks?|counteroffensive|incursion)\b/;
const STRIKE = /\b(?:strikes?|attacks?|shelling|bombing|shelled|bombed|missiles?|drones?|explosions?|blasts?)\b/i;
// "Russian casualties, killed and wounded combined": one side's, whatever the wording.
const ONE_SIDE = /\b(?:russian|ukrainian|north korean|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s)\s+(?:[\p{L}-]+\s+)?(?:casualties|losses|dead|soldiers|troops|forces|army)\b/iu;
const ALL_SIDES = /\b(?:both sides|all sides|each side|in (?:the|this) war|in the [\p{L}]+-[\p{L}]+ war|in [\p{L}]+['’]s war|war (?:in|against) \p{Lu}\p{L}+|combined|altogether)\b/iu;

/** The sentence speaks of one day, week, month or year ("yesterday", "in November", "this past month"), not of a total. */
export function ofOnePeriod(sentence: string): boolean {
  return RATE.test(sentence) || ((ON_DAY.test(sentence) || PERIOD.test(sentence)) && !TO_DATE.test(sentence.replace(SUPERLATIVE_SINCE, '')));
}

// "On November 24, Russia lost 1,610 soldiers": one day's losses, unless a total is meant.
const ON_DAY = new RegExp(`^\\s*on\\s+(?:${MONTHS})\\s+\\d{1,2}\\b(?!,?\\s+\\d{4})`, 'i');
// "during this period", "in December", "during 2024", "last year": losses of one stretch of time.
const PERIOD = new RegExp(`\\b(?:during (?:this|that|the same|the) period|(?:in|during|over) (?:the month of )?(?:${MONTHS})\\b(?!\\s+\\d{1,2}\\b)|(?:in|during|over) (?:19|20)\\d\\d\\b|(?:during|over|in) (?:the|this|that|a single) (?:year|month|week)\\b|last year)`, 'i');
const TO_DATE = /\b(?:since|in total|so far|to date|overall|in all|altogether)\b/i;
// "the heaviest losses since the start of the war": a comparison, not a total since a date.
const SUPERLATIVE_SINCE = /\b(?:\w+est|most|highest|lowest|largest|biggest|worst|first time|record)\b[^.;]{0,40}?\bsince\b/gi;

const RATE = new RegExp(
  `\\b(?:per|a|an|each|every)\\s+(?:day|week|month|hour)\\b|\\b(?:daily|weekly|monthly)\\b|\\bin\\s+(?:just\\s+|only\\s+)?(?:a|one|a single|the (?:past|last))\\s+(?:day|week|month|year|24 hours)\\b|\\b(?:costliest|deadliest|bloodiest|worst|heaviest|record)\\s+(?:day|week|month|year)\\b|\\b(?:per|for every|for each|a)\\s+(?:square\\s+)?(?:kilomet(?:er|re)|km|mile)s?\\b|\\b(?:recorded|registered|reported)\\s+in\\s+(?:${MONTHS})\\b|\\b(?:this|last|that)\\s+(?:past\\s+)?(?:week|month)\\b|\\b(?:for|in)\\s+(?:two|three|four|five|several|\\d+)\\s+(?:straight\\s+|consecutive\\s+)?(?:days|weeks|months)\\s+in\\s+a\\s+row\\b|\\b(?:two|three|four|five|several|\\d+)\\s+(?:straight|consecutive)\\s+(?:days|weeks|months)\\b|\\b(?:past|last|previous)\\s+24\\s+hours\\b|\\b(?:yesterday|overnight)\\b|\\b(?:over|in|during)\\s+the\\s+(?:previous|past|last)\\s+day\\b|\\b(?:suffered|recorded|registered|lost)\\s+on\\s+(?:${MONTHS})\\b`,
  'i',
);

// "over 1 million active personnel", "a 1.2 million-strong army", "an army of about 1.2 million",
// "one of the largest militaries in the world with over 1 million": the size of an army, not troops sent.
const FORCE_AFTER = /^\D{0,30}?[\d.,]+(?:\s+(?:million|thousand))?(?:-strong\s+(?:army|military|armed forces)|\s+(?:active(?:[- ]duty)?|standing)\s+(?:personnel|troops|soldiers|army|forces|military|servicemen)|\s+reservists)\b/i;
// "Dispatches 50,000-Strong Army": an army sent is troops sent.
const SENDS = /\b(?:sen[dt]s?|sending|dispatch\w*|deploy\w*|transfer\w*)\s+(?:(?:an?|the|some|about|around|nearly|over|more than)\s+)?$/i;
const FORCE_BEFORE = /(?:\b(?:army|military|armed forces)\s+(?:of|numbering|totall?ing)|\b(?:largest|biggest)\s+(?:standing\s+)?(?:armies|militaries|armed forces)\b[^.;]{0,30}\bwith)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|roughly\s+)?$/i;

const TOTAL_TO = /\b(?:bringing|taking|raising|pushing|lifting|putting)\s+(?:the|its|their|Russia['’]s|Moscow['’]s|Ukraine['’]s|Kyiv['’]s)\s+(?:[\p{L}\d-]+\s+){0,6}?to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+|some\s+|roughly\s+)?$|\bfor\s+a\s+(?:grand\s+)?total\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+|some\s+)?$/iu;

const PEOPLE_UNITS = new Set(['soldiers', 'casualties', 'killed', 'wounded', 'people', 'count', 'officers', 'personnel', 'troops', 'men', 'russians', 'ukrainians', 'defenders']);

function baseScope(unit: string, sentence: string, near: string): string {
  const s = sentence.toLowerCase();
  // Plans are read around the figure: "has sent 10,000 in total ..., that will augment" is sent.
  const n = near.toLowerCase();
  // Troops are counted as losses when their own clause says so ("10,000 troops were deployed
  // ..., with many casualties reported" counts troops sent).
  const own = unit === 'soldiers' ? n : s;
  const killed = /\b(?:killed|dead|deaths?|died|lost their lives|fatalities)\b/.test(own);
  const wounded = /\b(?:wounded|injured|injuries)\b/.test(own);
  if (unit === 'casualties' || /\bcasualt|\blosses\b/.test(own) || (killed && wounded)) {
    // "4,168 square kilometres at a cost of 420,000 casualties": only people are casualties.
    if (PEOPLE_UNITS.has(unit)) return 'killed-or-wounded';
  }
  if (['soldiers', 'killed', 'wounded', 'people', 'count'].includes(unit)) {
    if (killed || unit === 'killed') return 'killed';
    if (/\b(?:(?:has|have|had) )?lost\b/.test(s) && unit === 'soldiers' && !wounded) return 'killed-or-wounded';
    if (wounded || unit === 'wounded') return 'wounded';
  }
  if (unit === 'officers') return 'officers';
  if (unit === 'soldiers' && CAPTURED.test(n)) return 'captured';
  if (unit === 'soldiers' && /\b(?:missing|unaccounted for)\b/.test(n)) return 'missing';
  if (unit === 'soldiers') {
    // "has sent around 10,000 soldiers in total": a total already sent, not a plan.
    // "more than 11,000 soldiers would have been sent": what is reported to have happened.
    if (/\bwould have been\s+(?:sent|deployed|dispatched|transferred)\b/.test(n)) return 'troops-deployed';
    if (PLANNED.test(n) && !(SENT_SO_FAR.test(n) && !PLANNED_MODAL.test(n)))
      return 'troops-planned';
    if (TRAINING.test(s)) return 'troops-training';
    return 'troops-deployed';
  }
  if (unit === 'members') {
    if (/\b(?:target|goal|guideline|benchmark|threshold|pledge|2%|two[ -]?per ?cent|2[ -]?per ?cent)/.test(s)) {
      // "nine of 32 fall short": the complement of those meeting it.
      if (BELOW.test(n)) return 'members-missing-target';
      return 'members-meeting-target';
    }
    return 'members';
  }
  if (unit === 'percent') {
    if (/\b(?:gdp|gross domestic product|economic output|national (?:income|output)|(?:its|their) economy)\b/.test(s) || /\b(?:spend|devot)/.test(s)) return 'gdp-share';
    return 'percent';
  }
  return unit;
}

function isThreshold(sentence: string, f: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, f.start - 40), f.start).toLowerCase();
  const after = sentence.slice(f.end, f.end + 100).toLowerCase();
  if (/\b(?:target|goal|threshold|benchmark|guideline|minimum|mark|floor)\b(?:\s+(?:of|for))?(?:\s+(?:spending|allocating|investing|reaching|at least))*\s*$/.test(before)) return true;
  // "2% is not enough", "much more than the 2 percent": the level spending must go beyond.
  if (/^\s*(?:of\s+(?:their\s+|its\s+)?(?:gdp|gross domestic product)\s*)?[^.;]{0,50}?\b(?:is|are|was|will be)\s+["“‘']?(?:not|no longer|far from)\s+(?:even\s+close\s+to\s+)?(?:enough|sufficient|adequate)|^[^.;]{0,25}?\binsufficient\b/.test(after)) return true;
  // ... when it is called for, not when it was spent ("spent far more than 3% in the Cold War").
  // ("We will need to spend more… Much more than 2%,” Rutte said": a fragment that goes on with the call.)
  if (/\b(?:much|far|a lot|considerably|significantly|substantially|well)\s+(?:more|higher|above|beyond)\s+(?:than\s+)?(?:the\s+)?$/.test(before) && (/\b(?:need|must|will|should|have to|has to|going to|call\w*|urg\w*|want\w*)\b/i.test(sentence) || /^\W*(?:much|far|a lot|considerably|significantly|substantially)\s+more\b/i.test(sentence))) return true;
  // "the 2% of GDP on defence currently targeted by NATO": the level named as the alliance's target.
  if (/^\s*of\s+(?:their\s+|its\s+)?(?:gdp|gross domestic product)[^.;]{0,30}?\b(?:(?:currently|now)\s+)?targeted\b/.test(after)) return true;
  return /^(?:\s*of\s+(?:their\s+|its\s+)?(?:gdp|gross domestic product))?\s*(?:(?:gdp|defen[cs]e|military|spending|nato)\s+){0,3}(?:target|goal|threshold|benchmark|guideline|floor|minimum|bar|mark)\b/.test(after);
}

/** A count of members (not "23 of 32") in a sentence or a record's quote that says nothing of a target or spending: the membership. */
export function membership(f: { counts: string; of?: number }, sentence: string): string {
  return (f.counts === 'members' || f.counts === 'members-meeting-target') && f.of === undefined && !TARGET_TALK.test(sentence) ? 'members-all' : f.counts;
}

const TARGET_TALK = /\b(?:meet|meets|met|meeting|reach\w*|hit|hits|hitting|spend\w*|spent|target|goal|guideline|benchmark|threshold|commitment|pledge\w*|complian\w*|compl(?:y|ied|ies)|achiev\w*|fulfil\w*|fall(?:s|ing)? short|fell short|below|above|exceed\w*|gdp|defen[cs]e budgets?)\b|%|per ?cent/i;

const NAMED_BY_SIZE = /\b(?:the|its|their|(?:NATO|alliance|bloc)['’]s)\s+$/iu;

// "About two-thirds of allies", "more than half of NATO's 32 members": a share of the members, read
// as the band of counts its words round (a sixth of the whole either side of the fraction).
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 };
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const MEMBERS_SHARE =
  /\b(?:(about|around|roughly|some|nearly|almost|more than|over|less than|under|fewer than)\s+)?(?:(a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?)\s+of\s+(?:the\s+|its\s+|all\s+|NATO['’]s\s+|the alliance['’]s\s+)?(?:(\d+)\s+)?(?:NATO\s+)?(?:allies|members|member states|member countries|member nations|alliance members)\b/giu;
const SHARE_BAND = 1 / 12;

function membersShares(sentence: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const m of sentence.matchAll(MEMBERS_SHARE)) {
    const [, hedge, count, part, whole] = m;
    if (part!.toLowerCase() !== 'half' && !count) continue;
    const fraction = (count ? FRACTION_COUNT[count.toLowerCase()]! : 1) * FRACTIONS[part!.toLowerCase()]!;
    if (fraction >= 1) continue;
    const of = whole ? Number(whole) : ALLIANCE_SIZE;
    const h = (hedge ?? '').toLowerCase();
    const fig: FoundFigure = { value: fraction * of, unit: 'members', qualifier: 'exact', counts: '', start: m.index, end: m.index + m[0].length, of };
    if (/^(?:more than|over)$/.test(h)) fig.qualifier = 'more-than';
    else if (/^(?:less than|under|fewer than)$/.test(h)) fig.qualifier = 'less-than';
    else {
      fig.qualifier = 'between';
      fig.value = Math.max(0, Math.floor((fraction - SHARE_BAND) * of));
      fig.max = Math.min(of, Math.ceil((/^(?:nearly|almost)$/.test(h) ? fraction : fraction + SHARE_BAND) * of));
    }
    fig.counts = scopeOf('members', sentence, sentence, m.index);
    out.push(fig);
  }
  return out;
}

/** Every figure in a sentence, with offsets into it. */
export function findFigures(sentence: string): FoundFigure[] {
  const shares = membersShares(sentence);
  const nums = scanNumbers(sentence).filter((n) => !isNonFigure(sentence, n) && !shares.some((f) => n.start < f.end && n.end > f.start));
  const out: FoundFigure[] = [...shares];
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i]!;
    const b = nums[i + 1];
    let start = a.start;
    let end = a.end;
    let value = a.value;
    let max: number | undefined;
    let of: number | undefined;
    let qualifier: Qualifier = 'exact';
    const gap = b ? sentence.slice(a.end, b.start) : '';
    let ofFirst = false;
    // "four brigades of 12,000 troops": the units hold the count; the count is the figure.
    if (b && UNITS_OF.test(gap) && b.value > a.value) continue;
    // "Germany is one of the 18 nations set to meet the target": one member of a count, which is the figure.
    if (b && a.value === 1 && /^one$/i.test(sentence.slice(a.start, a.end)) && /^\s+of\s+(?:the|its|their)\s+$/i.test(gap) && /\b(?:is|was|became|becomes|remains|remained|as)\s+$/i.test(sentence.slice(0, a.start))) continue;
    if (b && OF_FIRST_BEFORE.test(sentence.slice(0, a.start)) && OF_FIRST_GAP.test(gap) && b.value < a.value && !PERCENT_AFTER.test(sentence.slice(b.end))) {
      // "Of NATO's 32 members, 23 meet...": the whole first, then the count.
      start = b.start;
      value = b.value;
      of = a.value;
      end = b.end;
      ofFirst = true;
      i++;
    } else if (b && RATIO_GAP.test(gap) && b.value > a.value && !PERCENT_AFTER.test(sentence.slice(a.end))) {
      of = b.value;
      end = b.end;
      i++;
    } else if (b && RANGE_GAP.test(gap) && b.value > a.value && (/^\s*(?:to|and|-|–|—)\s*$/i.test(gap))) {
      const between = /\b(?:between|from)\s+$/i.exec(sentence.slice(0, a.start));
      const andGap = /\band\b/i.test(gap);
      if (!andGap || between) {
        // "11 to 12,000" and "10 to 12 thousand": the first number takes the second's scale.
        if (!a.scaled && b.scaled && a.value < b.value / 100 && a.value * (b.value >= 1e6 ? 1e6 : 1e3) <= b.value) {
          value = a.value * (b.value >= 1e6 ? 1e6 : 1e3);
        } else if (!a.scaled && a.value < 1000 && b.value >= 1000 && b.value % 1000 === 0 && a.value * 1000 <= b.value && a.value * 1000 >= b.value / 10) {
          value = a.value * 1000;
        }
        max = b.value;
        qualifier = 'between';
        if (between) start = between.index;
        end = b.end;
        i++;
      }
    }
    // "All but nine of NATO's 32 members": the complement is the count.
    const allBut = of !== undefined && !ofFirst ? ALL_BUT.exec(sentence.slice(0, a.start)) : null;
    if (allBut && of !== undefined) {
      value = of - value;
      start = allBut.index;
    }
    // "Every one of NATO's 32 members": all of them.
    const every = of !== undefined && !ofFirst && a.value === 1 ? /\b(?:every|each)\s+$/i.exec(sentence.slice(0, a.start)) : null;
    if (every && of !== undefined) {
      value = of;
      start = every.index;
    }
    const afterText = sentence.slice(end);
    let unit = 'count';
    let unitEnd = end;
    let owner: Owner | undefined;
    const pct = PERCENT_AFTER.exec(afterText);
    if (pct) {
      unit = 'percent';
      unitEnd = end + pct[0].length;
    } else if (/[$€£₩]\s*$/.test(sentence.slice(Math.max(0, start - 2), start))) {
      unit = 'money';
    } else {
      const u = (of !== undefined ? unitAfter(sentence, a.end) : null) ?? (ofFirst ? null : unitAfter(sentence, end)) ?? unitBefore(sentence, start);
      if (u) {
        unit = u.unit;
        owner = u.owner;
      }
    }
    if (qualifier !== 'between') {
      const q = qualifierBefore(sentence, start);
      if (q) {
        qualifier = q.q;
        start = q.at;
      } else if (/^\s*(?:\+|or more\b)/i.test(sentence.slice(unitEnd)) || /^\+/.test(afterText)) {
        qualifier = 'at-least';
      }
      if (/^\s+or so\b/i.test(afterText)) qualifier = 'about';
    }
    const fig: FoundFigure = { value, unit, qualifier, counts: '', start, end: unitEnd };
    if (owner) fig.owner = owner;
    if (max !== undefined) fig.max = max;
    if (of !== undefined) fig.of = of;
    if (unit === 'percent' && isThreshold(sentence, { start: a.start, end: unitEnd })) fig.context = true;
    else if (unit === 'percent' && DEMAND.test(sentence.slice(Math.max(0, start - 80), start))) {
      // "must spend more than 2% of GDP": beyond a threshold, as a call. "at least 5%", "wants
      // members to spend 5%": a level demanded, not one reached.
      if (qualifier === 'more-than') fig.context = true;
      else fig.demanded = true;
    }
    if (of !== undefined && unit === 'count') fig.unit = 'members';
    // Around the figure: its clause before it, and after it up to a new clause ("that will ...").
    const after = sentence.slice(unitEnd, unitEnd + 90);
    let stop = after.search(/\b(?:that|which|who|while|but)\b|\band\s+(?:plans?|intends?|is|are|will|could|may|might|expects?|ready|set|due)\b|,\s*with\b|[.;]/);
    // "While 23 of 32 met the target, some allies fell short": a leading contrast clause ends at its comma.
    if (/^\W*(?:while|although|though|whereas|even though)\b/i.test(sentence) && !sentence.slice(0, start).includes(',')) {
      const comma = after.indexOf(',');
      if (comma >= 0 && (stop < 0 || comma < stop)) stop = comma;
    }
    // Before it, back to where its clause opens: "decided to send a large-scale deployment, with
    // 1,500 special forces already in Russia" plans the deployment, not the 1,500.
    const before = sentence.slice(Math.max(0, start - 100), unitEnd);
    const opens = [...before.matchAll(/,\s*(?:with|claiming|saying|adding)\b|\bthat\b|;/g)].pop();
    const near = (opens ? before.slice(opens.index) : before) + (stop < 0 ? after : after.slice(0, stop));
    fig.counts = fig.context ? 'spending-target' : scopeOf(fig.unit, sentence, near, start);
    if (fig.demanded && fig.counts === 'gdp-share') fig.counts = 'gdp-share-demanded';
    if (fig.counts.startsWith('troops') && ((FORCE_AFTER.test(sentence.slice(start, start + 60)) && !SENDS.test(sentence.slice(Math.max(0, start - 30), start))) || FORCE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))) fig.counts = 'force-size';
    // "8,000 North Korean troops in Kursk could join the war in days", "would join the 11,000
    // soldiers deployed in November": there already; the modal is about what they will do.
    if (fig.counts === 'troops-planned' && /^\s*(?:[\p{L}.'’-]+\s+){0,3}?(?:troops|soldiers|forces|servicemen)\s+(?:(?:already|now|currently)\s+)?(?:(?:in|inside|stationed in|based in)\s+(?:the\s+)?(?:Russia|Kursk|Russian)|(?:deployed|sent|dispatched)\s+(?:in|last|to|on|earlier)\b)/u.test(sentence.slice(fig.end))) fig.counts = 'troops-deployed';
    // "3,000 more troops", "three thousand additional soldiers": reinforcements, not a total sent.
    if (/^(?:troops|soldiers)/.test(fig.counts) && (/^\s*(?:more|additional|extra|further|fresh)\b/i.test(sentence.slice(end)) || /\b(?:an?\s+)?(?:additional|extra|further|another)\s+$/i.test(sentence.slice(Math.max(0, start - 30), start)) || LATER_WAVE.test(sentence.slice(Math.max(0, start - 60), start)))) fig.counts = `${fig.counts}-more`;
    // "the eighth highest spender among the alliance's 32 members", "NATO's 32 members": all the
    // members, not those meeting the target.
    if ((fig.counts === 'members-meeting-target' || fig.counts === 'members') && /(?:\bamong\s+(?:(?:the|its|all)\s+)?(?:[\p{L}]+['’]s\s+)?|(?<!\bof\s+(?:the\s+)?)\b(?:NATO|alliance|bloc)['’]s\s+)$/iu.test(sentence.slice(Math.max(0, start - 40), start))) fig.counts = 'members-all';
    // "NATO then had 28 members; it now has 32", "approved by all 32 nations": the membership, in a
    // sentence that says nothing of a target or of spending.
    fig.counts = membership(fig, sentence);
    // "Rutte urged the 32 member nations to devote more funds": the alliance named by its size,
    // not a count the sentence claims.
    if (fig.counts === 'members-all' && fig.of === undefined && NAMED_BY_SIZE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
    // Whose losses: "Ukraine has lost 43,000 soldiers" counts Ukraine's, not Russia's.
    if (!fig.owner && /killed|wounded/.test(fig.counts)) {
      const who = LOSER.exec(sentence.slice(Math.max(0, start - 90), start));
      const side = who ? OWNERS.find(([o]) => o.test(who[1] ?? ''))?.[1] ?? (/^(?:ukrain|kyiv|kiev)/i.test(who[1] ?? '') ? 'other' : undefined) : undefined;
      if (side) fig.owner = side;
    }
    // Whose troops: "Russia has deployed about 59,000 soldiers" are Russia's own.
    if (!fig.owner && fig.unit === 'soldiers') {
      const who = SENDER.exec(sentence.slice(Math.max(0, start - 60), start));
      const side = who ? (/^(?:ukrain|kyiv|kiev)/i.test(who[1] ?? '') ? 'other' : /^(?:north korea|pyongyang)/i.test(who[1] ?? '') ? 'north-korea' : 'russia') : undefined;
      if (side) fig.owner = side;
    }
    out.push(fig);
  }
  out.sort((x, y) => x.start - y.start);
  // "lost 1,080 soldiers over the past day, bringing the total to 1,000,340": the total counts
  // what the part counts, in all.
  out.forEach((f, i) => {
    const part = out[i - 1];
    // ("a total of" may open the figure's own text.)
    const lead = /^\D*/.exec(sentence.slice(f.start, f.end))?.[0] ?? '';
    if (!part || !TOTAL_TO.test(sentence.slice(Math.max(0, f.start - 80), f.start) + lead)) return;
    if (f.unit === 'count') f.unit = part.unit;
    f.counts = part.counts.replace(/-(?:rate|local|more)$/, '');
    if (part.owner && !f.owner) f.owner = part.owner;
    f.total = true;
  });
  // "43,000 soldiers killed and 370,000 wounded": two counts, each of its own kind.
  const loss = out.filter((f) => f.counts.startsWith('killed-or-wounded') && !f.total);
  if (loss.length >= 2) {
    for (const f of loss) {
      const tail = sentence.slice(f.end, f.end + 30);
      const kind = f.unit === 'wounded' || /^\s*(?:[\p{L}-]+\s+)?(?:wounded|injured)\b/u.test(tail) ? 'wounded' : /^\s*(?:[\p{L}-]+\s+){0,2}?(?:killed|dead)\b/u.test(tail) || f.unit === 'killed' ? 'killed' : null;
      if (kind) f.counts = f.counts.replace('killed-or-wounded', kind);
    }
  }
  return out;
}

const RANK: Record<string, number> = {
  soldiers: 3, officers: 3, members: 3, casualties: 3, killed: 3, wounded: 3, people: 2,
  weapons: 2, equipment: 2, percent: 2, money: 1, count: 0,
};

// Words after a figure that make it a total: "837,000 overall", "818,000 in total".
const WHOLE_AFTER = /^\s*(?:\S+\s+)?(?:overall|in total|in all|altogether|to date|so far|since (?:the )?(?:start|beginning|invasion|war))\b/i;

/** The figure the claim is about: ratios and counted things first, thresholds last. */
export function pickFigure(figs: FoundFigure[], sentence = ''): FoundFigure | null {
  let best: FoundFigure | null = null;
  let bestScore = -Infinity;
  figs.forEach((f, i) => {
    // "lost over 750,000 people: 198,000 killed and 550,000 wounded": the total, not its parts.
    const total = f.counts.startsWith('killed-or-wounded') && figs.some((o) => o !== f && /^(?:killed|wounded)(?:-|$)/.test(o.counts) && !o.counts.startsWith('killed-or-wounded') && o.start > f.start) ? 3.5 : 0;
    // "50,000 for the year and 837,000 overall": of two counts of one kind, the whole.
    const whole = sentence && figs.some((o) => o !== f && o.counts === f.counts) && WHOLE_AFTER.test(sentence.slice(f.end, f.end + 25)) ? 0.5 : 0;
    const score = (RANK[f.unit] ?? 1) + total + whole + (f.total ? 4 : 0) + (f.of !== undefined ? 3 : 0) - (f.context ? 5 : 0) - i * 0.1;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  });
  return best;
}

/** The shares of output named as targets ("the 5% target") among a sentence's figures. */
export function thresholdsOf(figs: FoundFigure[]): number[] {
  return figs.filter((f) => f.context && f.unit === 'percent').map((f) => f.value);
}

/** Figure without offsets, as stored in annotations. */
export function plainFigure(f: FoundFigure): Figure {
  const out: Figure = { value: f.value, unit: f.unit, qualifier: f.qualifier, counts: f.counts };
  if (f.max !== undefined) out.max = f.max;
  if (f.of !== undefined) out.of = f.of;
  return out;
}

/** Month names in a text, lower case, full form. */
export function monthsIn(text: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`\\b(${MONTHS})\\b`, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = (m[1] ?? '').toLowerCase();
    // "may" is mostly the verb.
    if (w === 'may' && !/^May\b/.test(m[0])) continue;
    if (w === 'may' && m.index > 0 && !/\b(?:in|since|until|by|early|late|mid|of|last|next|this)[\s-]+$/i.test(text.slice(0, m.index)) && !/^May\s+\d/.test(text.slice(m.index))) continue;
    if (w === 'march' && !/^March/.test(m[0])) continue;
    out.add(w.slice(0, 3));
  }
  return out;
}

/** Day-and-month dates in a text ("January 20", "20 January", "Jan. 20th"), as "jan-20". */
export function datesIn(text: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(
    `\\b(?:(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}))\\b(?![,.]?\\d)`,
    'gi',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = (m[1] ?? m[4] ?? '').toLowerCase().slice(0, 3);
    const day = Number(m[2] ?? m[3]);
    // "May" and "March" as dates are capitalised.
    if ((month === 'may' || month === 'mar') && !/^\d*\s*(?:of\s+)?(?:May|Mar)/.test(m[0].replace(/^\d+(?:st|nd|rd|th)?\s+/, ''))) continue;
    if (day >= 1 && day <= 31) out.add(`${month}-${day}`);
  }
  return out;
}

/** Counted durations in a text ("for four years", "18 months"), as "4 year". */
export function durationsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of scanNumbers(text)) {
    const after = text.slice(n.end, n.end + 20);
    const m = DURATION_AFTER.exec(after);
    if (m && n.value <= 100 && !/^\W*\w+\W+(?:ago|old)\b/i.test(after)) out.add(`${n.value} ${m[0].replace(/^\W+|s$/g, '').toLowerCase()}`);
  }
  return out;
}
