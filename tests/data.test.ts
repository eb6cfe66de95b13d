// The bundled claim database (data/claims.json), its validator (data/schema.ts) and the held-out set.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimPack, ClaimRecord, Statement } from '../core/types';
import { COUNTS, figureWrittenIn, LIMITS, validatePack } from '../data/schema';

const root = join(__dirname, '..');
const rawText = readFileSync(join(root, 'data', 'claims.json'), 'utf8');
const pack = JSON.parse(rawText) as ClaimPack;
const seeds: Record<string, string> = Object.fromEntries(
  readdirSync(join(root, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => [n, readFileSync(join(root, 'seeds', n), 'utf8')]),
);
const S = {
  s000: '000_43f53078eb556458.txt',
  s001: '001_a97f03ce641537a7.txt',
  s002: '002_9950ee67f3d01385.txt',
  s003: '003_195da53a531a13bd.txt',
  s004: '004_2a477c9cc4b6c32c.txt',
};

// Renaming an id breaks stored flags (claimId) and reader data: change this list deliberately.
const IDS = [
  'nk-troops-deployed-kursk',
  'nk-troops-sent-for-training',
  'nk-troops-planned-total',
  'nk-troops-confirmed-by-allies',
  'nk-troops-infantry-training',
  'zelensky-nk-troops-within-days',
  'nk-deployment-significant-escalation',
  'nk-troops-violate-sanctions',
  'russia-tech-for-nk-support',
  'russia-nk-sanctions-evasion',
  'russia-nk-under-sanctions',
  'nk-russia-threat-europe-us',
  'nk-russia-threat-indo-pacific-euro-atlantic',
  'china-iran-partners-of-russia',
  'russia-killed-wounded-600k',
  'putin-growing-desperation',
  'kremlin-war-depends-on-foreign-support',
  'putin-anti-western-alliance',
  'rutte-urges-moscow-pyongyang-stop',
  'autocratic-regimes-may-join-war',
  'ukraine-kursk-incursion',
  'russia-regaining-kursk',
  'nato-members-meet-2pct-target',
  'belgium-below-2pct',
  'nato-spending-trend-trump-first-term',
  'european-nato-must-spend-more',
  'nato-higher-target-leaders-decide',
  'us-engagement-nato',
  'trump-potential-re-election',
  'trump-inaugurated-january-20',
  'trump-encourage-russia-spending',
  'rutte-worked-with-trump',
  'rutte-met-yoon',
];

const all: { record: ClaimRecord; st: Statement }[] = pack.claims.flatMap((record) => record.statements.map((st) => ({ record, st })));
const byId = (id: string) => {
  const r = pack.claims.find((c) => c.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
/** Statements whose figure matches, to look a required figure up by what it says. */
const withFigure = (value: number, counts: string) => all.filter(({ st }) => st.figure?.value === value && st.figure.counts === counts);

describe('data/claims.json', () => {
  it('passes validatePack with the seeds (quotes traced, figures written, strict fields)', () => {
    const result = validatePack(rawText, { seeds });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('quotes every statement verbatim from the seed it names', () => {
    const untraced = all.filter(({ st }) => !seeds[st.source]?.includes(st.quote)).map(({ record, st }) => `${record.id}: ${st.quote}`);
    expect(untraced).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('writes every figure in its quote', () => {
    const unwritten = all.filter(({ st }) => st.figure && !figureWrittenIn(st.quote, st.figure)).map(({ record }) => record.id);
    expect(unwritten).toEqual([]);
    expect(all.filter(({ st }) => st.figure).every(({ st }) => (COUNTS as readonly string[]).includes(st.figure!.counts))).toBe(true);
  });

  it('keeps unique ids that match the stable list', () => {
    const ids = pack.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...IDS].sort());
  });

  it('draws on every seed', () => {
    expect(new Set(all.map(({ st }) => st.source))).toEqual(new Set(Object.keys(seeds)));
  });

  it('has the Pentagon estimate of about 10,000 North Korean soldiers sent to Kursk', () => {
    const pentagon = withFigure(10000, 'troops-deployed').find(({ st }) => st.source === S.s000);
    expect(pentagon?.st.attribution).toBe('the Pentagon');
    expect(pentagon?.st.figure?.qualifier).toBe('about');
    expect(pentagon?.st.quote).toContain('Kursk');
  });

  it('keeps one 10,000-troops record with its own statement from seeds 000, 001, 002 and 004', () => {
    const record = byId('nk-troops-deployed-kursk');
    const sources = record.statements.map((s) => s.source);
    expect(sources).toEqual(expect.arrayContaining([S.s000, S.s001, S.s002, S.s004]));
    expect(new Set(record.statements.map((s) => s.quote)).size).toBe(record.statements.length);
    expect(record.statements.every((s) => s.figure?.value === 10000)).toBe(true);
    const zelensky = record.statements.find((s) => s.source === S.s002);
    expect(zelensky?.attribution).toBe('Volodymyr Zelensky');
    expect(zelensky?.figure?.counts).toBe('troops-training');
  });

  it('has the NIS figures apart: about 1,500 already sent (October 2024), about 12,000 planned', () => {
    const sent = withFigure(1500, 'troops-deployed');
    const sent0 = sent[0]!;
    expect(sent).toHaveLength(1);
    expect(sent0.st.attribution).toMatch(/National Intelligence Service/);
    expect(sent0.st.asOf).toBe('2024-10');
    expect(sent0.st.quote).toContain('already been sent');
    const planned = withFigure(12000, 'troops-planned');
    const planned0 = planned[0]!;
    expect(planned).toHaveLength(1);
    expect(planned0.st.attribution).toMatch(/National Intelligence Service/);
    expect(planned0.st.quote).toContain('a total of around 12,000 soldiers');
    // Different scopes and dates are never merged into the 10,000 record.
    expect(sent0.record.id).not.toBe('nk-troops-deployed-kursk');
    expect(planned0.record.id).not.toBe(sent0.record.id);
  });

  it('has 23 of 32 NATO members at the 2% target from seeds 000, 001 and 004', () => {
    const stats = withFigure(23, 'members-meeting-target');
    expect(stats.map(({ st }) => st.source).sort()).toEqual([S.s000, S.s001, S.s004]);
    expect(stats.every(({ st }) => st.figure?.of === 32 && /2%/.test(st.quote))).toBe(true);
    expect(stats.find(({ st }) => st.source === S.s000)?.st.attribution).toBe('a report released in June');
  });

  it('has more than 600,000 Russian soldiers killed or wounded, said by Rutte', () => {
    const cas = withFigure(600000, 'killed-or-wounded')[0]!;
    expect(cas.st.figure?.qualifier).toBe('more-than');
    expect(cas.st.attribution).toMatch(/Rutte/);
    expect(cas.record.topics).toContain('russia');
  });

  it('dates seed 001 statements to the cited tweet of November 7, 2024', () => {
    const s001 = all.filter(({ st }) => st.source === S.s001);
    expect(s001.length).toBeGreaterThan(0);
    expect(s001.every(({ st }) => st.asOf === '2024-11-07')).toBe(true);
  });

  it('keeps the Trump disagreement as separate records', () => {
    const reelect = byId('trump-potential-re-election');
    const inaugural = byId('trump-inaugurated-january-20');
    expect(reelect.statements.some((s) => s.quote.includes('potential re-election'))).toBe(true);
    expect(inaugural.statements[0]?.quote).toContain('47th President of the United States on January 20');
  });

  it.each([
    ['the Russian technology deal', 'advanced technology in exchange for military support'],
    ['the threat to the US mainland', 'U.S. mainland'],
    ['China and Iran as partners', 'China and Iran'],
    ['the Kursk incursion in early August', 'surprise incursion in early August'],
    ['Belgium below 2%', 'Belgian Prime Minister Alexander De Croo'],
    ['Rutte meeting Yoon', 'South Korean President Yoon Suk Yeol'],
    ['Putin’s desperation', 'growing desperation'],
    ['the sanctions violation', 'violation of international sanctions'],
    ['training in infantry tactics', 'infantry tactics'],
    ['the Indo-Pacific and Euro-Atlantic threat', 'Indo-Pacific and Euro-Atlantic'],
    ['thousands confirmed by South Korea, NATO and the US', 'have confirmed that thousands'],
  ])('covers %s', (_name, phrase) => {
    expect(all.some(({ st }) => st.quote.includes(phrase))).toBe(true);
  });

  it('does not quote page boilerplate', () => {
    const boiler = /leave a reply|more from author|^share\.?$|exit mobile version|email address will not|pic\.twitter\.com|^sources/im;
    expect(all.filter(({ st }) => boiler.test(st.quote)).map(({ st }) => st.quote)).toEqual([]);
  });

  it('gives every record key terms that its own quotes hit', () => {
    const hits = (group: string[], text: string) =>
      group.some((t) => new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|ed|d|ing|n|['’]s)?(?![\\p{L}\\p{N}])`, 'iu').test(text));
    const weak = all
      .map(({ record, st }) => ({ id: record.id, n: (record.keyTerms ?? []).filter((g) => hits(g, st.quote)).length, of: (record.keyTerms ?? []).length }))
      .filter(({ n, of }) => n < Math.max(2, of - 1));
    expect(weak).toEqual([]);
  });
});

const good = (): ClaimPack & { flags?: unknown[] } => ({
  version: 1,
  claims: [
    {
      id: 'nk-troops-example',
      subject: 'North Korean troops in Russia',
      topics: ['north-korea', 'russia'],
      keyTerms: [['north korea', 'pyongyang'], ['troops', 'soldiers']],
      statements: [
        {
          source: S.s000,
          quote: 'The Pentagon has estimated that approximately 10,000 North Korean soldiers have been dispatched to the Kursk region in Russia, an area partially occupied by Ukraine.',
          attribution: 'the Pentagon',
          figure: { value: 10000, unit: 'soldiers', qualifier: 'about', counts: 'troops-deployed' },
          asOf: '2024-11',
        },
      ],
    },
  ],
});
const flag = () => ({
  id: 'f1',
  url: 'https://news.example/story',
  site: 'news.example',
  title: 'A story',
  selector: { type: 'TextQuoteSelector', exact: '14,000 North Korean troops', prefix: 'said ', suffix: ' had' },
  sentence: 'An official said 14,000 North Korean troops had crossed.',
  figure: { value: 14000, unit: 'troops', qualifier: 'exact', counts: 'troops-deployed' },
  verdict: 'differs',
  claimId: 'nk-troops-deployed-kursk',
  note: 'check this',
  createdAt: 1732000000000,
});
const errorsOf = (input: unknown, opts?: Parameters<typeof validatePack>[1]) => {
  const r = validatePack(input, opts);
  return r.ok ? [] : r.errors;
};

describe('validatePack', () => {
  it('accepts a clean pack and returns an equal copy', () => {
    const r = validatePack(good(), { seeds });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack).toEqual(good());
  });

  it('says where a value has the wrong type', () => {
    const p = good() as any;
    p.claims[0]!.statements[0]!.figure.value = 'ten';
    expect(errorsOf(p)).toEqual(['claims[0].statements[0].figure.value: expected a number, got "ten"']);
    const q = good() as any;
    q.claims[0]!.topics = 'russia';
    expect(errorsOf(q)).toEqual(['claims[0].topics: expected an array, got "russia"']);
  });

  it('names missing required fields', () => {
    const p = good() as any;
    delete p.claims[0]!.statements[0]!.quote;
    delete p.claims[0]!.statements[0]!.attribution;
    expect(errorsOf(p)).toEqual([
      'claims[0].statements[0].quote: expected a string, got nothing',
      'claims[0].statements[0].attribution: required (a string or null)',
    ]);
  });

  it('rejects unknown qualifiers, topics and empty strings', () => {
    const p = good() as any;
    p.claims[0]!.statements[0]!.figure.qualifier = 'roughly';
    p.claims[0]!.topics.push('china');
    p.claims[0]!.subject = '  ';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].statements[0].figure.qualifier: expected one of exact, about, more-than, at-least, less-than, up-to, nearly, between, got "roughly"');
    expect(errors).toContain('claims[0].topics[2]: expected one of nato, north-korea, south-korea, russia, got "china"');
    expect(errors).toContain('claims[0].subject: must not be empty');
  });

  it('rejects HTML, control characters and script URLs in text', () => {
    const p = good() as any;
    p.claims[0]!.statements[0]!.quote = 'Troops <img src=x onerror=alert(1)> arrived';
    p.claims[0]!.subject = 'Troops\u0007 in Russia';
    p.claims[0]!.keyTerms[0].push('javascript:alert(1)');
    const errors = errorsOf(p);
    expect(errors.some((e) => e.startsWith('claims[0].statements[0].quote: contains markup'))).toBe(true);
    expect(errors).toContain('claims[0].subject: contains a control character (U+0007)');
    expect(errors).toContain('claims[0].keyTerms[0][2]: contains a script URL (javascript:)');
    // A bare "<" before a number is text, not markup.
    const ok = good();
    ok.claims[0]!.subject = 'Spending < 2% of GDP';
    expect(errorsOf(ok)).toEqual([]);
  });

  it('rejects duplicate and malformed ids', () => {
    const p = good();
    p.claims.push(structuredClone(p.claims[0]!));
    expect(errorsOf(p)).toEqual(['claims[1].id: duplicate id "nk-troops-example" (also claims[0])']);
    const q = good();
    q.claims[0]!.id = 'NK Troops';
    expect(errorsOf(q)).toEqual(['claims[0].id: expected lower-case kebab-case like "nk-troops-deployed-kursk", got "NK Troops"']);
  });

  it('rejects a wrong version', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const p = { ...good(), version } as any;
      expect(errorsOf(p)).toEqual([`version: expected a positive integer, got ${version === '1' ? '"1"' : String(version)}`]);
    }
    const { version: _v, ...noVersion } = good();
    expect(errorsOf(noVersion)).toEqual(['version: expected a positive integer, got nothing']);
  });

  it('rejects oversize packs, too many claims and overlong strings', () => {
    const big = JSON.stringify(good());
    expect(errorsOf(big, { maxBytes: 100 })[0]).toMatch(/^pack: too large \(\d+ bytes; at most 100\)$/);
    expect(errorsOf(good(), { maxBytes: 100 })[0]).toMatch(/^pack: too large/);
    const many = { version: 1, claims: Array.from({ length: LIMITS.claims + 1 }, () => ({})) };
    expect(errorsOf(many)).toEqual([`claims: too many items (${LIMITS.claims + 1}; at most ${LIMITS.claims})`]);
    const long = good();
    long.claims[0]!.statements[0]!.quote = 'a'.repeat(LIMITS.quote + 1);
    expect(errorsOf(long)).toEqual([`claims[0].statements[0].quote: too long (${LIMITS.quote + 1} characters; at most ${LIMITS.quote})`]);
  });

  it('rejects what is not a pack, and bad JSON text with its position', () => {
    expect(errorsOf(null)).toEqual(['pack: expected an object, got null']);
    expect(errorsOf([])).toEqual(['pack: expected an object, got an array']);
    expect(errorsOf('{"version": 1,\n  "claims": [ }')[0]).toMatch(/^pack: not valid JSON: .*\(line 2, column 15\)$/);
  });

  it('caps the number of errors it lists', () => {
    const p = { version: 1, claims: Array.from({ length: 200 }, () => 5) };
    const errors = errorsOf(p);
    expect(errors).toHaveLength(LIMITS.errors + 1);
    expect(errors.at(-1)).toBe('…and 150 more errors');
  });

  it('with seeds, rejects quotes not in the seed and figures not written in the quote', () => {
    const p = good();
    p.claims[0]!.statements[0]!.quote = 'approximately 10,000 North Korean soldiers have been dispatched to the Kursk region in Russia!';
    expect(errorsOf(p, { seeds })).toEqual([
      'claims[0].statements[0].quote: does not occur verbatim in 000_43f53078eb556458.txt: "approximately 10,000 North Korean soldie…"',
    ]);
    const q = good();
    q.claims[0]!.statements[0]!.figure!.value = 12000;
    expect(errorsOf(q, { seeds })).toEqual(['claims[0].statements[0].figure.value: 12000 is not written in the quote']);
    const r = good();
    r.claims[0]!.statements[0]!.source = '009_missing.txt';
    expect(errorsOf(r, { seeds })).toEqual(['claims[0].statements[0].source: no seed file named "009_missing.txt"']);
    // Without seeds (a dashboard import) the same packs only get the shape check.
    expect(errorsOf(q)).toEqual([]);
  });

  it('is strict about unknown fields with seeds, and drops them on import', () => {
    const p = good() as any;
    p.claims[0]!.statements[0]!.atribution = 'typo';
    expect(errorsOf(p, { seeds })).toEqual(['claims[0].statements[0].atribution: unknown field']);
    const r = validatePack(p);
    expect(r.ok && 'atribution' in r.pack.claims[0]!.statements[0]!).toBe(false);
  });

  it('checks sources: seed names for bundled records, http(s) URLs for reader records', () => {
    const reader = good();
    reader.claims[0]!.origin = 'reader';
    reader.claims[0]!.statements[0]!.source = 'https://news.example/a';
    expect(errorsOf(reader, { seeds })).toEqual([]);
    const readerSeed = good();
    readerSeed.claims[0]!.origin = 'reader';
    expect(errorsOf(readerSeed)).toEqual([
      'claims[0].statements[0].source: expected an http(s) page URL for a reader record, got "000_43f53078eb556458.txt"',
    ]);
    const bundledUrl = good();
    bundledUrl.claims[0]!.statements[0]!.source = 'https://news.example/a';
    expect(errorsOf(bundledUrl)[0]).toMatch(/needs origin "reader"/);
    const jsUrl = good();
    jsUrl.claims[0]!.origin = 'reader';
    jsUrl.claims[0]!.statements[0]!.source = 'javascript:alert(1)';
    expect(errorsOf(jsUrl)).toEqual(['claims[0].statements[0].source: contains a script URL (javascript:)']);
  });

  it('validates flags carried by a pack', () => {
    const p = { ...good(), flags: [flag()] };
    const r = validatePack(p);
    expect(r.ok && r.pack.flags).toEqual([flag()]);
    const bad = { ...good(), flags: [{ ...flag(), url: 'ftp://x.example/', verdict: 'maybe', createdAt: 'today', selector: { ...flag().selector, type: 'XPath' } }] };
    expect(errorsOf(bad)).toEqual([
      'flags[0].url: expected an http(s) URL, got "ftp://x.example/"',
      'flags[0].selector.type: expected one of TextQuoteSelector, got "XPath"',
      'flags[0].verdict: expected one of agrees, differs, new, got "maybe"',
      'flags[0].createdAt: expected a number, got "today"',
    ]);
    const hostile = { ...good(), flags: [{ ...flag(), note: '<script>alert(1)</script>' }] };
    expect(errorsOf(hostile)[0]).toMatch(/^flags\[0\]\.note: contains markup/);
  });
});

describe('figureWrittenIn', () => {
  const f = (value: number, extra: object = {}) => ({ value, unit: 'soldiers', qualifier: 'about' as const, counts: 'troops-deployed', ...extra });
  it.each([
    ['about ten thousand soldiers', f(10000)],
    ['approximately 10,000 North Korean soldiers', f(10000)],
    ['some 10k troops', f(10000)],
    ['a 12-thousand strong force', f(12000)],
    ['1.5 million people', f(1500000)],
    ['more than 600,000 Russian soldiers', f(600000)],
    ['six hundred thousand casualties', f(600000)],
    ['twenty-three of the thirty-two allies', f(23, { of: 32 })],
    ['23 out of 32 NATO members', f(23, { of: 32 })],
    ['at least 2% of their GDP', f(2, { unit: 'percent' })],
    ['between 10,000 and 12,000 troops', f(10000, { max: 12000, qualifier: 'between' })],
  ])('finds the figure in "%s"', (quote, figure) => {
    expect(figureWrittenIn(quote, figure)).toBe(true);
  });
  it.each([
    ['about 1,000 soldiers', f(10000)],
    ['23 of 33 members', f(23, { of: 32 })],
    ['around 100,000 troops', f(10000)],
    ['the 2% target', f(20, { unit: 'percent' })],
  ])('does not find it in "%s"', (quote, figure) => {
    expect(figureWrittenIn(quote, figure)).toBe(false);
  });
});

describe('data/schema.ts', () => {
  it('imports only pure core modules and data/messages, so the dashboard can use it', () => {
    const src = readFileSync(join(root, 'data', 'schema.ts'), 'utf8');
    const imports = [...src.matchAll(/^import[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((i) => /^\.\.\/core\/[a-z-]+$/.test(i!) || i === './messages')).toBe(true);
    expect(src).not.toMatch(/\beval\(|new Function\(/);
  });
});

describe('tests/fixtures/heldout.jsonl', () => {
  const lines = readFileSync(join(root, 'tests', 'fixtures', 'heldout.jsonl'), 'utf8').trim().split('\n');
  const rows = lines.map((l) => JSON.parse(l) as { id: string; subject: string | null; expect: string; accept?: string[]; text: string; html?: string });

  it('holds 40+ labelled sentences of every kind in the dev-set format', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const kinds = new Set(rows.map((r) => r.expect));
    for (const k of ['agrees', 'differs', 'new', 'none']) expect(kinds.has(k)).toBe(true);
    for (const r of rows) {
      expect(['agrees', 'differs', 'new', 'none', 'any']).toContain(r.expect);
      expect(typeof r.text === 'string' && r.text.length > 0).toBe(true);
      if (r.accept) expect(r.accept).toContain(r.expect);
      if (r.html) expect(r.html.replace(/<[^>]+>/g, '')).toBe(r.text);
    }
  });
});
