// Pages of the shared corpus whose visible text never names a topic get no highlight at all
// (issue target), run through the batch annotator as a user runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CORPUS, needs, root } from './shared';

it('corpus pages with no topic get no highlight', () => {
  const offTopic = readFileSync(needs(path.join(CORPUS, 'INDEX.tsv')), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[10] === '0')
    .map((cols) => path.join(CORPUS, cols[0]!));
  expect(offTopic.length).toBeGreaterThan(0);
  const out = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/annotate.ts'), '--json', ...offTopic], { cwd: root, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  const results: { file: string; annotations: unknown[] }[] = JSON.parse(out.stdout);
  expect(results).toHaveLength(offTopic.length);
  expect(results.filter((r) => r.annotations.length > 0).map((r) => path.basename(r.file))).toEqual([]);
}, 120_000);
