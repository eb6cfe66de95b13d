import { withoutSource } from './attribution.ts';

// Claim or not: questions, navigation, promos, captions, credits, ads and copyright lines are
// not claims. A claim is a declarative topical sentence with a figure or a check-worthy
// assertion (an event, action or assessment), or one that names its source.

// Section labels that make a line a link or a teaser: "Live: ...", "Explainer: ...".
const LABEL =
  /^(?:live|live updates|explainer|analysis|opinion|comment|newsletter|watch|video|videos|listen|podcast|audio|photos?|gallery|in pictures|pictured|read more|read|more|related|see also|recommended|trending|most read|popular|sponsored|partner content|advertisement|promoted|story \d+|quiz|timeline|factbox|q&a|interactive|map|maps|profile|obituary|review|editorial|letters?|subscribe|sign up|updated|published|posted|by|also read|also see|read also|see more)\b[^:|]{0,30}[:|–—]/i;
// Lines that tell the reader to do something.
const IMPERATIVE =
  /^(?:follow|read|watch|listen|subscribe|sign (?:up|in)|log in|login|register|click|tap|share|download|get|join us|join our|don['’]t miss|find out|learn more|see|discover|explore|keep up|stay (?:up|informed)|support|donate|try|visit|contact|send us|tell us|email us|leave a|go to|back to|skip to|view|show|hide|load|continue reading|jump to|scroll|return to)\b/i;
const CREDIT =
  /(?:\b(?:hotline|tel|telephone|phone|fax|whatsapp)\s*:\s*\+?[\d(]|\bgetty images\b|\bshutterstock\b|\balamy\b|\bap photo\b|\bafp via\b|\bphoto(?:graph)?\s*:|\bpicture\s*:|\bimage\s*:|\bcredit\s*[:…]|\bsource\s*:|\bvideo\s*:|\bpic\.twitter\.com\b|https?:\/\/|\bwww\.|\b[\w.-]+\.(?:com|org|net|co\.uk)\b|@\w{2,}|(?:^|\s)\/\s*(?:reuters|afp|ap|epa|anadolu)\b|\((?:reuters|afp|ap|epa)\)\s*$)/i;
// "... at NATO's headquarters in Brussels, April 3, 2025. /VCG": a caption ending in its agency's code.
const AGENCY_END = /(?:^|\s)\/\s*[A-Z]{2,8}\s*$/;
const BYLINE = /^(?:(?:additional )?reporting|writing|editing|compiled|produced|edited|written|reported|translated|illustrations?|graphics?)(?: and [a-z]+)? by\b|^by [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?: (?:and|in|,)|$)/iu;
const LEGAL = /(?:^(?:©|\(c\)|copyright\b)|all rights reserved|terms of (?:use|service)|privacy policy|cookie)/i;
const AD = /^(?:advertisement|advert|ad|sponsored|promoted|supported by|partner content)$/i;
const QUESTION_START =
  /^(?:is|are|was|were|can|could|will|would|should|shall|does|do|did|has|have|had|why|how|what|when|where|who|whom|which)\b/i;

const LEAD_IN =
  /^(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:key\s+|big\s+)?(?:things|takeaways|facts|questions)\s+(?:to know|you need to know|we know|to watch)|(?:here['’]?s|here is)\s+what\s+(?:we know|you need to know|to know|we don['’]t know)|what\s+(?:we know|to know|you need to know)(?:\s+(?:so far|now))?(?:\s+(?:about|on|of)\b|\s*[:.]?\s*$)|(?:everything|all) you need to know\b)/i;

// Verbs and nouns of events, actions and assessments.
const ASSERTION = new RegExp(
  '\\b(?:' +
    [
      'deploy\\w*', 'sen[dt]\\w*', 'dispatch\\w*', 'ship(?:s|ped|ping)?', 'station\\w*', 'transferr?\\w*', 'mov(?:ed|es|ing)',
      'arriv\\w+', 'cross(?:ed|es|ing)', 'train(?:s|ed|ing)?', 'fight\\w*', 'fought', 'warn\\w*', 'join\\w*', 'launch\\w*',
      'host\\w*', 'sign(?:s|ed|ing)', 'agree[sd]?', 'confirm\\w*', 'kill\\w*', 'attack\\w*', 'invad\\w+', 'invasion',
      'seiz\\w+', 'captur\\w+', 'suppl(?:y|ies|ied|ying)', 'provid\\w+', 'exchang\\w+', 'push\\w*', 'incursion',
      'offensive', 'began', 'begins?', 'start(?:s|ed)', 'took office', 'takes? office', 'inaugurat\\w+', 'threat\\w*', 'pos(?:e|es|ed|ing)',
      'back(?:s|ed|ing)', 'breach\\w*', 'violat\\w+', 'sanction\\w*', 'fir(?:e|es|ed|ing)', 'strikes?', 'struck',
      'bomb\\w*', 'shell(?:s|ed|ing)', 'destroy\\w*', 'shot down', 'withdr\\w+', 'retreat\\w*', 'advanc\\w+',
      'occup\\w+', 'annex\\w*', 'mobili[sz]\\w+', 'recruit\\w*', 'spen[dt]\\w*', 'increas\\w+', 'cut(?:s|ting)?',
      'rais\\w+', 'boost\\w*', 'approv\\w+', 'vot(?:e|es|ed|ing)', 'elect\\w*', 'appoint\\w*', 'resign\\w*',
      'arrest\\w*', 'accus\\w+', 'den(?:y|ies|ied)', 'claim\\w*', 'estimat\\w+', 'said', 'says', 'believ\\w+',
      'report\\w*', 'announc\\w+', 'pledg\\w+', 'promis\\w+', 'vow\\w*', 'order\\w*', 'ban(?:s|ned)?', 'suspend\\w*',
      'expel\\w*', 'los(?:e|es|t|ing)', 'suffer\\w*', 'deliver\\w*', 'receiv\\w+', 'enter\\w*', 'visit\\w*', 'met',
      'meet(?:s|ing)?', 'discuss\\w*', 'talks', 'summit', 'reli(?:ance|es|ed)', 'rel(?:y|ying)', 'desperat\\w+', 'shows?',
      'reveal\\w*', 'indicat\\w+', 'plan(?:s|ned|ning)?', 'test(?:s|ed|ing)', 'condemn\\w*', 'urg(?:e|es|ed|ing)',
      'call(?:s|ed) (?:on|for)', 'escalat\\w+', 'depend\\w*', 'regain\\w*', 'recaptur\\w+', 'retak\\w+', 'hit(?:s|ting)?',
      'reach(?:es|ed)?', 'exceed\\w*', 'remain\\w*', 'doubl\\w+', 'tripl\\w+', 'rose', 'fell', 'grew', 'surg\\w+',
      'evad\\w+', 'bypass\\w*', 'summon\\w*', 'impos\\w+', 'ignit\\w+', 'dismiss\\w*', 'pass(?:ed|es)', 'caught fire', 'damag\\w+', 'sabotag\\w+', 'identif\\w+', 'allocat\\w+', 'invest\\w*', 'help\\w*', 'aid(?:s|ed|ing)?', 'arm(?:s|ed|ing)', 'support(?:s|ed|ing)?', 'partner\\w*',
      'build(?:s|ing)?', 'built', 'forg(?:e|es|ed|ing)', 'cooperat\\w+', 'alliance', 'expand\\w*', 'wounded',
      'casualties', 'bec(?:a|o)me?s?', 'hold(?:s|ing)?', 'held', 'named', 'chose', 'declar\\w+', 'overturn\\w*', 'impeach\\w*', 'indict\\w*', 'troops', 'soldiers', 'missiles?', 'drones?', 'weapons?', 'ammunition',
      'forc(?:e|es|ed|ing)', 'relocat\\w+', 'controls?', 'controlled', 'volunteer\\w*', 'admit\\w*', 'corroborat\\w+', 'target(?:s|ed|ing)', 'assert\\w*', 'gains?', 'penetrat\\w+', 'transport\\w*', 'captured', 'surrender\\w*', 'signed', 'hammer\\w*', 'criticis\\w+|criticiz\\w+', 'critic', 'reject\\w*', 'deem\\w*', 'rul(?:e|ed|es|ing) out', 'oppos\\w+', 'welcom\\w+', 'prais\\w+',
    ].join('|') +
    ')\\b',
  'i',
);
const ASSERTION_ALL = new RegExp(ASSERTION.source, 'gi');
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// A caption block: a short paragraph that carries a photo credit.
const PHOTO_CREDIT = /\b(?:photo(?:graph)? by|picture\s*:|alamy|getty images|(?<![([]\s?)via reuters|\/\s?reuters|\/\s?afp|\/\s?ap\b|file photo|image caption|photo(?:graph)?\s*:|credit\s*:|pictured\s*:|\(photo\b)/i;

// A caption ends with the agency that took the picture: "(AFP)", "(KCNA via Reuters)", "/ Reuters".
const END_CREDIT =
  /[([](?:[\p{L}\s.&'’-]{1,40}\s(?:via|for|\/)\s)?(?:reuters|afp|ap|epa|epa-efe|kcna|yonhap|tass|ria novosti|sputnik|anadolu|getty(?: images)?|bloomberg|shutterstock|ukrinform|xinhua|handout|file)[)\]]\s*$/iu;

/** Whether a whole block is a caption or credit line. */
export function isCaptionBlock(block: string): boolean {
  return block.length < 400 && (PHOTO_CREDIT.test(block) || END_CREDIT.test(block.trim()));
}

// A photo caption: someone pictured doing something, then where and when ("A woman looks at the
// graves ... in Volzhsky, Russia, in May 2024.").
const CAPTION =
  /^(?:an?|two|three|several|people|women|men|soldiers|servicemen|residents|rescuers|firefighters|mourners|relatives|members of|ukrainian|russian|north korean|south korean)\b[^.]{0,60}?\b(?:looks?|walks?|stands?|sits?|holds?|gestures?|waves?|poses?|rides?|prays?|mourns?|lays?|carr(?:y|ies)|attends?|are seen|is seen|take part|takes part|march(?:es)?)\b[^.]*\b(?:in|on)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;

// A caption in the present tense that ends with its date: "Rutte holds a press conference at NATO
// headquarters in Brussels, Belgium, on Dec. 3, 2024."
// "NATO Secretary General Mark Rutte speaks during a joint press conference with ...": a
// photo's caption, dated or not.
const SCENE_CAPTION = /^(?:[\p{Lu}][\p{L}.'’-]*\s+(?:and\s+)?){1,10}(?:speaks?|gestures?|listens?|looks on|poses?|waves?|smiles?|delivers? (?:a )?(?:statements?|speech|remarks)|attends?|arrives?|shakes? hands|sits?|stands?|walks?)\s+(?:during|at|as|upon|ahead of|before|after|in front of|while|next to|beside)\b/u;
const DATED_CAPTION = new RegExp(`^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,8}(?:holds|speaks|looks|walks|attends|gestures|arrives|poses|addresses|listens|waves|shakes hands|stands|sits|delivers)\\b[^;]*\\b(?:(?:on|in)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},\\s+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},\\s+)(?:19|20)\\d\\d\\.?\\s*$`, 'iu');
// "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder conducts a press briefing at the
// Pentagon, Nov. 4, 2024.": a named person in the present tense, then the photo's full date.
const PRESENT_DATED = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,12}(?!(?:is|was|has|says)\b)\p{Ll}+s\b[^;]*,\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*$/u;
// "Donald Trump at the NATO summit in The Hague.": a name and where it was pictured, no verb.
const NAME_AT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:at|during)\s+(?![^.]*(?:\d|\b(?:to|that|says?|said)\b))(?:the\s+|a\s+)?[^.,;:!?“”"]{3,80}\.?$/u;
// "Takeshi Iwaya, left, and Andrii Sybiha look at ...": who is where in a photo.
const PICTURED = /,\s*(?:left|right|centre|center|second (?:left|right)|front|rear|top|bottom)\s*,|\((?:left|right|centre|center|L|R|C)\)|\b(?:is|are) (?:seen|shown|pictured) in (?:this|the|a) (?:photo|picture|image|video|handout)\b/;
// Navigation: "Home » World » Russia's 2024 gains".
const BREADCRUMB = /\s[»›]\s/;

// "Poland 3.92%", "United States – over 3% since at least 2014": a row of a table of shares.
export const SHARE_ROW = /^(?:the\s+)?\p{Lu}[\p{L}.'’]+(?:\s+\p{Lu}[\p{L}.'’]+){0,2}\s*(?:[–—:-]\s*)?(?:over\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|under\s+)?\d+(?:[.,]\d+)?\s?(?:%|per ?cent|percent)(?:\s+(?:since|in)\s+(?:at least\s+)?(?:19|20)\d\d)?\.?$/u;

/** Lines that are never claims, whatever they mention. */
export function isNonClaim(sentence: string): boolean {
  const s = sentence.trim();
  if (SHARE_ROW.test(s)) return false;
  if (s.length < 12) return true;
  if (AD.test(s) || LEGAL.test(s) || LABEL.test(s) || IMPERATIVE.test(s) || CREDIT.test(s) || AGENCY_END.test(s) || BYLINE.test(s) || CAPTION.test(s) || PICTURED.test(s) || DATED_CAPTION.test(s) || PRESENT_DATED.test(s) || NAME_AT.test(s) || SCENE_CAPTION.test(s) || BREADCRUMB.test(s)) return true;
  if (/\?[\s”"’')\]]*$/u.test(s)) return true;
  // Teasers: "... (PHOTOS)", "... [VIDEO]".
  if (/[([](?:photos?|pics|video|videos|gallery|watch|live|listen|audio|opinion)[)\]]\s*$/i.test(s)) return true;
  const words = s.split(/\s+/u).length;
  if (words < 4) return true;
  const headline = isHeadline(s);
  if (headline && QUESTION_START.test(s)) return true;
  // Tweet and caption credits: "— Name (@handle) November 7, 2024", "📹: NATO News".
  if (/^[—–-]\s/u.test(s) || /^\p{Extended_Pictographic}\s*:/u.test(s)) return true;
  if (ABOUT_THE_NAME.test(s.replace(NAME_GLOSS, ''))) return true;
  // "RELATED STORIES Russia, North Korea lost ...": a list label run into its first link.
  if (/^(?:RELATED(?: STORIES| ARTICLES| NEWS| CONTENT)?|READ MORE|MORE ON THIS|MORE STORIES|SEE ALSO|RECOMMENDED|TOP STORIES|LATEST NEWS)\b/.test(s)) return true;
  // "russia-says-it-has-retaken-key-kursk-town": an address's slug; "You have a preview view of
  // this article while we are checking your access": a paywall's notice.
  if (/^[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\s|$)/.test(s) || PAYWALL.test(s)) return true;
  // "In this image provided by ...", "This chart shows ...": a caption; "Alex Cadier reports from
  // Kyiv.": a byline. (An embedded post's pic.twitter.com link is a CREDIT.)
  if (/^in this (?:[\p{L}-]+\s+){0,2}(?:image|photo|photograph|picture|video|handout|file)\b|^this (?:chart|graphic|graph|map|photo|image|picture|video|table) (?:shows|displays|illustrates)\b/iu.test(s)) return true;
  // "Kim and Putin shake hands after signing ...", "Servicemen pose for a photo ...", "...
  // December 4, 2024. REUTERS/Johanna Geron": a photo's caption.
  if (/\b(?:shake hands|pose for (?:a |the )?(?:photos?|pictures?|photographs?))\b/i.test(s) || /\b(?:REUTERS|AFP|AP|EPA|AAP)\/\s?\p{Lu}/u.test(s)) return true;
  if (/^(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}reports?\s+from\s+[\p{Lu}][\p{L}-]+(?:,\s*[\p{Lu}][\p{L}-]+)?\.?$/u.test(s)) return true;
  // "Just sign up for our Ukraine digest, delivered to your inbox": a newsletter prompt.
  if (/\b(?:sign up|subscribe)\b[^.]{0,60}\b(?:newsletters?|digest|inbox|updates|alerts|briefing)\b/i.test(s)) return true;
  // "via Associated Press": a credit.
  if (/^via\s+\p{Lu}/u.test(s) && words <= 6) return true;
  // "Five things to know about ...", "Here's what we know so far about ...": an explainer's
  // lead-in to what follows, which holds the claims.
  if (LEAD_IN.test(s)) return true;
  // Mostly another script ("이 글자크기로 변경됩니다."): page furniture in another language, not read.
  if (foreign(s)) return true;
  return false;
}

// "..., using the acronym for the Democratic People's Republic of Korea": a gloss, not the topic.
const NAME_GLOSS = /\b(?:using|by|with|under) (?:(?:the|an|its|a|their) )?(?:official |formal )?(?:initials|acronyms?|abbreviations?)\b/gi;
// A line about a name as a word ("the “NATO” initials", "the slang “N.A.T.O”"): no claim about
// what the name stands for.
const ABOUT_THE_NAME = /\b(?:initials|acronyms?|abbreviations?|slang|nicknamed?|stands for|spelled out)\b/i;

const PAYWALL = /\b(?:preview view of this article|checking your access|already a subscriber|subscribe to (?:continue|read)|to continue reading|this article is for subscribers)\b/i;

/** Whether fewer than half of a line's letters are Latin ones. */
function foreign(s: string): boolean {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  const latin = s.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin * 2 < letters;
}

/** A credit line after a caption: "Picture: Alamy", "Photo: Reuters". */
export function isCreditLine(sentence: string): boolean {
  return /^(?:picture|photo(?:graph)?|image|credit|source|video|illustration)s?\s*(?:by\b|:)/i.test(sentence.trim()) || (sentence.length < 60 && END_CREDIT.test(sentence.trim()));
}

// Conditionals ("If Russia succeeds, it will..."), first-person pledges and hopes in quotes
// ("“I will end the war,” Trump said"), and expressions of hope or regret: opinion, not fact.
const CONDITIONAL = /^[“"‘']?\s*(?:if|unless|should (?:russia|moscow|nato|the|he|they))\b|\b(?:noted|said|warned|argued|added) that if\b/i;
const FIRST_PERSON = /^[“"‘']\s*(?:i|we)(?:['’](?:ll|d|m|re|ve))?\s+(?:will|would|should|must|need|hope|want|look forward|believe|think|can|could|are going to|am going to|shall|have to|ll)\b/i;
const OPINION = /\b(?:express(?:ed|es|ing)? (?:hope|confidence|gratitude|condolences|optimism)|hopes? (?:to|that|for)|looks? forward|is (?:extremely |very |highly )?sensitive)\b/i;

// "said this week", "reported this morning": when it was said, not what.
const WHEN_THIS = '(?:week|month|year|morning|afternoon|evening|weekend)';

// "Rutte said this before the summit": a line about a statement, not the statement.
// "Newsweek reached out to the ministry for comment", "did not respond to a request": notes on
// the reporting, not claims.
const ABOUT_SAYING = new RegExp(String.raw`\b(?:said|says|stated|noted|made) (?:this|so|these remarks|the remarks|the comments|the comment|the statement)\b(?!\s+${WHEN_THIS}\b)|\b(?:remarks|comments|statement|statements|comment|words|warning|speech)\s*(?:,[^,]{1,60},\s*)?(?:came|come|comes|were|was)\s+(?:during|at|in(?!\s+response)|on the sidelines of)\b(?![^.]*,\s*with\b)|\bshared the (?:figure|figures|number|data) (?:as|at|during)\b|^(?:this|that|it) (?:was|is) (?:reported|stated|said|announced|written|posted) (?:by|in|on)\b|\b(?:reached out to|contacted|approached)\b[^.;]{0,80}\bfor (?:a |further )?comment\b|\b(?:did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t) (?:immediately |yet )?(?:respond|responded|reply|replied) to (?:a |an |our |requests?\b)`, 'i');

// What nobody knows yet ("It is unclear how ...", "is still under investigation"), and what
// commentators guess ("Analysts say the soldiers could be used ...", "I expect ...").
const UNKNOWN =
  /\b(?:(?:is|was|are|were|remains?|remained)\s+(?:still\s+|not\s+(?:yet\s+)?|also\s+)?(?:unclear|not clear|uncertain|unknown|under investigation|to be seen|too early to)|could not (?:determine|say)|it is not known|(?:could|can)(?:not|n['’]t| not) be (?:independently )?(?:verified|confirmed)|independent(?:ly)? verif\w+|(?:not|n['’]t)\s+(?:been\s+|yet\s+)?independently\s+confirm\w*|(?:has|have) yet to (?:comment|confirm (?:the )?details))\b/i;
const PUNDITS = /\b(?:analysts?|experts?|observers|commentators|pundits)\b[^.;]{0,40}?\b(?:suggest\w*|speculat\w*|could|may|might|would|likely|expect\w*|predict\w*)\b/i;
// "could have led to the planes crashing", "might think about something else": what did not or may happen.
const HYPOTHETICAL = /\b(?:could|would|might)\s+have\s+(?:led|caused|resulted|ended)\b|\bmight\s+think\b/i;
// "The capture could provide Russia with an advantage", "the withdrawal may not be permanent":
// what may be, said by nobody in particular.
const SPECULATION = /\b(?:could|may|might)\s+(?:not\s+|well\s+|also\s+|soon\s+|yet\s+|even\s+)?(?:be|have|provide|give|lead|become|expect|prove|mean|help|allow|enable|face|see|make|take|bring|force|spark|trigger|result|undermine|affect|change|shift|expand|escalate|happen|come)\b/;
const REPORTING = /\b(?:said|says|say|told|according to|warned|warns|warning|believes?|believed|estimated?|claimed|claims|reported|reports|stated|announced|added|noted|suggested|assessed|assesses|predicted|expects?|expected|expressed|concerns?|indications?|announces|intelligence)\b/i;
const FIRST_PERSON_VIEW = /(?:^|[“"‘'\s])(?:I|we)\s+(?:\w+\s+)?(?:expect|think|believe|feel|fear|suspect|guess|doubt)\b/;

/** A sentence that speaks of what may be, or of hopes: a claim only when a record says the same. */
// "This shortfall highlights a persistent gap", "Analysis suggests a divide": the writer's reading
// of what was said before, not a claim of its own.
const COMMENTARY = /^[“"]?(?:(?:this|these|such|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:highlights?|underscores?|underlines?)\b|analysis\s+(?:suggests|shows)\b)/iu;

export function isOpinion(sentence: string): boolean {
  const s = sentence.trim();
  return isConjecture(s) || COMMENTARY.test(s) || OPINION.test(s) || UNKNOWN.test(s) || PUNDITS.test(s) || FIRST_PERSON_VIEW.test(s) || HYPOTHETICAL.test(s) || (SPECULATION.test(s) && !REPORTING.test(s));
}

/** Conditionals, first-person pledges and lines about a statement: no claim even with a number in them. */
export function isConjecture(sentence: string): boolean {
  const s = sentence.trim();
  return CONDITIONAL.test(s) || FIRST_PERSON.test(s) || ABOUT_SAYING.test(s) || SOURCE_ONLY.test(s) || TOLD_ONLY.test(s);
}

// "NHK reported this on Thursday, January 16.", "TASR reports this.": where the story came from.
const SOURCE_ONLY = new RegExp(String.raw`\b(?:reported|reports|writes|wrote|posted|published|announced)\s+this\b(?!\s+(?:${WHEN_THIS}|time|is|was|will|would|has|had))(?:\s+(?:on|in|at|late|early|earlier|last|yesterday|today)\b[^,;:]{0,40}(?:,\s*(?:\p{Lu}\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}+)(?:,\s*\d{4})?)?)?\s*\.?$`, 'u');
// "The Chief of the Defense Intelligence of Ukraine told The War Zone.": who spoke to whom, nothing said.
const TOLD_ONLY = /^(?:(?!(?:has|have|had|is|are|was|were|will|would|can|could|did|does|that)\b)[\p{L}'’.-]+\s+){1,12}told\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,5}\.?$/u;

/** Whether a sentence ends like running text (not a headline, link or label). */
export function isHeadline(sentence: string): boolean {
  return !/[.!?…][”"’')\]]*$/u.test(sentence.trim());
}

/**
 * Check-worthy: has a claim figure, or asserts an event/assessment. A headline-style line
 * (no final punctuation: links, teasers, menu items) counts only with a figure.
 */
export function isCheckWorthy(sentence: string, hasFigure: boolean, attribution: string | null, title = false): boolean {
  if (hasFigure) return true;
  // A page's own headline (not a link or teaser) asserts like a sentence.
  if (isHeadline(sentence)) {
    if (!title) return false;
    // "Update on the Kursk fighting": a title whose only event word follows an article names a
    // subject; it asserts nothing.
    return attribution !== null || [...sentence.matchAll(ASSERTION_ALL)].some((m) => !ARTICLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)));
  }
  // "“The security situation does not look good,” Rutte declared": a named speaker makes a
  // quoted line attributable, not check-worthy; what is quoted must assert something.
  if (attribution && QUOTED.test(sentence)) return ASSERTION.test(withoutSource(sentence, attribution).replace(SPEAKING, ' '));
  return attribution !== null || ASSERTION.test(sentence);
}

// A sentence that opens with a quotation mark: a quote, then who said it.
const QUOTED = /^\s*["“‘]/u;
// Event words that are nouns only: a heading made of them names a subject.
const NOUN_ONLY = /(?:ment|tion|sion|ance|ence)s?$|^(?:troops|soldiers|missiles?|drones?|weapons?|ammunition|casualties|summit|alliance|invasion|incursion|offensive|threats?|partners?(?:hip)?s?|critic|wounded)$/i;

/**
 * A heading that names a subject and asserts nothing ("2. Initial Deployment of North Korean
 * Troops to Russia", "North Korean Troop Movements in Russia"): no figure, and every event word
 * in it is a noun.
 */
export function isLabelHeading(text: string): boolean {
  if (/\d/.test(text.replace(/^\s*\d+[.)]\s+/, '')) || /\b(?:not|no longer|never)\b|:\s*\p{Lu}/u.test(text)) return false;
  return [...text.matchAll(ASSERTION_ALL)].every((m) => NOUN_ONLY.test(m[0]));
}

// The verbs that introduce a quote: "said" and "warned" assert nothing of their own.
const SPEAKING = /\b(?:said|says|say|told|warn(?:s|ed)?|declared|added|stressed|noted|emphasi[sz]ed|insisted|argued|explained|remarked|stated|wrote|according to)\b/gi;
