// Reader flags: flag from the tooltip and from the popup, the flag survives a reload, the
// dashboard lists and filters flags, promotes one into the database and deletes one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForMarks, settle, extensionErrors, useSeedSessions, hoverMark, tooltipDialog as dialog } from './harness.mjs';

const env = useSeedSessions({ fixtures: true });

const NOTE = 'Check the Pentagon figure';

async function flagFromTooltip(page, re, note) {
  const mark = await hoverMark(page, re);
  await dialog(page).getByRole('button', { name: 'Flag…' }).click();
  if (note) await dialog(page).getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await dialog(page).getByRole('button', { name: 'Save flag' }).click();
  await page.waitForFunction((el) => el.hasAttribute('data-flagged'), await mark.elementHandle(), { timeout: 3000 });
  return mark;
}

test('flag from the tooltip; after a reload the highlight is still flagged', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await flagFromTooltip(page, /Pentagon/, NOTE);
  await page.reload();
  await waitForMarks(page, 1);
  const marks = await settle(page);
  const flagged = marks.filter((m) => m.flagged);
  assert.ok(flagged.length >= 1, 'no highlight is flagged after the reload');
  assert.ok(flagged.every((m) => /Pentagon/.test(m.text)), `flagged: ${flagged.map((m) => m.text.slice(0, 40))}`);
  await hoverMark(page, /Pentagon/);
  await dialog(page).getByRole('button', { name: 'Unflag' }).waitFor({ timeout: 2000 });
  await page.close();
});

test('the dashboard lists the flag with its note and filters by site and verdict', async () => {
  const dash = await env.s.openDashboard();
  const flag = dash.getByRole('article').filter({ hasText: NOTE });
  await flag.waitFor({ timeout: 5000 });
  assert.match(await flag.innerText(), /Pentagon/);
  const site = dash.getByLabel('Filter by site');
  const verdict = dash.getByLabel('Filter by verdict');
  assert.ok((await site.locator('option').allInnerTexts()).includes('127.0.0.1'));
  const other = (await verdict.locator('option').allInnerTexts()).find((t, i) => i > 0 && !/agree/i.test(t));
  await verdict.selectOption({ label: other }); // a verdict other than the flag's `agrees`
  await flag.waitFor({ state: 'detached', timeout: 2000 });
  await verdict.selectOption({ index: 0 });
  await site.selectOption('127.0.0.1');
  await flag.waitFor({ timeout: 2000 });
  await dash.close();
});

test('promote a new claim in the dashboard; a similar sentence then matches the reader record', async () => {
  const page = await env.s.openPage('fixtures/new-claim.html');
  const mark = await flagFromTooltip(page, /200 North Korean/, '');
  assert.equal(await mark.getAttribute('data-verdict'), 'new');
  const dash = await env.s.openDashboard();
  const flag = dash.getByRole('article').filter({ hasText: '200 North Korean' });
  await flag.getByRole('button', { name: 'Promote to database' }).click();
  await flag.getByRole('button', { name: 'Promote to database' }).waitFor({ state: 'detached', timeout: 5000 });
  const flags = await env.s.message('flags/list', {});
  const promoted = flags.find((f) => /200 North Korean/.test(f.sentence));
  assert.ok(promoted?.promotedTo, 'the flag does not name the record it was promoted to');
  const record = (await env.s.message('claims/list')).find((r) => r.id === promoted.promotedTo);
  assert.equal(record?.origin, 'reader');
  const similar = await env.s.openPage('fixtures/similar-claim.html');
  const marks = await waitForMarks(similar, 1);
  const hit = marks.find((m) => /200 North Korean/.test(m.text));
  assert.ok(hit, 'the similar sentence is not highlighted');
  assert.equal(hit.claimId, promoted.promotedTo);
  assert.equal(hit.verdict, 'agrees');
  await Promise.all([page.close(), dash.close(), similar.close()]);
});

test('"Delete flag" in the dashboard unflags the highlight', async () => {
  const dash = await env.s.openDashboard();
  const flag = dash.getByRole('article').filter({ hasText: NOTE });
  await flag.getByRole('button', { name: 'Delete flag' }).click();
  await flag.waitFor({ state: 'detached', timeout: 3000 });
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await waitForMarks(page, 1);
  const marks = await settle(page);
  assert.deepEqual(marks.filter((m) => m.flagged).map((m) => m.text), []);
  await Promise.all([page.close(), dash.close()]);
});

test('flag and unflag from the popup', async () => {
  const page = await env.s.openPage('differs.html');
  await waitForMarks(page, 1);
  await settle(page);
  const popup = await env.s.openPopupFor(page);
  const row = popup.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^Go to claim: .*13,000/ }) });
  await row.getByRole('button', { name: 'Flag…' }).click();
  await popup.getByRole('button', { name: 'Save flag' }).click();
  const mark = page.locator('claimlens-mark', { hasText: /13,000/ }).first();
  await page.waitForFunction((el) => el.hasAttribute('data-flagged'), await mark.elementHandle(), { timeout: 3000 });
  await row.getByRole('button', { name: 'Unflag' }).click();
  await page.waitForFunction((el) => !el.hasAttribute('data-flagged'), await mark.elementHandle(), { timeout: 3000 });
  await Promise.all([popup.close(), page.close()]);
});

test("no errors from the extension's own code", () => {
  const errors = extensionErrors([env.s].flatMap((x) => x.errors));
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
