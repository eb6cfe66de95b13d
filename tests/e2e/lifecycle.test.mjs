// The extension reloaded (updated) or removed under an open page. Chromium: highlights and
// the tooltip go, the page's text and markup are back as they were. Firefox gives the old
// content script no chance to run once its extension is gone, but injects the reloaded version
// into open pages: that one must take over (no stale tooltip, no doubled highlights).
// In both, nothing reaches the page console and the page text never changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, waitForMarks, settle, useSeedSessions, tooltipDialog, hoverMark, IS_FIREFOX } from './harness.mjs';

const env = useSeedSessions({ plain: true });

async function bodyOf(session, file) {
  const page = await session.openPage(file);
  const body = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));
  await page.close();
  return body;
}

/** An annotated page with the tooltip open, and what its console says from now on. */
async function openWithTooltip(s, file) {
  const page = await s.openPage(file);
  const messages = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(String(e)));
  await waitForMarks(page, 1);
  const marks = await settle(page);
  await page.locator('claimlens-mark').first().hover();
  await tooltipDialog(page).waitFor({ timeout: 3000 });
  return { page, messages, marks };
}

const bodyNow = (page) => page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));
const gone = (page) => page.waitForFunction(() => !document.querySelector('claimlens-mark, claimlens-tooltip'), null, { timeout: 8000 });

// In Firefox the old copy's code is gone after a reload and the new copy is injected into the
// open page: its first stage clears what the old one left (<claimlens-mark>, <claimlens-tooltip>).
test('reloading the extension under an open page: the old highlights and tooltip go', async () => {
  const untouched = await bodyOf(env.plain, 'differs.html');
  const { page, messages, marks } = await openWithTooltip(env.s, 'differs.html');
  if (IS_FIREFOX) {
    // Pinned by a click, then the pointer leaves: a tooltip seen after the reload is the old
    // one, not one the new copy opened for a pointer resting on its highlight.
    await page.locator('claimlens-mark').first().click();
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
    await tooltipDialog(page).waitFor({ timeout: 3000 });
  }

  await env.s.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
  if (!IS_FIREFOX) {
    await gone(page);
    const now = await bodyNow(page);
    assert.equal(now.text, untouched.text);
    assert.equal(now.html, untouched.html, 'the page markup is back as it was without ClaimLens');
  } else {
    // Wait for the reloaded version (a fresh extension page answers again), then let it settle.
    await env.s.evalInExtension(() => (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'claims/list' }));
    await page.waitForTimeout(1500);
    const after = await settle(page);
    const state = await page.evaluate(() => ({
      nested: document.querySelectorAll('claimlens-mark claimlens-mark').length,
      tooltips: [...document.querySelectorAll('claimlens-tooltip')].filter((t) => t.shadowRoot?.querySelector('[role="dialog"]')?.checkVisibility?.()).length,
    }));
    const problems = [];
    if (state.tooltips) problems.push("the old version's tooltip is still open");
    if (state.nested) problems.push(`${state.nested} highlights inside highlights`);
    if (after.length !== marks.length) problems.push(`${after.length} highlights after the reload, ${marks.length} before`);
    if ((await bodyNow(page)).text !== untouched.text) problems.push('the page text changed');
    // The highlights left on the page are live: hovering one opens a tooltip.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await hoverMark(page, /800,000/).catch((e) => problems.push(`no tooltip on hover: ${e.message.split('\n')[0]}`));
    assert.deepEqual(problems, []);
  }
  assert.deepEqual(messages, []);
  await page.close();
});

test('removing the extension under an open page leaves the page text as it was', async (t) => {
  const untouched = await bodyOf(env.plain, 'differs.html');
  // A session of its own: the previous test reloaded the extension of env.s.
  const s = await startSession(env.seeds.dir);
  t.after(() => s.close());
  const { page, messages } = await openWithTooltip(s, 'differs.html');
  // uninstallSelf needs no permission and asks nothing by default.
  await s.evalInExtension(() => void (globalThis.browser?.management ? browser : chrome).management.uninstallSelf()).catch(() => {});
  if (!IS_FIREFOX) {
    await gone(page);
    assert.equal((await bodyNow(page)).html, untouched.html, 'the page markup is back as it was without ClaimLens');
  } else {
    // Firefox stops a removed extension's content script at once: its highlights stay as inert
    // wrappers around the same text. Wait for the removal to be done, then check the text.
    await page.waitForTimeout(1500);
  }
  assert.equal((await bodyNow(page)).text, untouched.text);
  assert.deepEqual(messages, []);
  await page.close();
});
