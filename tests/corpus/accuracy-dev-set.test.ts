// Claim spotting on the dev set, measured as `npm run eval` prints it, against the targets.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DEV_SET, needs, root } from './shared';

it('the dev set meets the spotting and verdict targets', () => {
  const out = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/eval.ts', needs(DEV_SET)], { cwd: root, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  const rate = (label: string) => Number(out.stdout.match(new RegExp(`${label}\\s+([\\d.]+)%`))?.[1]) / 100;
  expect(rate('spotting recall'), out.stdout).toBeGreaterThanOrEqual(0.9);
  expect(rate('spotting precision'), out.stdout).toBeGreaterThanOrEqual(0.95);
  expect(rate('verdict accuracy'), out.stdout).toBeGreaterThanOrEqual(0.9);
}, 60_000);
