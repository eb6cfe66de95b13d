// Generic English resources for reading news: function words, and sets of words that news
// uses interchangeably (a thesaurus of common political and military vocabulary). Nothing here
// is written for a particular record: a record is matched by the words of its own subject and
// statements, and a set below only lets the page say the same thing in other common words.

/** Words that tell no subject apart. */
export const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of in on at to for from by with as into onto over under about above after before ' +
    'between during since until than then that this these those there here it its is are was were be been being ' +
    'has have had having do does did will would shall should can could may might must not no yes also only just ' +
    'more most less least very so such some any all each every both either neither other another same own who whom ' +
    'whose which what when where why how he she they them their his her we our you your i me my us ' +
    'said says say told according reported report reports new year years month months week weeks day days time ' +
    'per cent percent again against among around because before being further however itself made make many much ' +
    'near nearly next now off once out same since through thus too upon while within without yet recent recently ' +
    'already currently significant growing major including region area part first last one two three amid ' +
    'while whether well like even still ever far back way ago lot things thing set put get got take took')
    .split(' '),
);

// Words shared by a set below and the hint synonyms at the end.
const AIR_DEFENCE = ['air defense', 'air defence', 'air-defense', 'air-defence', 'anti-aircraft', 'antiaircraft', 'anti-air'];
const TOO_LOW = ['not enough', 'not even close to enough', 'insufficient', 'not sufficient', 'inadequate'];
const KURSK_TOWNS = ['sudzha', 'sudža', 'sudja', 'korenevo', 'snagost', 'malaya loknya', 'pogrebki', 'kurilovka', 'guevo', 'plekhovo', 'lgov', 'rylsk'];
// A country's names, then its capitals.
const COUNTRY_SETS: [names: string, capitals: string][] = [
  ['china|chinese', 'beijing'],
  ['iran|iranian', 'tehran'],
  ['belgium|belgian', 'brussels'],
  ['poland|polish', 'warsaw'],
  ['finland|finnish', 'helsinki'],
  ['sweden|swedish', 'stockholm'],
  ['norway|norwegian', 'oslo'],
  ['denmark|danish', 'copenhagen'],
  ['netherlands|dutch', 'the hague|amsterdam'],
  ['germany|german', 'berlin'],
  ['france|french', 'paris'],
  ['britain|british|united kingdom|uk', 'london'],
  ['italy|italian', 'rome'],
  ['spain|spanish', 'madrid'],
  ['hungary|hungarian', 'budapest'],
  ['estonia|estonian', 'tallinn'],
  ['latvia|latvian', 'riga'],
  ['lithuania|lithuanian', 'vilnius'],
  ['czech|czechia', 'prague'],
  ['canada|canadian', 'ottawa'],
  ['japan|japanese', 'tokyo'],
  ['belarus|belarusian', 'minsk'],
  ['moldova|moldovan', 'chisinau'],
  ['taiwan|taiwanese', 'taipei'],
];
// Asking for more money in other words: "turbocharge", "devote more funds", "a lot more".
const MORE_SPENDING = ['much more', 'far more', 'a lot more', 'spend more', 'significantly more', 'considerably more', 'turbo-charge', 'turbocharge', 'devote more', 'pay more', 'contribute more', 'hike', 'stimulate', 'greater'];
const ASKS_FOR_MORE = [...TOO_LOW, ...MORE_SPENDING];

/**
 * Words news uses for one another. Each line is one set; a record's word also matches every
 * word of its sets (verbs in their base form: the matcher adds the usual endings).
 */
