// `npm run claims:check`: data/claims.json against its schema and the seed articles it quotes.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack } from '../data/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'data', 'claims.json');
const seedDir = join(root, 'seeds');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  console.error(`Cannot read ${file}: ${(err as Error).message}`);
  process.exit(1);
}
const seeds: Record<string, string> = {};
for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
  seeds[name] = readFileSync(join(seedDir, name), 'utf8');
}

const result = validatePack(text, { seeds });
if (!result.ok) {
  console.error(`${file} has ${result.errors.length} problem(s):`);
  for (const e of result.errors) console.error(e);
  process.exit(1);
}
const { claims } = result.pack;
const statements = claims.flatMap((c) => c.statements);
const used = new Set(statements.map((s) => s.source));
console.log(`claims.json OK: ${claims.length} records, ${statements.length} statements from ${used.size} seeds`);
const unused = Object.keys(seeds).filter((s) => !used.has(s));
if (unused.length) console.warn(`note: no statement quotes ${unused.join(', ')}`);
