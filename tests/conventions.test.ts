// The codebase's own rules (STYLE.md): the required layout and who may import whom.
// core/ has its own, stricter test (core-imports.test.ts).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const src = readFileSync(path.join(root, file), 'utf8');
  const specs = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Top-level folder an import lands in, or the package name for bare imports. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('#') ? spec : spec.split('/')[0]!;
  const resolved = path.relative(root, path.resolve(root, path.dirname(file), spec));
  return resolved.split(path.sep)[0]!;
}

function resolvedPath(file: string, spec: string): string {
  return spec.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), spec)).split(path.sep).join('/') : spec;
}

const rules = {
  dom: (t: string, _resolved?: string) => t === 'core' || t === 'dom',
  // Views take data as props: from data/ only message types and the seed titles, never the database.
  components: (t: string, resolved: string) =>
    ['core', 'components', 'preact'].includes(t) || ['data/messages', 'data/seed-titles'].includes(resolved),
  data: (t: string, _resolved?: string) => ['core', 'data', 'dexie', 'wxt'].includes(t),
} satisfies Record<string, (t: string, resolved: string) => boolean>;

describe('layout', () => {
  it('has the required top-level layout', () => {
    for (const entry of ['entrypoints', 'components', 'data', 'seeds', 'tests', 'wxt.config.ts', 'package.json', 'tsconfig.json', 'README.md']) {
      expect(existsSync(path.join(root, entry)), entry).toBe(true);
    }
  });

  it('keeps entrypoints at most one folder deep', () => {
    for (const file of sourceFiles('entrypoints')) {
      expect(file.split(path.sep).length, file).toBeLessThanOrEqual(3);
    }
  });
});

describe('dependency rule', () => {
  for (const [folder, allowed] of Object.entries(rules)) {
    it(`${folder}/ imports only what it may`, () => {
      const bad = sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((spec) => !allowed(target(file, spec), resolvedPath(file, spec)))
          .map((spec) => `${file} imports ${spec}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it('catches a forbidden import (the rule itself can fail)', () => {
    expect(rules.dom(target('dom/x.ts', '../data/db'))).toBe(false);
    expect(rules.dom(target('dom/x.ts', 'preact'))).toBe(false);
    expect(rules.data(target('data/x.ts', '../components/Tooltip'))).toBe(false);
    expect(rules.components(target('components/X.tsx', '../data/db'), resolvedPath('components/X.tsx', '../data/db'))).toBe(false);
  });
});
