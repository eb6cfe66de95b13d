#!/usr/bin/env node
// What the extension costs real pages: loads every page of DIR in headless Chromium with and
// without the extension and prints, per page and as medians,
//   +script  main-thread script time added (CDP Performance.getMetrics ScriptDuration, with - without)
//   ext      script time of the content script itself (trace events from chrome-extension:// code)
//   longest  the extension's longest slice: its script time within one main-thread task (trace)
//   walk     a bare one-pass TreeWalker over the page's text nodes: the floor for any scan
// then the same figures for the 15 largest pages. Prints figures, no pass/fail.
//
//   npm run bench:pages -- DIR [--limit N] [--largest N] [--repeat N]
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession, settle, corpusIndex, CORPUS } from '../tests/e2e/harness.mjs';

// devtools.timeline: FunctionCall/EvaluateScript with script URLs; toplevel: the tasks.
const CATEGORIES = ['devtools.timeline', 'toplevel'];
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.run', 'TimerFire', 'FireAnimationFrame']);

async function measure(session, file, { marks }) {
  // Only the page with the extension is traced: the trace is for the extension's own code.
  const browser = marks ? session.context.browser() : null;
  const page = await session.context.newPage();
  await session.attached.get(page);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let traced = false;
  try {
    if (browser) {
      await browser.startTracing(page, { categories: CATEGORIES });
      traced = true;
    }
    await page.goto(`${session.base}/${encodeURIComponent(file)}`, { waitUntil: 'domcontentloaded', timeout: 30000 });
    // Some saved pages never fire load (a resource that hangs); measure them anyway.
    await page.waitForLoadState('load', { timeout: 10000 }).catch(() => {});
    const found = marks ? (await settle(page, { min: 1200, quiet: 600, timeout: 15000 })).length : (await page.waitForTimeout(1000), 0);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const trace = traced ? await browser.stopTracing() : null;
    traced = false;
    return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000, marks: found, ...(trace ? extensionCost(JSON.parse(trace.toString('utf8'))) : {}), page };
  } catch (err) {
    if (traced) await browser.stopTracing().catch(() => {});
    await page.close().catch(() => {});
    return { error: String(err.message ?? err).split('\n')[0] };
  }
}

/**
 * From a Chrome trace: script time of extension code, and its longest slice (extension script
 * time inside one main-thread task; the task itself may also hold page work, so it is not used).
 */
function extensionCost(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = [];
  const scripts = [];
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') tasks.push(e);
    else if (SCRIPT_EVENTS.has(e.name) && /^chrome-extension:/.test(e.args?.data?.url ?? '')) scripts.push(e);
  }
  // Outermost extension script events only, so nested calls are not counted twice.
  scripts.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of scripts) {
    const last = outer.at(-1);
    if (last && last.pid === e.pid && last.tid === e.tid && e.ts < last.ts + last.dur) continue;
    outer.push(e);
  }
  tasks.sort((a, b) => a.ts - b.ts);
  const perTask = new Map();
  for (const e of outer) {
    const task = tasks.find((t) => t.pid === e.pid && t.tid === e.tid && e.ts >= t.ts && e.ts < t.ts + t.dur) ?? e;
    perTask.set(task, (perTask.get(task) ?? 0) + e.dur);
  }
  const ext = outer.reduce((n, e) => n + e.dur, 0);
  return { ext: ext / 1000, longest: Math.max(0, ...perTask.values()) / 1000 };
}

/** One pass over all text nodes, as any scanner must do at least (best of 3). */
async function walk(page) {
  return page.evaluate(() => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n += w.currentNode.nodeValue.length;
      best = Math.min(best, performance.now() - t0);
      if (n < 0) return -1;
    }
    return best;
  });
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const f = (x, w = 8) => (Number.isFinite(x) ? x.toFixed(1) : '-').padStart(w);

