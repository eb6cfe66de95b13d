#!/usr/bin/env node
// `npm run bench:scale -- N [--visits K]`: generates a realistic claim pack of N records (varied
// actors, subjects, figures and quotes), imports it through the dashboard's file input in the
// built extension in Chromium, and prints the import time and the time from navigation to the
// first highlight of a pack record on a page that repeats that record's sentence: on the first
// visit after the import, and on later visits. Also prints an off-topic page's extension cost
// with the pack in place, to compare with a run without it (`npm run bench:scale -- 0`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession } from '../tests/e2e/harness.mjs';

const ACTORS = [
  'Estonia', 'Latvia', 'Lithuania', 'Poland', 'Finland', 'Sweden', 'Norway', 'Denmark', 'Germany', 'France',
  'the Netherlands', 'Belgium', 'Czechia', 'Slovakia', 'Romania', 'Bulgaria', 'Hungary', 'Italy', 'Spain',
  'Portugal', 'Greece', 'Turkey', 'Canada', 'the United Kingdom', 'the United States', 'Japan', 'South Korea',
  'Moldova', 'Georgia', 'Ukraine', 'Croatia', 'Slovenia', 'Austria', 'Ireland', 'Iceland', 'Albania',
];
const OFFICIALS = [
  'the defence ministry', 'the foreign ministry', 'the prime minister', 'the president', 'military intelligence',
  'the security service', 'the general staff', 'the interior ministry', 'a government spokesperson', 'parliament',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Each template: subject, quote, what the figure counts and its unit; {a} actor, {n} figure, {m} month.
const TEMPLATES = [
  ['{a} expels Russian diplomats', '{a} expelled {n} Russian diplomats accused of spying in {m}.', 'diplomats-expelled', 'diplomats'],
  ['{a} military aid to Ukraine', '{a} pledged {n} million euros in military aid to Ukraine in {m}.', 'aid-pledged', 'million euros'],
  ['{a} detains suspected Russian saboteurs', 'Police in {a} detained {n} people suspected of sabotage on behalf of Russia.', 'people-detained', 'people'],
  ['{a} air defence systems for Kyiv', '{a} delivered {n} air defence launchers to Ukraine, {o} said.', 'launchers-delivered', 'launchers'],
  ['{a} troops on NATO eastern flank', '{a} stationed {n} troops with NATO forces on the eastern flank.', 'troops-stationed', 'troops'],
  ['{a} sanctions on Russian entities', '{a} added {n} Russian companies to its sanctions list in {m}.', 'entities-sanctioned', 'companies'],
  ['Drone incursions into {a}', '{o} recorded {n} Russian drone incursions into the airspace of {a} this year.', 'incursions', 'incursions'],
  ['{a} trains Ukrainian soldiers', '{a} has trained {n} Ukrainian soldiers since the full-scale invasion, {o} said.', 'soldiers-trained', 'soldiers'],
  ['North Korean shells reaching Russia via {a} monitoring', '{o} of {a} estimated that North Korea shipped {n} containers of munitions to Russia.', 'containers-shipped', 'containers'],
  ['{a} cyberattacks attributed to Russia', '{a} said it repelled {n} cyberattacks attributed to Russian military hackers in {m}.', 'cyberattacks', 'cyberattacks'],
  ['{a} defence spending share', '{a} will spend {n} percent of GDP on defence next year, {o} said.', 'gdp-share', 'percent'],
  ['Refugees from Ukraine in {a}', '{a} hosts {n} refugees from Ukraine under temporary protection.', 'refugees-hosted', 'refugees'],
];

/** A deterministic generator, so two runs bench the same pack. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function makePack(n, seed = 7) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const claims = [];
  for (let i = 0; i < n; i++) {
    const [subj, quote, counts, unit] = TEMPLATES[i % TEMPLATES.length];
    const a = pick(ACTORS);
    const o = pick(OFFICIALS);
    const m = pick(MONTHS);
    const value = unit === 'percent' ? Math.round((1 + r() * 3) * 10) / 10 : 2 + Math.floor(r() * 4000);
    const fill = (t) => t.replaceAll('{a}', a).replaceAll('{o}', o).replaceAll('{m}', m).replaceAll('{n}', value.toLocaleString('en-US'));
    const text = fill(quote);
    claims.push({
      id: `bench-${i}`,
      subject: fill(subj).replace(/^the /, 'The '),
      statements: [{
        source: `https://news.example/${i}`,
        quote: text[0].toUpperCase() + text.slice(1),
        attribution: o,
        figure: { value, unit, qualifier: 'exact', counts },
        asOf: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      }],
    });
  }
  return { version: 1, claims };
}

async function main() {
  const args = process.argv.slice(2);
  const vi = args.indexOf('--visits');
  const visits = vi >= 0 ? Number(args.splice(vi, 2)[1]) : 3;
  const n = Number(args[0]);
  if (!Number.isInteger(n) || n < 0) {
    console.error('usage: npm run bench:scale -- N [--visits K]   (N records; 0 for no pack)');
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-scale-'));
  const pack = makePack(Math.max(n, 1));
  const target = pack.claims[Math.floor(pack.claims.length / 2)];
  writeFileSync(path.join(dir, 'pack.json'), JSON.stringify(n ? pack : { version: 1, claims: [] }));
  writeFileSync(
    path.join(dir, 'page.html'),
    `<!doctype html><html><head><title>World news</title></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Europe in brief</h1><p>Officials met in Brussels on Monday to discuss the winter.</p>
<p>${target.statements[0].quote}</p><p>More details are expected later this week.</p></article></main></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'offtopic.html'),
    `<!doctype html><html><head><title>Gardening</title></head><body><main><article><h1>Winter roses</h1>${'<p>Prune the roses in late winter, before the buds swell, and feed them in spring.</p>'.repeat(200)}</article></main></body></html>`,
  );
  console.log(`bench:scale: ${n} records (${(JSON.stringify(pack).length / 1e6).toFixed(1)} MB); target record ${target.id}: "${target.statements[0].quote}"`);
  const session = await startSession(dir);
  try {
    if (n > 0) {
      const dash = await session.openDashboard();
      const input = dash.getByLabel('Import claim pack');
      const t0 = Date.now();
      await input.setInputFiles(path.join(dir, 'pack.json'));
      const outcome = await Promise.race([
        dash.locator('[role=status].ok, #packs [role=status]').first().waitFor({ timeout: 600_000 }).then(() => 'ok'),
        dash.locator('#packs [role=alert]').first().waitFor({ timeout: 600_000 }).then(() => 'refused'),
      ]);
      const importMs = Date.now() - t0;
      const text = (await dash.locator('#packs [role=status], #packs [role=alert]').first().textContent())?.trim();
      console.log(`import: ${outcome} in ${(importMs / 1000).toFixed(1)} s (${text})`);
      await dash.close();
      if (outcome !== 'ok') process.exitCode = 1;
    }
    const selector = n > 0 ? `claimlens-mark[data-claim-id="${target.id}"]` : 'claimlens-mark';
    for (let v = 1; v <= visits; v++) {
      const page = await session.context.newPage();
      const t0 = Date.now();
      await page.goto(`${session.base}/page.html`, { waitUntil: 'commit' });
      const ok = await page.locator(selector).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      const ms = Date.now() - t0;
      const verdict = ok ? await page.locator(selector).first().getAttribute('data-verdict') : null;
      console.log(`visit ${v}: ${ok ? `first highlight of the pack record after ${ms} ms (${verdict})` : 'no highlight of the pack record within 30 s'}`);
      if (!ok && n > 0) process.exitCode = 1;
      if (v === 1) {
        // New content: a paragraph the page adds later, timed from its insertion to its highlight.
        const added = await page.evaluate(async () => {
          const p = document.createElement('p');
          p.textContent = 'More than 600,000 Russian soldiers have been killed or wounded since the invasion, according to NATO.';
          const t0 = performance.now();
          document.querySelector('article')?.append(p);
          for (;;) {
            if (p.querySelector('claimlens-mark')) return performance.now() - t0;
            if (performance.now() - t0 > 10_000) return -1;
            await new Promise((r) => setTimeout(r, 10));
          }
        });
        console.log(added >= 0 ? `new content: highlighted ${added.toFixed(0)} ms after it appeared` : 'new content: not highlighted within 10 s');
      }
      await page.close();
    }
    // An off-topic page with the pack in place: the first stage alone, whatever the pack's size.
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${session.base}/offtopic.html`, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const marks = await page.locator('claimlens-mark').count();
    console.log(`off-topic page: ${script.toFixed(1)} ms script in all (page has no scripts of its own), ${marks} highlights`);
    await page.close();
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(String(err?.message ?? err));
    process.exit(1);
  });
}
