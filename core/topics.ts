// Topic detection: the many names of NATO, the two Koreas and Russia (the war in Ukraine
// counts as Russia), minus false friends such as "Russian dressing" or "Korean skincare".
import type { Topic } from './types.ts';

const TOPIC_NAMES: Record<Topic, string[]> = {
  nato: [
    'NATO', 'Nato', 'OTAN', 'North Atlantic Treaty', 'North Atlantic Alliance', 'Atlantic alliance',
    'the alliance', 'allies', 'Rutte', 'Stoltenberg', 'Article 5', 'Article Five',
  ],
  'north-korea': [
    'North Korea', 'North Korean', 'North Koreans', 'N. Korea', 'N. Korean', 'N Korea', 'N Korean', 'NKorea', 'N.K', 'NK', 'DPRK',
    "Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea',
    'Pyongyang', 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim Yo Jong',
  ],
  'south-korea': [
    'South Korea', 'South Korean', 'South Koreans', 'S. Korea', 'S Korea', 'S Korean', 'Seoul', 'Yoon Suk Yeol', 'Yoon',
    'NIS', 'National Intelligence Service', 'Republic of Korea', 'ROK',
  ],
  russia: [
    'Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Putin', 'Kursk', 'Lavrov', 'Shoigu',
    'Belousov', 'Peskov', 'Medvedev', 'Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev',
    'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Crimea',
    'Kharkiv', 'Kherson', 'Zaporizhzhia', 'Bakhmut', 'Avdiivka',
  ],
};

// Names in lower case too: common nouns for NATO. Everything else is matched as written or in
// capitals only (a headline), which keeps "nis" or "rok" inside other words out and the gate fast.
const LOWER_OK = new Set(['the alliance', 'allies', 'Atlantic alliance']);

// A city's name in the name of a race, an orchestra or a dish is about the city, not the state.
const CITY_THINGS =
  '(?:\\s+(?:city council|city hall|marathon|metro|subway|zoo|philharmonic|symphony|orchestra|film festival|fashion week|state university|university|circus|olympics|open|restaurants?|food|cuisine|fc|city fc|dynamo|spartak|cska|torpedo|lokomotiv|united methodist|methodist|baptist|church|parish|high school|elementary|library|fire company|borough|township)\\b|-style\\b)';

// What follows a name and makes it a false friend (food, drinks, games, culture).
const FALSE_FRIENDS: Partial<Record<string, RegExp>> = {
  russian:
    /^\s*(?:dressing|roulette|dolls?|nesting|tea|blue|river|standard|salad|cuisine|ballet|literature|novels?|novelists?|language|alphabet|grammar|caravan|bath|vodka|food|restaurant|recipe|black bread|poetry|classical|icons?|art|artists?|painters?|music|composers?|folk|opera|poets?|writers?|authors?|chess|figure skat\w*|gymnasts?|tennis|hockey|space station modules?|twists?|tea cookies|tea cakes)\b/i,
  russia: /^\s*river\b/i,
  moscow: new RegExp(`^(?:\\s*(?:mules?|,? idaho|ballet|circus)\\b|${CITY_THINGS})`, 'i'),
  seoul: new RegExp(`^${CITY_THINGS}`, 'i'),
  pyongyang: new RegExp(`^${CITY_THINGS}`, 'i'),
  kyiv: new RegExp(`^${CITY_THINGS}`, 'i'),
  // "Le Kremlin-Bicêtre": a town whose name begins with the word.
  kremlin: /^-\p{Lu}/u,
  // "NK cells" are the immune system's natural killers.
  nk: /^\s*(?:cells?|T\b|lymphocytes?)/i,
  // A "NATO strap" is a watch strap; "NATO tea" or a "NATO standard" is army slang for a brew.
  nato: /^[\s-]*(?:strap|watch|tea|brew|standard\b(?!\s+(?:of|for|in)\b)|ammunition|ammo|cartridges?|rounds?|calib(?:er|re)s?|bullets?|phonetic|alphabet|spelling)/i,
  'south korean':
    /^\s*(?:skin ?care|beauty|cosmetics|dramas?|pop|k-pop|films?|cinema|movies?|food|cuisine|barbecue|bbq|restaurants?|actors?|actress(?:es)?|singers?|bands?|boy band|girl group|series|soap|fashion)\b/i,
};

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRe = (n: string) => escapeRe(n).replace(/ /g, '[\\s-]+').replace(/'/g, "['’]");

