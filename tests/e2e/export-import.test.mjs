// Export in one profile, import in a fresh one: the same claims (and flags). A malformed pack
// shows an alert and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSession, waitForMarks, FIXTURES, extensionErrors } from './harness.mjs';

let a;
let b;
let tmp;
before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'claimlens-export-'));
  a = await startSession({ '/fixtures/': FIXTURES });
  b = await startSession({ '/fixtures/': FIXTURES });
});
after(async () => {
  await a?.close();
  await b?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const byId = (list) => [...list].sort((x, y) => x.id.localeCompare(y.id));
const flagFacts = (flags) => flags.map((f) => `${f.url}|${f.sentence}|${f.note}|${f.verdict}`).sort();

async function download(dash, name) {
  const [file] = await Promise.all([dash.waitForEvent('download', { timeout: 5000 }), dash.getByRole('button', { name }).click()]);
  const to = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  await file.saveAs(to);
  return to;
}

let exported;

test('export claims JSON (with a reader record and a flag), Web Annotations and ClaimReview', async () => {
  // A reader record and a flag in profile A, made through the pages a reader uses.
  const page = await a.openPage('fixtures/new-claim.html');
  const [mark] = await waitForMarks(page, 1);
  const flag = await a.message('flags/add', {
    url: page.url(), title: await page.title(), sentence: mark.text, figure: null, verdict: mark.verdict, note: 'export me',
    selector: { type: 'TextQuoteSelector', exact: mark.text, prefix: '', suffix: '' },
  });
  await a.message('flags/promote', { id: flag.id });
  const dash = await a.openDashboard();
  exported = await download(dash, 'Export claims JSON');
  const pack = JSON.parse(readFileSync(exported, 'utf8'));
  const claims = pack.claims ?? pack;
  assert.ok(claims.some((c) => c.origin === 'reader'), 'the export has no reader-added record');
  // The bundled records may be left out (every profile has them); reader records may not.
  const readerIds = (await a.message('claims/list')).filter((c) => c.origin === 'reader').map((c) => c.id);
  assert.deepEqual(readerIds.filter((id) => !claims.some((c) => c.id === id)), []);
  const annotations = readFileSync(await download(dash, 'Export Web Annotations'), 'utf8');
  assert.match(annotations, /TextQuoteSelector/);
  assert.doesNotThrow(() => JSON.parse(annotations));
  const review = readFileSync(await download(dash, 'Export ClaimReview'), 'utf8');
  assert.match(review, /ClaimReview/);
  assert.doesNotThrow(() => JSON.parse(review));
  await Promise.all([page.close(), dash.close()]);
});

test('import the export in a fresh profile: same data', async () => {
  assert.ok(exported, 'needs the export from the previous test');
  const dash = await b.openDashboard();
  await dash.getByLabel('Import claim pack').setInputFiles(exported);
  await dash.getByRole('status').filter({ hasText: /Imported|import/i }).waitFor({ timeout: 5000 });
  const [ca, cb] = await Promise.all([a.message('claims/list'), b.message('claims/list')]);
  // The same records; in B the imported ones say which pack brought them (a local id).
  const withoutPack = (list) => list.map(({ pack: _p, ...c }) => c);
  assert.deepEqual(withoutPack(byId(cb)), byId(ca));
  assert.ok(cb.filter((c) => c.origin === 'reader').every((c) => c.pack?.startsWith('pack-')), 'imported records carry no pack');
  const packs = await b.message('packs/list');
  assert.deepEqual(packs.map((p) => [p.name, p.count, p.status]), [[path.basename(exported), cb.filter((c) => c.origin === 'reader').length, 'ready']]);
  const pack = JSON.parse(readFileSync(exported, 'utf8'));
  if (Array.isArray(pack.flags)) {
    assert.deepEqual(flagFacts(await b.message('flags/list', {})), flagFacts(await a.message('flags/list', {})));
  }
  await dash.close();
});

test('a malformed pack shows an alert and leaves the database unchanged', async () => {
  const dash = await b.openDashboard();
  const before = [await b.message('claims/list'), await b.message('flags/list', {})];
  const bad = {
    'not-json.json': '{ "version": 1, "claims": [',
    'bad-record.json': JSON.stringify({ version: 1, claims: [{ id: 'Not A Valid Id', statements: 'none' }] }),
  };
  for (const [name, text] of Object.entries(bad)) {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    await dash.getByLabel('Import claim pack').setInputFiles(file);
    await dash.getByRole('alert').first().waitFor({ timeout: 5000 });
    assert.deepEqual([await b.message('claims/list'), await b.message('flags/list', {})], before, `${name} changed the database`);
    await dash.reload();
  }
  await dash.close();
});

test("no errors from the extension's own code", () => {
  const errors = extensionErrors([a, b].flatMap((x) => x.errors));
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
