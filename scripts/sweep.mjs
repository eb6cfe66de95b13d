#!/usr/bin/env node
// Robustness sweep: loads every page of DIR with and without the extension and checks that
// the extension causes no page error and leaves document.body.innerText unchanged.
// Prints a summary; exits 1 on any failure.
//
//   npm run sweep -- DIR [--limit N]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession, settle, extensionErrors } from '../tests/e2e/harness.mjs';
import { serve } from './serve.mjs';

const WAIT = { min: 1000, quiet: 600, timeout: 12000 };

/**
 * Checks `files` (names inside dir). Returns [{ file, ok, marks, reasons[], unstable, loadError }].
 * A page whose own text changes between two plain loads is compared within the annotated page
 * instead (its text with the highlights unwrapped).
 */
export async function runSweep(dir, files, { log = () => {}, concurrency = 2 } = {}) {
  // One server for both browsers: some pages print their own URL, port included.
  const server = await serve(dir);
  let withExt;
  let plain;
  try {
    withExt = await startSession(server);
    plain = await startSession(server, { extension: false });
    const results = [];
    const queue = [...files];
    const worker = async () => {
      for (let file; (file = queue.shift()) !== undefined; ) {
        // A page that navigates away or closes itself mid-check is reported, not fatal.
        const r = await checkPage(withExt, plain, file).catch((err) => ({
          file, ok: true, marks: 0, reasons: [], unstable: false, loadError: `could not check: ${String(err.message ?? err).split('\n')[0]}`,
        }));
        results.push(r);
        log(r);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return results.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  } finally {
    await plain?.close();
    await withExt?.close();
    await server.close();
  }
}

async function load(session, file) {
  const page = await session.context.newPage();
  await session.attached.get(page);
  try {
    await page.goto(`${session.base}/${encodeURIComponent(file)}`, { waitUntil: 'domcontentloaded', timeout: 30000 });
    // Some saved pages never fire load (a resource that hangs); their text is there anyway.
    await page.waitForLoadState('load', { timeout: 10000 }).catch(() => {});
  } catch (err) {
    return { page, error: String(err.message ?? err).split('\n')[0] };
  }
  return { page };
}

const bodyText = (page) => page.evaluate(() => document.body?.innerText ?? '');

async function checkPage(withExt, plain, file) {
  const result = { file, ok: true, marks: 0, reasons: [], unstable: false };
  const [a, b] = await Promise.all([load(withExt, file), load(plain, file)]);
  try {
    if (a.error || b.error) {
      // A page that cannot load either way says nothing about the extension.
      result.loadError = a.error ?? b.error;
      if (a.error && !b.error) fail(result, `loads without the extension but not with it: ${a.error}`);
      return result;
    }
    const [marks] = await Promise.all([settle(a.page, WAIT), b.page.waitForTimeout(WAIT.min)]);
    result.marks = marks.length;
    const [textA, textB] = await Promise.all([bodyText(a.page), bodyText(b.page)]);
    if (textA !== textB) {
      const again = await load(plain, file);
      await again.page.waitForTimeout(WAIT.min);
      const textB2 = again.error ? null : await bodyText(again.page);
      await again.page.close();
      if (textB2 === textB) {
        fail(result, `innerText differs ${firstDiff(textB, textA)}`);
      } else {
        result.unstable = true;
        const [before, after] = await a.page.evaluate(() => {
          const t = document.body.innerText;
          for (const m of document.querySelectorAll('claimlens-mark')) m.replaceWith(...m.childNodes);
          return [t, document.body.innerText];
        });
        if (before !== after) fail(result, `innerText changes when highlights are removed ${firstDiff(after, before)}`);
      }
    }
    const errs = (s, page) => s.errors.filter((e) => e.page === page);
    const extErr = extensionErrors(errs(withExt, a.page));
    for (const e of extErr) fail(result, `extension error: ${e.text.split('\n')[0]} (${e.source ?? ''})`);
    const plainTexts = new Set(errs(plain, b.page).filter((e) => e.kind === 'pageerror').map((e) => firstLine(e.text)));
    for (const e of errs(withExt, a.page).filter((e) => e.kind === 'pageerror' && !plainTexts.has(firstLine(e.text)))) {
      if (!extErr.includes(e)) fail(result, `page error only with the extension: ${e.text.split('\n')[0]}`);
    }
    return result;
  } finally {
    await a.page.close().catch(() => {});
    await b.page.close().catch(() => {});
  }
}

// Stacks name the server's port, which differs between the two sessions.
const firstLine = (text) => text.split('\n')[0];

function fail(result, reason) {
  result.ok = false;
  result.reasons.push(reason);
}

function firstDiff(expected, actual) {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 30));
  return `at ${i}: without ${show(expected)} / with ${show(actual)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args.splice(li, 2)[1]) : Infinity;
  const dir = args[0];
  if (!dir) {
    console.error('usage: npm run sweep -- DIR [--limit N]');
    process.exit(2);
  }
  const files = readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort().slice(0, limit);
  console.log(`sweep: ${files.length} pages from ${path.resolve(dir)}`);
  const t0 = Date.now();
  let results;
  try {
    results = await runSweep(dir, files, {
      log: (r) => console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${String(r.marks).padStart(4)} marks  ${r.file}${r.unstable ? '  (page text changes by itself)' : ''}${r.loadError ? `  (not loaded: ${r.loadError})` : ''}${r.reasons.map((x) => `\n       ${x}`).join('')}`),
    });
  } catch (err) {
    console.error(String(err.message ?? err));
    process.exit(1);
  }
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\n${results.length} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${results.length - failed.length} ok, ${failed.length} failed, ` +
      `${results.filter((r) => r.unstable).length} change their own text, ${results.filter((r) => r.loadError).length} not checked (did not load, or left the page), ` +
      `${results.filter((r) => r.marks > 0).length} with highlights (${results.reduce((n, r) => n + r.marks, 0)} in all)`,
  );
  for (const r of failed) console.log(`FAIL ${r.file}: ${r.reasons.join('; ')}`);
  process.exit(failed.length ? 1 : 0);
}
