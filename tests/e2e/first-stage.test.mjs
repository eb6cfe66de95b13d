// The first stage on pages that are not topical at first sight: a page that adds a claim later,
// and a long page whose claim sits far below its first 2,500 elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { useSeedSessions, waitForMarks, settle, readMarks, extensionErrors } from './harness.mjs';

const env = useSeedSessions({ fixtures: true });
const CLAIM = 'Ukrainian military intelligence says about 200 North Korean soldiers have been killed in the fighting in Kursk.';

test('an off-topic page that adds a claim later gets its highlight', async () => {
  const page = await env.s.openPage('fixtures/plain.html');
  assert.equal((await settle(page)).length, 0);
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('article').append(p);
  }, CLAIM);
  await waitForMarks(page, 1);
  const marks = await readMarks(page);
  assert.ok(marks.some((m) => CLAIM.includes(m.text)), `no highlight of the added claim: ${JSON.stringify(marks)}`);
  await page.close();
});

test('a long page is read as the reader scrolls: a claim past the first 2,500 elements is highlighted once near', async () => {
  const filler = Array.from({ length: 3000 }, (_, i) => `<p>Step ${i}: stir the soup and taste it.</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long recipe</title></head><body><main><article>${filler}<p id="claim">${CLAIM}</p></article></main></body></html>`;
  writeFileSync(path.join(env.seeds.dir, 'long-recipe.html'), html);
  const page = await env.s.openPage('long-recipe.html');
  assert.equal((await settle(page)).length, 0, 'the claim far below is not read before the reader gets near it');
  await page.locator('#claim').scrollIntoViewIfNeeded();
  await waitForMarks(page, 1);
  const marks = await readMarks(page);
  assert.ok(marks.some((m) => CLAIM.includes(m.text)), `no highlight of the claim: ${JSON.stringify(marks)}`);
  assert.deepEqual(extensionErrors(env.s.errors), []);
  await page.close();
});
