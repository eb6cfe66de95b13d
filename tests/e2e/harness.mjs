// Browser test harness: a static server on 127.0.0.1 and a headless browser with the built
// extension in a fresh profile. CLAIMLENS_BROWSER picks the browser: chromium (default;
// playwright-core, .output/chrome-mv3) or firefox (puppeteer-core over WebDriver BiDi,
// .output/firefox-mv3; see firefox.mjs). Pages have Playwright's API in both.
// Used by tests/e2e/*.test.mjs and scripts/.
import { existsSync, mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { writeSeedPages } from '../../scripts/seed-pages.mjs';
import { launchFirefox } from './firefox.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** 'chromium' or 'firefox', from CLAIMLENS_BROWSER. */
export const BROWSER = (() => {
  const b = (process.env.CLAIMLENS_BROWSER || 'chromium').toLowerCase();
  if (!['chromium', 'firefox'].includes(b)) throw new Error(`CLAIMLENS_BROWSER=${b}: use chromium or firefox`);
  return b;
})();
export const IS_FIREFOX = BROWSER === 'firefox';
// CLAIMLENS_EXT_DIR points at another build (e.g. a copy, while someone rebuilds .output).
export const EXT_DIR = path.resolve(process.env.CLAIMLENS_EXT_DIR ?? path.join(ROOT, IS_FIREFOX ? '.output/firefox-mv3' : '.output/chrome-mv3'));
/** Scheme of the extension's own pages in the browser under test. */
export const EXT_SCHEME = IS_FIREFOX ? 'moz-extension' : 'chrome-extension';
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus/pages');
export const DEV_SET = path.join(SHARED, 'dev-set');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/pages');
export const TEST_OUTPUT = path.join(ROOT, 'test-output');

/** Path of the Chromium binary, or a thrown Error saying how to get one. */
export function chromiumPath() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted && !existsSync(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not exist. Point it at a Chromium/Chrome binary, or unset it to use /usr/bin/chromium (apt-get install -y chromium).`);
  const found = [wanted, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `apt-get install -y chromium` (Debian/Ubuntu) ' +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

const BASE_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/**
 * Starts a server for `mounts` ({ '/': dir, '/x/': dir2 }, one dir, or a running server from
 * scripts/serve.mjs, which is then left running) and a browser.
 * options: { extension = true, headless = true, blockNetwork = true, viewport, prefs (Firefox only: about:config) }
 * Returns a session; always call session.close() (safe to call twice, even after a failed start).
 */
export async function startSession(mounts, options = {}) {
  const { extension = true, headless = true, blockNetwork = true } = options;
  if (IS_FIREFOX) return startFirefoxSession(mounts, options);
  const executablePath = chromiumPath();
  if (extension && !existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'claimlens-profile-'));
  const session = {
    browserName: 'chromium', server: null, context: null, worker: null, extensionId: null, base: null, userDataDir,
    /** Errors seen in every page: { page, url, kind: pageerror|console|exception, text, source }. */
    errors: [],
    attached: new WeakMap(),
    closed: false,
  };
  session.close = async () => {
    if (session.closed) return;
    session.closed = true;
    await session.context?.close().catch(() => {});
    await session.server?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    // A running server ({ url, close }) may be shared: two sessions then see the same URLs.
    if (mounts?.url) session.server = { url: mounts.url, close: async () => {} };
    else session.server = mounts ? await serve(mounts) : null;
    session.base = session.server?.url ?? null;
    const args = [...BASE_ARGS];
    if (!headless) args.shift();
    if (extension) args.push(`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`);
    session.context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless,
      args,
      viewport: options.viewport ?? { width: 1200, height: 900 },
      ...(headless ? {} : { viewport: null }),
    });
    const ctx = session.context;
    if (blockNetwork) {
      // Saved pages must not reach the network: only 127.0.0.1 is allowed.
      await ctx.route(/^(https?|wss?):/, (route) => {
        const host = new URL(route.request().url()).hostname;
        return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
      });
    }
    const watch = (page) => {
      page.on('pageerror', (err) => session.errors.push({ page, url: page.url(), kind: 'pageerror', text: String(err?.stack ?? err) }));
      page.on('console', (msg) => {
        if (msg.type() === 'error') session.errors.push({ page, url: page.url(), kind: 'console', text: msg.text(), source: msg.location()?.url ?? '' });
      });
      // Playwright reports the page's main world only; CDP also sees the content script's
      // isolated world, whose errors carry a chrome-extension:// source.
      session.attached.set(page, attachCdp(ctx, page, session.errors));
    };
    ctx.pages().forEach(watch);
    ctx.on('page', watch);
    if (extension) {
      session.worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
      session.extensionId = new URL(session.worker.url()).host;
    }
  } catch (err) {
    await session.close();
    throw err;
  }
  Object.assign(session, bindHelpers(session));
  return session;
}

/** startSession for Firefox: same session shape; `worker` runs code in an extension page. */
async function startFirefoxSession(mounts, options = {}) {
  const { extension = true, headless = true, blockNetwork = true } = options;
  if (extension && !existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}: run \`npm run build:firefox\` first (or set CLAIMLENS_EXT_DIR).`);
  }
  const session = {
    browserName: 'firefox', server: null, context: null, worker: null, extensionId: null, base: null, firefox: null,
    errors: [], attached: new WeakMap(), closed: false,
  };
  session.close = async () => {
    if (session.closed) return;
    session.closed = true;
    await session.firefox?.close();
    await session.server?.close().catch(() => {});
  };
  try {
    if (mounts?.url) session.server = { url: mounts.url, close: async () => {} };
    else session.server = mounts ? await serve(mounts) : null;
    session.base = session.server?.url ?? null;
    session.firefox = await launchFirefox({ extDir: extension ? EXT_DIR : null, headless, blockNetwork, viewport: options.viewport, prefs: options.prefs });
    session.context = session.firefox.context;
    session.extensionId = session.firefox.extensionId;
    session.context.on('page', (page) => {
      page.on('pageerror', (err) => session.errors.push({ page, url: page.url(), kind: 'pageerror', text: String(err?.stack ?? err) }));
      page.on('console', (msg) => {
        if (msg.type() === 'error') session.errors.push({ page, url: page.url(), kind: 'console', text: msg.text(), source: msg.location()?.url ?? '' });
      });
    });
    // Firefox runs the background as an event page; code meant for the worker runs in an
    // extension page instead (same APIs and IndexedDB).
    if (extension) session.worker = { evaluate: async (fn, arg) => (await messenger(session)).evaluate(fn, arg), url: () => `moz-extension://${session.extensionId}/background` };
  } catch (err) {
    await session.close();
    throw err;
  }
  Object.assign(session, bindHelpers(session));
  return session;
}

