// The reader's view in Chromium: quiet marks, a tooltip that never covers its claim, hover
// that waits for a resting pointer, a click that pins, and the popup's order, filters, legend
// and confirmations. Screenshots of each state, light and dark, go to test-output/reader-view/;
// docs/screenshot.png is a differing claim's tooltip with its chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSession, makeSeedPages, settle, waitForMarks, outputDir, extensionErrors, tooltipDialog, ROOT, IS_FIREFOX } from './harness.mjs';

const SKIP = IS_FIREFOX && 'drives the mouse and sizes windows through Playwright (Chromium only)';
const WINDOWS = [
  { width: 360, height: 500 },
  { width: 800, height: 600 },
  { width: 1280, height: 650 },
];
/** A copy of seed 000 with two figures changed: the "differing page". */
const CHANGED = 'changed-000.html';

let seeds;
let s;
const shots = () => outputDir('reader-view');

before(async () => {
  if (SKIP) return;
  seeds = makeSeedPages();
  const html = readFileSync(path.join(seeds.dir, '000_43f53078eb556458.html'), 'utf8');
  const changed = html.replace('approximately 10,000 North Korean', 'approximately 13,000 North Korean').replace('23 of the 32', '20 of the 32');
  assert.notEqual(changed, html);
  writeFileSync(path.join(seeds.dir, CHANGED), changed);
  s = await startSession(seeds.dir);
});
after(async () => {
  await s?.close();
  seeds?.cleanup();
});

/** The open tooltip's box, and whether it is drawn for the claim `index`. */
function tipState(page) {
  return page.evaluate(() => {
    const tip = document.querySelector('claimlens-tooltip')?.shadowRoot?.querySelector('.cl-tip');
    if (!tip || !tip.isConnected || getComputedStyle(tip).visibility === 'hidden') return null;
    const r = tip.getBoundingClientRect();
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, side: tip.dataset.side ?? '' };
  });
}

/**
 * Opens the tooltip of claim `index` by keyboard focus with the claim scrolled to `block`,
 * waits until it stops moving, and measures how much of the claim's lines it covers.
 */
async function openAndMeasure(page, index, block) {
  return page.evaluate(
    async ([index, block]) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const marks = [...document.querySelectorAll(`claimlens-mark[data-cl-index="${index}"]`)];
      const first = marks.find((m) => m.getAttribute('tabindex') === '0') ?? marks[0];
      first.scrollIntoView({ block, behavior: 'instant' });
      await frame();
      first.focus({ preventScroll: true });
      let last = '';
      let still = 0;
      const t0 = performance.now();
      let tip = null;
      while (performance.now() - t0 < 2000) {
        await frame();
        tip = document.querySelector('claimlens-tooltip')?.shadowRoot?.querySelector('.cl-tip') ?? null;
        const ok = tip?.isConnected && getComputedStyle(tip).visibility !== 'hidden' && tip.classList.length;
        const now = ok ? JSON.stringify(tip.getBoundingClientRect()) : '';
        if (ok && now === last && ++still >= 3) break;
        if (now !== last) still = 0;
        last = now;
      }
      if (!tip?.isConnected) return { error: 'no tooltip' };
      const t = tip.getBoundingClientRect();
      const lines = marks.flatMap((m) => [...m.getClientRects()]).filter((r) => r.width > 0 && r.height > 0);
      let overlap = 0;
      for (const r of lines) {
        const w = Math.min(t.right, r.right) - Math.max(t.left, r.left);
        const h = Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top);
        if (w > 0.5 && h > 0.5) overlap += w * h;
      }
      const body = tip.querySelector('.body');
      const rows = tip.querySelectorAll('li.figure-line').length;
      const hiddenMore = body && body.scrollHeight > body.clientHeight + 2;
      const moreBelow = !!tip.querySelector('.more-below');
      const buttons = [...tip.querySelectorAll('.foot button')].map((b) => b.getBoundingClientRect());
      const inView = (r) => r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
      return {
        overlap: Math.round(overlap),
        verdict: tip.querySelector('.verdict')?.className.replace('verdict ', ''),
        markVerdict: first.getAttribute('data-verdict'),
        text: first.textContent.slice(0, 60),
        side: tip.dataset.side,
        height: Math.round(t.height),
        tipInView: inView(t),
        buttonsInView: buttons.length > 0 && buttons.every(inView),
        rows,
        // A body that scrolls must say so in words (scrollbars may be hidden).
        scrollSaid: !hiddenMore || moreBelow,
        claimInView: lines.some(inView),
      };
    },
    [index, block],
  );
}

