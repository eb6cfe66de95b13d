// Accessibility, in Chromium and Firefox: axe-core finds no serious or critical problem in the
// popup, every section of the dashboard, a page with highlights and an open tooltip (its shadow
// root included); every control of the popup and the dashboard is reached with Tab and shows
// where the focus is; under prefers-reduced-motion nothing moves; at 200% zoom no control is cut
// off. Chromium only (Firefox cannot emulate it over BiDi): with forced colours the verdicts
// still look different from each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, waitForMarks, settle, useSeedSessions, hoverMark, tooltipDialog, axeViolations, IS_FIREFOX } from './harness.mjs';

const env = useSeedSessions({ fixtures: true });

/** The popup for an annotated page (differs.html: several claims, flag buttons). */
async function popupForDiffers() {
  const page = await env.s.openPage('differs.html');
  await waitForMarks(page, 1);
  await settle(page);
  const popup = await env.s.openPopupFor(page);
  await popup.bringToFront();
  await popup.getByRole('button', { name: /^Go to claim: / }).first().waitFor({ timeout: 5000 });
  return { page, popup };
}

/** The dashboard, loaded. */
async function dashboard() {
  const dash = await env.s.openDashboard();
  await dash.bringToFront();
  await dash.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 5000 });
  await dash.waitForFunction(() => !/Loading/.test(document.body.innerText), null, { timeout: 10000 });
  return dash;
}

/**
 * The dashboard's sections: its tabs (role=tab) or in-page links in its navigation. Opens each
 * in turn (with the keyboard: focus, Enter) and calls fn(name) with it shown.
 */
async function eachSection(dash, fn) {
  const names = await dash.evaluate(() => {
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const links = [...document.querySelectorAll('nav a[href^="#"]')];
    return (tabs.length ? tabs : links).map((el) => el.textContent.trim()).filter(Boolean);
  });
  assert.ok(names.length >= 2, `the dashboard shows ${names.length} sections`);
  for (const name of names) {
    const tab = dash.getByRole('tab', { name, exact: true });
    await ((await tab.count()) ? tab.first() : dash.getByRole('link', { name, exact: true }).first()).focus();
    await dash.keyboard.press('Enter');
    await dash.waitForTimeout(150);
    await fn(name);
  }
}

test('axe: the popup has no serious or critical violations', async () => {
  const { page, popup } = await popupForDiffers();
  assert.deepEqual([...(await axeViolations(popup))], []);
  // With the flag form open too.
  await popup.getByRole('button', { name: 'Flag…' }).first().click();
  await popup.getByRole('button', { name: 'Save flag' }).waitFor({ timeout: 3000 });
  assert.deepEqual([...(await axeViolations(popup))], []);
  await Promise.all([popup.close(), page.close()]);
});

test('axe: every section of the dashboard has no serious or critical violations', async () => {
  const dash = await dashboard();
  const problems = [];
  await eachSection(dash, async (name) => problems.push(...(await axeViolations(dash)).map((v) => `${name}: ${v}`)));
  assert.deepEqual([...new Set(problems)], []);
  await dash.close();
});

test('axe: the highlights on an article and an open tooltip (shadow root included)', async () => {
  const page = await env.s.openPage('000_43f53078eb556458.html');
  await waitForMarks(page, 1);
  await settle(page);
  assert.deepEqual([...(await axeViolations(page, { include: ['claimlens-mark'] }))], [], 'highlights');
  await hoverMark(page, /Pentagon/);
  const tip = await axeViolations(page, { include: ['claimlens-tooltip'] });
  assert.ok(tip.inShadow, "axe did not look inside the tooltip's shadow root");
  assert.deepEqual([...tip], [], 'tooltip');
  // And the tooltip opened from the keyboard, with focus inside it.
  await page.keyboard.press('Escape');
  await tooltipDialog(page).waitFor({ state: 'hidden', timeout: 2000 });
  await page.mouse.move(1, 1);
  let onMark = false;
  for (let i = 0; i < 40 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.activeElement?.localName === 'claimlens-mark');
  }
  assert.ok(onMark, 'Tab never reached a highlight');
  await tooltipDialog(page).waitFor({ timeout: 3000 });
  assert.deepEqual([...(await axeViolations(page, { include: ['claimlens-tooltip'] }))], [], 'tooltip opened by keyboard');
  await page.close();
});

/**
 * Presses Tab until the focus has gone round once; returns every control that should be
 * reachable and, per control, whether Tab reached it and whether its focus was visible.
 */
