import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'core');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?[jt]sx?$/.test(f));

describe('core/ is a pure engine', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports only from core/', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const specs = [...text.matchAll(/(?:\bimport\b[^'"]*?\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bexport\b[^'"]*?\bfrom\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const spec of specs) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
      const depth = file.split(/[\\/]/).length - 1;
      // Never climb out of core/.
      expect(spec.split('/').filter((p) => p === '..').length, `${file} imports ${spec}`).toBeLessThanOrEqual(depth);
    }
  });

  it.each(files)('%s mentions no browser, DOM, Dexie or Preact API', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    expect(code).not.toMatch(/\b(?:browser|chrome|document|window|dexie|preact)\b/i);
  });

  // It runs in the background and in pages too: a Node global there throws.
  it.each(files)('%s uses no Node global (process, console)', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    expect(code).not.toMatch(/\b(?:process|console|Buffer|require)\s*[.(]/);
  });
});