const SETS: string[] = [
  // people under arms
  '*troops|troop|soldiers|soldier|forces|servicemen|personnel|fighters|military personnel|units|contingent|army',
  // sending
  '*deploy|deployed|deployment|send|sent|dispatch|station|stationed|transfer|ship|shipped|move|moved|arrive|arrived|dispatched|deploying|sending|present|presence|positioned|massed|based|on the ground|bring in|brought in|bringing in|heading|headed|en route|on their way|bound for|fighting|fought|involved|involvement|took part|taking part|take part|participated|participating',
  '*train|training|trained|drill|drilled|drills|drilling|instruct|instructed|prepare|prepared|preparing|schooled|coached|coaching|readied|readying|undergoing training',
  '*plan|planned|planning|intend|intends|consider|considering|expected|could|may|might|would|eventually',
  '*total|in total|overall|in all|altogether|all told',
  'fight|fighting|fought|combat|battle|front|frontline|front line|front lines|war',
  'involve|involved|involvement|participate|participation|join|engage|engaged|enter',
  '*kill|killed|dead|death|deaths|die|died|fatalities',
  '*wound|wounded|injure|injured',
  '*casualties|losses|killed or wounded|dead or wounded',
  // saying and knowing
  'confirm|confirmed|confirmation|verify|verified|corroborate|corroborated|acknowledge|acknowledged|evidence',
  'deny|denied|denies|reject|rejected|dismiss|dismissed|refute',
  'warn|warned|caution|cautioned|alert',
  'estimate|estimated|assess|assessed|believe|believed|put',
  'accuse|accused|allege|alleged|charge|charged|suspected|suspect',
  'urge|urged|call on|called on|demand|demanded|press|pressed',
  'stop|cease|halt|end|immediately|withdraw|pull out',
  // dealings between states
  'provide|provided|providing|supply|supplied|give|gave|deliver|delivered|share|shared|hand|aid|assistance|help|send|sends|sent|transfer|transferred',
  // (air defence kit is the technology news most often names)
  `technology|technologies|tech|know-how|expertise|capabilities|${AIR_DEFENCE.join('|')}`,
  'exchange|in exchange|in return|return for|trade|swap|payment|pay|reward|deal|bargain',
  'support|backing|help|assistance|aid',
  'cooperation|cooperate|collaboration|collaborate|partnership|ties|alignment|alliance|relations',
  'meet|met|meeting|talks|held talks|discuss|discussed|discussion|call|phone call|phone conversation|conversation|spoke|summit|visit|visited',
  'threat|threats|threaten|threatens|danger|dangerous|risk|risks|menace|endanger|jeopardize|jeopardise',
  'escalation|escalate|escalated|escalating|escalatory|widening|expansion|intensification',
  'violation|violate|violated|violates|breach|breached|breaches|flout|flouted|defy|defied|contravene|illegal|unlawful',
  'sanctions|sanction|embargo|resolutions',
  'evade|evasion|bypass|circumvent|skirt|get around|dodge',
  'depend|depends|dependent|dependence|rely|relies|reliant|reliance|lifeline',
  'desperation|desperate|desperately|weakness|weak|faltering|struggling',
  'build|building|forge|forging|assemble|assembling|create',
  'expel|expelled|expulsion|oust|ousted|kick out|order to leave|ordered to leave|declared persona non grata',
  'diplomat|diplomats|envoy|envoys|embassy staff',
  'spy|spying|espionage|spies|intelligence officers',
  'regain|regaining|recapture|retake|retook|retaken|reclaim|recover|win back|winning back|won back|take back|taking back|took back|claw back|clawing back|clawed back|push back|pushed back|pushing back|liberate|reconquer|reconquered|drive out|driving out|drove out|driven out|oust|ousted|lose territory|lost territory|losing territory|loses territory|relinquish|relinquished|relinquishing',
  'lose|lost|losing|lose ground|lost ground|ceded|retreat|shrunk|shrank|shrinking',
  // a push into another's land (not a war's start: "invasion" is its own word)
  'incursion|offensive|raid|push into|pushed into|crossed into|cross-border|counteroffensive|counter-offensive',
  'invasion|invade|invaded|invading',
  'attack|attacks|assault|strike|strikes',
  'occupy|occupied|occupation|seize|seized|capture|captured|hold|held|control',
  'territory|ground|land',
  // money and targets
  '*spending|spend|spends|spent|budget|budgets|expenditure|outlays|investment|invest|allocate|allocating|allocated|funds|funding|contributions',
  '*defence|defense|military|armed forces',
  // ("2% is not enough": a level called too low asks for more)
  `increase|increased|raise|raised|boost|boosted|higher|step up|ramp up|${MORE_SPENDING.join('|')}|${TOO_LOW.join('|')}`,
  '*target|goal|benchmark|threshold|guideline|pledge|commitment',
  '*meet|meets|reach|reached|hit|achieve|achieved|fulfil|fulfill|comply|exceed|above',
  '*below|under|short of|fall short|falls short|fell short|miss|misses|missed|fail|fails|failed|not yet|lag|lags|lagging|behind',
  '*gdp|gross domestic product|economic output|national income|economy',
  '*member|members|member states|member countries|allies|countries|nations',
  // office and elections
  'inaugurate|inaugurated|inauguration|sworn in|swearing-in|take office|takes office|took office|assume office|return to the white house',
  'election|elected|re-election|reelection|re-elected|win|won|victory|second term|return to power',
  'leader|leaders|heads of state|heads of government|president|prime minister',
  'decide|decision|decides|left to',
  'president-elect|president elect',
  'soon|imminent|imminently|within days|coming days|shortly',
  'autocratic|autocracies|authoritarian|dictatorships|regimes',
  // places by their other names
  'united states|u.s.|us|america|american|americans|washington|us mainland|homeland',
  'europe|european|europeans|eu|euro-atlantic|transatlantic',
  'ukraine|ukrainian|ukrainians|kyiv|kiev',
  // a region by its towns ("Sudzha", the Kursk region's main town Ukraine held)
  `kursk|${KURSK_TOWNS.join('|')}`,
  // countries, their capitals last: they stand for their countries in news ("Tallinn expelled ...")
  ...COUNTRY_SETS.map(([names, capitals]) => `${names}|${capitals}`),
  'soil|territory|inside',
  'full-scale|all-out',
  'partner|partners|partnership|ally|allies|backers|helping|supporters',
  'relationship|rapport|worked|work|working|collaborated|cooperated',
  'four years|four-year',
  'higher|raised|raise|more ambitious|new target',
  'foreign|outside|abroad|external',
  'anti-western|against the west|anti-west|axis|bloc|coalition',
  'ties|cooperation|collaboration|axis|partnership|alliance|alignment',
  'mainland|homeland',
  'gradually|slowly|steadily',
  'surprise|unexpected|sudden',
  'specialized|special|elite',
  'immediately|at once|without delay',
  'engagement|engaged|commitment|committed|involvement|continued|continue|stay|remain',
];

