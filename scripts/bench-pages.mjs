#!/usr/bin/env node
// What the extension costs real pages: loads every page of DIR in headless Chromium with and
// without the extension and prints, per page and as medians,
//   +script  main-thread script time added (CDP Performance.getMetrics ScriptDuration, with - without)
//   ext      main-thread time of the extension's code: the trace's CPU-profile samples whose stack
//            holds a chrome-extension:// frame, as DevTools' bottom-up view counts it (native
//            calls made from our code included; the profiler's own overhead too)
//   longest  the extension's longest slice: its sampled time within one main-thread task
//   walk     a bare one-pass TreeWalker over the page's text nodes: the floor for any scan
//            (best of 3 in one page, so the 2nd and 3rd runs find the nodes' wrappers made)
//   cold     the first of those 3 runs: what one read of a page's text costs any script
// then the same figures for the 15 largest pages. Prints figures, no pass/fail.
//
//   npm run bench:pages -- DIR [--limit N] [--largest N] [--repeat N]
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession, settle, corpusIndex, CORPUS } from '../tests/e2e/harness.mjs';

// toplevel: the tasks; the CPU profiler: stacks sampled on the main thread. (Trace events
// alone miss much of it: module evaluation and promise callbacks carry the isolated world's name,
// not a script URL.)
const CATEGORIES = ['devtools.timeline', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];

async function measure(session, file, { marks }) {
  // Only the page with the extension is traced: the trace is for the extension's own code.
  const browser = marks ? session.context.browser() : null;
  const page = await session.context.newPage();
  await session.attached.get(page);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let traced = false;
  try {
    // The profiler samples the renderer it starts in: load a page of the same origin first, so
    // the measured navigation stays in that process.
    if (browser) await page.goto(`${session.base}/`, { waitUntil: 'domcontentloaded' }).catch(() => {});
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
 * From a Chrome trace: the main thread's CPU-profile samples whose stack holds extension code,
 * summed, and the most of them within one task. A sample lasts until the next one, capped so that
 * a gap in sampling is not counted as work.
 */
export function extensionCost(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && mainThreads.has(`${e.pid}:${e.tid}`)) {
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    }
  }
  for (const e of events) {
    const p = e.name === 'ProfileChunk' ? profiles.get(`${e.pid}:${e.id}`) : undefined;
    if (!p) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(cpu.samples ?? []));
    p.deltas.push(...(e.args.data.timeDeltas ?? []));
  }
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const perTask = new Map();
  let ext = 0;
  for (const p of profiles.values()) {
    const ours = new Map();
    const isOurs = (id) => {
      if (ours.has(id)) return ours.get(id);
      const n = p.nodes.get(id);
      const v = !!n && (/^(chrome|moz)-extension:/.test(n.callFrame?.url ?? '') || (n.parent != null && isOurs(n.parent)));
      ours.set(id, v);
      return v;
    };
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    const gaps = p.deltas.slice(1).filter((d) => d > 0).sort((a, b) => a - b);
    const cap = 4 * (gaps[gaps.length >> 1] ?? 100);
    const mine = tasks.filter((x) => `${x.pid}:${x.tid}` === p.thread);
    let ti = 0;
    for (let i = 0; i + 1 < p.samples.length && i + 1 < times.length; i++) {
      if (!isOurs(p.samples[i])) continue;
      const dur = Math.min(Math.max(0, times[i + 1] - times[i]), cap);
      ext += dur;
      while (ti < mine.length && mine[ti].ts + mine[ti].dur < times[i]) ti++;
      const task = mine[ti] && mine[ti].ts <= times[i] ? mine[ti] : undefined;
      const key = task ?? times[i];
      perTask.set(key, (perTask.get(key) ?? 0) + dur);
    }
  }
  return { ext: ext / 1000, longest: Math.max(0, ...perTask.values()) / 1000 };
}

/** One pass over all text nodes, as any scanner must do at least: best of 3, and the first. */
async function walk(page) {
  return page.evaluate(() => {
    let best = Infinity;
    let first = NaN;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n += w.currentNode.nodeValue.length;
      const t = performance.now() - t0;
      if (i === 0) first = t;
      best = Math.min(best, t);
      if (n < 0) return { best: -1, first };
    }
    return { best, first };
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
  const med = (k) => median(rows.map((r) => r[k]));
  const max = (k) => Math.max(...rows.map((r) => r[k]).filter(Number.isFinite));
  console.log(`${'+script'.padStart(8)}${'ext'.padStart(8)}${'longest'.padStart(8)}${'walk'.padStart(8)}${'ext/walk'.padStart(9)}${'cold'.padStart(8)}${'ext/cold'.padStart(9)}${'marks'.padStart(7)}${'KB'.padStart(8)}  page`);
  for (const r of rows) console.log(`${f(r.added)}${f(r.ext)}${f(r.longest)}${f(r.walk)}${f(ratio(r), 9)}${f(r.cold)}${f(r.ext / r.cold, 9)}${String(r.marks).padStart(7)}${String(Math.round(r.bytes / 1024)).padStart(8)}  ${r.file}`);
  console.log(`${f(med('added'))}${f(med('ext'))}${f(med('longest'))}${f(med('walk'))}${f(med('ext') / med('walk'), 9)}${f(med('cold'))}${f(med('ext') / med('cold'), 9)}${''.padStart(15)}  median`);
  console.log(`${f(max('added'))}${f(max('ext'))}${f(max('longest'))}${f(max('walk'))}${''.padStart(9)}${f(max('cold'))}${''.padStart(24)}  max`);
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
      const w = b.page ? await walk(b.page).catch(() => ({ best: NaN, first: NaN })) : { best: NaN, first: NaN };
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
      const row = { file, bytes: bytes(file), added: a.script - b.script, ext: a.ext, longest: a.longest, walk: w.best, cold: w.first, marks: a.marks ?? 0, error: a.error ?? b.error };
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