async function attachCdp(ctx, page, errors) {
  try {
    const cdp = await ctx.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const frames = d.stackTrace?.callFrames ?? [];
      errors.push({ page,
        url: page.url(),
        kind: 'exception',
        text: d.exception?.description ?? d.text,
        source: d.url || frames[0]?.url || frames.find((f) => f.url)?.url || '',
      });
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, stackTrace }) => {
      if (type !== 'error') return;
      const source = stackTrace?.callFrames?.find((f) => f.url)?.url ?? '';
      if (!source.startsWith('chrome-extension:')) return;
      errors.push({ page, url: page.url(), kind: 'console', text: args.map((a) => a.value ?? a.description ?? '').join(' '), source });
    });
    await cdp.send('Runtime.enable');
  } catch {
    // Page closed before we could attach: nothing to watch.
  }
}

/** Errors raised by the extension's own code (content script, extension pages). */
export function extensionErrors(errors) {
  return errors.filter((e) => /(chrome|moz)-extension:/.test(`${e.source ?? ''} ${e.text}`) || /claimlens/i.test(e.text));
}

function bindHelpers(s) {
  const extUrl = (p) => `${EXT_SCHEME}://${s.extensionId}/${p}`;
  return {
    extUrl,
    /** Opens a URL (absolute or relative to the server) in a new tab. */
    async openPage(url, { waitUntil = 'load' } = {}) {
      const page = await s.context.newPage();
      await s.attached.get(page);
      await page.goto(/^[a-z-]+:/.test(url) ? url : `${s.base}/${url.replace(/^\//, '')}`, { waitUntil, timeout: 30000 });
      return page;
    },
    /** The popup page for `page`'s tab (see openPopupFor). */
    openPopupFor: (page) => openPopupFor(s, page),
    async openDashboard() {
      const page = await s.context.newPage();
      await page.goto(extUrl('options.html'));
      return page;
    },
    /**
     * Sends a typed request (data/messages.ts) to the background from an extension page and
     * returns the reply's value (throws on { ok: false }).
     */
    async message(type, data) {
      const reply = await (await messenger(s)).evaluate(([type, data]) => (globalThis.browser?.runtime ? browser : chrome).runtime.sendMessage({ type, data }), [type, data]);
      if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
      return reply.value;
    },
    /**
     * Runs fn(arg) in an extension page (extension APIs, the extension's IndexedDB), retrying
     * for a few seconds while the extension is (re)starting.
     */
    async evalInExtension(fn, arg) {
      for (let i = 0; ; i++) {
        try {
          return await (await messenger(s)).evaluate(fn, arg);
        } catch (err) {
          if (i >= 20) throw err;
          await s.messenger?.close().catch(() => {});
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
    /** Errors whose page URL starts with `prefix` (the page under test). */
    errorsFor(prefix) {
      return s.errors.filter((e) => e.url.startsWith(prefix));
    },
  };
}

/** An extension page kept open in the background for API calls and messages. */
async function messenger(s) {
  if (!s.messenger || s.messenger.isClosed()) {
    s.messenger = await s.context.newPage();
    await s.messenger.goto(`${EXT_SCHEME}://${s.extensionId}/options.html`);
  }
  return s.messenger;
}

/**
 * Opens the popup for an article tab. A popup opened as a tab would find itself with
 * tabs.query({ active: true, currentWindow: true }), so the harness passes the article's tab
 * id as `?tab=<id>` (found from the service worker after bringing the article to front).
 */
async function openPopupFor(s, page) {
  // From an extension page rather than the service worker, which may have been stopped.
  const ext = await messenger(s);
  await page.bringToFront();
  const url = page.url();
  const tabId = await ext.evaluate(async (url) => {
    const api = globalThis.browser?.tabs ? globalThis.browser : globalThis.chrome;
    const tabs = await api.tabs.query({});
    // url is only visible with the tabs permission; otherwise fall back to the active tab.
    const byUrl = tabs.filter((t) => t.url === url);
    if (byUrl.length === 1) return byUrl[0].id;
    const active = tabs.filter((t) => t.active && !/^(chrome|moz)-extension:/.test(t.url ?? ''));
    return active.length === 1 ? active[0].id : (byUrl[0] ?? active[0])?.id ?? null;
  }, url);
  const popup = await s.context.newPage();
  // Until the popup reads ?tab=, make its active-tab query answer with the article's tab.
  if (tabId != null && !IS_FIREFOX) await popup.addInitScript(shimActiveTab, tabId);
  await popup.goto(`${EXT_SCHEME}://${s.extensionId}/popup.html${tabId != null ? `?tab=${tabId}` : ''}`);
  return popup;
}

/** Runs in the popup before its scripts: tabs.query({ active, currentWindow }) → the article tab. */
function shimActiveTab(tabId) {
  for (const ns of [globalThis.chrome, globalThis.browser]) {
    const tabs = ns?.tabs;
    if (!tabs?.query) continue;
    const query = tabs.query.bind(tabs);
    const patched = (q, cb) => {
      if (!q?.active || !(q.currentWindow || q.lastFocusedWindow)) return query(q, cb);
      const found = query({}).then((all) => all.filter((t) => t.id === tabId));
      if (typeof cb === 'function') return void found.then(cb);
      return found;
    };
    try {
      Object.defineProperty(tabs, 'query', { value: patched, configurable: true, writable: true });
    } catch {
      tabs.query = patched;
    }
  }
}

/** Highlights on a page, in document order. */
export function readMarks(page) {
  return page.$$eval('claimlens-mark', (els) =>
    els.map((el) => ({
      text: el.textContent,
      verdict: el.getAttribute('data-verdict'),
      claimId: el.getAttribute('data-claim-id'),
      flagged: el.hasAttribute('data-flagged'),
      block: (el.closest('p,li,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption,dd,dt') ?? el.parentElement)?.textContent ?? '',
    })),
  );
}

/** Waits until at least n highlights exist; returns them. */
export async function waitForMarks(page, n = 1, { timeout = 10000 } = {}) {
  try {
    await page.waitForFunction((n) => document.querySelectorAll('claimlens-mark').length >= n, n, { timeout, polling: 100 });
  } catch (err) {
    const have = await page.evaluate(() => document.querySelectorAll('claimlens-mark').length).catch(() => '?');
    throw new Error(`expected at least ${n} <claimlens-mark> on ${page.url()} within ${timeout} ms, found ${have}`, { cause: err });
  }
  return readMarks(page);
}

/**
 * Waits until the highlight count has not changed for `quiet` ms (at least `min` ms after the
 * call), so that pages with no claims can be checked too. Returns the highlights.
 */
export async function settle(page, { min = 1200, quiet = 700, timeout = 15000 } = {}) {
  await page.evaluate(
    ({ min, quiet, timeout }) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let last = -1;
        let since = t0;
        const tick = () => {
          const now = performance.now();
          const n = document.querySelectorAll('claimlens-mark').length;
          if (n !== last) (last = n), (since = now);
          if ((now - t0 >= min && now - since >= quiet) || now - t0 >= timeout) return resolve();
          setTimeout(tick, 100);
        };
        tick();
      }),
    { min, quiet, timeout },
  );
  return readMarks(page);
}

/** Normalises text for comparing sentences across markup (quotes, spaces). */
export function norm(s) {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Reads ../shared/corpus/pages/INDEX.tsv as objects. */
export function corpusIndex() {
  const [head, ...rows] = readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const keys = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    const o = Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
    o.bytes = Number(o.bytes);
    o.topic_total = Number(o.topic_total);
    return o;
  });
}

