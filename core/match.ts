// Matches a sentence to the database record about the same subject. Evidence is counted in
// keyTerms groups (each satisfied by any of its terms, on word edges, with light inflection),
// topic overlap, and whether the sentence's figure counts the same thing as the record's.
import type { ClaimRecord, Figure, Topic } from './types.ts';
import { detectTopics, escapeRe, isPlaceName, isTopicName, leadTopic } from './topics.ts';
import { CAPITALS, FUNCTION_WORDS, KEY_SYNONYMS, isScopeSet, setWords, setsOf } from './lexicon.ts';
import { stem, textTerms } from './retrieval.ts';
import { withoutSource } from './attribution.ts';
import { findFigures, membership, monthsIn, ofOnePeriod, pickFigure, plainFigure, thresholdsOf } from './figures.ts';

/** Words too common to tell subjects apart when terms are derived from a quote. */
const STOPWORDS = new Set(
  ('about above after again against also among an and another are around as at be because been before being between both but by can could did does doing down during each even ever every few for from further had has have having he her here hers him his how however into its itself just last least less made make many more most much must near nearly new next not now of off on once only other our out over own per same she should since some such than that the their them then there these they this those through thus to too under until upon very was were what when where which while who whom whose why will with within without would year years yet your said says say told according reported reports recent recently already currently significant growing major more including, '
  ).split(/[\s,]+/).filter(Boolean),
);

/** Lower case, plain quotes, single spaces, no final punctuation. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?"']+$/u, '')
    .replace(/^[\s"']+/u, '');
}

/** Words of a text: runs of letters and digits, and "%" on its own. */
export function tokenize(text: string): { lower: string[]; orig: string[] } {
  const orig = text.match(/[\p{L}\p{N}]+|%/gu) ?? [];
  return { orig, lower: orig.map((w) => w.toLowerCase()) };
}

// Endings a page word may add to a term's last word: plural, past, -ing, "Korea" -> "Korean".
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'n', 'ns'];

// Words that only look inflected: "United" (States) is no form of "unit", "forced" of "forces",
// "warns" of "war", "planes" of "plan", nor "ships" (vessels) of "shipped".
const UNINFLECTED = new Set(['united', 'forced', 'warns', 'planes', 'ships']);

/** The word and its bare stems: "drills" -> drill, "trained" -> train, "preparing" -> prepar(e). */
function stems(word: string): string[] {
  const out = new Set<string>();
  if (word.length >= 3) out.add(word);
  if (UNINFLECTED.has(word)) return [...out];
  // Plain -s only: "bases" would come from "based", "presents" from "present" otherwise.
  for (const suf of ['ing', 'ed', 's']) {
    if (!word.endsWith(suf) || word.endsWith('ss')) continue;
    let stem = word.slice(0, -suf.length);
    // "drilling" -> "drill", "planned" -> "plan".
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem)) stem = stem.slice(0, -1);
    // "moved" and "moving" share "mov": three letters will do when an ending came off.
    if (stem.length >= 4 || (stem.length === 3 && suf !== 's')) out.add(stem);
  }
  return [...out];
}

/** A group's terms with the words news uses for them (core/lexicon.ts KEY_SYNONYMS) added. */
export function withSynonyms(terms: string[]): string[] {
  const out = [...terms];
  for (const t of terms) for (const syn of KEY_SYNONYMS[t.toLowerCase().trim()] ?? []) if (!out.includes(syn)) out.push(syn);
  return out;
}

// "2% is not enough", "much more than the 2 percent", "well above 2%": read as "spend more".
const SHARE = String.raw`(?:\d+(?:\.\d+)?\s?(?:%|per ?cent)|(?:two|three|four|five) per ?cent)`;
const BEYOND_SHARE = new RegExp(String.raw`\b${SHARE}[^.;]{0,30}?\b(?:is|are|was|will be)\s+(?:not|no longer|far from)\s+(?:enough|sufficient|adequate)|\b${SHARE}[^.;]{0,30}?\binsufficient\b|\b(?:much|far|a lot|considerably|significantly|substantially|well)\s+(?:more|higher|above|beyond)\s+(?:than\s+)?(?:the\s+)?${SHARE}`, 'i');

// "Should the 2% floor be raised?", "raising the target": read as the term "higher target".
const GOAL = '(?:floor|target|benchmark|goal|guideline|threshold)';
const RAISE = new RegExp(`${GOAL}[^.;]{0,25}?\\b(?:raised|increased|lifted|higher)\\b|\\b(?:rais|increas|lift)\\w*\\s+(?:\\S+\\s+){0,4}?${GOAL}`, 'i');

/** A term as the index files it: its first word, the rest, and the stems of a one-word term. */
export interface TermTokens {
  first: string;
  rest: string[];
  upper: boolean;
  stems: string[];
}

/** Reads terms for the index once; the result depends on the terms only. */
export function tokenizeTerms(terms: string[]): TermTokens[] {
  const out: TermTokens[] = [];
  for (const t of terms) {
    const words = tokenize(t).lower;
    const first = words[0];
    if (first === undefined) continue;
    const upper = /^\p{L}{2}$/u.test(t.trim());
    const rest = words.slice(1);
    out.push({ first, rest, upper, stems: rest.length === 0 && !upper && /\p{L}$/u.test(first) ? stems(first) : [] });
  }
  return out;
}

interface TermEntry {
  rest: string[];
  group: number;
  /** Two-letter terms ("US", "EU") are names only in capitals: "us" is a pronoun. */
  upper: boolean;
}

/**
 * All terms of all groups, by first word, so a sentence is read once whatever the database
 * size. One-word terms are also filed under their stems; a page word is looked up as itself and
 * with each ending taken off, so building the index stays cheap (it runs on page load).
 */
export class TermIndex {
  private byFirst = new Map<string, TermEntry[]>();
  private byStem = new Map<string, TermEntry[]>();
  size = 0;

  private file(map: Map<string, TermEntry[]>, key: string, entry: TermEntry): void {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.group === entry.group && e.rest.join(' ') === entry.rest.join(' '))) list.push(entry);
  }

  /** Adds a group of terms; returns its id. */
  add(terms: string[]): number {
    return this.addTokens(tokenizeTerms(terms));
  }

  /** Adds a group of terms read by tokenizeTerms already (records cache them); returns its id. */
  addTokens(tokens: TermTokens[]): number {
    const id = this.size++;
    for (const t of tokens) {
      const entry = { rest: t.rest, group: id, upper: t.upper };
      this.file(this.byFirst, t.first, entry);
      // Light stemming: "drills" also stands for "drilled" and "drilling".
      for (const stem of t.stems) this.file(this.byStem, stem, entry);
    }
    return id;
  }

  /** Entries a page word may start: its own, and those of a stem it is that stem plus an ending of. */
  private entries(word: string, into: TermEntry[]): void {
    const own = this.byFirst.get(word);
    if (own) into.push(...own);
    const bare = this.byStem.get(word);
    if (bare) into.push(...bare);
    if (UNINFLECTED.has(word)) return;
    for (const e of ENDINGS) {
      if (word.length <= e.length || !word.endsWith(e)) continue;
      const list = this.byStem.get(word.slice(0, -e.length));
      if (list) into.push(...list);
    }
  }

  /** Ids of the groups a text hits, each with the word position of its first hit. */
  hits(text: string): Map<number, number> {
    if (RAISE.test(text)) text += ' higher target';
    // "2% is not enough", "a lot more than two percent": a call to spend more.
    if (BEYOND_SHARE.test(text)) text += ' spend more';
    const { lower, orig } = tokenize(text);
    const out = new Map<number, number>();
    const list: TermEntry[] = [];
    for (let i = 0; i < lower.length; i++) {
      list.length = 0;
      this.entries(lower[i]!, list);
      if (!list.length) continue;
      // Groups in id order, as one list filed in that order would give them.
      if (list.length > 1) list.sort((a, b) => a.group - b.group);
      for (const e of list) {
        if (out.has(e.group)) continue;
        if (e.rest.length === 0) {
          if (e.upper && orig[i] !== orig[i]?.toUpperCase()) continue;
          out.set(e.group, i);
          continue;
        }
        // Only the last word of a term may be inflected.
        let ok = i + e.rest.length < lower.length;
        for (let k = 0; ok && k < e.rest.length; k++) {
          const want = e.rest[k]!;
          const got = lower[i + 1 + k] ?? '';
          ok = got === want || (k === e.rest.length - 1 && got.startsWith(want) && ENDINGS.includes(got.slice(want.length)));
        }
        if (ok) out.set(e.group, i);
      }
    }
    return out;
  }
}

