// `npm run bench`: speed of the claim engine on the text of real pages.
// Reads every page of the shared corpus with linkedom, takes its visible text blocks with the
// extension's own walker (dom/text.ts), splits them by the topic gate, and prints the engine's
// time per 100 KB of text for all, off-topic and topical blocks (median of several runs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { createEngine } from '../core/engine.ts';
import { topicGate } from '../core/topics.ts';
import type { ClaimPack } from '../core/types.ts';
import { collectBlocks } from '../dom/text.ts';

const RUNS = 7;
const root = join(import.meta.dirname, '..');
// The shared corpus sits beside the checkout; read in place, never copied.
const PAGES = process.env.CLAIMLENS_CORPUS ?? join(root, '..', 'shared', 'corpus', 'pages');

const pack = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8')) as ClaimPack;
const engine = createEngine(pack.claims);

const topical: string[] = [];
const offTopic: string[] = [];
let pages = 0;
let failed = 0;
for (const name of readdirSync(PAGES).filter((n) => /\.html?$/i.test(n)).sort()) {
  try {
    const { document } = parseHTML(readFileSync(join(PAGES, name), 'utf8'));
    const body = document.body ?? document.documentElement;
    for (const block of collectBlocks(body as unknown as Element)) {
      (topicGate(block.text) ? topical : offTopic).push(block.text);
    }
    pages++;
  } catch (err) {
    failed++;
    console.error(`skipped ${name}: ${(err as Error).message}`);
  }
}

const size = (blocks: string[]) => blocks.reduce((n, b) => n + b.length, 0);

function timeRuns(blocks: string[]): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const b of blocks) engine.annotate(b);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

// Warm up the JIT and the regex caches once before measuring.
for (const b of [...topical, ...offTopic]) engine.annotate(b);

const counts = { agrees: 0, differs: 0, new: 0 };
for (const b of topical) for (const a of engine.annotate(b)) counts[a.verdict]++;

const all = [...offTopic, ...topical];
const rows: [string, string[]][] = [
  ['all text', all],
  ['off-topic', offTopic],
  ['topical', topical],
];
console.log(`Corpus: ${pages} pages${failed ? ` (${failed} unreadable)` : ''}, ${all.length} blocks, ${(size(all) / 1024).toFixed(0)} KB of text`);
console.log(`Median of ${RUNS} runs; engine only (parsing and text walking not counted).\n`);
console.log(`${'text'.padEnd(12)}${'blocks'.padStart(8)}${'KB'.padStart(9)}${'total ms'.padStart(11)}${'ms/100 KB'.padStart(12)}`);
for (const [label, blocks] of rows) {
  const kb = size(blocks) / 1024;
  const ms = timeRuns(blocks);
  console.log(
    `${label.padEnd(12)}${String(blocks.length).padStart(8)}${kb.toFixed(0).padStart(9)}${ms.toFixed(1).padStart(11)}${(kb ? (ms / kb) * 100 : 0).toFixed(2).padStart(12)}`,
  );
}
console.log(`\nClaims found in topical blocks: ${counts.agrees} agrees, ${counts.differs} differs, ${counts.new} new`);

// The background builds an engine per page over the few records its index found: how long that
// takes for 50 records, once as stored objects seen before (cached by identity) and once fresh,
// and how long annotatePage takes on a page's blocks.
{
  const fifty = [...pack.claims, ...pack.claims.slice(0, 17).map((r) => ({ ...r, id: `${r.id}-copy` }))].map(({ keyTerms: _k, ...r }) => r);
  const median = (f: () => void, runs = RUNS) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  };
  createEngine(fifty);
  const seen = median(() => createEngine(fifty));
  const fresh = median(() => createEngine(fifty.map((r) => ({ ...r }))));
  const page = topical.slice(0, 60).map((text) => ({ text }));
  const built = createEngine(fifty);
  const perPage = median(() => built.annotatePage(page));
  console.log(`\ncreateEngine over 50 records without keyTerms: ${seen.toFixed(1)} ms (records seen before), ${fresh.toFixed(1)} ms (fresh objects)`);
  console.log(`annotatePage over ${page.length} topical blocks: ${perPage.toFixed(1)} ms`);
}