function variants(name: string): string[] {
  const out = new Set([name, name.toUpperCase()]);
  if (LOWER_OK.has(name)) {
    out.add(name.toLowerCase());
    out.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...out];
}

// NATO's defence spending goal is NATO's even when the sentence does not name the alliance.
const NATO_TARGET =
  /\b(?:2|two)[\s-]?(?:%|per[\s-]?cent\b|percent\b)\s+(?:(?:of\s+(?:their\s+|its\s+)?(?:GDP|gross domestic product)\s+)?(?:(?:defen[cs]e|military|spending|GDP)\s+){0,3}(?:target|goal|guideline|threshold|benchmark|pledge|commitment|floor)\b|of\s+(?:their\s+|its\s+|the\s+)?(?:GDP|gross domestic product|economic output|national (?:income|output)|economy)\s+(?:on|to|for)\s+(?:defen[cs]e|the military|military))/i;

interface TopicMatcher {
  topic: Topic;
  re: RegExp;
}

// Longest names first, so "North Korean" wins over "North Korea" and false friends see the whole name.
const byLength = (a: string, b: string) => b.length - a.length;

const MATCHERS: TopicMatcher[] = (Object.keys(TOPIC_NAMES) as Topic[]).map((topic) => ({
  topic,
  re: new RegExp(`\\b(?:${TOPIC_NAMES[topic].flatMap(variants).sort(byLength).map(nameRe).join('|')})\\b`, 'g'),
}));

// The cheap gate: one regex of short stems, no word edges (fast to scan), then the precise
// check only on blocks that pass it. A block that fails the stems cannot hold a topical sentence.
/** The word of a name that says the most ("North Korea" -> "Korea"), cut to six letters. */
function stemOf(name: string): string {
  const words = name.split(' ');
  const korea = words.find((w) => /korea/i.test(w));
  const word = korea ? (/^korea/i.test(korea) ? korea : korea.slice(korea.search(/korea/i))) : [...words].reverse().sort(byLength)[0]!;
  return word.slice(0, 6);
}

const STEMS = new RegExp(
  [
    ...new Set(
      Object.values(TOPIC_NAMES)
        .flat()
        .flatMap(variants)
        // The longest word of each name says the most ("North Korea" -> "Korea").
        .map((n) => nameRe(stemOf(n))),
    ),
  ].join('|') + '|%|per ?cent',
);

/** True when the block mentions a topic somewhere (false friends may still be filtered later). */
export function topicGate(text: string): boolean {
  if (!STEMS.test(text)) return false;
  for (const m of MATCHERS) if (mentions(m, text)) return true;
  return natoTarget(text);
}

