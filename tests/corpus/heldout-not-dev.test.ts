// The held-out set must not copy the dev set, or it would measure nothing new.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DEV_SET, needs, root } from './shared';

it('tests/fixtures/heldout.jsonl shares no sentence with the dev set', () => {
  const texts = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  const dev = new Set(texts(needs(DEV_SET)).map((r) => r.text));
  expect(dev.size).toBeGreaterThan(0);
  expect(texts(path.join(root, 'tests/fixtures/heldout.jsonl')).filter((r) => dev.has(r.text)).map((r) => r.id)).toEqual([]);
});