/** Capitals that stand for their countries: where a meeting is held ("told reporters in Brussels") they name a place, not the country acting. */
export const CAPITALS = COUNTRY_SETS.flatMap(([, capitals]) => capitals.split('|'));

// Sets marked * say what a figure counts (troops, sent, killed, members, target...): a figure
// of the same scope as a record's says them already.
const SCOPE = new Set<number>();
SETS.forEach((line, i) => {
  if (line.startsWith('*')) {
    SCOPE.add(i);
    SETS[i] = line.slice(1);
  }
});

/** Whether one of these sets says what a figure counts. */
export function isScopeSet(ids: Iterable<number>): boolean {
  for (const i of ids) if (SCOPE.has(i)) return true;
  return false;
}

const byWord = new Map<string, Set<number>>();
SETS.forEach((line, i) => {
  for (const w of line.split('|')) {
    const set = byWord.get(w) ?? new Set<number>();
    set.add(i);
    byWord.set(w, set);
  }
});

/** The sets a word or phrase belongs to (ids), looking through the common endings too. */
export function setsOf(term: string): number[] {
  const t = term.toLowerCase().trim();
  const out = new Set<number>(byWord.get(t) ?? []);
  for (const suf of ['s', 'es', 'ed', 'd', 'ing', 'ly']) {
    if (t.length > suf.length + 3 && t.endsWith(suf)) for (const i of byWord.get(t.slice(0, -suf.length)) ?? []) out.add(i);
  }
  return [...out];
}