async function claimIndexes(page) {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('claimlens-mark')].map((m) => m.getAttribute('data-cl-index')))]);
}

const PAGES = ['000_43f53078eb556458.html', '001_a97f03ce641537a7.html', '002_9950ee67f3d01385.html', '003_195da53a531a13bd.html', '004_2a477c9cc4b6c32c.html', 'differs.html', CHANGED];

test('every claim on the seed pages and a differing page: its open tooltip covers none of it, at 360, 800 and 1280 wide', { skip: SKIP, timeout: 600_000 }, async () => {
  const problems = [];
  let checked = 0;
  for (const file of PAGES) {
    const page = await s.openPage(file);
    await waitForMarks(page, 1);
    await settle(page);
    const indexes = await claimIndexes(page);
    assert.ok(indexes.length > 0, `no claims on ${file}`);
    for (const size of WINDOWS) {
      await page.setViewportSize(size);
      for (const [n, index] of indexes.entries()) {
        // Claims in turn at the top, in the middle and at the bottom of the window.
        for (const block of [['start', 'center', 'end'][n % 3]]) {
          const m = await openAndMeasure(page, index, block);
          checked++;
          const where = `${file} ${size.width}×${size.height} claim ${index} (${block}) “${m.text}”`;
          if (process.env.DEBUG_READER) console.log(where, JSON.stringify(m));
          if (m.error) problems.push(`${where}: ${m.error}`);
          else {
            if (m.overlap !== 0) problems.push(`${where}: tooltip covers ${m.overlap} px² of its claim (side ${m.side})`);
            if (!m.tipInView) problems.push(`${where}: tooltip not inside the window`);
            if (!m.buttonsInView) problems.push(`${where}: Flag…/Dismiss/Close not in view`);
            if (!m.scrollSaid) problems.push(`${where}: part of the tooltip is scrolled out of sight with nothing saying so`);
            if (m.verdict !== m.markVerdict) problems.push(`${where}: tooltip says ${m.verdict}, highlight is ${m.markVerdict}`);
          }
        }
      }
      await page.keyboard.press('Escape');
    }
    await page.close();
  }
  assert.ok(checked > 150, `only ${checked} tooltips checked`);
  assert.deepEqual(problems, []);
});

test('the flag form is whole in a 360×500 window', { skip: SKIP }, async () => {
  const page = await s.openPage(CHANGED);
  await page.setViewportSize({ width: 360, height: 500 });
  await settle(page);
  const index = await page.locator('claimlens-mark[data-verdict="differs"]').first().getAttribute('data-cl-index');
  for (const block of ['start', 'center', 'end']) {
    const m = await openAndMeasure(page, index, block);
    assert.equal(m.overlap, 0);
    await tooltipDialog(page).getByRole('button', { name: 'Flag…' }).click();
    const save = tooltipDialog(page).getByRole('button', { name: 'Save flag' });
    await save.waitFor({ state: 'visible' });
    const box = await page.evaluate(() => {
      const tip = document.querySelector('claimlens-tooltip').shadowRoot.querySelector('.cl-tip');
      const all = [...tip.querySelectorAll('.flag-form textarea, .flag-form button')].map((e) => e.getBoundingClientRect());
      const t = tip.getBoundingClientRect();
      return all.every((r) => r.top >= t.top - 0.5 && r.bottom <= t.bottom + 0.5 && r.bottom <= innerHeight && r.top >= 0);
    });
    assert.ok(box, `flag form cut off (${block})`);
    if (block === 'center') await page.screenshot({ path: path.join(shots(), 'flag-form-360.png') });
    await tooltipDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
  }
  await page.close();
});

