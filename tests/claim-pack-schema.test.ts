// The published JSON Schema (docs/claim-pack.schema.json) and the importer's validator agree:
// each pack below is accepted by both or refused by both, and it is the outcome we expect.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ClaimDB } from '../data/db';
import { importPack } from '../data/import';
import { validatePack } from '../data/schema';

const root = path.resolve(__dirname, '..');
const schema = JSON.parse(readFileSync(path.join(root, 'docs/claim-pack.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const schemaAccepts = ajv.compile(schema);

const statement = (over: Record<string, unknown> = {}) => ({ source: 'https://example.org/a', quote: 'Poland said 19 Russian drones entered its airspace.', ...over });
const claim = (over: Record<string, unknown> = {}) => ({ subject: 'Russian drones over Poland', statements: [statement()], ...over });
const pack = (...claims: unknown[]) => ({ claims });
const figure = (over: Record<string, unknown> = {}) => ({ value: 19, unit: 'drones', qualifier: 'exact', counts: 'drones-entered', ...over });
const flag = (over: Record<string, unknown> = {}) => ({
  id: 'f1', url: 'https://example.org/a', site: 'example.org', title: 'A story',
  selector: { type: 'TextQuoteSelector', exact: '19 drones', prefix: '', suffix: '' },
  sentence: 'Poland said 19 drones entered.', verdict: 'new', note: '', createdAt: 1, ...over,
});

const valid: [string, unknown][] = [
  ['only subjects and statements', pack(claim())],
  ['an empty pack', { claims: [] }],
  ['every field', { version: 1, claims: [claim({ id: 'drones-poland', topics: ['russia', 'nato'], keyTerms: [['drones', 'uav'], ['poland']], origin: 'reader', statements: [statement({ attribution: 'Polish army', figure: figure(), asOf: '2025-09-10', outlet: 'Example News', url: 'https://example.org/b', published: '2025-09' })] })] }],
  ['nulls where allowed', pack(claim({ statements: [statement({ attribution: null, figure: null, asOf: null, outlet: null, url: null, published: null })] }))],
  ['a range figure', pack(claim({ statements: [statement({ figure: figure({ qualifier: 'between', value: 10, max: 20 }) })] }))],
  ['a ratio with empty unit and counts', pack(claim({ statements: [statement({ figure: figure({ of: 32, unit: '', counts: '' }) })] }))],
  ['origin "bundled" is taken as reader', pack(claim({ origin: 'bundled' }))],
  ['a lone < in text', pack(claim({ subject: 'Spending < 2% of GDP' }))],
  ['unknown fields (ignored)', { claims: [claim({ note: 'mine', statements: [statement({ extra: 1 })] })], generator: 'me' }],
  ['flags', { claims: [], flags: [flag({ figure: figure(), topics: ['russia'], attribution: null, published: '2025-01-02' })] }],
  ['an ISO timestamp', pack(claim({ statements: [statement({ asOf: '2025-01-02T10:00:00Z' })] }))],
];

const invalid: [string, unknown][] = [
  ['no claims', { version: 1 }],
  ['claims not a list', { claims: {} }],
  ['a list, not an object', [claim()]],
  ['version 0', { version: 0, claims: [] }],
  ['version as text', { version: '1', claims: [] }],
  ['no subject', pack({ statements: [statement()] })],
  ['empty subject', pack(claim({ subject: '   ' }))],
  ['subject too long', pack(claim({ subject: 'x'.repeat(301) }))],
  ['markup in the subject', pack(claim({ subject: '<img src=x onerror=alert(1)>' }))],
  ['a comment in a quote', pack(claim({ statements: [statement({ quote: 'a <!-- b' })] }))],
  ['a control character', pack(claim({ subject: 'bell\u0007' }))],
  ['a bidi override', pack(claim({ subject: 'abc\u202Edef' }))],
  ['a javascript: address in text', pack(claim({ subject: 'see JavaScript:alert(1)' }))],
  ['no statements', pack(claim({ statements: [] }))],
  ['statement without quote', pack(claim({ statements: [{ source: 'https://example.org/a' }] }))],
  ['statement without source', pack(claim({ statements: [{ quote: 'q' }] }))],
  ['a source that is not a web address', pack(claim({ statements: [statement({ source: '000_43f53078eb556458.txt' })] }))],
  ['an ftp source', pack(claim({ statements: [statement({ source: 'ftp://example.org/a' })] }))],
  ['quote too long', pack(claim({ statements: [statement({ quote: 'q'.repeat(2001) })] }))],
  ['attribution a number', pack(claim({ statements: [statement({ attribution: 7 })] }))],
  ['figure value as text', pack(claim({ statements: [statement({ figure: figure({ value: '19' }) })] }))],
  ['figure without qualifier', pack(claim({ statements: [statement({ figure: { value: 1, unit: '', counts: '' } })] }))],
  ['unknown qualifier', pack(claim({ statements: [statement({ figure: figure({ qualifier: 'roughly' }) })] }))],
  ['between without max', pack(claim({ statements: [statement({ figure: figure({ qualifier: 'between' }) })] }))],
  ['of zero', pack(claim({ statements: [statement({ figure: figure({ of: 0 }) })] }))],
  ['counts not kebab-case', pack(claim({ statements: [statement({ figure: figure({ counts: 'Troops Deployed' }) })] }))],
  ['a date in words', pack(claim({ statements: [statement({ asOf: 'January 2025' })] }))],
  ['month 13', pack(claim({ statements: [statement({ published: '2025-13-01' })] }))],
  ['an id that is not kebab-case', pack(claim({ id: 'Drones Poland' }))],
  ['an unknown topic', pack(claim({ topics: ['china'] }))],
  ['a topic twice', pack(claim({ topics: ['russia', 'russia'] }))],
  ['key terms in capitals', pack(claim({ keyTerms: [['Drones']] }))],
  ['an empty key-term group', pack(claim({ keyTerms: [[]] }))],
  ['origin "mine"', pack(claim({ origin: 'mine' }))],
  ['a flag without selector', { claims: [], flags: [flag({ selector: undefined })] }],
  ['a flag with a bad verdict', { claims: [], flags: [flag({ verdict: 'maybe' })] }],
  ['a __proto__ key', JSON.parse('{"claims": [], "__proto__": {"x": 1}}')],
  ['a constructor key in a claim', pack({ ...claim(), constructor: { prototype: {} } })],
];

describe('docs/claim-pack.schema.json and the importer agree', () => {
  it.each(valid)('accept: %s', (_name, data) => {
    expect(schemaAccepts(data), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(validatePack(data, { imported: true })).toMatchObject({ ok: true });
  });

  it.each(invalid)('refuse: %s', (_name, data) => {
    expect(schemaAccepts(data)).toBe(false);
    const r = validatePack(data, { imported: true });
    expect(r.ok).toBe(false);
  });
});

describe('docs/claim-packs.md', () => {
  const doc = readFileSync(path.join(root, 'docs/claim-packs.md'), 'utf8');
  const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));

  it('has examples that the schema, the validator and the importer all take', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const db = new ClaimDB(`doc-${crypto.randomUUID()}`);
    for (const example of examples) {
      expect(schemaAccepts(example), JSON.stringify(schemaAccepts.errors)).toBe(true);
      expect(validatePack(example, { imported: true })).toMatchObject({ ok: true });
      expect(await importPack(JSON.stringify(example), db)).toMatchObject({ ok: true, added: { claims: example.claims.length } });
    }
    db.close();
    await db.delete();
  });

  it('names the limits the importer applies', async () => {
    const { LIMITS } = await import('../data/schema');
    expect(doc).toContain(`${LIMITS.claims.toLocaleString('en')} claims`);
    expect(doc).toContain(`${LIMITS.importBytes / 1024 / 1024} MB`);
    expect(schema.properties.claims.maxItems).toBe(LIMITS.claims);
  });
});