export function outputDir(...parts) {
  const dir = path.join(TEST_OUTPUT, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes the seed pages into a fresh temp folder; returns { dir, pages, cleanup() }. */
export function makeSeedPages() {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-seed-pages-'));
  const pages = writeSeedPages(dir);
  return { dir, pages, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The bundled claim records (data/claims.json). */
export function bundledClaims() {
  const json = JSON.parse(readFileSync(path.join(ROOT, 'data/claims.json'), 'utf8'));
  return Array.isArray(json) ? json : json.claims;
}

/** True when a highlight's text and a quote are the same sentence (either may be a part). */
export function overlaps(markText, quote) {
  const a = norm(markText);
  const b = norm(quote);
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

/**
 * Registers node:test hooks that serve the seed pages (and, with `fixtures`, tests/fixtures/pages
 * under /fixtures/) to a browser with the extension, and with `plain` to one without it.
 * Returns { seeds, s, plain }, filled in once the hooks have run.
 */
export function useSeedSessions({ fixtures = false, plain = false } = {}) {
  const env = { seeds: null, s: null, plain: null };
  before(async () => {
    env.seeds = makeSeedPages();
    const mounts = fixtures ? { '/': env.seeds.dir, '/fixtures/': FIXTURES } : env.seeds.dir;
    env.s = await startSession(mounts);
    if (plain) env.plain = await startSession(mounts, { extension: false });
  });
  after(async () => {
    await env.plain?.close();
    await env.s?.close();
    env.seeds?.cleanup();
  });
  return env;
}

/** The open tooltip's dialog (inside the open shadow root of <claimlens-tooltip>). */
export const tooltipDialog = (page) => page.locator('claimlens-tooltip [role="dialog"]');

/** Waits for the page's highlights, hovers the first one whose text matches, waits for its tooltip. */
export async function hoverMark(page, re) {
  await waitForMarks(page, 1);
  await settle(page);
  const mark = page.locator('claimlens-mark', { hasText: re }).first();
  // The pointer may rest where it was before a reload, over another highlight: move it off first.
  await page.mouse.move(1, 1);
  await tooltipDialog(page).waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await tooltipDialog(page).waitFor({ state: 'visible', timeout: 3000 });
  return mark;
}

// ---- accessibility (axe-core, injected from node_modules, never fetched) ----
let axeSource;

/**
 * Runs axe-core in `page` and returns its serious and critical violations as lines. `include`:
 * CSS selectors of the parts to audit (default the whole document); open shadow roots inside
 * them are audited too. Throws when an include selector matches nothing, so an audit never
 * passes on an empty page.
 */
export async function axeViolations(page, { include, impacts = ['serious', 'critical'] } = {}) {
  axeSource ??= readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // evaluate, not a <script>: extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(`${axeSource}\n;void 0`);
  const res = await page.evaluate(async ({ include }) => {
    let context = document;
    if (include) {
      const els = include.flatMap((sel) => [...document.querySelectorAll(sel)]);
      const empty = include.filter((sel) => !document.querySelector(sel));
      if (empty.length) return { error: `nothing to audit: no ${empty.join(', ')}` };
      context = { include: els };
    }
    const r = await window.axe.run(context);
    const inShadow = [...r.passes, ...r.violations, ...r.incomplete].some((x) => x.nodes.some((n) => n.target.some((t) => Array.isArray(t))));
    return {
      inShadow,
      checked: r.passes.length + r.violations.length + r.incomplete.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' >>> '), summary: n.failureSummary?.split('\n').slice(1).join(' ').trim() })) })),
    };
  }, { include });
  if (res.error) throw new Error(`${page.url()}: ${res.error}`);
  const lines = res.violations
    .filter((v) => impacts.includes(v.impact))
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help}: ${n.target}${n.summary ? ` — ${n.summary}` : ''}`));
  return Object.assign(lines, { inShadow: res.inShadow, checked: res.checked });
}
