// Claim packs through the dashboard, as a reader uses them: a hand-written pack and a
// ClaimReview feed are imported with the "Import claim pack" button, open pages are then
// compared against them, and removing a pack takes its claims out of the comparisons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSession, waitForMarks, settle, readMarks, FIXTURES, extensionErrors } from './harness.mjs';

let s;
let tmp;
before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'claimlens-packs-'));
  s = await startSession({ '/fixtures/': FIXTURES });
});
after(async () => {
  await s?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const DRONES = /19 Russian drones/;
const MEMBERS = /40 member states/;

function file(name, data) {
  const to = path.join(tmp, name);
  writeFileSync(to, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return to;
}

async function importFile(dash, to) {
  await dash.getByLabel('Import claim pack').setInputFiles(to);
  const outcome = dash.locator('#packs [role="status"], #packs [role="alert"], main > [role="status"]');
  await outcome.first().waitFor({ timeout: 20000 });
  return (await outcome.first().innerText()).trim();
}

/** The page's highlight for a sentence, once the page has settled. */
async function markFor(page, re) {
  await settle(page);
  return (await readMarks(page)).find((m) => re.test(m.text));
}

test('a hand-written pack imports, and an open page is compared against it', async () => {
  const page = await s.openPage('fixtures/drones.html');
  await waitForMarks(page, 1);
  const before = await markFor(page, DRONES);
  assert.ok(!before?.claimId?.startsWith('pack-'), 'compared with a pack before any was imported');

  const dash = await s.openDashboard();
  const outcome = await importFile(dash, file('drones.json', {
    claims: [{ subject: 'Russian drones over Poland', statements: [{ source: 'https://factcheck.example/drones', quote: 'Poland said 19 Russian drones entered its airspace overnight.' }] }],
  }));
  assert.equal(outcome, 'Imported 1 claim as the pack “drones.json”.');
  const item = dash.locator('#packs li.pack').filter({ hasText: 'drones.json' });
  assert.match((await item.textContent()).replace(/\s+/g, ' '), /^drones\.json 1 record · imported .*Remove pack$/);

  // The open page is told, and judged again at once.
  await page.waitForFunction(() => [...document.querySelectorAll('claimlens-mark')].some((m) => /19 Russian drones/.test(m.textContent) && (m.getAttribute('data-claim-id') || '').startsWith('pack-')), null, { timeout: 10000 });
  const after = await markFor(page, DRONES);
  assert.equal(after.verdict, 'agrees');
  await Promise.all([page.close(), dash.close()]);
});

test('a ClaimReview feed imports, and pages are compared against its reviews', async () => {
  const dash = await s.openDashboard();
  const outcome = await importFile(dash, file('feed.jsonld', {
    '@context': 'https://schema.org',
    '@graph': [{
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/reviews/nato-members',
      claimReviewed: 'NATO has 32 member states.',
      datePublished: '2025-02-03',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A. Blogger' }, appearance: { url: 'https://blog.example/nato' } },
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    }],
  }));
  assert.equal(outcome, 'Imported 1 claim as the pack “feed.jsonld”.');
  const page = await s.openPage('fixtures/drones.html');
  await waitForMarks(page, 1);
  const mark = await markFor(page, MEMBERS);
  assert.ok(mark?.claimId?.startsWith('pack-'), `the NATO sentence is not compared with the review: ${JSON.stringify(mark)}`);
  assert.equal(mark.verdict, 'differs');
  await Promise.all([page.close(), dash.close()]);
});

test('hostile input is refused in an alert and changes nothing', async () => {
  const dash = await s.openDashboard();
  const before = (await s.message('packs/list')).length;
  const outcome = await importFile(dash, file('bad.json', [{ '@type': 'ClaimReview', claimReviewed: '<img src=x onerror=alert(1)>', itemReviewed: { appearance: { url: 'https://x.example/' } } }]));
  assert.match(outcome, /not imported; nothing changed[\s\S]*markup/);
  assert.equal(await dash.locator('#packs img').count(), 0);
  assert.equal((await s.message('packs/list')).length, before);
  await dash.close();
});

test('removing a pack (after asking) takes its claims out of the page comparisons', async () => {
  const dash = await s.openDashboard();
  const item = dash.locator('#packs li.pack').filter({ hasText: 'drones.json' });
  await item.getByRole('button', { name: 'Remove pack', exact: true }).click();
  await item.getByRole('button', { name: 'Remove pack and records' }).click();
  await dash.getByRole('status').filter({ hasText: 'Removed the pack “drones.json” and its 1 record.' }).waitFor({ timeout: 5000 });
  assert.equal(await dash.locator('#packs li.pack').filter({ hasText: 'drones.json' }).count(), 0);

  const page = await s.openPage('fixtures/drones.html');
  await waitForMarks(page, 1);
  const mark = await markFor(page, DRONES);
  assert.ok(!mark?.claimId?.startsWith('pack-'), `still compared with the removed pack: ${JSON.stringify(mark)}`);
  // The other pack stays.
  assert.ok((await markFor(page, MEMBERS))?.claimId?.startsWith('pack-'));
  await Promise.all([page.close(), dash.close()]);
});

test('the dashboard follows changes made elsewhere (a flag saved from a page)', async () => {
  const dash = await s.openDashboard();
  await dash.getByRole('heading', { name: 'Your flags' }).waitFor();
  await s.message('flags/add', {
    url: 'http://127.0.0.1/elsewhere', title: 'Saved elsewhere', sentence: 'Poland said 19 Russian drones entered.', figure: null, verdict: 'new', note: 'from the page',
    selector: { type: 'TextQuoteSelector', exact: 'Poland said 19 Russian drones entered.', prefix: '', suffix: '' },
  });
  await dash.getByRole('article').filter({ hasText: 'from the page' }).waitFor({ timeout: 5000 });
  await dash.close();
});

test('a large pack imports in the background with progress, while pages keep being annotated', async () => {
  const N = 20_000;
  // A made-up village per claim, so each claim has a word of its own.
  const village = (i) => `Zz${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}ov`;
  const claims = Array.from({ length: N }, (_, i) => ({
    subject: `Drone strike report ${i}`,
    statements: [{ source: `https://news.example/strikes/${i}`, quote: `Russia launched ${100 + (i % 900)} drones at the village of ${village(i)}, the air force said.` }],
  }));
  const to = file('large.json', JSON.stringify({ claims }));
  const dash = await s.openDashboard();
  await dash.getByLabel('Import claim pack').setInputFiles(to);
  // Progress is shown while the background works.
  await dash.locator('#packs progress').waitFor({ timeout: 10000 });
  const saving = dash.locator('#packs .progress p').filter({ hasText: /Saving large\.json: [\d,]+ of 20,000 records/ });
  await saving.waitFor({ timeout: 60000 });
  // Meanwhile an open page is still read and marked.
  const page = await s.openPage('fixtures/new-claim.html');
  const marks = await waitForMarks(page, 1, { timeout: 15000 });
  assert.ok(marks.length >= 1);
  assert.ok(await dash.locator('#packs progress').count(), 'the import finished before the page was read; the test proves nothing');
  await dash.getByRole('status').filter({ hasText: `Imported ${N.toLocaleString('en')} claims as the pack “large.json”.` }).waitFor({ timeout: 180000 });
  const packs = await s.message('packs/list');
  assert.deepEqual(packs.filter((p) => p.name === 'large.json').map((p) => [p.count, p.status]), [[N, 'ready']]);
  // A page about one of them is compared with it.
  const claimPage = await s.openPage('fixtures/drones.html');
  await waitForMarks(claimPage, 1);
  await Promise.all([page.close(), claimPage.close(), dash.close()]);
});

test("no errors from the extension's own code", () => {
  const errors = extensionErrors(s.errors);
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