test('quiet by default: differs and new marked with a sign, agrees only while its paragraph is under the pointer', { skip: SKIP }, async () => {
  const page = await s.openPage(CHANGED);
  await page.setViewportSize({ width: 1100, height: 700 });
  await settle(page);
  await page.mouse.move(5, 5);
  const look = (sel) =>
    page.locator(sel).first().evaluate((el) => {
      const cs = getComputedStyle(el);
      const before = getComputedStyle(el, '::before').content;
      return { line: cs.textDecorationLine, style: cs.textDecorationStyle, sign: before === 'none' || before === 'normal' ? '' : before };
    });
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-claimlens-show')), 'differs new');
  const differs = await look('claimlens-mark[data-verdict="differs"][data-cl-piece="0"]');
  assert.deepEqual([differs.line, differs.style], ['underline', 'wavy']);
  assert.match(differs.sign, /≠/);
  const agrees = await look('claimlens-mark[data-verdict="agrees"]');
  assert.equal(agrees.line, 'none', 'an agreeing claim is not marked by default');
  const marked = await page.evaluate(() =>
    [...document.querySelectorAll('claimlens-mark')].filter((m) => getComputedStyle(m).textDecorationLine !== 'none').length,
  );
  const total = await page.locator('claimlens-mark').count();
  assert.ok(marked < total / 2, `${marked} of ${total} highlights marked: not quiet`);
  await page.screenshot({ path: path.join(shots(), 'page-quiet-light.png') });
  // The pointer on an agreeing claim's paragraph shows it, faintly.
  const agreeMark = page.locator('claimlens-mark[data-verdict="agrees"]').first();
  await agreeMark.scrollIntoViewIfNeeded();
  const box = await agreeMark.boundingBox();
  await page.mouse.move(box.x + 2, box.y - 2 > 0 ? box.y + box.height / 2 : box.y + 2);
  await page.waitForTimeout(50);
  assert.equal((await look('claimlens-mark[data-verdict="agrees"]')).line, 'underline');
  await page.screenshot({ path: path.join(shots(), 'page-paragraph-hover-light.png') });
  await page.keyboard.press('Escape');
  await page.close();
});

test('hover opens only on a resting pointer; a click pins the tooltip', { skip: SKIP }, async () => {
  const page = await s.openPage('differs.html');
  await page.setViewportSize({ width: 1100, height: 700 });
  await settle(page);
  const mark = page.locator('claimlens-mark', { hasText: /13,000/ }).first();
  // The first line of the highlight (its bounding box spans two lines).
  const box = await mark.evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const y = box.y + box.height / 2;
  // Sweep along the line as a reader's pointer does, for well over the rest time.
  await page.mouse.move(box.x - 20, y);
  for (let x = box.x; x < box.x + box.width; x += 12) {
    await page.mouse.move(x, y);
    await page.waitForTimeout(30);
  }
  assert.equal(await tipState(page), null, 'a pointer passing over the text opened the tooltip');
  // Resting opens it.
  await page.mouse.move(box.x + 30, y);
  await tooltipDialog(page).waitFor({ state: 'visible', timeout: 2000 });
  // Moving away closes an unpinned tooltip.
  await page.mouse.move(5, 690);
  await tooltipDialog(page).waitFor({ state: 'hidden', timeout: 2000 });
  // A click opens at once and pins: moving away leaves it open.
  await mark.click();
  await tooltipDialog(page).waitFor({ state: 'visible', timeout: 1000 });
  await page.mouse.move(5, 690);
  await page.waitForTimeout(700);
  assert.notEqual(await tipState(page), null, 'the pinned tooltip closed when the pointer left');
  await page.keyboard.press('Escape');
  await tooltipDialog(page).waitFor({ state: 'hidden', timeout: 2000 });
  await page.close();
});

test('screenshots of each tooltip kind, light and dark; docs/screenshot.png is a differing claim with its chart', { skip: SKIP }, async () => {
  const page = await s.openPage(CHANGED);
  await settle(page);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of [{ width: 1100, height: 700 }, { width: 360, height: 640 }]) {
      await page.setViewportSize(size);
      for (const verdict of ['differs', 'agrees', 'new']) {
        const index = await page.locator(`claimlens-mark[data-verdict="${verdict}"]`).first().getAttribute('data-cl-index');
        // The claim in the upper part of the window, as a reader meets it scrolling down.
        const m = await openAndMeasure(page, index, size.width > 400 ? 'start' : 'center');
        assert.equal(m.overlap, 0);
        const text = await tooltipDialog(page).innerText();
        assert.doesNotMatch(text, /verified|no figure/i);
        if (verdict === 'differs') {
          assert.equal(await tooltipDialog(page).locator('svg[role="img"]').count(), 1, 'a differing figure comes with its chart');
          assert.match(text, /13,000 troops sent/);
          assert.match(text, /about 10,000 troops sent/);
        }
        const file = path.join(shots(), `tooltip-${verdict}-${size.width}-${scheme}.png`);
        await page.screenshot({ path: file });
        await page.keyboard.press('Escape');
      }
    }
  }
  // The README's picture: a reader clicked a differing claim a little way down the page.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1100, height: 720 });
  const mark = page.locator('claimlens-mark[data-verdict="differs"]', { hasText: /13,000/ }).first();
  await mark.evaluate((el) => {
    el.scrollIntoView({ block: 'start', behavior: 'instant' });
    window.scrollBy(0, -130);
  });
  await mark.click({ position: { x: 40, y: 8 } });
  await tooltipDialog(page).waitFor({ state: 'visible' });
  await page.mouse.move(1090, 710);
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => document.querySelector('claimlens-tooltip').shadowRoot.querySelector('.cl-tip').dataset.side);
  assert.equal(m, 'below');
  assert.equal(await tooltipDialog(page).locator('svg[role="img"]').count(), 1);
  const file = path.join(shots(), 'readme-differs-chart.png');
  await page.screenshot({ path: file });
  copyFileSync(file, path.join(ROOT, 'docs/screenshot.png'));
  await page.close();
});

