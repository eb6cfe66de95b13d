// The batch annotator as a user runs it: real files in, JSON or a table out, bad files named.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const script = path.join(root, 'scripts/annotate.ts');
const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });

const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-annotate-'));
const page = path.join(dir, 'page.html');
writeFileSync(
  page,
  `<!doctype html><html><body><nav><a href="#">NATO</a> <a href="#">Russia</a></nav>
  <p>The Pentagon said <a href="#">about <b>13,000</b> North Korean soldiers</a> are now in Russia's Kursk region.</p>
  <p>More than 600,000 Russian soldiers have been killed or wounded, according to NATO.</p>
  <p>The bakery sold 600 loaves on Sunday.</p></body></html>`,
);

// Each run seeds an in-memory database and reads through the background's service: seconds, not ms.
describe('npm run annotate', { timeout: 60_000 }, () => {
  it('prints each claim with its exact page text, verdict, record and figure as JSON', () => {
    const out = run('--json', page);
    expect(out.status).toBe(0);
    const [file] = JSON.parse(out.stdout);
    expect(file.file).toBe(page);
    const byVerdict = Object.fromEntries(file.annotations.map((a: { verdict: string }) => [a.verdict, a]));
    expect(file.annotations).toHaveLength(2);
    expect(byVerdict.differs).toMatchObject({
      claimId: 'nk-troops-deployed-kursk',
      figure: { value: 13000 },
    });
    // The quote is the page's own text, across the <a> and <b> it spans.
    expect(byVerdict.differs.quote).toContain('about 13,000 North Korean soldiers');
    expect(byVerdict.agrees).toMatchObject({ claimId: 'russia-killed-wounded-600k', figure: { value: 600000 } });
  });

  it('names a file it cannot read or parse on stderr, still does the others, and exits non-zero', () => {
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'Just words, no markup.');
    const out = run('--json', path.join(dir, 'missing.html'), text, page);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/missing\.html/);
    expect(out.stderr).toMatch(/notes\.txt: not an HTML document/);
    expect(JSON.parse(out.stdout).map((r: { file: string }) => r.file)).toEqual([page]);
  });

  it('prints a readable table without --json', () => {
    const out = execFileSync(tsx, [script, page], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/differs\s+nk-troops-deployed-kursk/);
    expect(out).toMatch(/2 claim\(s\) in 1 file\(s\)/);
  });
});

describe('npm run annotate --pack', { timeout: 60_000 }, () => {
  it('compares pages with an imported pack, repeated or with another figure, and refuses a bad pack', () => {
    const pack = path.join(dir, 'pack.json');
    writeFileSync(
      pack,
      JSON.stringify({
        claims: [
          {
            subject: 'Estonia expels Russian diplomats',
            statements: [{ source: 'https://news.example/estonia', quote: 'Estonia expelled 21 Russian diplomats accused of spying.' }],
          },
        ],
      }),
    );
    const article = path.join(dir, 'estonia.html');
    writeFileSync(
      article,
      `<html><body><h1>Estonia acts against Moscow</h1><p>Estonia expelled 21 Russian diplomats accused of spying.</p>
      <p>Subscribe</p><p>A year later, Estonia expelled 30 Russian diplomats accused of spying, officials said.</p></body></html>`,
    );
    const without = JSON.parse(run('--json', article).stdout)[0].annotations;
    expect(without.every((a: { claimId: string | null }) => a.claimId === null)).toBe(true);
    const out = run('--json', '--pack', pack, article);
    expect(out.status).toBe(0);
    const rows = JSON.parse(out.stdout)[0].annotations as { quote: string; verdict: string; claimId: string | null }[];
    const same = rows.find((a) => a.quote.includes('21 Russian diplomats'));
    const other = rows.find((a) => a.quote.includes('30 Russian diplomats'));
    expect(same).toMatchObject({ verdict: 'agrees' });
    expect(same!.claimId).toBeTruthy();
    expect(other).toMatchObject({ verdict: 'differs', claimId: same!.claimId });
    expect(rows.some((a) => a.quote.includes('Subscribe'))).toBe(false);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"claims": [{"subject": 42}]}');
    const refused = run('--json', '--pack', bad, article);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/bad\.json refused/);
  });
});
