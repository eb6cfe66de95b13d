// A CI-sized sweep of real pages (../shared/corpus/pages, read in place): the extension causes
// no page error, leaves document.body.innerText unchanged, and highlights nothing on pages
// that do not mention the topics at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, corpusIndex, outputDir } from '../e2e/harness.mjs';
import { runSweep } from '../../scripts/sweep.mjs';

/** The 5 largest pages, 10 with no topic words at all, the 10 with the most. */
function subset() {
  const index = corpusIndex();
  const pick = new Map();
  const add = (rows) => rows.forEach((r) => pick.set(r.file, r));
  add([...index].sort((x, y) => y.bytes - x.bytes).slice(0, 5));
  add(index.filter((r) => r.topic_total === 0 && !pick.has(r.file)).sort((x, y) => x.file.localeCompare(y.file)).slice(0, 10));
  add(index.filter((r) => !pick.has(r.file)).sort((x, y) => y.topic_total - x.topic_total).slice(0, 10));
  return [...pick.values()];
}

test('corpus subset: no page errors from the extension, same page text, no highlights off-topic', { timeout: 240_000 }, async (t) => {
  assert.ok(existsSync(path.join(CORPUS, 'INDEX.tsv')), `corpus not found at ${CORPUS} (expected ../shared beside the repo)`);
  const rows = subset();
  const results = await runSweep(CORPUS, rows.map((r) => r.file), { concurrency: 2 });
  writeFileSync(path.join(outputDir(), 'corpus-sweep.json'), JSON.stringify(results, null, 2));
  const topics = new Map(rows.map((r) => [r.file, r.topic_total]));
  for (const r of results) t.diagnostic(`${r.ok ? 'ok  ' : 'FAIL'} ${String(r.marks).padStart(3)} marks, topic words ${topics.get(r.file)}  ${r.file}${r.reasons.map((x) => `\n      ${x}`).join('')}`);
  assert.equal(results.length, rows.length);
  assert.deepEqual(results.filter((r) => !r.ok).map((r) => `${r.file}: ${r.reasons.join('; ')}`), []);
  assert.deepEqual(results.filter((r) => topics.get(r.file) === 0 && r.marks > 0).map((r) => `${r.file}: ${r.marks} highlights`), []);
  assert.ok(results.filter((r) => r.marks > 0).length >= 3, 'hardly any highlights on the pages about the topics');
});