// Names that stand for a whole topic, so a record's group such as ["russia", "moscow"] is also
// satisfied by "the Kremlin" or "Putin". Ukraine names are left out: they are the other side.
const ENTITY_NAMES: Record<Topic, RegExp> = {
  nato: /\b(?:NATO|North Atlantic (?:Treaty|Alliance)|the alliance|allies|Rutte|Stoltenberg)\b/i,
  'north-korea': /\b(?:North Korea(?:ns?)?|N\.? ?Koreans?|NKorea|N\.K\b|NK(?!\s+cells?\b)|DPRK|Pyongyang|Kim Jong[\s-]Un|Democratic People['’]s Republic of Korea)\b/i,
  'south-korea': /\b(?:South Koreans?|Seoul|Yoon|NIS|Republic of Korea)\b/,
  // Russia's border regions the war reached name Russia too ("an incursion into Kursk").
  russia: /\b(?:Russians?|Russia|Moscow|Kremlin|Putin|Kursk|Belgorod|Bryansk)\b(?!\s+(?:dressing|roulette|dolls?|mules?)\b)/i,
};
const SEOUL_SOURCES = /\b(?:National Intelligence Service|Joint Chiefs of Staff|JCS|Yonhap)\b/;
const THE_NORTH = /\bthe North(?![\s-]+(?:\p{Lu}|group\b|of\b))\b/u;
// Names that make a sentence surely about one of our topics ("allies" alone does not).
const STRONG_NAMES = /\b(?:NATO|Rutte|Stoltenberg|North Korea|Pyongyang|DPRK|Kim Jong|South Korea|Seoul|Yoon|Russia|Moscow|Kremlin|Putin)/i;

const CAPITAL_NAMES = CAPITALS.map((c) => c.replace(/ /g, '\\s+')).join('|');
const VENUE_SOURCE = `\\b(?:in|at|to|from|near|outside|inside)\\s+(?:${CAPITAL_NAMES})\\b|\\b(?:${CAPITAL_NAMES})[\\s-]+(?:based|event|summit|meeting|talks|conference|headquarters)\\b`;
const VENUE = new RegExp(VENUE_SOURCE, 'i');
const VENUES = new RegExp(VENUE_SOURCE, 'gi');

// Third countries: a sentence about Belgium or China is not about a record that names neither.
// (The United States and Europe are left out: they are the setting of most of these stories.)
const COUNTRIES =
  /^(?:belgium|belgian|china|chinese|beijing|iran|iranian|tehran|poland|polish|finland|finnish|sweden|swedish|norway|denmark|netherlands|dutch|germany|german|france|french|britain|british|united kingdom|uk|italy|italian|spain|spanish|portugal|greece|turkey|turkish|hungary|hungarian|slovakia|romania|bulgaria|estonia|latvia|lithuania|czech|canada|canadian|japan|japanese|india|indian|israel|israeli|syria|syrian|belarus|belarusian|georgia|moldova|serbia|taiwan|australia|albania|croatia|slovenia|montenegro|north macedonia|luxembourg|iceland|hamas|hezbollah|houthis?|venezuela|cuba|saudi|pakistan)$/;

/** The sentence names a third country or group ("China", "Hamas") that could be the subject. */
function otherActor(sentence: string): boolean {
  const { lower, orig } = tokenize(sentence);
  return lower.some((w, i) => /^\p{Lu}/u.test(orig[i] ?? '') && COUNTRIES.test(w));
}

const TRIGGERS: Record<Topic, Set<string>> = {
  nato: new Set(['nato', 'the alliance', 'alliance', 'north atlantic treaty organization']),
  'north-korea': new Set(['north korea', 'north korean', 'north koreans', 'pyongyang', 'dprk']),
  'south-korea': new Set(['south korea', 'south korean', 'seoul']),
  russia: new Set(['russia', 'russian', 'russians', 'moscow', 'kremlin']),
};

interface Group {
  /** Lower-case terms, to weigh the group by how many records share it. */
  terms: string[];
  /** The group's own terms (synonyms left out), to find the same group in other records. */
  key: string;
  /** 1 / number of records with the same group: shared groups ("troops") tell less. */
  weight: number;
  /** Id in the shared term index. */
  id: number;
  /** The topic this group names, when it names one (its terms include the topic's name). */
  entity: Topic | null;
  /** Names a person, country or place (capitalised in the record's subject): context may supply it. */
  name: boolean;
  /** Says when (most terms are dates: "january 20", "47th"): any date on the page fills it. */
  date: boolean;
  /** A word of a statement only (derived records): evidence, not required. */
  bonus: boolean;
  /** How rare the group's words are among the records (derived records). */
  idf: number;
  /** The group's own words (no synonyms). */
  own: string[];
  /** Says what a figure counts ("troops", "sent"): a figure of the record's scope says it. */
  scope: boolean;
  /** Stems of the one-word own terms. */
  ownStems: string[];
  /** Says "the members" ("allies", "member states"): naming the alliance says it too. */
  members: boolean;
}

const DATE_TERM =
  /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/;

/** A group before it has an id in an engine's index. */
type GroupShape = Omit<Group, 'weight' | 'idf' | 'id'> & { tokens: TermTokens[] };

/** What prepare reads from a record alone (cached by object identity). */
interface Description
  extends Omit<PreparedRecord, 'groups' | 'bag' | 'norm' | 'idfTotal' | 'pointIdf'> {
  groups: GroupShape[];
}

export interface PreparedRecord {
  record: ClaimRecord;
  groups: Group[];
  /** Non-entity groups that must be hit; derived records need fewer than all. */
  minContent: number;
  /** Groups were derived from the quote (a reader record without keyTerms). */
  derived: boolean;
  /** Number of groups that do not name a topic. */
  content: number;
  /** Every term of every group, lower case. */
  allTerms: Set<string>;
  /** Who the statements quote, lower case: a group naming them may be hit by the page's source. */
  speakers: string;
  /** The side the record is about: the topic its first name group names. */
  actor: Topic | null;
  /** The side the subject names first ("Ukraine’s incursion"): who acts. */
  doer: string | null;
  /** Whether any statement carries a figure. */
  figured: boolean;
  /** Scope families of the statements' figures. */
  families: Set<string>;
  /** Normalised statement quotes, to recognise a page that repeats one. */
  quotes: string[];
  /** Groups the record's own statements negate ("does not yet meet"): no contradiction there. */
  negated: Set<number>;
  /** Scope the record's subject names when no statement has a figure ("troops sent"). */
  subjectFamilies: Set<string>;
  /** Derived records: for each statement, the ids of the groups its words fall in. */
  quoteGroups: number[][];
  /** Each statement's figure: its own, or the one its quote states when the subject names what it counts. */
  statementFigures: (Figure | null)[];
  /** Scope families of statementFigures. */
  quoteFamilies: Set<string>;
  /** What the record says (subject, quotes, sources) as weighted stems, for telling close records apart. */
  bag: Map<string, number>;
  /** Length of bag. */
  norm: number;
  /** The stems the bag weighs. */
  bagTerms: string[];
  /** The record says what must or should be done. */
  obliges: boolean;
  /** The place of the war its subject names ("Kursk"), as a pattern, when it names one. */
  place: RegExp | null;
  /** Scope vocabularies the record never uses: a sentence using one states another fact. */
  absentScopes: RegExp[];
  /** The record speaks of a prospect only (PROSPECT, never OUTCOME). */
  prospect: boolean;
  /** Its statements' quotes speak of a prospect (PROSPECT). */
  quotesProspect: boolean;
  /** A statement reports how someone answered ("declined to say if ..."): such sentences may be about it. */
  quotesAnswer: boolean;
  /** The record reports a confirmation ("... confirm thousands of troops sent"). */
  confirmation: boolean;
  /** FACT_WORDS the record never uses. */
  absentFacts: RegExp[];
  /** The shares of output the record names as targets ("the 2% target"). */
  thresholds: Set<number>;
  /** The earliest year the statements speak for (asOf or publication), when they give one. */
  year?: number;
  /** Sum of the idf of the subject's groups, and the highest one (the record's point). */
  idfTotal: number;
  pointIdf: number;
}

/** The war's place a subject names, as a pattern. */
function placeOf(subject: string): RegExp | null {
  const w = (subject.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).find((x) => isPlaceName(x));
  return w ? new RegExp(`\\b${escapeRe(w)}`, 'i') : null;
}

/** Capitalised places a sentence puts something in or at ("in Vladivostok", "near Makhnovka"). */
function placesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b(?:in|into|at|near|outside|around)\s+(?:the\s+)?(?:Russia[’']s\s+)?(\p{Lu}[\p{Ll}-]+)(?!\s+(?:Korea|Atlantic|Defen[cs]e|Ministry|Intelligence|President|Minister|Secretary|Council|Union|News|Times|Post))/gu)) {
    // ("in the Russia-Ukraine war": a war named by its sides.)
    const w = m[1]!.replace(/-+$/, '');
    if (isTopicName(w) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Europe|Asia|Washington|Brussels|Seoul|Moscow|Kyiv|Pyongyang|The|His|Her|Its|Their|This|That|Russian|Ukrainian|Western|Eastern|European|American|West|East|North|South)$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

// "..., creating a threat"; "..., where the Kremlin's forces have struggled": a trailing participial
// or relative clause, after what the sentence says happened.
// ("his priorities, which include ensuring members spend more": what the noun holds is the point.)
const CLAUSE_ASIDE = /,\s+(?:creating|raising|posing|leading|making|prompting|sparking|fuell?ing|adding|which(?!\s+(?:include|includes|included|consist|consists|consisted)\b)|where)\b/i;
// "held a phone conversation regarding the troops"; "provided missiles in exchange for sending
// troops": what talks are about, or what is given in return. These weigh on names only: they are
// a record's point as much as the rest.
const TOPIC_ASIDE = /\s(?:regarding|concerning|about|over)\s(?!\d|some\b|around\b|half\b)|\s(?:in exchange|in return)\s+for\b/i;
const ASIDE_START = new RegExp(`${CLAUSE_ASIDE.source}|${TOPIC_ASIDE.source}`, 'i');

// "months before North Korean troops were deployed to Russia, Kim and Putin signed ...", "...
// when they decided to send soldiers": a clause that dates or conditions the main one.
const TEMPORAL = /\b(?:(?:months|weeks|days|years|shortly|long|soon|just)\s+)?(?:before|after|when|until|once|even if)\s+(?=(?:[\p{L}’'-]+\s+){0,6}?(?:were|was|is|are|had|has|have|be|decided|began|started|sent|deployed|dispatched|arrived)\b)/giu;

/** Where the clause that starts at `from` ends: at the next comma, bracket or dash, or the sentence's end. */
function clauseEnd(sentence: string, from: number): number {
  const close = sentence.slice(from).search(/[,;(—–]/);
  return close >= 0 ? from + close : sentence.length;
}

/**
 * Character spans of a sentence's asides, [start, end, strong]: dating clauses, and the first
 * trailing or relative clause (one set off by commas gives the main clause back after it). A weak
 * aside (what talks are about) sets aside only the names in it.
 */
// "the territory it took during a surprise attack in August", "villages ... (that were) captured by
// Ukraine", "since the Aug. 6 incursion": what the ground is, or when the story began, said in passing.
const TAKEN_GROUND =
  /\b(?:territory|territories|land|area|ground|foothold|positions|villages|settlements|towns?|kilomet(?:er|re)s|miles)\s+(?:(?:that|which)\s+)?(?:(?:it|they|Ukraine|Kyiv|Ukrainian (?:forces|troops))\s+(?:had\s+)?)?(?:initially\s+|previously\s+|originally\s+|once\s+|first\s+)?(?:took|taken|seized|captured|occupied|held|gained|grabbed)\b|\b(?:that|which)\s+(?:were|was|had been|have been|has been)\s+(?:initially\s+|previously\s+|originally\s+|earlier\s+|first\s+)?(?:taken|seized|captured|occupied|grabbed)\s+by\b|\b(?:territory|territories|land|area|region|villages|settlements|towns?)\s+(?:[\p{L}-]+\s+){0,4}?(?<!\b(?:was|were|been|be|is|are|being|had|has|have)\s+)(?:taken|seized|captured|occupied|grabbed)\s+by\b|\bsince\s+(?:the|its|their|last|this)\s+(?:[\p{L}.\d'’-]+\s+){0,4}?(?:incursion|offensive|invasion|attack|operation|raid|assault)\b/giu;

function asideChars(sentence: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const m of sentence.matchAll(TEMPORAL)) out.push([m.index, clauseEnd(sentence, m.index + m[0].length), true]);
  for (const m of sentence.matchAll(TAKEN_GROUND)) out.push([m.index + m[0].search(/\s/), clauseEnd(sentence, m.index + m[0].length), true]);
  const m = ASIDE_START.exec(sentence);
  if (!m) return out;
  const from = m.index + m[0].length;
  const end = clauseEnd(sentence, from);
  if (/^,\s+(?:which|where)\b/i.test(m[0]) && end < sentence.length && tokenize(sentence.slice(end)).lower.length >= 2) out.push([m.index, end, true]);
  else out.push([m.index, sentence.length, !/^\s/.test(m[0])]);
  return out;
}

/** Word spans of a sentence's asides (as tokenize counts words); a span to the end ends at Infinity. */
function asideSpans(sentence: string): [number, number, boolean][] {
  return asideChars(sentence).map(([a, b, strong]) => [wordsBefore(sentence, a), b >= sentence.length ? Infinity : wordsBefore(sentence, b), strong]);
}

/** The word position (as tokenize counts words) of a character offset. */
function wordsBefore(sentence: string, at: number): number {
  return tokenize(sentence.slice(0, at)).lower.length;
}

/** The sentence without its dating clauses and its trailing or relative aside: what its main clause says. */
export function mainClauseText(sentence: string): string {
  let out = '';
  let at = 0;
  for (const [a, b, strong] of asideChars(sentence).sort((x, y) => x[0] - y[0])) {
    if (!strong || a < at) continue;
    out += sentence.slice(at, a);
    at = b;
  }
  return out + sentence.slice(at);
}

/** Words of confirming: a record's subject that has one reports a confirmation. */
const CONFIRM_WORD = '(?:confirm|verif|corroborat|acknowledg)\\w*';
export const CONFIRMS = new RegExp(`\\b${CONFIRM_WORD}`, 'i');

const NONCOMMITTAL =
  /\bneither\s+(?:confirm|deny|denie|verify|verifie|acknowledge)(?:s|d|ed)?\s+nor\s+(?:confirm|deny|denie|verify|verifie|acknowledge)(?:s|d|ed)?\b|\b(?:did not|didn['’]t|does not|doesn['’]t|would not|wouldn['’]t|declined to|refused to|(?:can|could)(?:not|n['’]t| not))\s+(?:(?:publicly|immediately|officially|directly|independently)\s+)?(?:deny|confirm|comment|acknowledge|corroborate|verify|answer)\b|\bcommented (?:on|about)\b|\b(?:not (?:yet )?able|unable) to (?:independently |immediately )?(?:confirm|verify|corroborate)\b|\b(?:asked|pressed)\b[^.;]{0,50}?\bto comment on\b|\b(?:is|was|are|were)\s+(?:not aware|unaware)\s+of\b|\bno\s+(?:evidence|indication|sign)s?\s+(?:that|of)\s+(?:any\s+)?(?:more|additional|further)\b|\b(?:unsure|undecided|not sure)\s+(?:whether|if)\b|\b(?:alarmed|concerned|worried|troubled)[”"’']?\s+(?:over|about|by)\s+(?:the\s+)?reports?\b|\brefrain(?:ed|s)?\s+from\s+(?:deny|confirm)\w*|\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t)\s+know\s+(?:whether|if|in what|what|where|how|why|when)\b/i;
const FALL_SHORT = /\b(?:fail(?:s|ed|ing|ure)?\s+(?:of\s+\w+\s+)?to\s+(?:meet|reach|hit|spend|achieve|comply)|(?:have|has|had)\s+(?:yet|still)\s+to\s+(?:meet|reach|hit|achieve)|(?:not|n['’]t)\s+(?:yet\s+|even\s+)?(?:meet|meeting|met|reach|reached|reaching|hit|hitting|achiev\w+|compl\w+)|f[ae]ll(?:s|ing)?\s+short|lag(?:s|ged|ging)?\s+behind|below\s+(?:the|that|this)\s+(?:target|goal|threshold|benchmark|guideline))\b/i;
const MOST = /\b(?:most|majority|nearly all|almost all|all but)\b/i;
const MEMBER_WORDS = /^(?:allies|members|member (?:states|countries|nations)|nato (?:allies|members|countries))$/;
const ALLIANCE = /\b(?:NATO|North Atlantic (?:Treaty|Alliance)|the alliance|Rutte|Stoltenberg)\b/i;
const MEMBERS = /\b(?:allies|members|member (?:states|countries|nations)|countries|nations|capitals|governments|europeans)\b/i;

// ("2% is not enough": a level called too low is a call for more.)
const OBLIGATION = /\b(?:must|should|need(?:s|ed)? to|has to|have to|ought to|(?:is|are|be|was|were)\s+needed|need(?:s)?\s+(?:(?:a lot|much|far|significantly|considerably|substantially)\s+)?more|advocat\w+|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|keen (?:for|to see)|turbocharg\w+|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|insist\w*|necessity|need for|demand\w*|not (?:even close to )?enough|insufficient|not sufficient|inadequate)\b/i;

// What a sentence may count or report besides presence and deployment: losses.
const SCOPE_WORDS = [
  /\b(?:casualt\w+|losses|killed|dead|deaths?|died|wounded|injured|bodies)\b/i,
];

// Other facts about troops than being sent, when no figure says what the sentence counts:
// taking part in combat, being issued uniforms or papers.
const FACT_WORDS = [
  /\b(?:engag\w*|involved|participat\w*|took part|taking part)\s+(?:\w+\s+)?in\s+(?:direct |active |actual |real )?(?:combat|hostilities)\b/i,
  // (Worn ones describe the troops: "troops wearing Russian uniforms are moving to Kursk".)
  /(?<!\b(?:wearing|donning|dressed in|clad in)\s+(?:[\p{L}-]+\s+)?)\buniforms?\b|\b(?:questionnaires?|(?:identity|id) (?:cards?|papers|documents))\b/iu,
  // What an action was meant to achieve ("the offensive aimed to curb attacks") is not the action.
  /\b(?:aimed|aims|sought|seeks|was meant|were meant|was designed|were designed|intended) to\b/i,
  // "Ukraine launched a new offensive in Kursk": a later event of the kind the record reports.
  /\b(?:a|another|its|their|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|mount(?:s|ed|ing)?|open(?:s|ed|ing)?)\s+(?:(?:major|large|big|massive|powerful|surprise|significant)\s+)?(?:new|fresh|second|renewed|latest)\s+(?:[\p{L}-]+\s+){0,2}?(?:offensive|counter-?offensive|incursion|assault|attack|push|operation|wave|batch|contingent|deployment)s?\b/iu,
  // "North Korea sends more troops", "has sent additional soldiers": reinforcements, not the first deployment.
  /\b(?:more|additional|further|extra|fresh)\s+(?!than\b)(?:[\p{L}-]+\s+){0,2}?(?:troops?|soldiers|forces|units|servicemen)\b|\breinforcements?\b/iu,
  // "Ukraine captures North Korean soldiers", "prisoners of war": troops taken, not sent or fighting.
  /\bcaptur\w*\s+(?:[\p{L}-]+\s+){0,3}?(?:troops|soldiers|servicemen|fighters)\b|\b(?:troops|soldiers|servicemen)\s+(?:\w+\s+)?(?:captured|taken prisoner|taken captive)\b|\b(?:prisoners? of war|pows?|prisoner (?:swaps?|exchanges?)|held (?:captive|prisoner)|in captivity|captives)\b/iu,
  // "Ukrainian forces launched a counterattack in Kursk", "repelled an attack": a clash of its own.
  // ("counter-offensive" also names the August incursion, and "amid counterattacks" the backdrop.)
  /(?<!\bamid\s+(?:[\p{L}-]+\s+)?)\bcounter-?attack\b|\brepel(?:led|s|ling)?\b/iu,
  // "North Korean soldiers fighting for Russia were given fake papers": the deployment is how the
  // subject is named; what the sentence says of it is another fact.
  /\b(?:troops|soldiers|forces|servicemen|units)\s*,?\s+(?:(?:already|recently|reportedly)\s+)?(?:sent|deployed|dispatched|fighting|stationed|based)\b[^.;:"“”]{0,80}?,?\s(?:were|was|are|is|have|has|had|will)\s+[“"‘]?(?!been\s+(?:sent|deployed|dispatched|stationed|moved|transferred)\b)(?:[\p{L}-]+)/iu,
  // "Thousands of military workers sent to rebuild Kursk", "1,000 deminers": labour, not troops.
  /^(?![^]*\b(?:troops|soldiers|forces|servicemen|infantry)\b)[^]*\b(?:workers|labou?rers|builders|deminers|sappers|engineers|construction crews)\b/iu,
  // "Soldiers ... have withdrawn from the front line": leaving, not being sent or fighting ("forcing
  // Ukrainian troops to retreat" is the other side's advance, "no longer retreating" none).
  // (Ukraine's own withdrawal from Kursk is Russia's gain, which a record of regaining says.)
  /(?<!\b(?:forc|compel|oblig)\w*\s+(?:[\p{L}-]+\s+){0,3}?to\s+|\b(?:no longer|not|never|stopped)\s+|\b(?:Ukrain\w*|Kyiv['’]s)\s+(?:[\p{L}-]+\s+){0,4}?)\b(?:withdr[ae]w\w*|withdrawn|withdrawals?|pull(?:ed|s|ing)? (?:back|out)|retreat(?:ed|s|ing)?)\b/iu,
];

// A record about a prospect ("the potential re-election", "should he be re-elected") is not the
// outcome come true ("congratulated the president-elect", "took office"): that is another fact.
const PROSPECT = /\b(?:potential|possible|possibly|prospect|should (?:he|she|it|they) be|if (?:he|she|it|they)|likely|would-be)\b/i;
// "monitor the potential transfer of technology": a prospect of a transfer, not one made.
const POTENTIAL_TRANSFER = /\b(?:potential|possible)\s+(?:[\p{L}-]+\s+){0,2}?(?:transfers?|deliver(?:y|ies)|deployments?|supply|supplies|sale|sales)\b|\bpromis(?:ed|es|ing)\s+(?:[\p{L}-]+\s+){0,8}?(?:assistance|help|support|technology|aid)\b/iu;
// "had sent troops to Russia for possible deployment": the sending happened; the prospect is a later step.
const DONE_TRANSFER = /\b(?:had|has|have)\s+(?:already\s+)?(?:sent|deployed|dispatched|transferred|delivered|supplied|provided)\b/i;
// "might be redeployed to Kursk", "could soon be sent": a step that may come, not one taken.
const MAY_MOVE = /\b(?:might|could|may)\s+(?:soon\s+|also\s+|eventually\s+|yet\s+)?(?:be\s+)?(?:re)?(?:deploy|sen[dt]|dispatch|mov|transferr?)\w*/i;
// Scope families of losses.
const LOSSES = /^(?:casualties|killed|wounded)$/;
const PARTY = "(?:Russia|Russian|Moscow|Kremlin|Putin|Peskov|Lavrov|North Korea|North Korean|Pyongyang|KCNA|Kim Jong[ -]Un)";
// A party as a sentence's subject, with its organ's name: "the Russian Foreign Ministry ", "Pyongyang ".
const PARTY_SUBJECT = `\\b${PARTY}(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+`;
// "Russia has officially confirmed", "the Russian Foreign Ministry confirmed", "Pyongyang acknowledged".
// "Neither Russia nor North Korea has publicly acknowledged the deployment", "Lavrov stopped short
// of confirming", "while declining to confirm": the parties' silence, a fact of its own (not a
// denial of what others confirmed: "neither Seoul nor Washington has confirmed" is that).
const PARTY_SILENT = new RegExp(`\\bneither\\s+${PARTY}\\s+nor\\s+${PARTY}\\b[^.;]{0,60}?\\b(?:confirm|acknowledg)\\w*|${PARTY_SUBJECT}(?:has|have|had)\\s+(?:not|never)\\s+(?:yet\\s+)?(?:(?:publicly|officially|formally)\\s+)?(?:confirm|acknowledg)\\w*|\\b(?:stopped|stops|stopping)\\s+short\\s+of\\s+(?:confirm|acknowledg)\\w*|\\bdeclining\\s+to\\s+(?:confirm|acknowledge|comment)\\b`, 'iu');
// ("North Korean authorities confirmed", "Pyongyang and Moscow officially confirmed", "North Korea,
// for the first time, confirmed", "Gerasimov also confirmed", "Pyongyang admitted", a headline's "Confirms".)
const PARTY_ORGANS = '(?:authorities|officials|state media|government|military|leadership|army|defen[cs]e ministry|foreign ministry)';
const PARTY_OFFICIALS = "(?:Gerasimov|Shoigu|Belousov|Zakharova|Central Military Commission|Workers['’] Party)";
const PARTY_CONFIRMS = new RegExp(
  `(?:${PARTY_SUBJECT}|\\b${PARTY_OFFICIALS}\\s+|\\b${PARTY}\\s+${PARTY_ORGANS}\\s+|\\b${PARTY}\\s+and\\s+${PARTY}\\s+|\\b${PARTY},\\s+(?:[\\p{L}-]+\\s+){1,4}?[\\p{L}-]+,\\s+)(?:has\\s+|have\\s+|had\\s+)?(?:(?:now|also|only|officially|finally|publicly|first|formally|for\\s+the\\s+first\\s+time)\\s+)*(?:[Cc]onfirm|[Aa]cknowledg|[Aa]dmit)\\w*`,
  'u',
);
// What "confirmed that ..." or "confirmed the ..." confirms: the troops, their presence or the
// reports of them, or else another thing ("that the US would respond", "the incident").
const CONFIRMED_WHAT = new RegExp(`\\b${CONFIRM_WORD}(?:(?:\\s+\\p{L}+){0,6}?\\s+that\\s+((?:[\\p{L}’'-]+\\s+){0,5}[\\p{L}’'-]+)|\\s+((?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,2}[\\p{L}’'-]+))`, 'u');
const CONFIRMED_TROOPS = /\b(?:north korea\w*|pyongyang|dprk|troops?|soldiers?|forces|servicemen|units|personnel|presence|deployment|deployed|development|move|step|news|fact|existence|participation|involvement|assessment|figures?|estimates?|dispatch\w*|arrival|reports?|claims?|information|intelligence|evidence|this|these|those|it|they|them|thousands?|some|about|around|up|more|over|at|the number)\b/i;
function confirmsElse(sentence: string): boolean {
  const m = CONFIRMED_WHAT.exec(sentence);
  const what = m?.[1] ?? m?.[2];
  return !!what && !CONFIRMED_TROOPS.test(what);
}
const LOSS_WORDS = /\b(?:loss(?:es)?|lost|casualt\w+|killed|wounded|dead|deaths?|died)\b/i;
const WHOLE_WAR = /\b(?:since|in total|so far|to date|overall|in all|altogether|full-scale|throughout the war|of the war)\b/i;
// ", with many casualties reported": an aside after what the sentence counts.
// "... and admitted that its soldiers had been killed": a second assertion after the first.
const TRAILING_ASIDE = /,\s*with\b[^;]*$|\s+and\s+(?:also\s+)?(?:admitted|acknowledged|conceded|revealed|added)\s+that\b[^;]*$/i;
// "Rutte said that as a result of the heavy losses, North Korean troops have been sent": a leading
// cause or backdrop set off by its comma.
const LEADING_CAUSE = /(^|\bthat\s+)(?:as a (?:result|consequence) of|because of|due to|amid|in the wake of|owing to)\s[^,;]{3,80},\s*/i;
const OUTCOME = /\b(?:president-elect|winner of|won the|took office|taken office|takes office|inaugurat\w+|sworn in|congratulat\w+|returned to|(?:his|her) return to|election (?:victory|win)|since (?:his|her|trump['’]s) (?:election|victory|win)|(?:his|her) (?:election|re-election) (?:victory|win|last|earlier|in november))\b/i;

const VAGUE_AMOUNT = /^(?:(?:several|many|some|a few|a couple(?: of)?|tens of|hundreds of)\s+)?(?:thousands?|hundreds?|dozens?|millions?)(?:\s+of)?$/;

/** Collapses scope names from the data into families that may be compared. */
export function scopeFamily(counts: string): string {
  const c = counts.toLowerCase();
  // Rates and levels called for are their own kinds: never compared with totals or levels.
  if (/-(?:rate|demanded|all|attack|local|more)$/.test(c)) return c;
  if (/plan|total|eventual|future|pledge/.test(c)) return 'troops-planned';
  if (/killed-or-wounded|casualt|loss/.test(c)) return 'casualties';
  if (/^(?:killed|dead|deaths?|fatalit)/.test(c)) return 'killed';
  if (/wounded|injur/.test(c)) return 'wounded';
  if (/officer|general|commander/.test(c)) return 'officers';
  if (/^(?:troops|soldiers|forces|personnel)/.test(c)) return 'troops-present';
  if (/^(?:members|allies|countries)/.test(c)) return 'members';
  if (/gdp|share|spending-level/.test(c)) return 'gdp-share';
  // Anything else by its counted noun: "diplomats-expelled" and "diplomats" compare.
  return (c.split(/[-\s]/)[0] ?? c).replace(/(?<=[^s])s$/, '');
}

/** Content words of a text in order: no function words, no names of our topics. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}’'.-]*\p{L}|\d+(?:[.,]\d+)?%/gu)) {
    const word = m[0].toLowerCase().replace(/['’]s$/u, '');
    // Two letters are a name only in capitals: "US", "EU", "UK".
    if (word.length < 3 && !word.endsWith('%') && !/^(?:US|EU|UK)$/.test(m[0])) continue;
    if (FUNCTION_WORDS.has(word) || STOPWORDS.has(word) || TOPIC_WORDS.has(word) || isTopicName(word)) continue;
    out.push(word);
  }
  return out;
}

// Words of topic names: the entity groups stand for them.
const TOPIC_WORDS = new Set(['north', 'south', 'korea', 'korean', 'koreans', ...Object.values(TRIGGERS).flatMap((t) => [...t])]);

interface Derived {
  /** Groups: the subject's words first (what the record is about), then its statements' words. */
  groups: string[][];
  /** How many of the groups come from the subject. */
  subject: number;
  /** For each statement, the indices of the groups its words fall in. */
  quoteGroups: number[][];
  /** For each group, whether it says what a figure counts. */
  scope: boolean[];
}

const IN_RETURN = /\b(?:in exchange for|in return for|as payment for|as a reward for)\b/i;

/**
 * Groups derived from what a record says: a group a word of its subject (with the words news
 * uses for it), then a group a further word of its statements. Words that share a set of the
 * lexicon share a group. Places and people our topics are known by ("Kursk", "Rutte") are
 * kept as words; the topics' own names become entity groups.
 */
function deriveGroups(record: ClaimRecord): Derived {
  const groups: { words: string[]; sets: Set<number> }[] = [];
  const place = (word: string): number => {
    const sets = setsOf(word);
    let at = groups.findIndex((g) => g.words.includes(word) || sets.some((x) => g.sets.has(x)));
    if (at < 0) {
      at = groups.length;
      groups.push({ words: [word], sets: new Set(sets) });
    } else if (!groups[at]!.words.includes(word)) groups[at]!.words.push(word);
    return at;
  };
  // The subject without its parenthesis: "(South Korean intelligence)" names a source.
  // "within days" is all function words, yet it is what a warning of an imminent step says.
  const soon = (t: string) => t.replace(/\b(?:within|in the coming|in a few|in)\s+(?:days|weeks|hours)\b/gi, ' soon ');
  const subject = soon(plainSubject(record.subject ?? ''));
  // "... technology in exchange for military support": what is given in return is the deal's
  // background, a bonus like the statements' further words, not a word the page must repeat.
  const cut = subject.search(IN_RETURN);
  const head = cut > 0 ? subject.slice(0, cut) : subject;
  const names = (head.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => isTopicName(w) && !TOPIC_WORDS.has(w.toLowerCase()));
  for (const w of [...contentWords(head), ...names.map((n) => n.toLowerCase())]) place(w);
  const subjectCount = groups.length;
  if (cut > 0) for (const w of contentWords(subject.slice(cut))) place(w);
  const quoteGroups = record.statements.map((st) => {
    const ids = new Set<number>();
    for (const w of contentWords(soon(st.quote ?? ''))) ids.add(place(w));
    return [...ids];
  });
  const out = groups.map((g) => [...g.words, ...setWords(g.sets)].filter((w, i, a) => a.indexOf(w) === i));
  return { groups: out, subject: subjectCount, quoteGroups, scope: groups.map((g) => isScopeSet(g.sets)) };
}

/** A subject without who says it: "(South Korean intelligence)", ", as Trump insists". */
function plainSubject(subject: string): string {
  return subject.replace(/\([^)]*\)/g, ' ').replace(/,\s*(?:as|according to)\b[^,;]*$/i, ' ');
}

/** Topics a record names in its subject, else in most of its statements. */
function namedTopics(record: ClaimRecord): Topic[] {
  const subject = detectTopics(plainSubject(record.subject ?? ''));
  const mine = subject.filter((t) => record.topics.includes(t));
  if (mine.length) return mine;
  const counts = new Map<Topic, number>();
  for (const st of record.statements) for (const t of detectTopics(st.quote ?? '')) counts.set(t, (counts.get(t) ?? 0) + 1);
  return record.topics.filter((t) => (counts.get(t) ?? 0) * 2 > record.statements.length);
}

// "regaining control", "tightening its grip": the verb says it; the object is no further word.
const LIGHT_VERB_PHRASE = /\b(?:regain\w*|retak\w*|tak(?:e|es|ing)|took|seiz\w*|gain\w*|los(?:e|es|ing)|lost|recaptur\w*|reassert\w*|restor\w*|establish\w*|tighten\w*)\s+(?:full\s+|complete\s+|total\s+)?(control|hold|grip|possession)\b/i;
const MANNER = /^(?!(?:daily|weekly|monthly|yearly|quarterly|nearly|supply|assembly|anomaly|monopoly)$)[a-z]{5,}ly$/;

function describe(record: ClaimRecord): Description {
  const derived = !record.keyTerms || record.keyTerms.filter((g) => g.length).length === 0;
  // A term belongs to the first group that lists it: one word must not count twice.
  const taken = new Set<string>();
  const keep = (t: string) => {
    const k = t.toLowerCase().trim();
    if (taken.has(k)) return false;
    taken.add(k);
    return true;
  };
  const d = derived ? deriveGroups(record) : null;
  const raw: string[][] = d ? [...d.groups, ...namedTopics(record).map((t) => [...TRIGGERS[t]])] : (record.keyTerms ?? []);
  // Derived groups keep their order (quoteGroups refers to it); empty ones stay as placeholders.
  const terms = raw
    .map((g, i) => {
      const own = g.filter(keep);
      return { own, all: [...own, ...(d ? [] : withSynonyms(g).slice(g.length).filter(keep))], i };
    })
    .filter((g) => g.own.length || d);
  const kept = terms.filter((t) => t.own.length);
  const groups: GroupShape[] = kept.map(({ own, all: g, i }) => {
    const lower = g.map((t) => t.toLowerCase().trim());
    // "thousands", "several thousand": how many, said without a figure; not what the record is about.
    const vague = lower.every((t) => VAGUE_AMOUNT.test(t));
    // "gradually regaining": how the record's point happens, not the point.
    const manner = d !== null && lower.length > 0 && MANNER.test(lower[0]!);
    // "regaining control of the region": the object of a light verb phrase, said by the verb.
    const light = d !== null && LIGHT_VERB_PHRASE.exec(record.subject ?? '')?.[1]?.toLowerCase() === lower[0];
    const bonus = vague || manner || light || (d !== null && i >= d.subject && i < d.groups.length);
    const scope = d !== null && i < d.groups.length && d.scope[i] === true;
    const key = own.map((t) => t.toLowerCase().trim()).sort().slice(0, 4).join('|');
    const entity = (Object.keys(TRIGGERS) as Topic[]).find((t) => lower.some((x) => TRIGGERS[t].has(x))) ?? null;
    const first = lower[0] ?? '';
    const firstWord = tokenize(first).lower[0];
    const name = !entity && !!firstWord && tokenize(record.subject).orig.some((w) => w.toLowerCase() === firstWord && /^\p{Lu}/u.test(w));
    const date = lower.filter((t) => DATE_TERM.test(t)).length * 2 > lower.length;
    const ownLower = own.map((t) => t.toLowerCase().trim());
    const members = !entity && lower.some((t) => MEMBER_WORDS.test(t));
    return { terms: lower, key, tokens: tokenizeTerms(g), entity, name, date, bonus, scope, own: ownLower, ownStems: ownLower.filter((w) => !w.includes(' ')).map(stem), members };
  });
  const content = groups.filter((g) => !g.entity && !g.bonus).length;
  const at = new Map(kept.map((t, k) => [t.i, k]));
  const quoteGroups = d ? d.quoteGroups.map((ids) => ids.map((i) => at.get(i)).filter((x): x is number => x !== undefined)) : [];
  // What the record's own statements negate, by group position (read with its groups alone).
  const local = new TermIndex();
  for (const g of groups) local.addTokens(g.tokens);
  const negated = new Set<number>();
  for (const st of record.statements) for (const k of negatedGroups(st.quote, local.hits(st.quote))) if (k >= 0) negated.add(k);
  const families = new Set<string>();
  // (A pack's "NATO has 32 member states" counts the membership, as the same words on a page do.)
  const given = record.statements.map((st) => st.figure && { ...st.figure, counts: membership(st.figure, st.quote ?? '') });
  for (const f of given) if (f) families.add(scopeFamily(f.counts));
  // A statement without a figure field may still state one in its quote ("expelled 21 Russian
  // diplomats"): it counts when the subject names what it counts.
  const subjectText = (record.subject ?? '').toLowerCase();
  const statementFigures = record.statements.map((st, i) => {
    if (st.figure) return given[i]!;
    const f = pickFigure(findFigures(st.quote ?? ''));
    if (!f || f.context || f.unit === 'count' || f.unit === 'percent') return null;
    const noun = f.unit.replace(/s$/, '');
    if (!subjectText.includes(noun) && !(f.unit === 'soldiers' && /\b(?:troops|soldiers|forces)\b/.test(subjectText))) return null;
    return plainFigure(f);
  });
  const quoteFamilies = new Set<string>();
  for (const f of statementFigures) if (f) quoteFamilies.add(scopeFamily(f.counts));
  const subjectFamilies = new Set<string>();
  if (/\b(?:troops|soldiers|forces)\b/i.test(record.subject)) subjectFamilies.add('troops-present');
  const said = [record.subject, ...record.statements.map((st) => st.quote)].join('. ');
  const absentScopes = SCOPE_WORDS.filter((re) => !re.test(said));
  const absentFacts = FACT_WORDS.filter((re) => !re.test(said));
  const thresholds = new Set(thresholdsOf(findFigures(said)));
  const years = record.statements.map((st) => Number((st.asOf ?? st.published ?? '').slice(0, 4))).filter((y) => y > 1900);
  return {
    ...(years.length ? { year: Math.min(...years) } : {}),
    absentScopes,
    absentFacts,
    thresholds,
    prospect: PROSPECT.test(said) && !OUTCOME.test(said),
    quotesProspect: PROSPECT.test(record.statements.map((st) => st.quote).join(' ')),
    quotesAnswer: record.statements.some((st) => NONCOMMITTAL.test(st.quote)),
    confirmation: CONFIRMS.test(record.subject ?? ''),
    obliges: OBLIGATION.test(said),
    place: placeOf(record.subject ?? ''),
    record,
    quotes: record.statements.map((st) => norm(st.quote)).filter((q) => q.length > 0),
    subjectFamilies,
    groups,
    negated,
    // A derived record needs all but one of its subject's words (all of one or two).
    minContent: derived ? (content <= 2 ? content : Math.ceil(content * DERIVED_NEED)) : content,
    quoteGroups,
    statementFigures,
    quoteFamilies,
    bagTerms: textTerms([record.subject, ...record.statements.flatMap((st) => [st.quote, st.attribution ?? ''])].join(' \n ')),
    derived,
    content,
    speakers: record.statements.map((st) => st.attribution ?? '').join(' ').toLowerCase(),
    actor: derived ? (leadTopic(record.subject ?? '') ?? groups.find((g) => g.entity)?.entity ?? null) : (groups.find((g) => g.entity)?.entity ?? null),
    allTerms: new Set(groups.flatMap((g) => g.terms)),
    doer: doerOf(record.subject ?? ''),
    figured: families.size > 0,
    families,
  };
}

/** What a record says, read once per record object: engines over candidate subsets reuse it. */
const described = new WeakMap<ClaimRecord, Description>();

function prepare(record: ClaimRecord, index: TermIndex): PreparedRecord {
  let d = described.get(record);
  if (!d) {
    d = describe(record);
    described.set(record, d);
  }
  const groups: Group[] = d.groups.map((g) => ({ ...g, weight: 1, idf: 1, id: index.addTokens(g.tokens) }));
  const { quoteGroups, negated, bagTerms: _b, groups: _g, ...rest } = d;
  return {
    ...rest,
    groups,
    quoteGroups: quoteGroups.map((ks) => ks.map((k) => groups[k]!.id)),
    negated: new Set([...negated].map((k) => groups[k]!.id)),
    bag: new Map(),
    norm: 1,
    idfTotal: 0,
    pointIdf: 0,
    bagTerms: d.bagTerms,
  };
}

// Negation right before a term ("not of desperation", "no sign of escalation", "did not
// deploy"), or a denial a few words before it ("denied sending troops"). "not only" is not one.
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without']);
const CONTRACTED = /^(?:don|doesn|didn|isn|wasn|aren|weren|hasn|haven|hadn|won|wouldn|cannot|can)$/;
const DENIALS = /^(?:den(?:y|ies|ied|ying)|refut\w+|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)$/;
// "not only", "no doubt", "no shortage of", "never before", "did not deny": not a denial of what follows.
const NOT_NEGATION = /^(?:only|just|merely|least|enough|sufficient|adequate|nearly|doubt|less|more|fewer|shortage|lack|end|matter|question|surprise|wonder|before|den(?:y|ies|ied|ying)|dispute[sd]?|refute[sd]?|reject(?:s|ed)?)$/;
const CLAUSE_END = /^(?:but|said|says|while|although|though|however|whereas|yet)$/;
const FILLERS = new Set(['to', 'of', 'a', 'an', 'any', 'the', 'sign', 'signs', 'evidence', 'indication', 'proof', 'longer', 'yet', 'been', 'be', 'being', 'really', 'that', 'its', 'their', 'reports', 'claims', 'it', 'they', 'had', 'has', 'have', 'was', 'were', 'is', 'are']);

/** Marks the whole claim as negated in the set negatedGroups returns. */
export const WHOLE = -1;
const UNCONFIRMED =
  /\b(?:not|never|neither|nor|n['’]t|(?:fail\w*|yet) to)\b[^.;:]{0,30}?\b(?:confirm|verif)\w*[^.;:]{0,20}\b(?:that|any)\b/i;

// Who gives what to whom ("Russia is providing North Korea with technology"): Russia, North Korea.
const GIVE = /\b(?:provid|suppl|giv|gave|pass|transfer|shar|sell|sold|sen[dt]|deliver|hand|offer)\w*/i;
const SIDES = [ENTITY_NAMES.russia, ENTITY_NAMES['north-korea']].map((re) => new RegExp(re, 'gi'));

/** Index of the giving side, when the thing given is a content term of the record. */
function giver(text: string, m: Matcher, p: PreparedRecord): number {
  const g = GIVE.exec(text);
  if (!g) return -1;
  const after = text.slice(g.index + g[0].length);
  let side = -1;
  let at = -1;
  SIDES.forEach((re, i) => {
    for (const h of text.slice(0, g.index).matchAll(re)) if (h.index > at) [side, at] = [i, h.index];
  });
  const k = side < 0 ? -1 : after.search(SIDES[1 - side]!);
  if (k < 0) return -1;
  const between = after.slice(0, k);
  // "providing North Korea with technology", "giving Moscow technology": the thing comes after.
  const thing = m.index.hits(between + (!between.trim() || /^[\w\s.-]{0,20}?\bwith\b/.test(after.slice(k)) ? after.slice(k, k + 50) : ''));
  return p.groups.some((x) => !x.entity && thing.has(x.id)) ? side : -1;
}

// "...; in turn, ...", "..., while ...": where a sentence gives the other side's part.
const EXCHANGE_TURN = /;|,?\s+(?:in (?:turn|return)|while|whereas|and in exchange)\b/i;

/** The page has the record's giver and receiver the other way round. */
export function reversed(sentence: string, m: Matcher, p: PreparedRecord): boolean {
  const page = giver(sentence, m, p);
  if (page < 0 || !p.record.statements.some((st) => giver(st.quote, m, p) === 1 - page)) return false;
  // "Pyongyang sent munitions to Russia; in turn, Moscow provided technology to North Korea": the
  // other way round too, in a clause of its own.
  return !sentence.split(EXCHANGE_TURN).some((part, i) => i > 0 && giver(part, m, p) === 1 - page);
}

/** Groups whose (first) hit in the text is negated or denied. */
/** "if they do not invest": a negation inside a condition states what may be, and denies nothing. */
function conditional(lower: string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const w = lower[k] ?? '';
    if (CLAUSE_END.test(w)) return false;
    if (w === 'if' || w === 'unless') return true;
  }
  return false;
}

export function negatedGroups(text: string, hits: Map<number, number>): Set<number> {
  const out = new Set<number>();
  if (!/\b(?:not|no|never|nor|neither|without|n['’]t|cannot|den(?:y|ies|ied|ying)|refut|reject|fail|yet to|unable)/i.test(text)) return out;
  const { lower, orig } = tokenize(text);
  // "Neither Seoul nor Washington has confirmed that...": the whole claim is unconfirmed.
  if (UNCONFIRMED.test(text)) out.add(WHOLE);
  for (const [id, at] of hits) {
    // A negator within a few words (names and small words between are free, one other word too).
    let free = 1;
    for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
      const w = lower[k] ?? '';
      // "failed to win back", "has yet to reach", "unable to confirm".
      const failed = w === 'to' && /^(?:fail|fails|failed|failing|yet|unable)$/.test(lower[k - 1] ?? '');
      if (failed || NEGATORS.has(w) || (w === 't' && CONTRACTED.test(lower[k - 1] ?? '')) || w === 'cannot') {
        if (!NOT_NEGATION.test(lower[k + 1] ?? '') && !conditional(lower, k)) out.add(id);
        break;
      }
      if (CLAUSE_END.test(w) || (!FILLERS.has(w) && !/^\p{Lu}/u.test(orig[k] ?? '') && free-- <= 0)) break;
    }
    // A denial verb up to eight words back, within the clause ("denied that its troops ... breached").
    for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
      const w = lower[k] ?? '';
      if (CLAUSE_END.test(w)) break;
      if (DENIALS.test(w)) {
        // "did not deny", "refused to deny": a denial denied.
        const before = lower[k - 1] ?? '';
        if (!(NEGATORS.has(before) || (before === 't' && CONTRACTED.test(lower[k - 2] ?? '')) || (before === 'to' && /^(?:refus|declin)\w*$/.test(lower[k - 2] ?? '')))) out.add(id);
        break;
      }
    }
  }
  return out;
}

export interface Matcher {
  records: PreparedRecord[];
  index: TermIndex;
  /**
   * Groups naming an actor outside our topics (Belgium, China, Trump), by id, with the name.
   * A sentence that names one is only about records that name it too.
   */
  actors: Map<number, string>;
  /**
   * Names outside our topics that records without a topic name are about ("Trump", "Belgium"):
   * a sentence naming one is read even when it names none of our topics, but is a claim only
   * if it matches such a record. Null when there are none.
   */
  names: RegExp | null;
  /** Topics of the records behind each of those name groups, by group id. */
  nameTopics: Map<number, Topic[]>;
}

/** Prepares all records and weighs each group by how rare it is among them. */
export function prepareAll(records: ClaimRecord[]): Matcher {
  return drain(prepareSteps(records));
}

/** Runs a step generator to its end. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `t` holds the name `o` as whole words (between spaces, hyphens or the ends). */
function holdsName(t: string, o: string): boolean {
  const edge = (c: string | undefined) => c === undefined || c === '-' || /\s/.test(c);
  for (let i = t.indexOf(o); i >= 0; i = t.indexOf(o, i + 1)) {
    if (edge(t[i - 1]) && edge(t[i + o.length])) return true;
  }
  return false;
}

/**
 * prepareAll in small steps: yields after each record, so a page can build the matcher between
 * its own tasks.
 */
export function* prepareSteps(records: ClaimRecord[]): Generator<void, Matcher, void> {
  const index = new TermIndex();
  const prepared: PreparedRecord[] = [];
  for (const r of records) {
    prepared.push(prepare(r, index));
    yield;
  }
  // Groups are told apart by the record's own terms: added synonyms must not make them unique.
  const key = (g: Group) => g.key;
  const seen = new Map<string, number>();
  for (const p of prepared) for (const k of new Set(p.groups.map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  for (const p of prepared) for (const g of p.groups) g.weight = 1 / (seen.get(key(g)) ?? 1);
  const actors = new Map<number, string>();
  for (const p of prepared) {
    for (const g of p.groups) if (g.name && g.terms[0] && !isTopicName(g.terms[0]) && COUNTRIES.test(g.terms[0])) actors.set(g.id, g.terms[0]);
  }
  // Stems weighed by how few records use them: what tells a record from its neighbours.
  const termsOf = prepared.map((p) => p.bagTerms);
  const df = new Map<string, number>();
  for (const ts of termsOf) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(prepared.length, 8);
  prepared.forEach((p, i) => {
    let sum = 0;
    for (const t of termsOf[i]!) {
      const w = Math.log(1 + n / (df.get(t) ?? 1));
      p.bag.set(t, w);
      sum += w * w;
    }
    p.norm = Math.sqrt(sum) || 1;
    // A subject group is as rare as the record's own words in it (its synonyms aside).
    const mine = new Set(termsOf[i]);
    for (const g of p.groups) {
      if (g.entity || g.bonus) continue;
      let best = 0;
      for (const t of g.ownStems) if (mine.has(t)) best = Math.max(best, Math.log(1 + n / (df.get(t) ?? 1)));
      // A derived group is as common as the commonest of its words and their synonyms: "sent"
      // tells nothing apart where other records say "deployed".
      if (p.derived && best) {
        let most = 1;
        for (const t of g.terms) if (!t.includes(' ')) most = Math.max(most, df.get(stem(t)) ?? 1);
        best = Math.min(best, Math.log(1 + n / most));
      }
      g.idf = best || Math.log(1 + n);
      p.idfTotal += g.idf;
      p.pointIdf = Math.max(p.pointIdf, g.idf);
    }
  });

  const nameTerms = new Set<string>();
  const nameTopics = new Map<number, Topic[]>();
  for (const p of prepared) {
    if (p.actor || p.derived) continue;
    for (const g of p.groups) {
      if (!g.name || isTopicName(g.terms[0] ?? '')) continue;
      // Only the group's proper names: "trump", "belgium", not "january 20".
      const names = g.terms.filter((t) => /^\p{L}[\p{L}\s.-]{3,}$/u.test(t) && !isTopicName(t));
      if (names.length === 0 || /\d/.test(g.terms[0] ?? '')) continue;
      for (const t of names) nameTerms.add(t);
      nameTopics.set(g.id, [...new Set([...(nameTopics.get(g.id) ?? []), ...p.record.topics])]);
    }
  }
  const esc = (t: string) => escapeRe(t).replace(/[\s-]+/g, '[\\s-]+');
  // Names as written in running text (capitalised) or in a headline (capitals); case-sensitive
  // keeps the test cheap on every block of a page.
  // "Donald Trump" is found by "Trump" already.
  const shortest = [...nameTerms].filter((t) => ![...nameTerms].some((o) => o !== t && holdsName(t, o)));
  const forms = shortest.flatMap((t) => [
    ...(t.includes('-') ? [t, t[0]!.toUpperCase() + t.slice(1)] : []),
    t.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()), t.toUpperCase()]);
  const names = forms.length ? new RegExp(`\\b(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`) : null;
  return { records: prepared, index, actors, names, nameTopics };
}

export interface MatchInput {
  sentence: string;
  topics: Topic[];
  /** The claim figure, or null; context figures (thresholds) are passed as null. */
  figure: Figure | null;
  /** Who the sentence names as its source, to tell speakers from actors. */
  attribution?: string | null;
  /** The topic named first outside the attribution: who the sentence is about. */
  lead?: Topic | null;
  /** Whose people the figure counts ("American troops"), when the sentence says. */
  owner?: Topic | 'other';
  /** The sentence names a threshold ("the 2% target") but no figure of its own. */
  threshold?: boolean;
  /** The shares of output the sentence names as targets ("the 5% target"). */
  thresholds?: number[];
  /** Scope named without a number ("several generals"), or null. */
  scopeCue: string | null;
  /** The latest year the sentence dates its figure to ("in 2014", "five years ago": -Infinity), if any. */
  figureYear?: number;
  /**
   * Earlier sentences a pronoun-led sentence ("This poses...", "These troops...") refers to:
   * they may supply the names (Russia, North Korea) but not the content words.
   */
  context?: string;
  /** Topics of the sentence's paragraph and heading or page: names a sentence may leave out ("in the region"). */
  scene?: Topic[];
  /** The figure measures ground (a share or an area of territory). */
  ground?: boolean;
  /** Term hits of the sentence and of the context, when the caller has them already. */
  hits?: Map<number, number>;
  contextHits?: Map<number, number> | null;
}

/** How near the rarity of a derived record's point an unsaid subject word may be before the record needs it too. */
const RIVAL_POINT = 0.85;
/** Share of a derived record's subject words a sentence must say. */
const DERIVED_NEED = 0.6;
/** Weight of word overlap with all a record says, against the group evidence. */
const SIMILARITY = 2;
/** Share of a statement's words a sentence must repeat to say what it says. */
const COVER = 0.7;
/** A record said only in an aside ranks below every record the main clause says. */
const ASIDE = 10;

export interface Candidate {
  prepared: PreparedRecord;
  score: number;
  /** The sentence's figure counts the same thing as some statement of the record. */
  scopeFits: boolean;
  /** The record is said only in an aside or a dating clause: backdrop, not the sentence's claim. */
  aside?: boolean;
}

// The warring sides, by the words that name them: one side's act on the other ("Russian forces
// pushed Ukrainian troops out") is not a record of the other's act.
const SIDE_WORDS: Record<string, string> = {
  russia: 'russia', russian: 'russia', russians: 'russia', moscow: 'russia', kremlin: 'russia', putin: 'russia',
  ukraine: 'ukraine', ukrainian: 'ukraine', ukrainians: 'ukraine', kyiv: 'ukraine', kiev: 'ukraine', zelensky: 'ukraine', zelenskyy: 'ukraine',
  pyongyang: 'north-korea', seoul: 'south-korea', nato: 'nato',
};
const OPPOSED: Record<string, string[]> = { russia: ['ukraine'], 'north-korea': ['ukraine'], ukraine: ['russia', 'north-korea'] };
// Words of a record that name who acts or who tells, not the act: "Ukrainian forces", "Ukrainian
// intelligence"; and the other side's loss, which is the doer's gain ("Ukraine has lost ground").
const NOT_THE_ACT = /^(?:forces|troops|army|military|soldiers|armed|units|personnel|servicemen|intelligence|officials?|sources?|government|ministry|president|commanders?|general|staff|lost|los(?:e|es|ing)|relinquish\w*|withdr[ae]w\w*|pull\w*|retreat\w*|ceded?)$/;
// What may stand between a side and its act: "Russian forces have now", "Moscow's army had" (not
// "been": a side before a passive is not its doer).
const BETWEEN_DOER_AND_ACT = /^(?:forces|troops|army|military|soldiers|armed|units|s|has|have|had|now|also|already|reportedly|quickly|finally|since)$/;

/** The sides a text names, by word position ("North Korean" counts once, at "North"). */
function sidesIn(words: string[]): [number, string][] {
  const out: [number, string][] = [];
  words.forEach((w, i) => {
    const korea = /^(?:korea|koreans?)$/.test(words[i + 1] ?? '');
    const side = SIDE_WORDS[w] ?? (korea && w === 'north' ? 'north-korea' : korea && w === 'south' ? 'south-korea' : undefined);
    if (side) out.push([i, side]);
  });
  return out;
}

/** The side a record's subject names first: the one that acts. */
function doerOf(subject: string): string | null {
  return sidesIn(tokenize(subject).lower)[0]?.[1] ?? null;
}

/** Candidates, and whether a record was passed over only as another fact about its actors. */
export type Candidates = Candidate[] & { otherFact?: boolean };

// "North Korean troops, donning Russian uniforms and equipped with Russian gear, are moving into
// Kursk": a description set off by commas between a subject and its verb, which it does not part.
const PARENTHETICAL = /,\s+(?:[\p{L}-]+(?:ing|ed)|who|which|whose|dressed|clad|armed|wearing|reportedly|believed|allegedly)\b[^,;:()—–"“”]{0,100},/gu;

/**
 * Word positions (as tokenize counts them) that a comma, colon, dash or bracket comes before,
 * and the word spans of descriptions set off by commas, which words on either side stand across.
 */
function clauseBreaks(sentence: string): { breaks: number[]; inserts: [number, number][] } {
  const breaks: number[] = [];
  let words = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+|%|[,;:()—–]|\s-\s/gu)) {
    if (/^(?:[\p{L}\p{N}]+|%)$/u.test(m[0])) words++;
    else if (breaks[breaks.length - 1] !== words) breaks.push(words);
  }
  const inserts = [...sentence.matchAll(PARENTHETICAL)].map((m): [number, number] => [wordsBefore(sentence, m.index), wordsBefore(sentence, m.index + m[0].length)]);
  return { breaks: breaks.filter((b) => !inserts.some(([a, z]) => b >= a && b <= z)), inserts };
}

/** How far apart two word positions are, not counting descriptions set off between them, and whether a clause break parts them. */
function apart({ breaks, inserts }: ReturnType<typeof clauseBreaks>, first: number, last: number): [number, boolean] {
  let gap = last - first;
  for (const [a, z] of inserts) if (a > first && z <= last) gap -= z - a;
  return [gap, breaks.some((b) => b > first && b <= last)];
}

/**
 * Records about the same subject as the sentence, best first. A record qualifies when every
 * group naming a topic is hit and all its content groups are hit; one content group may be
 * missing for records with four content groups or more, and one more when the sentence's figure
 * counts the same thing as the record's figures.
 */
export function candidates(matcher: Matcher, input: MatchInput): Candidates {
  let otherFact = false;
  const out: Candidate[] = [];
  const family = input.figure ? scopeFamily(input.figure.counts) : input.scopeCue ? scopeFamily(input.scopeCue) : null;
  const own = input.hits ?? matcher.index.hits(input.sentence);
  const ctx = input.contextHits !== undefined ? input.contextHits : input.context ? matcher.index.hits(input.context) : null;
  const named = input.context ? `${input.sentence} ${input.context}` : input.sentence;
  const entityCache = new Map<Topic, boolean>();
  const entity = (t: Topic) => {
    let v = entityCache.get(t);
    // "The NIS said the North had decided to send troops": Seoul's word for North Korea.
    if (v === undefined) entityCache.set(t, (v = ENTITY_NAMES[t].test(named) || (t === 'north-korea' && THE_NORTH.test(named) && (ENTITY_NAMES['south-korea'].test(named) || SEOUL_SOURCES.test(named)))));
    return v;
  };
  let sentenceNorm: string | undefined;
  let pageTerms: string[] | undefined;
  let obliged: boolean | undefined;
  let asides: [number, number, boolean][] | undefined;
  let elsewhere: string[] | undefined;
  let potential: boolean | undefined;
  let period: boolean | undefined;
  // The sentence without its trailing ", with ..." aside.
  let mainClause: string | undefined;
  // The sentence names a third country ("Only Luxembourg ranks lower"): the context's name is not its subject.
  let otherNamed: boolean | undefined;
  let negs: Set<number> | undefined;
  let breaks: ReturnType<typeof clauseBreaks> | undefined;
  let sentenceWords: string[] | undefined;
  let sentenceSides: [number, string][] | undefined;
  // The sentence without the descriptions set off by commas: what it says, not how it names its subject.
  let described: string | undefined;
  // The alliance or its chief calls for something ("NATO urges ...").
  let allianceCalls: boolean | undefined;
  // The sentence without its source ("..., Ukrainian commanders say").
  const unsourced = input.attribution ? withoutSource(input.sentence, input.attribution) : input.sentence;
  const spoken = input.attribution ? matcher.index.hits(unsourced) : own;
  let dated: boolean | undefined;
  // Actors the sentence names outside its attribution ("Belgium", "China").
  let actors: [number, string][] = [];
  if ([...own.keys()].some((id) => matcher.actors.has(id))) {
    actors = [...matcher.actors].filter(([id]) => spoken.has(id));
    // "Rutte told reporters in Brussels": a capital where something was said names the place only.
    if (actors.length && VENUE.test(input.sentence)) {
      const placed = matcher.index.hits(unsourced.replace(VENUES, ' '));
      actors = actors.filter(([id]) => placed.has(id));
    }
  }
  // "Moscow provides missile technology to North Korea, money to Iran": an actor named after all
  // that a record says is an addition to its claim, not its subject.
  const appended = (id: number, p: PreparedRecord) => {
    const at = own.get(id);
    if (at === undefined) return false;
    let last = -1;
    for (const g of p.groups) {
      const h = own.get(g.id);
      if (h === undefined) return false;
      last = Math.max(last, h);
    }
    return at > last;
  };
  // "Putin did not deny the presence of ...", "the Pentagon cannot confirm whether ...": the
  // sentence reports how someone answered (or did not), which is a fact of its own.
  // ("... at least 10,000 soldiers in Kursk, but could not corroborate reports that they were in
  // combat": a count stated, then a non-answer about something else.)
  const answerPart = input.figure ? input.sentence.replace(/,?\s+(?:but|although|though|while)\s[\s\S]*$/i, '') : input.sentence;
  const noncommittal = NONCOMMITTAL.test(answerPart) || PARTY_SILENT.test(answerPart);
  let notTheAllies: boolean | undefined;
  for (const p of matcher.records) {
    if (actors.some(([id, a]) => !p.allTerms.has(a) && !appended(id, p))) continue;
    // "The treaty entered into force, the Russian Foreign Ministry confirmed": a party confirming
    // its own act is not the outside confirmation a record reports; nor is a confirmation of
    // something else ("Blinken confirmed that the US would respond firmly", "confirmed the incident").
    if (p.confirmation && (notTheAllies ??= PARTY_CONFIRMS.test(input.sentence) || confirmsElse(input.sentence))) continue;
    // Unless the record's own statement is such an answer ("declined to say if ...").
    if (noncommittal && !p.quotesAnswer) {
      otherFact = true;
      continue;
    }
    // A record that counts the members meeting a target is not about one country reaching it
    // ("Germany reached NATO's 2% target"): without a count, the sentence must speak of members.
    if (!input.figure && p.families.size === 1 && p.families.has('members')) {
      if (!MEMBERS.test(input.sentence)) continue;
      // "Several allies have yet to meet the 2% target", "Trump criticised members for failing to
      // meet it": some falling short, without a count, fits a count of those meeting it; it is
      // another fact, not a denial ("most allies fall short" still is one).
      if (FALL_SHORT.test(input.sentence) && !MOST.test(input.sentence)) {
        otherFact = true;
        continue;
      }
    }
    // And a record about a third country (Belgium) needs the sentence, or the one it leans on, to name it.
    if (p.groups.some((g) => matcher.actors.has(g.id) && !own.has(g.id) && !ctx?.has(g.id))) continue;
    if (!p.record.topics.some((t) => input.topics.includes(t) || input.scene?.includes(t))) continue;
    // A sentence led by North Korea is not about a record of Ukraine's incursion, say.
    if (input.lead && input.lead !== 'nato' && !p.record.topics.includes(input.lead)) continue;
    // "30,000 American troops" are not the North Korean troops of the record.
    if (input.owner && p.actor && input.owner !== p.actor) continue;
    // "..., Ukrainian commanders say": the source's name is not the subject's, unless the
    // record quotes that source too.
    const bySource = (g: Group) => g.name && !spoken.has(g.id) && isTopicName(g.terms[0] ?? '') && !g.terms.some((t) => p.speakers.includes(t));
    let contentHits = 0;
    let first = Infinity;
    let last = -Infinity;
    // Where the record's words other than names stand: its point, in the main clause or an aside.
    let firstAction = Infinity;
    let lastAction = -Infinity;
    let weighted = 0;
    let ownHits = 0;
    let entityMiss = false;
    let bonusHits = 0;
    let idfHit = 0;
    let pointHit = false;
    // A subject word nearly as rare as the point, not said ("training" in "sent for training").
    let rivalMissed = false;
    // A figure counting what the record's figures count says the record's words for that.
    const sameScope = p.derived && family !== null && input.figure !== null && (p.families.has(family) || p.quoteFamilies.has(family));
    for (const g of p.groups) {
      if (g.bonus) {
        if (own.has(g.id)) bonusHits++;
        continue;
      }
      if (sameScope && g.scope && !own.has(g.id)) {
        contentHits++;
        ownHits++;
        idfHit += g.idf;
        continue;
      }
      if (g.entity) {
        if (!own.has(g.id) && !ctx?.has(g.id) && !input.scene?.includes(g.entity) && !entity(g.entity)) entityMiss = true;
      } else if ((own.has(g.id) && !bySource(g)) || (g.date && (dated ??= monthsIn(input.sentence).size > 0))) {
        const at = own.get(g.id);
        if (at !== undefined) {
          first = Math.min(first, at);
          last = Math.max(last, at);
          if (!g.name && !g.date) {
            firstAction = Math.min(firstAction, at);
            lastAction = Math.max(lastAction, at);
          }
        }
        contentHits++;
        ownHits++;
        weighted += g.weight;
        idfHit += g.idf;
        if (g.idf >= p.pointIdf) pointHit = true;
      } else if (g.members && (allianceCalls ??= ALLIANCE.test(input.sentence) && (obliged ??= OBLIGATION.test(input.sentence))) && !(otherNamed ??= otherActor(input.sentence))) {
        // "NATO urges higher defence spending": a call by the alliance is on its members.
        contentHits++;
        weighted += g.weight;
        idfHit += g.idf;
      } else if (g.name && ctx?.has(g.id) && !(otherNamed ??= otherActor(input.sentence))) {
        contentHits++;
        weighted += g.weight;
        idfHit += g.idf;
        if (g.idf >= p.pointIdf) pointHit = true;
      } else if (!g.name && !g.date && g.idf >= RIVAL_POINT * p.pointIdf) rivalMissed = true;
    }
    const content = p.content;
    // A missing name is forgiven only when all of three or more content groups are hit, the
    // sentence is surely on our topics, and it names no other actor who could be the subject.
    const forgiven = content >= 3 && contentHits === content && STRONG_NAMES.test(input.sentence) && !otherActor(input.sentence);
    // A derived record: how much of its closest statement the sentence says.
    let cover = 0;
    if (p.derived) {
      for (const ids of p.quoteGroups) {
        if (ids.length < 3) continue;
        cover = Math.max(cover, ids.filter((id) => own.has(id)).length / ids.length);
      }
    }
    if ((entityMiss && !forgiven) || (ownHits === 0 && cover < COVER)) continue;
    // A record whose point is a figure matches a sentence without any quantity only when its
    // words stand together ("troops have been sent to Russia"), not scattered over clauses.
    if (p.figured && !input.figure && !input.scopeCue && !input.threshold && last - first > 6) {
      const [gap, parted] = apart((breaks ??= clauseBreaks(input.sentence)), first, last);
      if (gap > 6 && (!p.derived || gap > 12 || parted)) continue;
    }
    // "Russian forces have seized Sudzha and pushed Ukrainian troops out": the side whose act the
    // sentence says opposes the record's doer, who is named only after that act.
    if (p.doer) {
      const words = (sentenceWords ??= tokenize(input.sentence).lower);
      const sides = (sentenceSides ??= sidesIn(words));
      let act = Infinity;
      for (const g of p.groups) {
        const at = own.get(g.id);
        if (at !== undefined && !g.entity && !g.name && !g.date && !g.bonus && !NOT_THE_ACT.test(words[at] ?? '') && !BETWEEN_DOER_AND_ACT.test(words[at] ?? '')) act = Math.min(act, at);
      }
      const subject = sides.filter(([at]) => at < act).pop();
      const doerAt = sides.find(([, side]) => side === p.doer)?.[0];
      if (
        act < Infinity && subject && OPPOSED[subject[1]]?.includes(p.doer) && (doerAt === undefined || doerAt > act) &&
        words.slice(subject[0] + 1, act).every((w) => BETWEEN_DOER_AND_ACT.test(w)) &&
        !apart((breaks ??= clauseBreaks(input.sentence)), subject[0], act)[1]
      ) continue;
    }
    // "Stationed at units in Vladivostok": elsewhere than the place the record is about.
    if (p.place && !p.place.test(input.sentence) && (elsewhere ??= placesIn(input.sentence)).some((w) => !p.allTerms.has(w.toLowerCase()))) continue;
    // Scope words of another kind than anything the record says: losses.
    if (
      p.absentScopes.some((re) => re.test((mainClause ??= input.sentence.replace(TRAILING_ASIDE, '').replace(LEADING_CAUSE, '$1')))) ||
      (!input.figure && p.absentFacts.some((re) => re.test((described ??= input.sentence.replace(PARENTHETICAL, ''))))) ||
      (p.prospect && OUTCOME.test(input.sentence) && !PROSPECT.test(input.sentence)) ||
      // A prospect of what the record says happens.
      (!p.prospect && !input.figure && !p.quotesProspect && (potential ??= (POTENTIAL_TRANSFER.test(input.sentence) && !DONE_TRANSFER.test(input.sentence)) || MAY_MOVE.test(input.sentence))) ||
      // "Russian forces sustained more casualties this past month": one period's losses, not the total.
      (!input.figure && (period ??= ofOnePeriod(input.sentence)) && [...p.families].some((f) => LOSSES.test(f))) ||
      // "Russian forces suffered heavy losses near Makhnovka": losses without a count are a battle's,
      // not a total the record counts, unless the sentence speaks of the whole war.
      (!input.figure && !input.scopeCue && p.figured && [...p.families].some((f) => LOSSES.test(f)) && LOSS_WORDS.test(input.sentence) && !WHOLE_WAR.test(input.sentence))
    ) {
      otherFact = true;
      continue;
    }
    // A figure for an earlier time ("in 2014, when only three allies met it") is another count
    // than the record's, which speaks for its statements' dates.
    if (input.figure && input.figureYear !== undefined && p.year !== undefined && input.figureYear < p.year - 1) continue;
    // "Only four countries meet the 5% target": a count against another target than the record's.
    if (input.thresholds?.length && p.thresholds.size && !input.thresholds.some((v) => p.thresholds.has(v))) {
      otherFact = true;
      continue;
    }
    let scopeFits = false;
    // A share or an area of ground is what a record without figures about ground asserts, not a count of its troops.
    if (family && !(input.ground && !p.figured)) {
      // A figure (or named group) of another scope is another claim: planned vs sent,
      // killed vs killed-or-wounded, generals vs troops.
      const scopes = p.figured ? p.families : p.subjectFamilies;
      if (scopes.size > 0 && !scopes.has(family)) continue;
      scopeFits = input.figure !== null && (p.figured || p.quoteFamilies.has(family));
    }
    // A sentence whose point is a figure needs every group of a record that has none.
    let slack = content >= 4 && !p.derived && !(input.figure && !p.figured) ? 1 : 0;
    if (scopeFits) slack += 1;
    // A derived record whose figure counts what the page's figure counts: the scope says much
    // of what its subject's words say.
    const need = p.derived && scopeFits ? Math.max(1, Math.ceil(content * 0.4)) : Math.max(1, Math.min(p.minContent, content) - slack);
    // Derived records: words of the statements may stand in for one word of the subject, and a
    // sentence that says most of one statement says what the record says.
    // Derived records are weighed by how rare each subject word is among the records: the
    // sentence must say most of the weight, and the rarest word (the record's point) unless
    // its figure counts the same thing.
    const weighed = idfHit >= DERIVED_NEED * p.idfTotal && pointHit && !(rivalMissed && contentHits < 3);
    const covered =
      p.derived &&
      (cover >= COVER || (scopeFits && contentHits >= need) || weighed || (contentHits >= need - 1 && bonusHits >= 2 && pointHit));
    if (p.derived ? !covered : contentHits < need) {
      // A denial names part of what it denies ("posed no danger to the United States").
      if (content < 3 || contentHits < need - 1 || !p.actor || entityMiss) continue;
      negs ??= negatedGroups(input.sentence, own);
      if (!p.groups.some((g) => !g.entity && !g.name && !g.date && own.has(g.id) && negs!.has(g.id) && !p.negated.has(g.id))) continue;
    }
    pageTerms ??= textTerms(input.sentence);
    let shared = 0;
    let sumSq = 0;
    for (const t of pageTerms) {
      const w = p.bag.get(t);
      if (w !== undefined) shared += w * w;
      sumSq += 1;
    }
    // Cosine-like: shared weight over the record's length and the sentence's word count.
    const sim = shared / (p.norm * p.norm * 0.5 + Math.sqrt(sumSq) * 2 + 1);
    // A call ("allies must spend more") is about a record that says what must be done.
    obliged ??= OBLIGATION.test(input.sentence);
    // A call without a count ("spending will need to exceed 2%") is not a record's count.
    if (obliged && !p.obliges && p.figured && !input.figure) continue;
    const modal = obliged ? (p.obliges ? 0.6 : -0.3) : 0;
    // "Russia provides technology ..., creating a threat": a record said only in the trailing
    // clause is the consequence, not the claim.
    asides ??= asideSpans(input.sentence);
    const inAside = (at: number, strong: boolean) => asides!.some(([a, b, s]) => at >= a && at < b && (s || !strong));
    // The page repeats a statement of the record (nearly) word for word: it says what the record says.
    sentenceNorm ??= norm(input.sentence);
    const sn = sentenceNorm;
    const verbatim = p.quotes.some((q) => q.length > 30 && (sn.includes(q) || q.includes(sn)));
    // Its point said only in an aside ("territory, which Ukraine seized in August, has been retaken").
    const asideOnly = !verbatim && Number.isFinite(firstAction) && inAside(firstAction, true) && inAside(lastAction, true);
    const aside = asideOnly || (Number.isFinite(first) && inAside(first, false)) ? -0.5 : 0;
    let score = aside + modal + contentHits / Math.max(1, content) + weighted * 0.5 + (scopeFits ? 0.5 : 0) + cover * 0.5 + bonusHits * 0.05 + SIMILARITY * sim;
    if (verbatim) score += 1;
    out.push({ prepared: p, score: asideOnly ? score - ASIDE : score, scopeFits, aside: asideOnly });
  }
  return Object.assign(out.sort((a, b) => b.score - a.score), { otherFact });
}
