// The extension reloaded (updated, switched off) under an open page: highlights and the tooltip
// go, the page's text and markup are back as they were, and nothing reaches the page console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForMarks, settle, useSeedSessions, tooltipDialog } from './harness.mjs';

const env = useSeedSessions({ plain: true });

async function bodyOf(session, file) {
  const page = await session.openPage(file);
  const body = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));
  await page.close();
  return body;
}

test('reloading the extension under an open page removes every highlight and the tooltip', async () => {
  const untouched = await bodyOf(env.plain, 'differs.html');
  const page = await env.s.openPage('differs.html');
  const messages = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(String(e)));
  await waitForMarks(page, 1);
  await settle(page);
  await page.locator('claimlens-mark').first().hover();
  await tooltipDialog(page).waitFor({ timeout: 3000 });

  await env.s.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('claimlens-mark, claimlens-tooltip'), null, { timeout: 8000 });

  const now = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));
  assert.equal(now.text, untouched.text);
  assert.equal(now.html, untouched.html, 'the page markup is back as it was without ClaimLens');
  assert.deepEqual(messages, []);
  await page.close();
});
