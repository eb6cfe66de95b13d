// Firefox for the browser tests: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi, with the unsigned Firefox build installed. Pages are wrapped in the small part of
// Playwright's Page/Locator API the tests use, so one test file runs in both browsers.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

/** Path of the Firefox binary, or a thrown Error saying how to get one. */
export function firefoxPath() {
  const wanted = process.env.FIREFOX_PATH;
  if (wanted && !existsSync(wanted)) throw new Error(`FIREFOX_PATH=${wanted} does not exist. Point it at a Firefox binary, or unset it to use /usr/bin/firefox-esr (apt-get install -y firefox-esr).`);
  const found = [wanted, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Firefox not found. Install it with `apt-get install -y firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.');
  return found;
}

// Extension pages get this fixed UUID, so their URLs are known before they open.
export const FIREFOX_UUID = '6c1a1e25-c1a1-4e25-9c1a-1e25c1a1e25c';

/**
 * Launches Firefox (fresh profile) and, with `extDir`, installs that unpacked build.
 * Returns { browser, context, extensionId (the UUID), geckoId, downloads, close() }.
 */
export async function launchFirefox({ extDir, headless = true, blockNetwork = true, viewport, prefs = {} }) {
  const downloads = mkdtempSync(path.join(tmpdir(), 'claimlens-ff-downloads-'));
  const geckoId = extDir ? JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id : null;
  if (extDir && !geckoId) throw new Error(`${extDir}/manifest.json has no gecko id: is it the Firefox build (npm run build:firefox)?`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    // BiDi refuses to navigate to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify(geckoId ? { [geckoId]: FIREFOX_UUID } : {}),
      // Downloads land in a folder the test reads, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      // Only 127.0.0.1 is reachable (Firefox never proxies localhost): everything else goes to a dead proxy.
      ...(blockNetwork
        ? { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.share_proxy_settings': true }
        : {}),
      ...prefs,
    },
  });
  const ctx = new FxContext(browser, viewport ?? { width: 1200, height: 900 }, downloads);
  if (extDir) await browser.installExtension(extDir);
  return {
    browser,
    context: ctx,
    extensionId: extDir ? FIREFOX_UUID : null,
    geckoId,
    downloads,
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class FxContext {
  constructor(browser, viewport, downloads) {
    this.browser = browser;
    this.viewport = viewport;
    this.downloads = downloads;
    this.wrapped = [];
    this.listeners = [];
  }
  on(event, fn) {
    if (event === 'page') this.listeners.push(fn);
  }
  pages() {
    return this.wrapped.filter((p) => !p.isClosed());
  }
  serviceWorkers() {
    return [];
  }
  async newPage() {
    const raw = await this.browser.newPage();
    if (this.viewport) await raw.setViewport(this.viewport).catch(() => {});
    const page = new FxPage(raw, this);
    this.wrapped.push(page);
    this.listeners.forEach((fn) => fn(page));
    return page;
  }
  async close() {
    await this.browser.close().catch(() => {});
  }
}

// ---- text matching, serialisable into the page ----
const matcher = (m) => (m instanceof RegExp ? { re: m.source, flags: m.flags } : m == null ? null : { str: String(m) });

/**
 * Runs in the page: resolves a chain of locator steps to elements. Piercing open shadow roots
 * as Playwright's CSS does; roles and names are a small version of the ARIA rules.
 */
function resolveSteps(steps, start) {
  const normText = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const test = (m, s, exact) => {
    if (!m) return true;
    if (m.re != null) return new RegExp(m.re, m.flags).test(s);
    return exact ? normText(s) === normText(m.str) : normText(s).toLowerCase().includes(normText(m.str).toLowerCase());
  };
  const all = (root) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.children ?? []) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(root);
    return out;
  };
  // Splits a selector at top-level `ch` (outside brackets, parentheses and quotes).
  const splitTop = (sel, ch) => {
    const out = [];
    let depth = 0;
    let quote = null;
    let cur = '';
    for (const c of sel) {
      if (quote) quote = c === quote ? null : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') depth--;
      else if (c === ch && depth === 0) {
        out.push(cur);
        cur = '';
        continue;
      }
      cur += c;
    }
    out.push(cur);
    return out.map((x) => x.trim()).filter(Boolean);
  };
  const up = (el) => el.parentElement ?? el.getRootNode()?.host ?? null;
  // Descendant combinators cross shadow boundaries, as in Playwright's CSS engine.
  const deepMatches = (el, sel, root) => {
    const tokens = splitTop(sel, ' ');
    if (tokens.length === 1 || tokens.some((t) => ['>', '+', '~'].includes(t))) return el.matches(sel);
    if (!el.matches(tokens.at(-1))) return false;
    let i = tokens.length - 2;
    for (let a = up(el); a && a !== root && i >= 0; a = up(a)) if (a.matches(tokens[i])) i--;
    return i < 0;
  };
  const queryDeep = (root, sel) => {
    const alts = splitTop(sel, ',');
    return all(root).filter((el) => alts.some((alt) => deepMatches(el, alt, root)));
  };
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement ?? e.getRootNode()?.host) {
      if (e.hidden || e.getAttribute?.('aria-hidden') === 'true') return true;
      const cs = getComputedStyle(e);
      if (cs.display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  };
  const textOf = (el) => (el.innerText ?? el.textContent ?? '');
  const implicitRole = (el) => {
    const tag = el.localName;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'search') return 'searchbox';
      if (['text', 'email', 'tel', 'url', 'password'].includes(type)) return 'textbox';
      return null;
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'li') return 'listitem';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'article') return 'article';
    if (tag === 'nav') return 'navigation';
    if (tag === 'main') return 'main';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'output') return 'status';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'option') return 'option';
    return null;
  };
  const role = (el) => el.getAttribute('role')?.trim().split(/\s+/)[0] || implicitRole(el);
  const byId = (el, id) => el.getRootNode().getElementById?.(id) ?? document.getElementById(id);
  const labelsOf = (el) => {
    const out = [];
    if (el.id) out.push(...el.getRootNode().querySelectorAll?.(`label[for="${CSS.escape(el.id)}"]`) ?? []);
    const wrap = el.closest('label');
    if (wrap && !out.includes(wrap)) out.push(wrap);
    return out;
  };
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => textOf(byId(el, id) ?? {})).join(' ');
    const label = el.getAttribute('aria-label');
    if (label) return label;
    if (['input', 'textarea', 'select'].includes(el.localName)) {
      const l = labelsOf(el);
      if (l.length) return l.map(textOf).join(' ');
      if (['button', 'submit', 'reset'].includes(el.type)) return el.value;
      return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
    }
    if (['button', 'link', 'listitem', 'heading', 'checkbox', 'radio', 'tab', 'option', 'menuitem', 'cell'].includes(role(el)) || el.localName === 'summary') return textOf(el) || el.getAttribute('title') || '';
    return el.getAttribute('title') ?? '';
  };
  let set = null;
  for (const step of steps) {
    const roots = set ?? [start ?? document];
    let next = [];
    if (step.kind === 'nth') {
      const i = step.i < 0 ? set.length + step.i : step.i;
      next = set[i] ? [set[i]] : [];
    } else if (step.kind === 'filter') {
      next = set.filter((el) => test(step.hasText, textOf(el)) && (!step.has || resolveIn(el, step.has).length > 0) && (!step.hasNotText || !test(step.hasNotText, textOf(el))));
    } else {
      for (const root of roots) {
        let found;
        if (step.kind === 'css') found = queryDeep(root, step.sel);
        else if (step.kind === 'role') found = all(root).filter((el) => role(el) === step.role && !hidden(el) && test(step.name, name(el), step.exact) && (step.checked == null || el.checked === step.checked));
        else if (step.kind === 'label') found = all(root).filter((el) => ['input', 'textarea', 'select', 'button'].includes(el.localName) || el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')).filter((el) => {
          const label = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? name(el) : labelsOf(el).map(textOf).join(' '));
          return label && test(step.text, label, step.exact);
        });
        else if (step.kind === 'text') {
          const hits = all(root).filter((el) => !['script', 'style'].includes(el.localName) && test(step.text, textOf(el), step.exact));
          found = hits.filter((el) => !hits.some((o) => o !== el && el.contains(o)));
        }
        if (step.hasText) found = found.filter((el) => test(step.hasText, textOf(el)));
        for (const el of found) if (!next.includes(el)) next.push(el);
      }
    }
    set = next;
  }
  return set ?? [];
  function resolveIn(root, sub) {
    return resolveSteps(sub, root);
  }
}

/** Runs in the page: is the element rendered (Playwright's "visible")? */
function isVisibleEl(el) {
  if (!el?.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/** Runs in the page: same box over two frames, and the element (or a child) is on top at its centre. */
function isActionable(el) {
  const box = () => {
    const r = el.getBoundingClientRect();
    return `${r.x},${r.y},${r.width},${r.height}`;
  };
  return new Promise((resolve) => {
    const first = box();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (box() !== first) return resolve(false);
      // An inline element over two lines: its first box, where the pointer goes.
      const r = [...el.getClientRects()].find((q) => q.width > 0 && q.height > 0) ?? el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      for (let e = hit; e; e = e.parentElement ?? e.getRootNode()?.host) if (e === el) return resolve(true);
      resolve(false);
    }));
  });
}

export class FxLocator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }
  #with(step) {
    return new FxLocator(this.page, [...this.steps, step]);
  }
  locator(sel, { hasText } = {}) {
    return this.#with({ kind: 'css', sel, hasText: matcher(hasText) });
  }
  getByRole(role, { name, exact, checked } = {}) {
    return this.#with({ kind: 'role', role, name: matcher(name), exact: !!exact, checked });
  }
  getByLabel(text, { exact } = {}) {
    return this.#with({ kind: 'label', text: matcher(text), exact: !!exact });
  }
  getByText(text, { exact } = {}) {
    return this.#with({ kind: 'text', text: matcher(text), exact: !!exact });
  }
  filter({ hasText, hasNotText, has } = {}) {
    return this.#with({ kind: 'filter', hasText: matcher(hasText), hasNotText: matcher(hasNotText), has: has?.steps });
  }
  first() {
    return this.#with({ kind: 'nth', i: 0 });
  }
  last() {
    return this.#with({ kind: 'nth', i: -1 });
  }
  nth(i) {
    return this.#with({ kind: 'nth', i });
  }
  async #handles() {
    const arr = await this.page.raw.evaluateHandle(resolveSteps, this.steps);
    const props = await arr.getProperties();
    const out = [];
    for (const h of props.values()) {
      const el = h.asElement();
      if (el) out.push(el);
    }
    await arr.dispose();
    return out;
  }
  async count() {
    return (await this.#handles()).length;
  }
  /** The first match, waited for (actions wait like Playwright's). */
  async #one(timeout = 5000, visible = false) {
    const t0 = Date.now();
    for (;;) {
      const [h] = await this.#handles().catch(() => []);
      if (h && (!visible || (await h.evaluate(isVisibleEl).catch(() => false)))) return h;
      if (Date.now() - t0 > timeout) throw new Error(`locator ${JSON.stringify(this.steps)}: no ${visible ? 'visible ' : ''}element within ${timeout} ms`);
      await sleep(100);
    }
  }
  async elementHandle(opts) {
    return this.#one(opts?.timeout);
  }
  async waitFor({ state = 'visible', timeout = 30000 } = {}) {
    const t0 = Date.now();
    for (;;) {
      const hs = await this.#handles().catch(() => null);
      if (hs) {
        const vis = await Promise.all(hs.map((h) => h.evaluate(isVisibleEl).catch(() => false)));
        const ok = state === 'attached' ? hs.length > 0 : state === 'detached' ? hs.length === 0 : state === 'visible' ? vis[0] === true : !vis[0];
        if (ok) return;
      }
      if (Date.now() - t0 > timeout) throw new Error(`locator ${JSON.stringify(this.steps)}: not ${state} within ${timeout} ms`);
      await sleep(100);
    }
  }
  async isVisible() {
    const [h] = await this.#handles();
    return h ? h.evaluate(isVisibleEl) : false;
  }
  async innerText(opts) {
    return (await this.#one(opts?.timeout)).evaluate((el) => el.innerText);
  }
  async textContent(opts) {
    return (await this.#one(opts?.timeout)).evaluate((el) => el.textContent);
  }
  async allInnerTexts() {
    return Promise.all((await this.#handles()).map((h) => h.evaluate((el) => el.innerText)));
  }
  async allTextContents() {
    return Promise.all((await this.#handles()).map((h) => h.evaluate((el) => el.textContent)));
  }
  async getAttribute(name, opts) {
    return (await this.#one(opts?.timeout)).evaluate((el, name) => el.getAttribute(name), name);
  }
  async inputValue(opts) {
    return (await this.#one(opts?.timeout)).evaluate((el) => el.value);
  }
  async isChecked(opts) {
    return (await this.#one(opts?.timeout)).evaluate((el) => !!el.checked || el.getAttribute('aria-checked') === 'true');
  }
  async evaluate(fn, arg) {
    return (await this.#one()).evaluate(fn, arg);
  }
  async scrollIntoViewIfNeeded(opts) {
    await (await this.#one(opts?.timeout)).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
  }
  /** Like Playwright's actionability checks: visible, not moving, and what the pointer would hit. */
  async #actionable(timeout = 5000) {
    const t0 = Date.now();
    for (;;) {
      const h = await this.#one(Math.max(0, timeout - (Date.now() - t0)), true);
      await h.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' })).catch(() => {});
      const ok = await h.evaluate(isActionable).catch(() => false);
      if (ok) return h;
      if (Date.now() - t0 > timeout) throw new Error(`locator ${JSON.stringify(this.steps)}: element is not stable or is covered`);
      await sleep(100);
    }
  }
  async click(opts) {
    await (await this.#actionable(opts?.timeout)).click();
  }
  async hover(opts) {
    await (await this.#actionable(opts?.timeout)).hover();
  }
  async focus(opts) {
    await (await this.#one(opts?.timeout)).focus();
  }
  async press(key, opts) {
    await this.focus(opts);
    await this.page.keyboard.press(key);
  }
  async check(opts) {
    if (!(await this.isChecked(opts))) await this.click(opts);
  }
  async uncheck(opts) {
    if (await this.isChecked(opts)) await this.click(opts);
  }
  async fill(value, opts) {
    const h = await this.#one(opts?.timeout, true);
    await h.focus();
    // Set through the native setter so frameworks see an input event, as Playwright's fill.
    await h.evaluate((el, value) => {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async selectOption(choice, opts) {
    const h = await this.#one(opts?.timeout, true);
    const value = await h.evaluate((el, c) => {
      const opts = [...el.options];
      const o = typeof c === 'string' ? opts.find((x) => x.value === c) ?? opts.find((x) => x.label === c) : c.index != null ? opts[c.index] : c.label != null ? opts.find((x) => x.label === c.label) : opts.find((x) => x.value === c.value);
      return o?.value ?? null;
    }, choice);
    if (value == null) throw new Error(`selectOption: no option ${JSON.stringify(choice)}`);
    await h.select(value);
    return [value];
  }
  async setInputFiles(files, opts) {
    const h = await this.#one(opts?.timeout);
    await h.uploadFile(...[files].flat());
  }
  async boundingBox() {
    return (await this.#one()).boundingBox();
  }
  async screenshot(opts) {
    return (await this.#one()).screenshot(opts);
  }
}

const KEY_NAMES = { Control: 'Control', Shift: 'Shift', Alt: 'Alt', Meta: 'Meta', ControlOrMeta: 'Control' };

export class FxPage {
  constructor(raw, ctx) {
    this.raw = raw;
    this.ctx = ctx;
    this.extUrlNow = null;
    this.closed = false;
    this.handlers = new Map();
    const kb = raw.keyboard;
    this.keyboard = {
      // "Shift+Tab" as in Playwright.
      press: async (combo) => {
        const keys = combo.split('+');
        const key = keys.pop();
        for (const m of keys) await kb.down(KEY_NAMES[m] ?? m);
        await kb.press(key);
        for (const m of keys.reverse()) await kb.up(KEY_NAMES[m] ?? m);
      },
      type: (text) => kb.type(text),
      down: (k) => kb.down(k),
      up: (k) => kb.up(k),
    };
    this.mouse = raw.mouse;
    raw.on('close', () => (this.closed = true));
  }
  context() {
    return this.ctx;
  }
  url() {
    return this.extUrlNow ?? this.raw.url();
  }
  isClosed() {
    return this.closed || this.raw.isClosed();
  }
  async title() {
    return this.raw.evaluate(() => document.title);
  }
  async goto(url, { waitUntil = 'load', timeout = 30000 } = {}) {
    if (/^moz-extension:/.test(url)) return this.#gotoExt(url, timeout);
    this.extUrlNow = null;
    await this.raw.goto(url, { waitUntil: waitUntil === 'commit' ? 'domcontentloaded' : waitUntil === 'networkidle' ? 'networkidle0' : waitUntil, timeout });
  }
  // Puppeteer loses track of a tab that moves into the extension process (no load event, a stale
  // url()), though evaluate follows it: start the navigation, then poll the document.
  async #gotoExt(url, timeout) {
    const nav = this.raw.goto(url, { timeout: 1000 }).catch(() => {});
    const t0 = Date.now();
    for (;;) {
      const ok = await this.raw.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ok) break;
      if (Date.now() - t0 > timeout) throw new Error(`could not open ${url} within ${timeout} ms`);
      await sleep(50);
    }
    await nav;
    this.extUrlNow = url;
  }
  async reload({ timeout = 30000 } = {}) {
    if (!this.extUrlNow) return void (await this.raw.reload({ timeout }));
    await this.raw.evaluate(() => (window.__claimlensBeforeReload = true));
    await this.raw.evaluate(() => setTimeout(() => location.reload(), 0));
    const t0 = Date.now();
    for (;;) {
      const ok = await this.raw.evaluate(() => !window.__claimlensBeforeReload && document.readyState === 'complete').catch(() => false);
      if (ok) return;
      if (Date.now() - t0 > timeout) throw new Error('reload timed out');
      await sleep(50);
    }
  }
  async close() {
    if (this.isClosed()) return;
    this.closed = true;
    await this.raw.close().catch(() => {});
  }
  async bringToFront() {
    await this.raw.bringToFront();
  }
  evaluate(fn, arg) {
    return arguments.length > 1 ? this.raw.evaluate(fn, arg) : this.raw.evaluate(fn);
  }
  evaluateHandle(fn, arg) {
    return this.raw.evaluateHandle(fn, arg);
  }
  async waitForFunction(fn, arg, { timeout = 30000, polling = 100 } = {}) {
    return this.raw.waitForFunction(fn, { timeout, polling: polling === 'raf' ? 'raf' : polling }, arg);
  }
  async waitForTimeout(ms) {
    await sleep(ms);
  }
  async $$eval(sel, fn, arg) {
    return this.raw.$$eval(sel, fn, arg);
  }
  async $eval(sel, fn, arg) {
    return this.raw.$eval(sel, fn, arg);
  }
  async $(sel) {
    return this.raw.$(sel);
  }
  locator(sel, opts) {
    return new FxLocator(this, []).locator(sel, opts);
  }
  getByRole(role, opts) {
    return new FxLocator(this, []).getByRole(role, opts);
  }
  getByLabel(text, opts) {
    return new FxLocator(this, []).getByLabel(text, opts);
  }
  getByText(text, opts) {
    return new FxLocator(this, []).getByText(text, opts);
  }
  async setViewportSize({ width, height }) {
    await this.raw.setViewport({ width, height });
  }
  viewportSize() {
    return this.raw.viewport();
  }
  async screenshot({ path: file, fullPage } = {}) {
    return this.raw.screenshot({ path: file, fullPage });
  }
  /** Media features need CDP in puppeteer: start the session with prefs instead (ui.prefersReducedMotion…). */
  async emulateMedia() {
    throw new Error('Firefox over WebDriver BiDi cannot emulate media features: start a session with prefs (e.g. ui.prefersReducedMotion: 1)');
  }
  async addScriptTag(opts) {
    return this.raw.addScriptTag(opts);
  }
  async addInitScript(fn, arg) {
    await this.raw.evaluateOnNewDocument(fn, arg);
  }
  on(event, fn) {
    if (event === 'console') {
      const h = (m) => fn({ type: () => (m.type() === 'warn' ? 'warning' : m.type()), text: () => m.text(), location: () => m.location() ?? {} });
      this.handlers.set(fn, h);
      this.raw.on('console', h);
    } else if (event === 'pageerror') this.raw.on('pageerror', fn);
    else if (event === 'close') this.raw.on('close', fn);
  }
  off(event, fn) {
    this.raw.off(event, this.handlers.get(fn) ?? fn);
  }
  /** Only 'download': the next file that lands in the profile's download folder. */
  async waitForEvent(event, { timeout = 30000 } = {}) {
    if (event !== 'download') throw new Error(`waitForEvent(${event}) is not supported in the Firefox harness`);
    const dir = this.ctx.downloads;
    const seen = new Set(readdirSync(dir));
    const t0 = Date.now();
    for (;;) {
      const fresh = readdirSync(dir).filter((f) => !seen.has(f) && !f.endsWith('.part'));
      const done = fresh.find((f) => statSync(path.join(dir, f)).size > 0 && !existsSync(path.join(dir, `${f}.part`)));
      if (done) {
        const file = path.join(dir, done);
        await sleep(100);
        return { suggestedFilename: () => done, path: async () => file, saveAs: async (to) => copyFileSync(file, to) };
      }
      if (Date.now() - t0 > timeout) throw new Error(`no download within ${timeout} ms`);
      await sleep(50);
    }
  }
}
