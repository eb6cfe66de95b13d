#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the seed pages on 127.0.0.1 and opens Chromium
// with ClaimLens loaded. With a display ($DISPLAY or $WAYLAND_DISPLAY) it opens a normal window
// and waits until you close it; headless, it prints the claims found on each page and saves
// screenshots with a tooltip open under demo-output/.
//
//   npm run demo [-- --no-build]     CHROMIUM_PATH=/path/to/chromium to use another build
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, startSession, makeSeedPages, settle, readMarks, ROOT } from '../tests/e2e/harness.mjs';

const OUT = path.join(ROOT, 'demo-output');
const WORDS = { agrees: 'agrees with the database', differs: 'DIFFERS from the database', new: 'new (not in the database)' };

try {
  chromiumPath();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('demo: the build failed');
    process.exit(1);
  }
}

const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const seeds = makeSeedPages();
let session;
let code = 0;
try {
  session = await startSession(seeds.dir, { headless });
  if (!headless) {
    const page = await session.openPage('index.html');
    console.log(`ClaimLens demo: ${session.base}/index.html is open in Chromium. Close the window (or press Ctrl-C) to stop.`);
    await new Promise((resolve) => {
      session.context.on('close', resolve);
      page.on('close', () => session.context.pages().length === 0 && resolve());
      process.once('SIGINT', resolve);
    });
  } else {
    mkdirSync(OUT, { recursive: true });
    for (const { file, title } of seeds.pages) {
      const page = await session.openPage(file);
      await page.setViewportSize({ width: 1100, height: 800 });
      const marks = await settle(page, { min: 1500 });
      console.log(`\n${title}\n  ${session.base}/${file}: ${marks.length} claims`);
      for (const m of marks) console.log(`  - [${WORDS[m.verdict] ?? m.verdict}${m.claimId ? `: ${m.claimId}` : ''}] ${m.text.replace(/\s+/g, ' ').trim().slice(0, 110)}`);
      const shot = path.join(OUT, file.replace(/\.html$/, '.png'));
      // Show the most telling claim: a differing one if any, else one that agrees.
      const pick = marks.find((m) => m.verdict === 'differs') ?? marks.find((m) => m.verdict === 'agrees') ?? marks[0];
      if (pick) {
        const mark = page.locator(`claimlens-mark[data-verdict="${pick.verdict}"]`).first();
        await mark.scrollIntoViewIfNeeded();
        await mark.hover();
        await page.locator('claimlens-tooltip [role="dialog"]').waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
        await page.waitForTimeout(200);
      }
      await page.screenshot({ path: shot });
      console.log(`  screenshot: ${path.relative(ROOT, shot)}`);
      if (file === seeds.pages[0].file) {
        const popup = await session.openPopupFor(page);
        await popup.setViewportSize({ width: 420, height: 640 });
        await popup.getByRole('button', { name: /^Go to claim: / }).first().waitFor({ timeout: 5000 }).catch(() => {});
        await popup.screenshot({ path: path.join(OUT, 'popup.png') });
        console.log(`  popup: ${path.relative(ROOT, path.join(OUT, 'popup.png'))}`);
        await popup.close();
      }
      await page.close();
    }
    const errors = session.errors.filter((e) => e.kind !== 'console' || /chrome-extension:/.test(e.source ?? ''));
    if (errors.length) console.log(`\n${errors.length} page errors:\n${errors.map((e) => `  ${e.url}: ${e.text.split('\n')[0]}`).join('\n')}`);
    console.log(`\nDone: screenshots in ${path.relative(ROOT, OUT)}/`);
  }
} catch (err) {
  console.error(`demo: ${err.message ?? err}`);
  code = 1;
} finally {
  await session?.close();
  seeds.cleanup();
}
process.exit(code);
