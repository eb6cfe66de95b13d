// The popup for an article tab: counts by verdict, one "Go to claim" button per claim that
// focuses the highlight, its states, and the site and pause switches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForMarks, settle, readMarks, norm, extensionErrors, useSeedSessions } from './harness.mjs';

const env = useSeedSessions({ fixtures: true });

const WORDS = { agrees: 'agree', differs: 'differ', new: '(?:new|not in the database)' };
const claimsOf = (marks) => new Set(marks.map((m) => `${m.verdict}|${m.block}|${m.claimId}|${m.text}`));

test('counts by verdict and one "Go to claim" per claim; Go focuses the highlight', async () => {
  const page = await env.s.openPage('differs.html');
  await waitForMarks(page, 1);
  const marks = await settle(page);
  const popup = await env.s.openPopupFor(page);
  const go = popup.getByRole('button', { name: /^Go to claim: / });
  await go.first().waitFor({ timeout: 5000 });
  assert.equal(await go.count(), claimsOf(marks).size);
  const text = await popup.locator('body').innerText();
  for (const [verdict, word] of Object.entries(WORDS)) {
    const n = marks.filter((m) => m.verdict === verdict).length;
    assert.match(text, new RegExp(`\\b${n}\\s+[^\\n]{0,20}${word}`, 'i'), `count of ${verdict}`);
  }
  const last = go.last();
  const quote = ((await last.getAttribute('aria-label')) ?? (await last.innerText())).replace(/^Go to claim: /, '').replace(/…$/, '');
  await last.click();
  await page.bringToFront();
  const active = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el?.getBoundingClientRect();
    return el?.tagName === 'CLAIMLENS-MARK' ? { text: el.textContent, inView: r.bottom > 0 && r.top < innerHeight } : null;
  });
  assert.ok(active, 'no highlight has focus after "Go to claim"');
  assert.ok(norm(active.text).startsWith(norm(quote)) || norm(quote).startsWith(norm(active.text)), `focused "${active.text}", wanted "${quote}"`);
  assert.ok(active.inView, 'the focused highlight is not scrolled into view');
  if (!popup.isClosed()) await popup.close();
  await page.close();
});

test('states: no claims on an off-topic page, and on pages it cannot run on', async () => {
  const plain = await env.s.openPage('fixtures/plain.html');
  await settle(plain);
  const p1 = await env.s.openPopupFor(plain);
  await p1.getByText('No claims found on this page.').waitFor({ timeout: 5000 });
  await p1.close();
  const blank = await env.s.context.newPage();
  await blank.goto('about:blank');
  const p2 = await env.s.openPopupFor(blank);
  await p2.getByText('No claims found on this page.').waitFor({ timeout: 5000 });
  await p2.getByText('a page that was open before ClaimLens was installed needs a reload', { exact: false }).waitFor({ timeout: 5000 });
  await Promise.all([p2.close(), blank.close(), plain.close()]);
});

test('"Annotate this site" and "Pause ClaimLens everywhere" remove and restore highlights', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await waitForMarks(page, 1);
  const n = (await settle(page)).length;
  const text = await page.evaluate(() => document.body.innerText);
  const popup = await env.s.openPopupFor(page);
  const count = () => page.locator('claimlens-mark').count();
  const waitCount = (want) => page.waitForFunction((want) => (want ? document.querySelectorAll('claimlens-mark').length >= want : !document.querySelector('claimlens-mark')), want, { timeout: 5000 });
  for (const name of ['Annotate this site', 'Pause ClaimLens everywhere']) {
    const box = popup.getByRole('checkbox', { name });
    await box.waitFor({ timeout: 5000 });
    await (name.startsWith('Pause') ? box.check() : box.uncheck());
    await waitCount(0).catch(() => {});
    assert.equal(await count(), 0, `highlights left after "${name}"`);
    assert.equal(await page.evaluate(() => document.body.innerText), text);
    await (name.startsWith('Pause') ? box.uncheck() : box.check());
    await waitCount(n).catch(() => {});
    assert.equal((await readMarks(page)).length, n, `highlights not back after "${name}" again`);
  }
  await Promise.all([popup.close(), page.close()]);
});

test("no errors from the extension's own code", () => {
  const errors = extensionErrors([env.s].flatMap((x) => x.errors));
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