/** Every word of the given sets. */
export function setWords(ids: Iterable<number>): string[] {
  const out = new Set<string>();
  for (const i of ids) for (const w of (SETS[i] ?? '').split('|')) out.add(w);
  return [...out];
}

/** A word and the words news uses for it. */
export function synonymsOf(term: string): string[] {
  return setWords(setsOf(term));
}

/**
 * Inflected and phrasal forms of common words, for hint groups (keyTerms): a group that lists
 * the key also accepts these ("clawing back" for "regain", "drilled" for "training").
 */
export const KEY_SYNONYMS: Record<string, string[]> = {
  training: ['drilled', 'drilling', 'drills', 'preparing', 'prepared', 'readied', 'instructed', 'schooled', 'coached', 'taught', 'readying', 'undergoing training', 'being trained'],
  regain: ['claw back', 'clawing back', 'clawed back', 'claws back', 'win back', 'winning back', 'won back', 'take back', 'taking back', 'took back', 'retook', 'recover', 'recovering', 'recovered', 'reconquer', 'reconquered', 'reconquering', 'drive out', 'drove out', 'driving out', 'expel', 'expelled', 'expelling', 'oust', 'ousted', 'ousting', 'made advances', 'making advances', 'made gains', 'making gains', 'advanced near', 'advancing near', 'consolidating gains', 'consolidating their gains'],
  gdp: ['economic output', 'national output', 'gross domestic product', 'national income'],
  'two per cent': ['two percent', 'two per cent', '2 per cent', '2 percent', '2%'],
  inauguration: ['sworn in', 'swearing in', 'swearing-in', 'inaugurated', 'inaugural', 'takes office', 'take office', 'taking office'],
  technology: AIR_DEFENCE,
  desperation: ['desperate', 'desperately', 'weakness', 'weak', 'faltering'],
  providing: ['sends', 'sending', 'delivering', 'delivers', 'delivered', 'handing over', 'hands over', 'giving', 'gives', 'passing', 'passes'],
  confirmed: ['verified', 'corroborated', 'acknowledged', 'confirmation'],
  // "a tech-for-troops deal", "as payment for": a trade.
  exchange: ['deal', 'trade', 'swap', 'payment', 'reward', 'bargain', 'quid pro quo'],
  confirm: ['confirmation', 'verify', 'corroborate', 'acknowledge'],
  'phone call': ['phone conversation', 'phone talks', 'telephone conversation', 'spoke by phone', 'conversation'],
  troops: ['contingent', 'force'],
  kursk: KURSK_TOWNS,
  // The other side of regaining: "Ukraine is losing territory", "relinquished 40 percent".
  'lost territory': ['losing territory', 'lose territory', 'loses territory', 'relinquished', 'relinquishing', 'advanced into', 'advancing into', 'advanced in', 'advancing in', 'withdrawn from', 'withdrew from', 'withdrawing from', 'pulled out of', 'pulling out of', 'retreated from', 'retreating from', 'in retreat', 'shrunk', 'shrank', 'shrinking', 'shrinks'],
  deployed: ['massed', 'amassed', 'now in', 'present in', 'positioned in', 'on the ground in', 'involvement', 'involved', 'brought in', 'bringing in'],
  // A level called too low asks for more: "2% is not enough", "the target is insufficient".
  increase: ASKS_FOR_MORE,
  more: ASKS_FOR_MORE,
  comply: ['fall short', 'falls short', 'falling short', 'fell short', 'short of', 'miss', 'misses', 'missed', 'missing'],
};

/** NATO's members since Sweden joined in March 2024: the whole that "two-thirds of allies" is a share of. */
export const ALLIANCE_SIZE = 32;
