// The tooltip: opens on hover and on keyboard focus, says the verdict in words and shows the
// compared figures, closes on Escape and "Close", shows hostile page text as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { waitForMarks, settle, outputDir, extensionErrors, useSeedSessions, hoverMark, tooltipDialog as dialog, IS_FIREFOX } from './harness.mjs';

const env = useSeedSessions({ fixtures: true });

const VERDICT_WORDS = { agrees: /agree/i, differs: /differ|contradict|does not match/i, new: /new|not in the database/i };
/** "10,000" as a page may print it: 10,000 / 10 000 / 10000. */
const number = (n) => new RegExp(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\\s\u00a0\u202f]?'));

test('hover: the tooltip says the verdict in words and shows both figures; Escape closes it', async () => {
  const page = await env.s.openPage('differs.html');
  const mark = await hoverMark(page, /13,000/);
  assert.equal(await mark.getAttribute('data-verdict'), 'differs');
  const tip = dialog(page);
  assert.match((await tip.getAttribute('aria-label')) ?? '', /^ClaimLens/);
  const text = await tip.innerText();
  assert.match(text, VERDICT_WORDS.differs);
  assert.match(text, number(13000), 'the page figure');
  assert.match(text, number(10000), "the database's figure");
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden', timeout: 2000 });
  await page.close();
});

test('keyboard: Tab reaches a highlight, which opens the tooltip; Close closes it', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await waitForMarks(page, 1);
  await settle(page);
  let focused = null;
  for (let i = 0; i < 40 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (el?.tagName !== 'CLAIMLENS-MARK') return null;
      const described = el.getAttribute('aria-describedby');
      return {
        verdict: el.getAttribute('data-verdict'),
        name: el.getAttribute('aria-label') ?? '',
        description: described ? (document.getElementById(described)?.textContent ?? '') : '',
      };
    });
  }
  assert.ok(focused, 'Tab never reached a highlight');
  assert.match(`${focused.name} ${focused.description}`, VERDICT_WORDS[focused.verdict], 'the highlight says its verdict to a screen reader');
  const tip = dialog(page);
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tip.innerText(), VERDICT_WORDS[focused.verdict]);
  await tip.getByRole('button', { name: 'Close' }).click();
  await tip.waitFor({ state: 'hidden', timeout: 2000 });
  await page.close();
});

test('Dismiss hides that highlight for this visit and leaves the text alone', async () => {
  const page = await env.s.openPage('differs.html');
  const text = await page.evaluate(() => document.body.innerText);
  const before = (await settle(page)).length;
  await hoverMark(page, /800,000/);
  await dialog(page).getByRole('button', { name: 'Dismiss' }).click();
  await dialog(page).waitFor({ state: 'hidden', timeout: 2000 });
  assert.equal(await page.locator('claimlens-mark', { hasText: /800,000/ }).count(), 0, 'the dismissed highlight is still there');
  assert.equal(await page.locator('claimlens-mark').count(), before - 1, 'other highlights stay');
  assert.equal(await page.evaluate(() => document.body.innerText), text);
  await page.close();
});

test('hostile page text shows as characters in the tooltip and runs nothing', async () => {
  const page = await env.s.openPage('fixtures/hostile.html');
  const title = await page.title();
  await hoverMark(page, /23 of its 32/);
  const tip = dialog(page);
  const text = await tip.innerText();
  // The page's markup characters show as typed.
  assert.match(text, /<img src=x onerror=/);
  assert.equal(await page.locator('claimlens-tooltip img, claimlens-mark img, claimlens-tooltip script').count(), 0);
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden', timeout: 2000 });
  await hoverMark(page, /10,000/);
  const second = await tip.innerText();
  if (/script/.test(second)) assert.match(second, /<script>window\.__pwned=2/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.title(), title);
  assert.equal(await page.locator('img').count(), 0);
  await page.close();
});

// docs/screenshot.png (a differing claim's tooltip with its chart) comes from reader-view.test.mjs.
test('screenshot of an annotated page with an open tooltip', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await page.setViewportSize({ width: 1100, height: 760 });
  await hoverMark(page, /Pentagon/);
  await page.waitForTimeout(300);
  // The README's picture is Chromium's; Firefox's goes to test-output only.
  const file = path.join(outputDir(), IS_FIREFOX ? 'screenshot-firefox.png' : 'screenshot.png');
  await page.screenshot({ path: file });
  await page.close();
});

test("no errors from the extension's own code", () => {
  const errors = extensionErrors([env.s].flatMap((x) => x.errors));
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