function table(title, rows) {
  console.log(`\n${title} (${rows.length} pages; ms)`);
  if (!rows.length) return;
  const ratio = (r) => r.ext / r.walk;
  console.log(`${'+script'.padStart(8)}${'ext'.padStart(8)}${'longest'.padStart(8)}${'walk'.padStart(8)}${'ext/walk'.padStart(9)}${'marks'.padStart(7)}${'KB'.padStart(8)}  page`);
  for (const r of rows) console.log(`${f(r.added)}${f(r.ext)}${f(r.longest)}${f(r.walk)}${f(ratio(r), 9)}${String(r.marks).padStart(7)}${String(Math.round(r.bytes / 1024)).padStart(8)}  ${r.file}`);
  console.log(`${f(median(rows.map((r) => r.added)))}${f(median(rows.map((r) => r.ext)))}${f(median(rows.map((r) => r.longest)))}${f(median(rows.map((r) => r.walk)))}${f(median(rows.map((r) => r.ext)) / median(rows.map((r) => r.walk)), 9)}${''.padStart(15)}  median`);
  console.log(`${f(Math.max(...rows.map((r) => r.added).filter(Number.isFinite)))}${f(Math.max(...rows.map((r) => r.ext).filter(Number.isFinite)))}${f(Math.max(...rows.map((r) => r.longest).filter(Number.isFinite)))}${f(Math.max(...rows.map((r) => r.walk).filter(Number.isFinite)))}${''.padStart(15)}  max`);
}

async function main() {
  const args = process.argv.slice(2);
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args.splice(li, 2)[1]) : Infinity;
  const ri = args.indexOf('--repeat');
  const repeat = ri >= 0 ? Math.max(1, Number(args.splice(ri, 2)[1])) : 1;
  const gi = args.indexOf('--largest');
  const largest = gi >= 0 ? Number(args.splice(gi, 2)[1]) : Infinity;
  const dir = args[0];
  if (!dir) {
    console.error('usage: npm run bench:pages -- DIR [--limit N] [--largest N] [--repeat N]');
    process.exit(2);
  }
  // Sizes from the corpus index when DIR is the corpus, else from the files.
  const indexed = path.resolve(dir) === path.resolve(CORPUS) && existsSync(path.join(CORPUS, 'INDEX.tsv'))
    ? new Map(corpusIndex().map((r) => [r.file, r.bytes]))
    : null;
  const bytes = (file) => indexed?.get(file) ?? statSync(path.join(dir, file)).size;
  const topicOf = indexed ? new Map(corpusIndex().map((r) => [r.file, Number(r.topic_total) > 0])) : null;
  let files = readdirSync(dir).filter((x) => /\.html?$/i.test(x)).sort().slice(0, limit);
  if (Number.isFinite(largest)) files = files.sort((x, y) => bytes(y) - bytes(x)).slice(0, largest);
  console.log(`bench: ${files.length} pages from ${path.resolve(dir)}, with and without the extension`);
  const withExt = await startSession(dir);
  const plain = await startSession(dir, { extension: false }).catch(async (e) => {
    await withExt.close();
    throw e;
  });
  const rows = [];
  try {
    for (const [i, file] of files.entries()) {
      const b = await measure(plain, file, { marks: false });
      const w = b.page ? await walk(b.page).catch(() => NaN) : NaN;
      await b.page?.close();
      // A busy machine adds noise to single loads: each figure is the median of --repeat loads.
      const runs = [];
      for (let k = 0; k < repeat; k++) {
        const a = await measure(withExt, file, { marks: true });
        await a.page?.close();
        runs.push(a);
      }
      const a = runs.find((x) => x.error) ?? {
        script: median(runs.map((x) => x.script)), ext: median(runs.map((x) => x.ext)), longest: median(runs.map((x) => x.longest)), marks: runs[0].marks,
      };
      const row = { file, bytes: bytes(file), added: a.script - b.script, ext: a.ext, longest: a.longest, walk: w, marks: a.marks ?? 0, error: a.error ?? b.error };
      // Topical: the corpus index says the text names a topic; elsewhere, the page got highlights.
      row.topical = topicOf?.get(file) ?? row.marks > 0;
      rows.push(row);
      if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${files.length} ${file.slice(0, 60).padEnd(60)}`);
      else if ((i + 1) % 25 === 0) console.error(`${i + 1}/${files.length} pages`);
    }
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\n');
    await plain.close();
    await withExt.close();
  }
  const ok = rows.filter((r) => !r.error);
  table('All pages', ok);
  if (!Number.isFinite(largest)) table('The 15 largest pages', [...ok].sort((x, y) => y.bytes - x.bytes).slice(0, 15));
  table('Off-topic pages', ok.filter((r) => !r.topical));
  table('Topical pages', ok.filter((r) => r.topical));
  for (const r of rows.filter((x) => x.error)) console.log(`not measured: ${r.file}: ${r.error}`);
  console.log('\n+script is noisy (page scripts vary between loads); ext and longest come from a trace of the page with the extension.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(String(err.message ?? err));
    process.exit(1);
  });
}
