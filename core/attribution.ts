// Who a sentence says made the claim: "X said", "according to X", "X estimates",
// "X told reporters", "officials in Kyiv say", "..., said X", "X: ..." (a quote introduced by a
// name). Word lists rather than one big regex: linear time on any sentence.

const VERBS = new Set(
  (
    'said says say told estimates estimate estimated believes believe believed claims claim claimed ' +
    'reports report reported warns warn warned stated states added adds noted notes confirmed confirms ' +
    'confirm announced announces insists insist insisted argues argue argued assessed assesses assess ' +
    'alleged alleges allege maintains maintained suggested suggests wrote writes indicated indicates ' +
    'revealed reveals acknowledged acknowledges remarked asserted asserts mentioned explained estimates ' +
    'concluded concludes found finds calculates calculated emphasized emphasised emphasizes emphasises stressed stresses ' +
    'underlined underlines highlighted highlights urged urges cautioned explained explains informed briefed declared declares'
  ).split(' '),
);
const AUXILIARY = new Set(['has', 'have', 'had', 'now', 'also', 'previously', 'earlier', 'recently', 'reportedly', 'publicly', 'repeatedly']);
// What may follow "X said" at the end of a sentence: "..., Kyiv said on Friday."
const AFTER_VERB = /^(?:on|in|last|this|earlier|late|at|to|told|during|after|before|while|when|adding|citing|reporters|in a|yesterday|today|tonight|overnight|recently)$/i;
const NOT_A_SOURCE = /^(?:it|this|that|there|which|who|he|she|they|we|i|you|what|as|and|but|some|many|one)$/i;
const ACCORDING = /\baccording to\s+((?:[^,.;:!?]|\.(?=\S)|\.(?=\s\p{Lu}\.))+)/iu;
// "Rutte: ..." or "NATO Sec. Gen. Mark Rutte: ..." with a short name before the colon.
const COLON = /^[^\p{L}]*((?:\p{Lu}[\p{L}.’'-]*\s){0,6}\p{Lu}[\p{L}’'-]*):\s/u;
const LABELS = /^(?:live|explainer|analysis|opinion|watch|video|update|breaking|newsletter|story|photo|read|more|related)\b/i;

const bare = (w: string) => w.replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/gu, '');

function clean(words: string[]): string | null {
  const t = words.join(' ').replace(/^[\s“"‘'”’]+|[\s“"‘'”’,.]+$/gu, '');
  if (!t || t.length > 80 || NOT_A_SOURCE.test(t) || /^(?:the|a|an)$/i.test(t)) return null;
  return t;
}

// After a determiner the word is a noun ("in a report to Putin", "the claims"); "United States" is a name.
const DETERMINERS = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|whose|new|latest|annual|united)$/;

function isVerb(words: string[], i: number): boolean {
  const w = bare(words[i] ?? '').toLowerCase();
  if (i > 0 && DETERMINERS.test(bare(words[i - 1] ?? '').toLowerCase())) return false;
  if (w === 'think' || w === 'thinks') return bare(words[i + 1] ?? '').toLowerCase() !== 'tank';
  return VERBS.has(w);
}

/** The source a sentence names for its claim, or null. */
export function findAttribution(sentence: string): string | null {
  const acc = /ccording to/i.test(sentence) ? ACCORDING.exec(sentence.length > 600 ? sentence.slice(0, 600) : sentence) : null;
  if (acc?.[1]) return clean(acc[1].trim().split(/\s+/u));

  // Trailing: "..., the Pentagon's spokeswoman said." / inverted: "..., said NATO's chief."
  const cut = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';'));
  if (cut >= 0 && sentence.length - cut < 140) {
    const tail = sentence.slice(cut + 1).trim().split(/\s+/u).filter((w) => bare(w) !== '');
    if (tail.length >= 2 && isVerb(tail, 0) && tail.length <= 9) return clean(tail.slice(1).map(bare));
    for (let v = 1; v < Math.min(tail.length, 11); v++) {
      if (!isVerb(tail, v)) continue;
      const after = tail.slice(v + 1).map(bare).filter(Boolean);
      if (after.length === 0 || AFTER_VERB.test(after[0] ?? '')) {
        let subject = tail.slice(0, v).map(bare);
        while (subject.length > 1 && AUXILIARY.has((subject[subject.length - 1] ?? '').toLowerCase())) subject = subject.slice(0, -1);
        const who = clean(subject);
        if (who) return who;
      }
      break;
    }
  }

  // Leading: "NATO says ...", "US defence officials believe ...", "Officials in Kyiv say ...".
  const head = sentence.slice(0, 200).split(/\s+/u).filter(Boolean);
  for (let v = 1; v < Math.min(head.length, 11); v++) {
    const word = head[v - 1] ?? '';
    // "The U.S., South Korea and Ukraine say": a list of names may hold commas.
    const names = head.slice(0, v).every((w) => /^(?:and|the|[\p{Lu}][\p{L}.’'-]*,?)$/u.test(w));
    if (/[;:]$/.test(word) || (/,$/.test(word) && !names)) break;
    if (!isVerb(head, v)) continue;
    let subject = head.slice(0, v).map(bare);
    while (subject.length > 1 && AUXILIARY.has((subject[subject.length - 1] ?? '').toLowerCase())) subject = subject.slice(0, -1);
    return clean(subject);
  }

  const col = COLON.exec(sentence.slice(0, 100));
  if (col?.[1] && !LABELS.test(col[1])) return clean([col[1]]);
  return null;
}

/** The sentence without the words of its source ("The U.S., South Korea and Ukraine say ..."). */
export function withoutSource(sentence: string, attribution: string | null): string {
  if (!attribution) return sentence;
  if (sentence.includes(attribution)) return sentence.replace(attribution, ' ');
  const words = attribution.match(/[\p{L}\p{N}]+/gu);
  if (!words) return sentence;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'u');
  return sentence.replace(re, ' ');
}