// "allies" and "the alliance" name NATO unless the words before give them another owner.
const OTHER_ALLIES =
  /(?:gulf|american|us|u\.s\.|asian|arab|regional|russia['’]s|russian|moscow['’]s|kremlin['’]s|putin['’]s|china['’]s|chinese|beijing['’]s|iran['’]s|pyongyang['’]s|israel['’]s|saudi|kurdish|political|close|key|democratic|republican|trump['’]s|his|her|party|coalition|korea['’]s|kyiv['’]s|ukraine['’]s|washington['’]s|india['’]s)\s+$/i;
const WEAK = new Set(['allies', 'the alliance', 'alliance']);

// A name made into an adjective of origin or culture ("Kursk-born pianist", "Moscow-based
// bank", "Russian-language courses") says where someone is from, not what the state does.
const ORIGIN =
  /^-(?:born|bred|raised|based|headquartered|language|speaking|speakers?|themed|style|inspired|flavou?red|american|british|canadian|german|israeli|jewish|orthodox|descended|educated)\b/i;

function mentions(m: TopicMatcher, text: string, strong = false): boolean {
  m.re.lastIndex = 0;
  for (let hit = m.re.exec(text); hit; hit = m.re.exec(text)) {
    const name = hit[0].toLowerCase().replace(/[\s-]+/g, ' ');
    if (WEAK.has(name) && (strong || OTHER_ALLIES.test(text.slice(Math.max(0, hit.index - 20), hit.index)))) continue;
    // "5.56x45mm NATO": a cartridge's name.
    if (name === 'nato' && /\d\s?mm\s*$|\d\.\d+\s*$/i.test(text.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    if (!falseFriend(name, text, hit.index + hit[0].length)) return true;
  }
  return false;
}

/** What follows a name makes it an origin or a thing ("Moscow-based", "Russian dressing"). */
function falseFriend(name: string, text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  return ORIGIN.test(rest) || !!FALSE_FRIENDS[name]?.test(rest);
}

// The 2% target is NATO's only when it is about defence spending (not the Fed's inflation goal).
const DEFENCE = /\b(?:defen[cs]e|military|spending|arms|armed forces)\b/i;
// A country's defence budget as a share of output is measured against NATO's goal, named or not:
// "Polish defense expenditure is expected to reach a record 4.7% this year".
const DEFENCE_SHARE =
  /\b(?:defen[cs]e|military)\s+(?:spending|budgets?|expenditures?|outlays?)\b[^.;]{0,80}?\d(?:[.,]\d+)?\s?(?:%|per[\s-]?cent\b|percent\b)|\d(?:[.,]\d+)?\s?(?:%|per[\s-]?cent\b|percent\b)\s+of\s+(?:(?:its|their|the|national)\s+)?(?:GDP|gross domestic product)\s+(?:on|to|for)\s+(?:defen[cs]e|the military|military)\b|\d(?:[.,]\d+)?\s?(?:%|per[\s-]?cent\b|percent\b)\s+(?:(?:of\s+)?(?:GDP|gross domestic product)\s+)?(?:on\s+)?(?:defen[cs]e|military)\s+(?:spending|budgets?|boost|outlays?|expenditures?|investment)\b/i;
const natoTarget = (text: string) => (NATO_TARGET.test(text) || DEFENCE_SHARE.test(text)) && DEFENCE.test(text) && !/\binflation\b/i.test(text);
// South Korea on its own is our topic when the sentence is about security, not markets or K-pop.
const SECURITY =
  /\b(?:NIS|military|troops|soldiers|defen[cs]e|security|intelligence|spy|missiles?|war|nuclear|sanctions?|army|forces|weapons?|border|drills?|alliance|martial law|president|government|minister|ministry|parliament\w*|impeach\w*|election|politic\w*|opposition|diplomat\w*|summit|talks|treaty|threat\w*)\b/i;

// The state and war sense of our topics' names.
const STATECRAFT =
  /\b(?:military|troops|soldiers|army|armed forces|war|invasion|invade\w*|defen[cs]e|missiles?|nuclear|weapons?|sanctions?|intelligence|diplomat\w*|embassy|minister|ministry|kremlin|alliance|allies|treaty|summit|front ?line|offensive|ceasefire|drones?|attacks?|strikes?|shelling|security|spending|gdp|sabotage|espionage|spy|spies|martial law|impeach\w*|regime|sovereignty|annex\w*|mobili[sz]\w+|killed|wounded|casualt\w+|losses|president|prime minister|government|parliament\w*|election|officials?|authorities|police|spokes(?:man|woman|person)|border|territor\w+|talks|negotiat\w+|ambassador|envoy|navy|forces|conflict|battle\w*|combat|occupied|deploy\w*|tanker|vessel|cables?)\b/i;
// Other senses: food, drink, sport, culture, pets, language learning, local councils.
const OTHER_SENSE =
  /\b(?:recipes?|ingredients?|dressing|salad|cocktails?|vodka|mule|mayonnaise|cuisine|dish(?:es)?|bake[ds]?|tournament|seeded|quarterfinals?|semifinals?|round match|racket|tennis|chess|hockey|football|league|goals? scored|breeds?|cats?|kittens?|dogs?|puppies|ballet|ballerina|orchestra|concert|album|k-pop|lyrics|duolingo|language learners?|learning app|alphabet|movie theaters?|cinema|box office|films?|filmmakers?|screenplay|video games?|first-person shooter|board games?|city council|councilors|councillors|mayor|ordinance|festival|drama|novel|episodes?|starring|netflix|paramount|sitcom|(?:tv|television) series|workout|abs|muscles?|tea|brew|straps?|wristwatch\w*|ebay|etsy|bells?|belfry|(?:the|street|county|art|craft|book|summer|annual) fair\b(?!\s+(?:trial|election|vote|share|deal|price|value))|quilts?|rummage|flea market|vineyards?|winery|wines?|noodles?|skin ?care|cosmetics|phonetic|courses?|students|semesters?|syllabus|credits|lectures?|curriculum|seminars?|prerequisites?)\b/i;

/** Whether a text uses our topics' names in the sense of states and wars. */
export function statecraft(text: string): boolean {
  return STATECRAFT.test(text);
}

/** Whether a text speaks of food, sport, pets, culture or local councils. */
export function otherSense(text: string): boolean {
  return OTHER_SENSE.test(text);
}

const NATO_MATCHER = MATCHERS.find((m) => m.topic === 'nato')!;

/** Whether a text names NATO by more than "allies" or "the alliance" (or its spending goal). */
export function namesNato(text: string): boolean {
  return STEMS.test(text) && (mentions(NATO_MATCHER, text, true) || natoTarget(text));
}

/** Topics a sentence is about, false friends excluded. */
export function detectTopics(text: string): Topic[] {
  const out: Topic[] = [];
  for (const m of MATCHERS) {
    if (mentions(m, text) || (m.topic === 'nato' && natoTarget(text))) out.push(m.topic);
  }
  if (out.length === 1 && out[0] === 'south-korea' && !SECURITY.test(text)) return [];
  return out;
}

// Names of the war's places and of Ukraine: where things happen, not who acts for our topics.
const PLACES = /^(?:ukrain|kyiv|kiev|zelensk|donbas|donetsk|luhansk|crimea|kharkiv|kherson|zaporizhzhia|bakhmut|avdiivka|kursk)/i;

/** Whether a word names one of the war's places ("Kursk", "Donetsk"). */
export function isPlaceName(word: string): boolean {
  return PLACES.test(word) && !/^(?:ukrain|kyiv|kiev|zelensk)/i.test(word);
}

/** The topic named first in a text (the sentence's likely subject), or null. */
export function leadTopic(text: string): Topic | null {
  let best: Topic | null = null;
  let at = Infinity;
  for (const m of MATCHERS) {
    m.re.lastIndex = 0;
    for (let hit = m.re.exec(text); hit && hit.index < at; hit = m.re.exec(text)) {
      const name = hit[0].toLowerCase().replace(/[\s-]+/g, ' ');
      // "The alliance's target ...": the alliance leads; bare "allies" may be anyone's.
      if ((WEAK.has(name) && name !== 'the alliance') || PLACES.test(name) || falseFriend(name, text, hit.index + hit[0].length)) continue;
      best = m.topic;
      at = hit.index;
      break;
    }
  }
  return best;
}

const ALL_NAMES = new Set(Object.values(TOPIC_NAMES).flat().map((n) => n.toLowerCase()));

/** Whether a term is one of the names of our topics ("Rutte", "Kursk", "Ukraine"). */
export function isTopicName(term: string): boolean {
  return ALL_NAMES.has(term.toLowerCase().trim());
}

/** Terms that, when used as a record's key term, stand for the whole topic. */
export const TOPIC_TRIGGERS: Record<Topic, string[]> = {
  nato: ['nato', 'alliance', 'the alliance', 'allies', 'nato members', 'nato allies'],
  'north-korea': ['north korea', 'north korean', 'north koreans', 'pyongyang', 'dprk'],
  'south-korea': ['south korea', 'south korean', 'seoul'],
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
};