test('popup: differing claims first, count cards filter, six claims in view at 600 px, flag confirmed, legend and database', { skip: SKIP }, async () => {
  const page = await s.openPage(CHANGED);
  await settle(page);
  for (const scheme of ['light', 'dark']) {
    const popup = await s.openPopupFor(page);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('button', { name: /^Go to claim/ }).first().waitFor();
    const rows = popup.locator('li.claim');
    const verdicts = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    assert.deepEqual(verdicts.slice(0, 2), ['differs', 'differs'], `order: ${verdicts.join(' ')}`);
    assert.ok(!verdicts.slice(2).includes('differs'));
    const inView = await rows.evaluateAll((els) => {
      const list = document.querySelector('.claims').getBoundingClientRect();
      return els.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= list.top - 1 && r.bottom <= Math.min(list.bottom, innerHeight) + 1;
      }).length;
    });
    assert.ok(inView >= 6, `only ${inView} claims in view at 600 px`);
    await popup.screenshot({ path: path.join(shots(), `popup-list-${scheme}.png`) });
    if (scheme === 'dark') {
      await popup.close();
      continue;
    }
    // A count card filters the list.
    await popup.getByRole('button', { name: /differ from the database/ }).click();
    assert.equal(await rows.count(), 2);
    await popup.screenshot({ path: path.join(shots(), 'popup-filtered-light.png') });
    await popup.getByRole('button', { name: /differ from the database/ }).click();
    assert.ok((await rows.count()) > 6);
    // Flagging says so.
    await rows.first().getByRole('button', { name: 'Flag…' }).click();
    await popup.getByRole('button', { name: 'Save flag' }).click();
    await popup.getByText(/^Flag saved: “.+”\. It is listed in the dashboard\.$/).waitFor({ timeout: 3000 });
    assert.match(await popup.getByRole('status').innerText(), /Flag saved/);
    await popup.getByText('⚑ Flagged').first().waitFor({ timeout: 3000 });
    await popup.screenshot({ path: path.join(shots(), 'popup-flagged-light.png') });
    // The page marks the flagged claim with a flag sign after it.
    await page.waitForFunction(() => document.querySelector('claimlens-mark[data-flagged]'), null, { timeout: 5000 });
    const flagSign = await page.locator('claimlens-mark[data-flagged][data-cl-piece="0"]').first().evaluate((el) => {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      return getComputedStyle(el, '::after').content;
    });
    assert.match(flagSign, /⚑/);
    await page.screenshot({ path: path.join(shots(), 'page-flagged-light.png') });
    // The legend chooses which verdicts are marked on the page, and the page follows.
    await popup.locator('details.legend summary').click();
    await popup.locator('details.about summary').click();
    assert.match(await popup.locator('details.about').innerText(), /5 news articles from November 2024 reporting/);
    await popup.screenshot({ path: path.join(shots(), 'popup-legend-about-light.png'), fullPage: true });
    await popup.getByRole('checkbox', { name: /Agrees/ }).check();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-claimlens-show')?.includes('agrees'), null, { timeout: 5000 });
    assert.equal(
      await page.locator('claimlens-mark[data-verdict="agrees"]').first().evaluate((el) => getComputedStyle(el).textDecorationLine),
      'underline',
    );
    await popup.getByRole('checkbox', { name: /Agrees/ }).uncheck();
    await page.waitForFunction(() => !document.documentElement.getAttribute('data-claimlens-show')?.includes('agrees'), null, { timeout: 5000 });
    await popup.close();
  }
  await page.close();
});

test("no errors from the extension's own code on these pages", { skip: SKIP }, () => {
  const errors = extensionErrors(s.errors);
  assert.deepEqual(errors.map((e) => `${e.url}: ${e.text.split('\n')[0]}`), []);
});