async function tabWalk(page) {
  const controls = await page.evaluate(() => {
    // Folded parts count too: open them, as a reader would.
    document.querySelectorAll('details:not([open])').forEach((d) => (d.open = true));
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[hidden], [inert]');
    };
    const els = [...document.querySelectorAll(sel)].filter((el) => !el.disabled && el.tabIndex >= 0 && visible(el));
    // Only the checked (or first) radio of a group is a Tab stop.
    const radios = new Set();
    const stops = els.filter((el) => {
      if (el.type !== 'radio' || !el.name) return true;
      if (radios.has(el.name)) return false;
      radios.add(el.name);
      return true;
    });
    stops.forEach((el, i) => el.setAttribute('data-kbd-walk', String(i)));
    return stops.map((el) => `${el.localName}${el.type ? `[${el.type}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? el.value ?? '').trim().slice(0, 50)}"`);
  });
  // Start from the top of the page: focus a temporary non-Tab-stop at the start of <body>.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'kbd-walk-start';
    document.body.prepend(start);
    start.focus();
  });
  const reached = new Map();
  let outside = 0;
  for (let i = 0; i < controls.length * 2 + 10 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const id = el?.getAttribute?.('data-kbd-walk');
      // Other stops (a scrollable list in Firefox) are fine; body or no focus means outside.
      if (id == null) return !document.hasFocus() || !el || el === document.body ? null : { other: true };
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      return { id: Number(id), focusVisible: el.matches(':focus-visible'), shown: outline || shadow };
    });
    // Focus left the page (browser UI) after the last control: that is once round.
    if (!at) {
      if (reached.size) break;
      if (++outside > 3) break;
      continue;
    }
    if (at.other) continue;
    if (reached.has(at.id) && reached.size) {
      if (at.id === [...reached.keys()][0]) break;
      continue;
    }
    reached.set(at.id, at);
  }
  await page.evaluate(() => document.getElementById('kbd-walk-start')?.remove());
  return controls.map((name, i) => ({ name, reached: reached.has(i), focusVisible: reached.get(i)?.focusVisible, shown: reached.get(i)?.shown }));
}

function walkProblems(where, walk) {
  return walk.flatMap((c) =>
    !c.reached ? [`${where}: Tab never reaches ${c.name}`]
    : !c.focusVisible ? [`${where}: ${c.name} has focus but not :focus-visible`]
    : !c.shown ? [`${where}: ${c.name} shows no outline or ring when focused`]
    : []);
}

test('keyboard: Tab reaches every control of the popup, each with a visible focus', async () => {
  const { page, popup } = await popupForDiffers();
  const walk = await tabWalk(popup);
  assert.ok(walk.length >= 5, `only ${walk.length} controls in the popup`);
  assert.deepEqual(walkProblems('popup', walk), []);
  await Promise.all([popup.close(), page.close()]);
});

test('keyboard: Tab reaches every control of every dashboard section, each with a visible focus', async () => {
  const dash = await dashboard();
  const problems = [];
  let total = 0;
  await eachSection(dash, async (name) => {
    const walk = await tabWalk(dash);
    total += walk.length;
    problems.push(...walkProblems(name, walk));
  });
  assert.ok(total >= 5, `only ${total} controls in the dashboard`);
  assert.deepEqual([...new Set(problems)], []);
  await dash.close();
});

