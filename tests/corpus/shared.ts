// The shared data beside the checkout (../shared): the dev set and the page corpus. Tests here
// run only with `npm run test:corpus`, and fail loudly when the data is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(root, '../shared');
export const DEV_SET = path.join(SHARED, 'dev-set/sentences.jsonl');
export const CORPUS = path.join(SHARED, 'corpus/pages');

export function needs(file: string): string {
  if (!existsSync(file)) throw new Error(`${path.relative(root, file)} not found: test:corpus needs ../shared beside the checkout`);
  return file;
}
