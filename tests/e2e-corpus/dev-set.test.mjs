// The dev set (../shared/dev-set) as real pages: recall and precision of highlights against
// labels.json, no highlights in site chrome, a live page and an app-like page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSession, waitForMarks, settle, norm, DEV_SET, outputDir } from '../e2e/harness.mjs';

let dir;
let labels;
let s;
before(async () => {
  if (!existsSync(path.join(DEV_SET, 'make-pages.mjs'))) throw new Error(`dev set not found at ${DEV_SET} (expected ../shared beside the repo)`);
  dir = mkdtempSync(path.join(tmpdir(), 'claimlens-dev-pages-'));
  execFileSync(process.execPath, [path.join(DEV_SET, 'make-pages.mjs'), path.join(DEV_SET, 'sentences.jsonl'), dir], { stdio: 'pipe' });
  labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  s = await startSession(dir);
});
after(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Highlights with where they sit: inside the article body or in site chrome. */
const readPlaced = (page) =>
  page.$$eval('claimlens-mark', (els) =>
    els.map((el) => ({
      text: el.textContent,
      verdict: el.getAttribute('data-verdict'),
      inArticle: !!el.closest('article') && !el.closest('h1, .byline'),
    })),
  );

/** Scores one page: which labelled claims got a highlight, and which highlights are false alarms. */
function score(items, marks) {
  const hits = new Map();
  const falseAlarms = [];
  for (const m of marks) {
    const t = norm(m.text);
    if (!t) continue;
    const item = items.find((it) => norm(it.text).includes(t));
    if (!item || item.expect === 'none') falseAlarms.push(t);
    else (hits.get(item) ?? hits.set(item, []).get(item)).push(m.verdict);
  }
  return { hits, falseAlarms };
}

test('article pages: recall, precision and verdicts against labels.json', async (t) => {
  let claims = 0;
  let found = 0;
  let verdictOk = 0;
  let alarms = 0;
  let chrome = 0;
  const misses = [];
  const wrong = [];
  const falseAlarms = [];
  for (const [file, items] of Object.entries(labels).filter(([f]) => f.startsWith('article-'))) {
    const page = await s.openPage(file);
    const marks = await settle(page, { min: 1500 });
    const placed = await readPlaced(page);
    chrome += placed.filter((m) => !m.inArticle).length;
    const { hits, falseAlarms: fa } = score(items, marks);
    // Marks of one sentence may be split by inline markup: count sentences, not pieces.
    alarms += new Set(fa).size;
    falseAlarms.push(...new Set(fa));
    for (const it of items.filter((i) => i.expect !== 'none')) {
      claims++;
      const verdicts = hits.get(it);
      if (!verdicts) {
        misses.push(`${it.id} ${it.text}`);
        continue;
      }
      found++;
      if (it.expect === 'any' || verdicts.every((v) => it.accept.includes(v))) verdictOk++;
      else wrong.push(`${it.id} got ${[...new Set(verdicts)]} want ${it.accept}: ${it.text}`);
    }
    await page.close();
  }
  const recall = found / claims;
  const precision = found / (found + alarms || 1);
  const verdicts = verdictOk / (found || 1);
  const report = { claims, found, recall, precision, verdictAccuracy: verdicts, falseAlarms, misses, wrongVerdicts: wrong, highlightsInChrome: chrome };
  writeFileSync(path.join(outputDir(), 'dev-set.json'), JSON.stringify(report, null, 2));
  t.diagnostic(`dev set: recall ${recall.toFixed(2)} (${found}/${claims}), precision ${precision.toFixed(2)}, verdicts right ${verdicts.toFixed(2)}, false alarms ${alarms}`);
  for (const line of [...misses.map((m) => `missed: ${m}`), ...wrong.map((w) => `verdict: ${w}`), ...falseAlarms.map((f) => `false alarm: ${f}`)]) t.diagnostic(`  ${line}`);
  assert.equal(chrome, 0, 'highlights in navigation, related links, comments or footer');
  assert.ok(recall >= 0.85, `recall ${recall.toFixed(2)} < 0.85`);
  assert.ok(precision >= 0.85, `precision ${precision.toFixed(2)} < 0.85`);
  assert.ok(verdicts >= 0.75, `verdicts right ${verdicts.toFixed(2)} < 0.75`);
});

test('live-blog.html: paragraphs added after load are annotated within about 2 s', async (t) => {
  const page = await s.openPage('live-blog.html');
  // Paragraphs present before the page adds more (it does so 1.5 s after load).
  const firstCount = await page.evaluate(() => (document.body.dataset.loaded ? -1 : document.querySelectorAll('article p').length));
  assert.ok(firstCount > 0, 'the page added its paragraphs before the test could count them');
  await waitForMarks(page, 1);
  await page.waitForFunction(() => document.body.dataset.loaded === 'late', null, { timeout: 5000 });
  const t0 = Date.now();
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('article p')].slice(n).some((p) => p.querySelector('claimlens-mark')),
    firstCount,
    { timeout: 2500, polling: 50 },
  );
  t.diagnostic(`live blog: late paragraphs annotated ${Date.now() - t0} ms after they were added`);
  const late = labels['live-blog.html'].slice(3);
  const marks = await settle(page);
  for (const it of late) assert.ok(marks.some((m) => norm(it.text).includes(norm(m.text))), `late claim not highlighted: ${it.text}`);
  await page.close();
});

test("app-page.html: the page's own counter keeps ticking and highlights stay", async () => {
  const page = await s.openPage('app-page.html');
  await waitForMarks(page, 1);
  const before = (await settle(page)).length;
  // Keep the highlight elements: rewriting the counter must not make them be redrawn.
  await page.evaluate(() => (window.__marks = [...document.querySelectorAll('claimlens-mark')]));
  const t1 = Number(await page.evaluate(() => document.body.dataset.ticks ?? 0));
  await page.waitForTimeout(2000);
  const t2 = Number(await page.evaluate(() => document.body.dataset.ticks ?? 0));
  assert.ok(t2 - t1 >= 6, `counter ticked ${t2 - t1} times in 2 s (expected about 10)`);
  const shown = Number((await page.locator('#ticker').innerText()).replace(/\D+/g, ''));
  assert.ok(shown >= 1200 + t2, `the counter shows ${shown}`);
  assert.equal(await page.locator('#ticker claimlens-mark').count(), 0);
  const after = await page.locator('claimlens-mark').count();
  assert.ok(after >= before, `highlights went from ${before} to ${after}`);
  assert.equal(await page.evaluate(() => window.__marks.filter((m) => m.isConnected).length), before, 'highlights were redrawn while the counter ticked');
  await page.close();
});