/** Per verdict: how its highlight looks, leaving colours out (forced colours replace them). */
const markLooks = (page) =>
  page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('claimlens-mark[data-verdict]')) {
      if (out[el.dataset.verdict]) continue;
      const cs = getComputedStyle(el);
      const before = getComputedStyle(el, '::before').content;
      const after = el.hasAttribute('data-flagged') ? 'none' : getComputedStyle(el, '::after').content;
      const line = cs.textDecorationLine === 'none' ? 'none' : `${cs.textDecorationLine} ${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
      const border = cs.borderBottomStyle === 'none' ? 'none' : `${cs.borderBottomStyle} ${cs.borderBottomWidth}`;
      const sign = [before, after].filter((c) => c && c !== 'none' && c !== 'normal').join(' ');
      const marked = line !== 'none' || border !== 'none' || sign !== '' || (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0);
      out[el.dataset.verdict] = { marked, looks: `line: ${line}; border: ${border}; sign: ${sign || 'none'}; weight: ${cs.fontWeight}; style: ${cs.fontStyle}` };
    }
    return out;
  });

test('forced colours (Chromium): highlights stay visible and each verdict looks different', { skip: IS_FIREFOX && 'Firefox cannot emulate forced colours over WebDriver BiDi' }, async () => {
  const looks = {};
  for (const file of ['differs.html', 'fixtures/new-claim.html', '000_43f53078eb556458.html']) {
    const page = await env.s.openPage(file);
    await page.emulateMedia({ forcedColors: 'active' });
    await waitForMarks(page, 1);
    await settle(page);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    await page.mouse.move(1, 1); // no paragraph under the pointer
    for (const [verdict, l] of Object.entries(await markLooks(page))) looks[verdict] ??= l;
    await page.close();
  }
  const marked = Object.entries(looks).filter(([, l]) => l.marked);
  assert.ok(marked.length >= 2, `verdicts marked in forced colours: ${JSON.stringify(looks)}`);
  const seen = new Map();
  for (const [verdict, l] of marked) {
    assert.ok(!seen.has(l.looks), `${verdict} and ${seen.get(l.looks)} look the same in forced colours: ${l.looks}`);
    seen.set(l.looks, verdict);
  }
});

/** Elements (open shadow roots included) whose transition or animation takes time. */
const moving = (page, rootSel) =>
  page.evaluate((rootSel) => {
    const roots = rootSel ? [...document.querySelectorAll(rootSel)] : [document.documentElement];
    const all = [];
    const walk = (n) => {
      for (const el of n.children ?? []) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    roots.forEach((r) => {
      all.push(r);
      if (r.shadowRoot) walk(r.shadowRoot);
      walk(r);
    });
    const secs = (v) => Math.max(0, ...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x)) || 0));
    const out = [];
    for (const el of all) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const t = secs(cs.transitionDuration);
        const a = cs.animationName !== 'none' ? secs(cs.animationDuration) : 0;
        if (t > 0 || a > 0) out.push(`${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}${pseudo ?? ''}: transition ${cs.transitionDuration}, animation ${cs.animationName} ${cs.animationDuration}`);
      }
    }
    return [roots.length, out];
  }, rootSel);

test('prefers-reduced-motion: nothing in the tooltip, highlights or popup moves', async (t) => {
  // Firefox cannot emulate media features over BiDi: a profile that prefers reduced motion.
  const s = IS_FIREFOX ? await startSession(env.seeds.dir, { prefs: { 'ui.prefersReducedMotion': 1 } }) : env.s;
  if (IS_FIREFOX) t.after(() => s.close());
  const reduce = (p) => (IS_FIREFOX ? null : p.emulateMedia({ reducedMotion: 'reduce' }));
  const page = await s.openPage('differs.html');
  await reduce(page);
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await hoverMark(page, /13,000/);
  const [tips, inTip] = await moving(page, 'claimlens-tooltip');
  assert.ok(tips > 0);
  const [, inMarks] = await moving(page, 'claimlens-mark');
  const popup = await s.openPopupFor(page);
  await reduce(popup);
  assert.equal(await popup.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await popup.getByRole('button', { name: /^Go to claim: / }).first().waitFor({ timeout: 5000 });
  const [, inPopup] = await moving(popup);
  assert.deepEqual([...inTip, ...inMarks, ...inPopup], []);
  await Promise.all([popup.close(), page.close()]);
});

/** Controls cut off: wider than their box, or outside the viewport sideways; and page scrolling sideways. */
const clipped = (page) =>
  page.evaluate(() => {
    const out = [];
    const w = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > w + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${w} px)`);
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"], [role="tab"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const name = `${el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      // Inline elements (a link in a sentence) have no box of their own to overflow.
      if (getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1) out.push(`${name}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
      if (r.left < -1 || r.right > w + 1) out.push(`${name}: outside the viewport (${Math.round(r.left)}..${Math.round(r.right)} of ${w} px)`);
    }
    return out;
  });

test('200% zoom: no control of the popup or the dashboard is cut off', async () => {
  const { page, popup } = await popupForDiffers();
  // A popup is at most 800 px wide: at 200% that is 400 CSS px; 320 px is the reflow floor.
  await popup.setViewportSize({ width: 320, height: 300 });
  await popup.waitForTimeout(200);
  assert.deepEqual(await clipped(popup), [], 'popup');
  const dash = await dashboard();
  // A 1200 x 900 window at 200%.
  await dash.setViewportSize({ width: 600, height: 450 });
  const problems = [];
  await eachSection(dash, async (name) => problems.push(...(await clipped(dash)).map((p) => `${name}: ${p}`)));
  assert.deepEqual([...new Set(problems)], []);
  await Promise.all([popup.close(), page.close(), dash.close()]);
});
